"""b is a (1, 1) array instead of a number."""

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
    w = np.zeros((dim, 1))
    b = np.zeros((1, 1))
    return w, b
