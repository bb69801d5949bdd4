"""What a wrong learning rate means, worked backwards from the student's value (Exercise.readings): the epoch count
or the number of intervals it used, or the other decay formula it follows."""

import math

from grader.material.spec import Reading


def _close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def _steps_used(got, learning_rate0, decay_rate):
    """k such that got = learning_rate0 / (1 + decay_rate * k), when k is a whole number, else None."""
    if not got or not decay_rate:
        return None
    k = (learning_rate0 / float(got) - 1) / decay_rate
    return round(k) if math.isfinite(k) and abs(k - round(k)) < 1e-6 and round(k) >= 0 else None


def _epochs(got, expected, inputs):
    k = _steps_used(got, inputs["learning_rate0"], inputs["decay_rate"])
    if not k or k == inputs["epoch_num"]:  # k = 0: learning_rate0 itself, which the value checks say
        return False
    hint = " (epoch_num + 1: the epochs count from 0)" if k == inputs["epoch_num"] + 1 else ""
    return (f"the result is learning_rate0 / (1 + decay_rate × {k}): it counts {k} epochs where "
            f"epoch_num = {inputs['epoch_num']}{hint}")


def _other_formula(got, expected, inputs):
    lr0, epoch, decay = inputs["learning_rate0"], inputs["epoch_num"], inputs["decay_rate"]
    if not got:  # zero fits many formulas (an integer division too): it says nothing about which
        return False
    if _close(got, lr0 * (1 - decay) ** epoch) and not _close(got, expected):
        return "the result is learning_rate0 × (1 − decay_rate) ^ epoch_num, an exponential decay: this one is " \
               "learning_rate0 / (1 + decay_rate × epoch_num)"
    if _close(got, lr0 / (1 + decay) ** epoch) and not _close(got, expected):
        return "the result is learning_rate0 / (1 + decay_rate) ^ epoch_num: the decay is 1 + decay_rate × " \
               "epoch_num, not a power"
    if _close(got, 1 / 1 + decay * epoch * lr0) and not _close(got, expected):
        return "the result is 1 / 1 + decay_rate × epoch_num × learning_rate0: the denominator needs its " \
               "parentheses"
    return False


def _intervals(got, expected, inputs):
    k = _steps_used(got, inputs["learning_rate0"], inputs["decay_rate"])
    epoch, interval = inputs["epoch_num"], inputs.get("time_interval", 1000)
    wanted = epoch // interval
    if not k or k == wanted:  # k = 0: learning_rate0 itself, which the value checks say
        return False
    ways = [(math.ceil(epoch / interval), "rounded up (np.ceil)"), (round(epoch / interval), "rounded to the nearest "
            "(round)"), (epoch % interval, "the remainder epoch_num % time_interval")]
    how = " or ".join(text for value, text in ways if value == k)
    return (f"the result is learning_rate0 / (1 + decay_rate × {k}): it counts {k} intervals where "
            f"floor(epoch_num / time_interval) = {wanted}" +
            (f": {how}, where the completed intervals, epoch_num // time_interval, are meant" if how else ""))


UPDATE_LR = (Reading(_epochs, "the learning rate is that of another epoch count"),
             Reading(_other_formula, "the learning rate follows another decay formula"))
SCHEDULE_LR_DECAY = (Reading(_intervals, "the learning rate counts another number of intervals"),)
