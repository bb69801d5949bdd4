"""Correct: keyword arguments, maxValue=5, the last state taken as a[len(X) - 1] first."""

import numpy as np
from utils import *
import random
import pprint
import copy


def clip(gradients, maxValue):
    gradients = copy.deepcopy(gradients)
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    for gradient in [dWax, dWaa, dWya, db, dby]:
        np.clip(gradient, -maxValue, maxValue, out=gradient)
    gradients = {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}
    return gradients


def optimize(X, Y, a_prev, parameters, learning_rate = 0.01):
    loss, cache = rnn_forward(X=X, Y=Y, a0=a_prev, parameters=parameters)
    gradients, a = rnn_backward(X, Y, parameters, cache)
    a_last = a[len(X) - 1]
    gradients = clip(gradients=gradients, maxValue=5)
    update_parameters(parameters, gradients, lr=learning_rate)
    return loss, gradients, a_last
