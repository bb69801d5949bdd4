"""Correct: gradient[:] = np.clip(...) writes into each array, as out= does."""

import numpy as np
from utils import *
import random


def clip(gradients, maxValue):
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    for gradient in [dWax, dWaa, dWya, db, dby]:
        gradient[:] = np.clip(gradient, -maxValue, maxValue)
    gradients = {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}
    return gradients
