"""Uses the binary cross-entropy with the (1 - Y) log(1 - AL) term."""

import numpy as np


def compute_softmax_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cost = np.squeeze(cost)
    return cost
