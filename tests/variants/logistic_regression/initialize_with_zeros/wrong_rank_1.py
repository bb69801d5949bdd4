"""w is a rank-1 array of shape (dim,)."""

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
    w = np.zeros(dim)
    b = 0.0
    return w, b
