"""Correct: the 2018 notebook's style: Wax.dot, list(range(vocab_size)), x.fill(0)."""

import numpy as np
from utils import *
import random


def sample(parameters, char_to_ix, seed):
    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']
    vocab_size = by.shape[0]
    n_a = Waa.shape[1]
    x = np.zeros((len(char_to_ix), 1))
    a_prev = np.zeros((n_a, 1))
    indices = []
    idx = -1
    counter = 0
    newline_character = char_to_ix['\n']
    while (idx != newline_character and counter != 50):
        a = np.tanh(Wax.dot(x) + Waa.dot(a_prev) + b)
        z = Wya.dot(a) + by
        y = softmax(z)
        np.random.seed(counter+seed)
        idx = np.random.choice(list(range(vocab_size)), p=y.ravel())
        indices.append(idx)
        x.fill(0)
        x[idx] = 1
        a_prev = a
        seed += 1
        counter +=1
    if (counter == 50):
        indices.append(char_to_ix['\n'])
    return indices
