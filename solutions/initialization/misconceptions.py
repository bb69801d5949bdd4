"""Known wrong implementations of the Initialization exercises, one function per misconception id."""

import numpy as np


# initialize_parameters_zeros

def zeros_rank1_bias(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros(layers_dims[l])
    return parameters


def zeros_transposed_w(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l - 1], layers_dims[l]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


# initialize_parameters_random

def random_scale_0_01(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 0.01
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def random_uniform_rand(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.rand(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def random_seed_in_loop(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        np.random.seed(3)
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


# initialize_parameters_he

def _he_like(layers_dims, scale, draw=np.random.randn):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters['W' + str(l)] = draw(layers_dims[l], layers_dims[l - 1]) * scale(layers_dims[l - 1], layers_dims[l])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def he_xavier_scale(layers_dims):
    return _he_like(layers_dims, lambda fan_in, fan_out: np.sqrt(1. / fan_in))


def he_fan_out(layers_dims):
    return _he_like(layers_dims, lambda fan_in, fan_out: np.sqrt(2. / fan_out))


def he_missing_scale(layers_dims):
    return _he_like(layers_dims, lambda fan_in, fan_out: 1.)


def he_variance_not_std(layers_dims):
    return _he_like(layers_dims, lambda fan_in, fan_out: 2. / fan_in)


def he_uniform_rand(layers_dims):
    return _he_like(layers_dims, lambda fan_in, fan_out: np.sqrt(2. / fan_in), draw=np.random.rand)
