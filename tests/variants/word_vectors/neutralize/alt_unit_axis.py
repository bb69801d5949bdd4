"""Correct: projects on the unit vector g / ||g|| (np.multiply)."""

import numpy as np
from w2v_utils import *


def neutralize(word, g, word_to_vec_map):
    e = word_to_vec_map[word]
    g_hat = g / np.sqrt(np.dot(g, g))
    e_biascomponent = np.multiply(np.dot(e, g_hat), g_hat)
    e_debiased = e - e_biascomponent
    return e_debiased
