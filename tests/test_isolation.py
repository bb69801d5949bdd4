"""A crash, exit, hang or exception in one graded function fails that exercise only; the rest is still graded."""

from __future__ import annotations

import time

from conftest import by_id, exercise_count, reference_sources
from grader.judging.results import ERROR, NOT_IMPLEMENTED, PASSED, TIMEOUT


def _with_appended(file: str, code: str) -> dict[str, str]:
    """The course-2 references, with `code` appended to one file (a later definition replaces the earlier one)."""
    sources = reference_sources(course=2)
    sources[file] += "\n\n" + code
    return sources


def test_infinite_loop_and_os_exit_fail_only_their_exercises(grade):
    sources = reference_sources(course=2)
    sources["optimization.py"] += (
        "\n\ndef update_lr(learning_rate0, epoch_num, decay_rate):\n    while True:\n        pass\n")
    sources["initialization.py"] += (
        "\n\ndef initialize_parameters_he(layers_dims):\n    import os\n    os._exit(0)\n")
    started = time.monotonic()
    result = grade(sources, timeout=2.0)
    elapsed = time.monotonic() - started
    statuses = {e.id: e.status for e in result.exercises}
    assert statuses.pop("update_lr") == TIMEOUT
    assert statuses.pop("initialize_parameters_he") == ERROR
    assert set(statuses.values()) == {PASSED} and len(statuses) == exercise_count(course=2) - 2
    assert elapsed < 30, f"took {elapsed:.1f} s"
    he = by_id(result)["initialize_parameters_he"]
    assert "exited with code 0" in he.cases[0].message


def test_sys_exit_inside_a_function_is_an_error_with_a_clear_message(grade):
    result = grade(_with_appended("optimization.py", "def initialize_adam(parameters):\n    import sys\n    sys.exit(3)\n"))
    adam = by_id(result)["initialize_adam"]
    assert adam.status == ERROR
    assert "sys.exit(3)" in adam.cases[0].message
    assert by_id(result)["update_parameters_with_adam"].status == PASSED


def test_segfault_fails_only_its_exercise(grade):
    crash = "def update_parameters_with_gd(parameters, grads, learning_rate):\n    import ctypes\n    ctypes.string_at(0)\n"
    result = grade(_with_appended("optimization.py", crash))
    gd = by_id(result)["update_parameters_with_gd"]
    assert gd.status == ERROR and "SIGSEGV" in gd.cases[0].message
    assert sum(e.status == PASSED for e in result.exercises) == exercise_count(course=2) - 1


def test_exception_traceback_shows_the_students_lines_only(grade):
    code = ("def helper(x):\n    return x.undefined_attribute\n\n"
            "def backward_propagation(x, theta):\n    return helper(x)\n")
    result = grade({"mine.py": code})
    backward = by_id(result)["backward_propagation"]
    assert backward.status == ERROR
    public = [case for case in backward.cases if case.visibility == "public"][0]
    assert "AttributeError" in public.message and "mine.py" in public.message
    assert [frame["file"] for frame in public.traceback] == ["mine.py", "mine.py"]
    assert [frame["line"] for frame in public.traceback] == [5, 2]
    assert not any("grader" in frame["file"] for frame in public.traceback)


def test_top_level_work_in_a_file_never_runs(grade):
    sources = reference_sources(course=2)
    sources["optimization.py"] = ("import sys\nsys.exit('bye')\nwhile True:\n    pass\n"
                                  + sources["optimization.py"] + "\nraise SystemExit(1)\n")
    started = time.monotonic()
    result = grade(sources, timeout=2.0)
    assert time.monotonic() - started < 20
    assert {e.status for e in result.exercises} == {PASSED}


def test_code_that_fails_while_loading_fails_the_functions_after_it(grade):
    code = ("def broken_decorator(function):\n    raise RuntimeError('decorator failed')\n\n"
            "def update_lr(learning_rate0, epoch_num, decay_rate):\n"
            "    return learning_rate0 / (1 + decay_rate * epoch_num)\n\n"
            "@broken_decorator\ndef schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):\n"
            "    return learning_rate0\n")
    result = grade({"opt.py": code})
    assert by_id(result)["update_lr"].status == PASSED
    schedule = by_id(result)["schedule_lr_decay"]
    assert schedule.status == ERROR
    assert "RuntimeError: decorator failed (while loading opt.py)" in schedule.cases[0].message


def test_mutating_inputs_cannot_affect_other_cases(grade):
    # Each call gets a fresh copy of its inputs: zeroing them in place must not change the next case.
    code = ("import numpy as np\n"
            "def update_lr(learning_rate0, epoch_num, decay_rate):\n"
            "    return learning_rate0 / (1 + decay_rate * epoch_num)\n"
            "def update_parameters_with_gd(parameters, grads, learning_rate):\n"
            "    L = len(parameters) // 2\n"
            "    for l in range(1, L + 1):\n"
            "        parameters['W' + str(l)] -= learning_rate * grads['dW' + str(l)]\n"
            "        parameters['b' + str(l)] -= learning_rate * grads['db' + str(l)]\n"
            "        grads['dW' + str(l)][...] = 0\n"
            "    return parameters\n")
    result = grade({"opt.py": code})
    assert by_id(result)["update_parameters_with_gd"].status == PASSED


def test_returning_none_or_raising_not_implemented_is_not_implemented(grade):
    code = ("def update_lr(learning_rate0, epoch_num, decay_rate):\n    pass\n"
            "def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):\n"
            "    raise NotImplementedError\n")
    result = grade({"opt.py": code})
    assert by_id(result)["update_lr"].status == NOT_IMPLEMENTED
    assert by_id(result)["schedule_lr_decay"].status == NOT_IMPLEMENTED


def test_student_output_is_captured_not_printed_by_the_grader(grade, capfd):
    code = "def update_lr(learning_rate0, epoch_num, decay_rate):\n    print('debug', epoch_num)\n" \
           "    return learning_rate0 / (1 + decay_rate * epoch_num)\n"
    result = grade({"opt.py": code})
    assert by_id(result)["update_lr"].status == PASSED
    assert "debug" in result.output
    assert "debug" not in capfd.readouterr().out
