"""image.flatten(): a rank-1 array of shape (n,), not (n, 1)."""

import math

import numpy as np

def image2vector(image):
    v = image.flatten()
    return v
