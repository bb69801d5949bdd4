"""Subtracts the corrected bias part for e2: e2 = mu_orth - corrected_e_w2B."""

import numpy as np
from w2v_utils import *


def equalize(pair, bias_axis, word_to_vec_map):
    w1, w2 = pair[0], pair[1]
    e_w1, e_w2 = word_to_vec_map[w1], word_to_vec_map[w2]
    mu = (e_w1 + e_w2) / 2
    mu_B = np.dot(mu, bias_axis) / np.dot(bias_axis, bias_axis) * bias_axis
    mu_orth = mu - mu_B
    e_w1B = np.dot(e_w1, bias_axis) / np.dot(bias_axis, bias_axis) * bias_axis
    e_w2B = np.dot(e_w2, bias_axis) / np.dot(bias_axis, bias_axis) * bias_axis
    corrected_e_w1B = np.sqrt(1 - np.dot(mu_orth, mu_orth)) * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_B)
    corrected_e_w2B = np.sqrt(1 - np.dot(mu_orth, mu_orth)) * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_B)
    e1 = corrected_e_w1B + mu_orth
    e2 = mu_orth - corrected_e_w2B
    return e1, e2
