"""Divides by the squared norms (sums of squares without the square root)."""

import numpy as np
from w2v_utils import *


def cosine_similarity(u, v):
    if np.all(u == v):
        return 1
    dot = np.dot(u, v)
    norm_u = np.sum(np.square(u))
    norm_v = np.sum(np.square(v))
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0
    cosine_similarity = dot / (norm_u * norm_v)
    return cosine_similarity
