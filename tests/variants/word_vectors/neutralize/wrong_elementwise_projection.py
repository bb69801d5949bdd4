"""Projects element-wise: e * g instead of the dot product e . g."""

import numpy as np
from w2v_utils import *


def neutralize(word, g, word_to_vec_map):
    e = word_to_vec_map[word]
    e_biascomponent = (e * g) / np.linalg.norm(g) ** 2 * g
    e_debiased = e - e_biascomponent
    return e_debiased
