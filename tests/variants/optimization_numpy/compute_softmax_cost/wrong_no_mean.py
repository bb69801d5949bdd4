"""Sums the losses without dividing by m."""

import numpy as np


def compute_softmax_cost(AL, Y):
    cost = -np.sum(Y * np.log(AL))
    cost = np.squeeze(cost)
    return cost
