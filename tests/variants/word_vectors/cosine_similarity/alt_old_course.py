"""Correct, 2017-2020 notebook: no special cases (a zero vector gives nan)."""

import numpy as np
from w2v_utils import *


def cosine_similarity(u, v):
    distance = 0.0
    dot = np.dot(u, v)
    norm_u = np.sqrt(np.sum(u * u))
    norm_v = np.sqrt(np.sum(v * v))
    cosine_similarity = dot / (norm_u * norm_v)
    return cosine_similarity
