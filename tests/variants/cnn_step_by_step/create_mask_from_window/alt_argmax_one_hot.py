"""Correct: a one-hot mask from np.argmax (same as x == max when there are no ties)."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from public_tests import *

# GRADED FUNCTION: create_mask_from_window

def create_mask_from_window(x):
    mask = np.zeros(x.shape, dtype=bool)
    mask[np.unravel_index(np.argmax(x), x.shape)] = True
    return mask
