"""Course code written for NumPy 1.x grades as it did there (removed names, float() of a size-1 array), with a
note saying what NumPy 2 wants instead; the grader's own numpy is left as it is."""

from __future__ import annotations

import numpy as np

from conftest import by_id
from grader.judging.results import PASSED
from grader.sandbox import numpy1

OLD_UPDATE_LR = '''import numpy as np


def update_lr(learning_rate0, epoch_num, decay_rate):
    b = np.array([[[learning_rate0 / (1 + decay_rate * epoch_num)]]])   # a (1, 1, 1) array, as conv biases are
    learning_rate = float(b) * np.product([1.0, 1.0]) * np.float(1)
    assert isinstance(learning_rate, float) and np.alltrue([True]) and int(np.array([[1]])) == 1
    return learning_rate


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))
    return np.asscalar(np.array([learning_rate]))
'''


def test_numpy_1_code_grades_as_it_did_with_a_note_on_each_removed_name(grade):
    graded = by_id(grade({"optimization.py": OLD_UPDATE_LR}))
    update_lr, schedule = graded["update_lr"], graded["schedule_lr_decay"]
    assert update_lr.status == schedule.status == PASSED, [case.message for case in update_lr.cases + schedule.cases]
    assert update_lr.notes == [numpy1.note("product"), numpy1.note("float"), numpy1.note("alltrue")]
    assert "np.product was removed in NumPy 2; use np.prod" in update_lr.notes[0]
    assert schedule.notes == [numpy1.note("asscalar")]
    assert not hasattr(np, "product") or "product" not in vars(np)  # the grader's numpy is NumPy 2's


def test_float_and_int_of_a_size_1_array_and_the_builtins_checks():
    float_, int_ = numpy1.MODULE_NAMES["float"], numpy1.MODULE_NAMES["int"]
    assert float_(np.ones((1, 1, 1)) * 2.5) == 2.5 and type(float_(np.ones((1, 1, 1)))) is float
    assert int_(np.array([[7]])) == 7 and int_("ff", 16) == 255 and float_("1.5") == 1.5 and float_() == 0.0
    assert isinstance(2.0, float_) and not isinstance(2, float_) and issubclass(np.float64, float_)
    assert isinstance(3, int_) and not isinstance(3.0, int_)
    # numpy takes them for the builtins: x.astype(int), np.zeros(n, dtype=float)
    assert np.zeros(2, dtype=float_).dtype == np.float64 and (np.ones(2) < 2).astype(int_).dtype == np.dtype(int)

    class Mine(float_):
        pass

    assert type(Mine(1.5)) is Mine and not isinstance(2.0, Mine)
    try:
        float_(np.ones(2))
    except TypeError:
        pass
    else:
        raise AssertionError("float() of a 2-element array must still fail")
