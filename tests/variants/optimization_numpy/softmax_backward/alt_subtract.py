"""Correct: np.subtract."""

import numpy as np


def softmax_backward(AL, Y):
    return np.subtract(AL, Y)
