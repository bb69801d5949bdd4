"""Correct: exp(z) / (1 + exp(z)), 2017 imports and marker."""

import numpy as np
import matplotlib.pyplot as plt
import h5py
import scipy
from PIL import Image
from scipy import ndimage
from lr_utils import load_dataset


# GRADED FUNCTION: sigmoid

def sigmoid(z):
    ### START CODE HERE ### (≈ 1 line of code)
    s = np.exp(z) / (1 + np.exp(z))
    ### END CODE HERE ###
    return s
