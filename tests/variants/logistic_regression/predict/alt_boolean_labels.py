"""Correct: the boolean array A > 0.5 (accepted: True/False are 1/0)."""

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

def predict(w, b, X):
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(np.dot(w.T, X) + b)
    return A > 0.5
