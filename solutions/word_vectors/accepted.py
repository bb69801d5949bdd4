"""Other course generations' correct implementations, accepted beside the reference (Exercise.accepted).

They call the functions they build on through this module's globals, so that a case's substitutes apply to them as
they do to the reference and to the student's code.
"""

import numpy as np

from .reference import cosine_similarity


def cosine_similarity_2017(u, v):
    """2017-2020: no special cases, so a zero vector gives 0 / 0 = nan (the 2021+ notebook returns 1 for equal
    vectors and 0 when a norm is 0)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        dot = np.dot(u, v)
        norm_u = np.sqrt(np.sum(u * u))
        norm_v = np.sqrt(np.sum(v * v))
        return dot / (norm_u * norm_v)


def complete_analogy_2017(word_a, word_b, word_c, word_to_vec_map):
    """2017-2020: skips all three input words (`if w in [word_a, word_b, word_c]: continue`); since 2021 only
    word_c is skipped."""
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    max_cosine_sim = -100
    best_word = None
    for w in word_to_vec_map.keys():
        if w in [word_a, word_b, word_c]:
            continue
        cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w] - e_c)
        if cosine_sim > max_cosine_sim:
            max_cosine_sim = cosine_sim
            best_word = w
    return best_word


def equalize_2017(pair, bias_axis, word_to_vec_map):
    """2017-2020, equations (9)-(10): sqrt(|1 - ||mu_orth||^2|) * (e_w1B - mu_B) / ||(e_w1 - mu_orth) - mu_B||
    (since 2021: sqrt(1 - ||mu_orth||^2) * (e_w1B - mu_B) / ||e_w1 - mu_B||)."""
    w1, w2 = pair
    e_w1, e_w2 = word_to_vec_map[w1], word_to_vec_map[w2]
    mu = (e_w1 + e_w2) / 2
    mu_B = np.dot(mu, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis
    mu_orth = mu - mu_B
    e_w1B = np.dot(e_w1, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis
    e_w2B = np.dot(e_w2, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis
    scale = np.sqrt(np.abs(1 - np.sum(mu_orth * mu_orth)))
    corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_orth - mu_B)
    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_orth - mu_B)
    return corrected_e_w1B + mu_orth, corrected_e_w2B + mu_orth
