"""Correct: similarities of all candidates in a list, then the argmax (returned as a Python str)."""

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
    e_a, e_b, e_c = (word_to_vec_map[word] for word in (word_a, word_b, word_c))
    candidates = [word for word in word_to_vec_map if word != word_c]
    similarities = [cosine_similarity(e_b - e_a, word_to_vec_map[word] - e_c) for word in candidates]
    best_word = candidates[int(np.argmax(similarities))]
    return best_word
