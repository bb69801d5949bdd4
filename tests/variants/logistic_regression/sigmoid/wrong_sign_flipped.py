"""The exponent's sign is flipped: 1 / (1 + exp(z))."""

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
    s = 1 / (1 + np.exp(z))
    return s
