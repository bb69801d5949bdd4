"""Correct: a loop over the examples (not vectorised, still right)."""

import numpy as np
import copy
import matplotlib.pyplot as plt
import h5py
import scipy
from PIL import Image
from scipy import ndimage
from lr_utils import load_dataset
from public_tests import *


def sigmoid(z):
    s = 1 / (1 + np.exp(-z))
    return s

def propagate(w, b, X, Y):
    m = X.shape[1]
    cost = 0.0
    dw = np.zeros(w.shape)
    db = 0.0
    for i in range(m):
        a = sigmoid(np.dot(w[:, 0], X[:, i]) + b)
        cost += -(Y[0, i] * np.log(a) + (1 - Y[0, i]) * np.log(1 - a))
        dw[:, 0] += X[:, i] * (a - Y[0, i])
        db += a - Y[0, i]
    cost = cost / m
    dw = dw / m
    db = db / m
    cost = np.squeeze(np.array(cost))
    grads = {"dw": dw,
             "db": db}
    return grads, cost
