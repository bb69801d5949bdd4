"""Correct: v.reshape(-1, 1), as the 2021 notebook suggests."""

import math
from public_tests import *

import numpy as np

def image2vector(image):
    v = image.reshape(-1, 1)
    return v
