"""Clips dWax only: the loop over the five gradients is missing."""

import numpy as np
from utils import *
import random
import pprint
import copy


def clip(gradients, maxValue):
    gradients = copy.deepcopy(gradients)
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    np.clip(dWax, -maxValue, maxValue, out=dWax)
    gradients = {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}
    return gradients
