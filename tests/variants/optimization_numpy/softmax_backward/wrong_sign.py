"""dZ = Y - AL."""

import numpy as np


def softmax_backward(AL, Y):
    dZ = Y - AL
    return dZ
