"""Computes the cosine similarity inline instead of calling cosine_similarity."""

import numpy as np
from w2v_utils import *


def cosine_similarity(u, v):
    if np.all(u == v):
        return 1
    dot = np.dot(u, v)
    norm_u = np.sqrt(np.sum(u * u))
    norm_v = np.sqrt(np.sum(v * v))
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0
    cosine_similarity = dot / (norm_u * norm_v)
    return cosine_similarity


def complete_analogy(word_a, word_b, word_c, word_to_vec_map):
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    words = word_to_vec_map.keys()
    max_cosine_sim = -100
    best_word = None
    for w in words:
        if w == word_c:
            continue
        u = e_b - e_a
        v = word_to_vec_map[w] - e_c
        cosine_sim = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
        if cosine_sim > max_cosine_sim:
            max_cosine_sim = cosine_sim
            best_word = w
    return best_word
