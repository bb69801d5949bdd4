"""w is a row vector of shape (1, dim)."""

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
    w = np.zeros((1, dim))
    b = 0.
    return w, b
