"""Correct: sigmoid(z) = (1 + tanh(z / 2)) / 2."""

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
    s = 0.5 * (1 + np.tanh(0.5 * z))
    return s
