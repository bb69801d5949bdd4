"""Correct: a small projection helper of the student's own and np.linalg.norm throughout."""

import numpy as np
from w2v_utils import *


def project(x, axis):
    return (np.dot(x, axis) / np.linalg.norm(axis) ** 2) * axis


def equalize(pair, bias_axis, word_to_vec_map):
    w1, w2 = pair
    e_w1, e_w2 = word_to_vec_map[w1], word_to_vec_map[w2]
    mu = np.mean([e_w1, e_w2], axis=0)
    mu_B = project(mu, bias_axis)
    mu_orth = mu - mu_B
    e_w1B, e_w2B = project(e_w1, bias_axis), project(e_w2, bias_axis)
    scale = np.sqrt(1 - np.linalg.norm(mu_orth) ** 2)
    corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_B)
    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_B)
    return corrected_e_w1B + mu_orth, corrected_e_w2B + mu_orth
