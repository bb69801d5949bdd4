"""Correct: np.zeros([dim, 1]) and b = float(0)."""

import numpy as np
import copy
import matplotlib.pyplot as plt
import h5py
import scipy
from PIL import Image
from scipy import ndimage
from lr_utils import load_dataset
from public_tests import *


def initialize_with_zeros(dim):
    w = np.zeros([dim, 1], dtype=float)
    b = float(0)
    return w, b
