"""Correct: a new dictionary of np.minimum(np.maximum(...)) arrays, keyword-free."""

import numpy as np
from utils import *
import random
import pprint
import copy


def clip(gradients, maxValue):
    keys = ["dWaa", "dWax", "dWya", "db", "dby"]
    return {key: np.minimum(np.maximum(gradients[key], -maxValue), maxValue) for key in keys}
