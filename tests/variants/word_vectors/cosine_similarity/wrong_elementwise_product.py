"""Uses u * v (element-wise) for the dot product, so it returns a vector."""

import numpy as np
from w2v_utils import *


def cosine_similarity(u, v):
    if np.all(u == v):
        return 1
    dot = u * v
    norm_u = np.sqrt(np.sum(u ** 2))
    norm_v = np.sqrt(np.sum(v ** 2))
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0
    cosine_similarity = dot / (norm_u * norm_v)
    return cosine_similarity
