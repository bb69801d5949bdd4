"""Known wrong implementations of the Dinosaurus Island exercises, one function per misconception id."""

import copy

import numpy as np
from utils import softmax, rnn_forward, rnn_backward, update_parameters


KEYS = ("dWaa", "dWax", "dWya", "db", "dby")


# clip

def clip_only_one_gradient(gradients, maxValue):
    gradients = copy.deepcopy(gradients)
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    np.clip(dWax, -maxValue, maxValue, out=dWax)
    return {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}


def clip_without_out(gradients, maxValue):
    gradients = copy.deepcopy(gradients)
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    for gradient in [dWax, dWaa, dWya, db, dby]:
        gradient = np.clip(gradient, -maxValue, maxValue)
    return {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}


def clip_upper_only(gradients, maxValue):
    gradients = copy.deepcopy(gradients)
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    for gradient in [dWax, dWaa, dWya, db, dby]:
        np.clip(gradient, None, maxValue, out=gradient)
    return {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}


# sample

def _sample(parameters, char_to_ix, seed, reseed="counter+seed", pick="choice", update_x=True, update_a=True):
    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']
    vocab_size = by.shape[0]
    n_a = Waa.shape[1]
    x = np.zeros((vocab_size, 1))
    a_prev = np.zeros((n_a, 1))
    indices = []
    idx = -1
    counter = 0
    newline_character = char_to_ix['\n']
    if reseed == "once":
        np.random.seed(seed)
    while (idx != newline_character and counter != 50):
        a = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
        z = np.dot(Wya, a) + by
        y = softmax(z)
        if reseed == "counter+seed":
            np.random.seed(counter + seed)
        elif reseed == "seed":
            np.random.seed(seed)
        if pick == "choice":
            idx = np.random.choice(range(vocab_size), p=y.ravel())
        elif pick == "argmax":
            idx = int(np.argmax(y))
        elif pick == "dict-values":
            idx = np.random.choice(list(char_to_ix.values()), p=y.ravel())
        indices.append(idx)
        if update_x:
            x = np.zeros((vocab_size, 1))
            x[idx] = 1
        if update_a:
            a_prev = a
        seed += 1
        counter += 1
    if (counter == 50):
        indices.append(char_to_ix['\n'])
    return indices


def sample_seeds_once(parameters, char_to_ix, seed):
    return _sample(parameters, char_to_ix, seed, reseed="once")


def sample_seed_without_counter(parameters, char_to_ix, seed):
    return _sample(parameters, char_to_ix, seed, reseed="seed")


def sample_argmax(parameters, char_to_ix, seed):
    return _sample(parameters, char_to_ix, seed, pick="argmax")


def sample_choice_over_dict_values(parameters, char_to_ix, seed):
    return _sample(parameters, char_to_ix, seed, pick="dict-values")


def sample_x_not_updated(parameters, char_to_ix, seed):
    return _sample(parameters, char_to_ix, seed, update_x=False)


def sample_a_prev_not_updated(parameters, char_to_ix, seed):
    return _sample(parameters, char_to_ix, seed, update_a=False)


# optimize (clip is the student's own function, or the grading's stand-in)

def optimize_update_before_clip(X, Y, a_prev, parameters, learning_rate = 0.01):
    loss, cache = rnn_forward(X, Y, a_prev, parameters)
    gradients, a = rnn_backward(X, Y, parameters, cache)
    parameters = update_parameters(parameters, gradients, learning_rate)
    gradients = clip(gradients, 5)  # noqa: F821 (the student's clip, or the stand-in, in the module)
    return loss, gradients, a[len(X)-1]


def optimize_returns_a_minus_1(X, Y, a_prev, parameters, learning_rate = 0.01):
    loss, cache = rnn_forward(X, Y, a_prev, parameters)
    gradients, a = rnn_backward(X, Y, parameters, cache)
    gradients = clip(gradients, 5)  # noqa: F821
    parameters = update_parameters(parameters, gradients, learning_rate)
    return loss, gradients, a[-1]


def optimize_hardcoded_learning_rate(X, Y, a_prev, parameters, learning_rate = 0.01):
    loss, cache = rnn_forward(X, Y, a_prev, parameters)
    gradients, a = rnn_backward(X, Y, parameters, cache)
    gradients = clip(gradients, 5)  # noqa: F821
    parameters = update_parameters(parameters, gradients, 0.01)
    return loss, gradients, a[len(X)-1]
