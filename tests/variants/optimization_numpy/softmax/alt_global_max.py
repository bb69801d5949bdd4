"""Correct: subtracts the maximum of the whole matrix (enough here), np.divide."""

import numpy as np


def softmax(Z):
    T = np.exp(Z - np.max(Z))
    return np.divide(T, T.sum(axis=0))
