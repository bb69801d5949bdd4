"""Correct: np.mean of np.multiply, the sigmoid written inline."""

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
    A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
    cost = -np.mean(np.multiply(Y, np.log(A)) + np.multiply(1 - Y, np.log(1 - A)))
    dZ = A - Y
    dw = np.dot(X, dZ.T) / m
    db = np.mean(dZ)
    cost = np.squeeze(np.array(cost))
    grads = {"dw": dw,
             "db": db}
    return grads, cost
