"""Reshapes in Fortran order: right shape, pixels shuffled."""

import math

import numpy as np

def image2vector(image):
    v = image.reshape((image.shape[0] * image.shape[1] * image.shape[2], 1), order='F')
    return v
