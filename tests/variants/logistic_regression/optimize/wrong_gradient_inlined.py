"""The logistic gradient is re-derived inside the loop instead of calling propagate()."""

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

def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)
    m = X.shape[1]
    costs = []
    for i in range(num_iterations):
        A = sigmoid(np.dot(w.T, X) + b)
        cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
        dw = np.dot(X, (A - Y).T) / m
        db = np.sum(A - Y) / m
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
    params = {"w": w,
              "b": b}
    grads = {"dw": dw,
             "db": db}
    return params, grads, costs
