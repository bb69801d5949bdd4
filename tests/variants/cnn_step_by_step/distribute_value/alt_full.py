"""Correct: np.full with dz / size."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from public_tests import *

# GRADED FUNCTION: distribute_value

def distribute_value(dz, shape):
    a = np.full(shape, dz / np.prod(shape))
    return a
