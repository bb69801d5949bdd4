"""Known wrong implementations of the Operations on Word Vectors exercises, one function per misconception id.

The complete_analogy mistakes call cosine_similarity through this module's globals, so that a case's substitute
(a stand-in similarity) applies to them as it does to the reference and to the student's code.
"""

import numpy as np

from .reference import cosine_similarity


def _projection(e, axis):
    return np.dot(e, axis) / np.sum(axis * axis) * axis


# cosine_similarity

def cosine_no_norms(u, v):
    if np.all(u == v):
        return 1
    dot = np.dot(u, v)
    return dot


def cosine_squared_norms(u, v):
    if np.all(u == v):
        return 1
    dot = np.dot(u, v)
    norm_u = np.sum(u * u)
    norm_v = np.sum(v * v)
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0
    return dot / (norm_u * norm_v)


def cosine_elementwise_product(u, v):
    if np.all(u == v):
        return 1
    dot = u * v
    norm_u = np.sqrt(np.sum(u * u))
    norm_v = np.sqrt(np.sum(v * v))
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0
    return dot / (norm_u * norm_v)


# complete_analogy

def analogy_no_skip(word_a, word_b, word_c, word_to_vec_map):
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    max_cosine_sim, best_word = -100, None
    for w in word_to_vec_map.keys():
        cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w] - e_c)
        if cosine_sim > max_cosine_sim:
            max_cosine_sim, best_word = cosine_sim, w
    return best_word


def analogy_maximizes_distance(word_a, word_b, word_c, word_to_vec_map):
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    max_cosine_sim, best_word = -100, None
    for w in word_to_vec_map.keys():
        if w == word_c:
            continue
        cosine_sim = np.linalg.norm((e_b - e_a) - (word_to_vec_map[w] - e_c))
        if cosine_sim > max_cosine_sim:
            max_cosine_sim, best_word = cosine_sim, w
    return best_word


def analogy_forgets_e_c(word_a, word_b, word_c, word_to_vec_map):
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    max_cosine_sim, best_word = -100, None
    for w in word_to_vec_map.keys():
        if w == word_c:
            continue
        cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w])
        if cosine_sim > max_cosine_sim:
            max_cosine_sim, best_word = cosine_sim, w
    return best_word


def analogy_does_not_call_cosine_similarity(word_a, word_b, word_c, word_to_vec_map):
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    max_cosine_sim, best_word = -100, None
    for w in word_to_vec_map.keys():
        if w == word_c:
            continue
        u, v = e_b - e_a, word_to_vec_map[w] - e_c
        cosine_sim = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
        if cosine_sim > max_cosine_sim:
            max_cosine_sim, best_word = cosine_sim, w
    return best_word


# neutralize

def neutralize_elementwise_projection(word, g, word_to_vec_map):
    e = word_to_vec_map[word]
    e_biascomponent = (e * g) / np.sum(g * g) * g
    return e - e_biascomponent


def neutralize_norm_not_squared(word, g, word_to_vec_map):
    e = word_to_vec_map[word]
    e_biascomponent = np.dot(e, g) / np.linalg.norm(g) * g
    return e - e_biascomponent


def neutralize_returns_bias_component(word, g, word_to_vec_map):
    e = word_to_vec_map[word]
    e_biascomponent = np.dot(e, g) / np.sum(g * g) * g
    return e_biascomponent


# equalize

def _equalize_parts(pair, bias_axis, word_to_vec_map):
    w1, w2 = pair
    e_w1, e_w2 = word_to_vec_map[w1], word_to_vec_map[w2]
    mu = (e_w1 + e_w2) / 2
    mu_B = _projection(mu, bias_axis)
    mu_orth = mu - mu_B
    return e_w1, e_w2, mu_B, mu_orth, _projection(e_w1, bias_axis), _projection(e_w2, bias_axis)


def equalize_elementwise_abs(pair, bias_axis, word_to_vec_map):
    e_w1, e_w2, mu_B, mu_orth, e_w1B, e_w2B = _equalize_parts(pair, bias_axis, word_to_vec_map)
    scale = np.sqrt(np.abs(1 - np.sum(mu_orth * mu_orth)))
    corrected_e_w1B = scale * (e_w1B - mu_B) / np.abs((e_w1 - mu_orth) - mu_B)
    corrected_e_w2B = scale * (e_w2B - mu_B) / np.abs((e_w2 - mu_orth) - mu_B)
    return corrected_e_w1B + mu_orth, corrected_e_w2B + mu_orth


def equalize_elementwise_square(pair, bias_axis, word_to_vec_map):
    e_w1, e_w2, mu_B, mu_orth, e_w1B, e_w2B = _equalize_parts(pair, bias_axis, word_to_vec_map)
    scale = np.sqrt(np.abs(1 - mu_orth ** 2))
    corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_B)
    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_B)
    return corrected_e_w1B + mu_orth, corrected_e_w2B + mu_orth


def equalize_e2_sign_flipped(pair, bias_axis, word_to_vec_map):
    e_w1, e_w2, mu_B, mu_orth, e_w1B, e_w2B = _equalize_parts(pair, bias_axis, word_to_vec_map)
    scale = np.sqrt(1 - np.sum(mu_orth * mu_orth))
    corrected_e_w1B = scale * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_B)
    corrected_e_w2B = scale * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_B)
    return corrected_e_w1B + mu_orth, mu_orth - corrected_e_w2B
