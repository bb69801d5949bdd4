"""Returns a row vector (1, n) instead of a column (n, 1)."""

import math
from public_tests import *

import numpy as np

def image2vector(image):
    v = image.reshape(1, image.shape[0] * image.shape[1] * image.shape[2])
    return v
