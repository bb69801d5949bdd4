"""Returns the dot product without dividing by the norms."""

import numpy as np
from w2v_utils import *


def cosine_similarity(u, v):
    if np.all(u == v):
        return 1
    dot = np.dot(u, v)
    norm_u = np.linalg.norm(u)
    norm_v = np.linalg.norm(v)
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0
    cosine_similarity = dot
    return cosine_similarity
