"""Returns the bias component instead of e minus it."""

import numpy as np
from w2v_utils import *


def neutralize(word, g, word_to_vec_map):
    e = word_to_vec_map[word]
    e_biascomponent = np.dot(e, g) / np.sum(g * g) * g
    e_debiased = e - e_biascomponent
    return e_biascomponent
