"""Stand-ins for the functions optimize builds on (numpy only), so that optimize is graded on its own logic, whatever
the student's clip does, and so that the order of its calls shows in what it returns.

Neither is a correct implementation of an exercise: clip_soft squashes smoothly instead of clipping, and
update_parameters_recording is the course's (ungraded) update, which in addition writes down on the gradients it
was given the learning rate it applied.
"""

import numpy as np


def clip_soft(gradients, maxValue):
    """Like clip, but a smooth squash maxValue * tanh(g / maxValue) (every value moves, none reaches maxValue);
    returns a new dictionary of new arrays with the keys "dWaa", "dWax", "dWya", "db", "dby"."""
    return {key: maxValue * np.tanh(gradients[key] / maxValue) for key in ("dWaa", "dWax", "dWya", "db", "dby")}


def update_parameters_recording(parameters, gradients, lr):
    """The course's update_parameters (parameters -= lr * gradients, in place), which also records on the gradients
    dictionary it was given the learning rate it applied (key "learning_rate_applied"): optimize returns the
    gradients it updated with, so the record shows that the update used them (after clipping) and at what rate."""
    for name in ("Wax", "Waa", "Wya", "b", "by"):
        parameters[name] += -lr * gradients["d" + name]
    gradients["learning_rate_applied"] = float(lr)
    return parameters
