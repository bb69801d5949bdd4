"""Hard-codes 3 channels: fails on the 2-channel test image."""

import math

import numpy as np

def image2vector(image):
    v = image.reshape(image.shape[0] * image.shape[1] * 3, 1)
    return v
