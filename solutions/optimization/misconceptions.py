"""Known wrong implementations of the Optimization exercises, one function per misconception id."""

import math

import numpy as np


# update_parameters_with_gd

def gd_plus_sign(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] + learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] + learning_rate * grads["db" + str(l)]
    return parameters


def gd_skips_last_layer(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters


# random_mini_batches

def _partition(shuffled_X, shuffled_Y, mini_batch_size, end_batch):
    m = shuffled_X.shape[1]
    num_complete_minibatches = math.floor(m / mini_batch_size)
    mini_batches = []
    for k in range(num_complete_minibatches):
        mini_batches.append((shuffled_X[:, k * mini_batch_size: (k + 1) * mini_batch_size],
                             shuffled_Y[:, k * mini_batch_size: (k + 1) * mini_batch_size]))
    if end_batch == "always" or (end_batch == "partial" and m % mini_batch_size != 0):
        mini_batches.append((shuffled_X[:, num_complete_minibatches * mini_batch_size:],
                             shuffled_Y[:, num_complete_minibatches * mini_batch_size:]))
    return mini_batches


def _shuffled(X, Y, seed):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    return X[:, permutation], Y[:, permutation].reshape((1, m))


def minibatch_no_end_case(X, Y, mini_batch_size = 64, seed = 0):
    return _partition(*_shuffled(X, Y, seed), mini_batch_size, end_batch="never")


def minibatch_empty_end_batch(X, Y, mini_batch_size = 64, seed = 0):
    return _partition(*_shuffled(X, Y, seed), mini_batch_size, end_batch="always")


def minibatch_unpaired_shuffle(X, Y, mini_batch_size = 64, seed = 0):
    np.random.seed(seed)
    m = X.shape[1]
    shuffled_X = X[:, list(np.random.permutation(m))]
    shuffled_Y = Y[:, list(np.random.permutation(m))].reshape((1, m))
    return _partition(shuffled_X, shuffled_Y, mini_batch_size, end_batch="partial")


def minibatch_no_shuffle(X, Y, mini_batch_size = 64, seed = 0):
    m = X.shape[1]
    return _partition(X, Y.reshape((1, m)), mini_batch_size, end_batch="partial")


# initialize_velocity

def velocity_skips_last_layer(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


# update_parameters_with_momentum

def _momentum(parameters, grads, v, beta, learning_rate, velocity, step):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = "d" + p + str(l)
            v[key] = velocity(v[key], grads[key], beta)
            parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * step(v[key], grads[key])
    return parameters, v


def momentum_no_one_minus_beta(parameters, grads, v, beta, learning_rate):
    return _momentum(parameters, grads, v, beta, learning_rate,
                     lambda v, g, beta: beta * v + g, lambda v, g: v)


def momentum_beta_swapped(parameters, grads, v, beta, learning_rate):
    return _momentum(parameters, grads, v, beta, learning_rate,
                     lambda v, g, beta: (1 - beta) * v + beta * g, lambda v, g: v)


def momentum_updates_with_grads(parameters, grads, v, beta, learning_rate):
    return _momentum(parameters, grads, v, beta, learning_rate,
                     lambda v, g, beta: beta * v + (1 - beta) * g, lambda v, g: g)


# update_parameters_with_adam

def _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, s_correction, step):
    L = len(parameters) // 2
    v_corrected, s_corrected = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = "d" + p + str(l)
            v[key] = beta1 * v[key] + (1 - beta1) * grads[key]
            v_corrected[key] = v[key] / (1 - beta1 ** t)
            s[key] = beta2 * s[key] + (1 - beta2) * np.square(grads[key])
            s_corrected[key] = s[key] / (1 - s_correction(beta1, beta2) ** t)
            parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * step(
                v[key], s[key], v_corrected[key], s_corrected[key], epsilon)
    return parameters, v, s, v_corrected, s_corrected


def _beta2(beta1, beta2):
    return beta2


def adam_bias_correction_beta1(parameters, grads, v, s, t, learning_rate = 0.01,
                               beta1 = 0.9, beta2 = 0.999,  epsilon = 1e-8):
    return _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, lambda beta1, beta2: beta1,
                 lambda v, s, v_c, s_c, epsilon: v_c / (np.sqrt(s_c) + epsilon))


def adam_epsilon_inside_sqrt(parameters, grads, v, s, t, learning_rate = 0.01,
                             beta1 = 0.9, beta2 = 0.999,  epsilon = 1e-8):
    return _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, _beta2,
                 lambda v, s, v_c, s_c, epsilon: v_c / np.sqrt(s_c + epsilon))


def adam_no_bias_correction(parameters, grads, v, s, t, learning_rate = 0.01,
                            beta1 = 0.9, beta2 = 0.999,  epsilon = 1e-8):
    return _adam(parameters, grads, v, s, t, learning_rate, beta1, beta2, epsilon, _beta2,
                 lambda v, s, v_c, s_c, epsilon: v / (np.sqrt(s) + epsilon))


# update_lr

def lr_decay_exponential(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 * decay_rate ** epoch_num


def lr_decay_natural_exp(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 * np.exp(-decay_rate * epoch_num)


def lr_decay_missing_one(learning_rate0, epoch_num, decay_rate):
    return learning_rate0 / (decay_rate * epoch_num)


# schedule_lr_decay

def lr_decay_no_floor(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (epoch_num / time_interval))


def lr_decay_ignores_interval(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch_num)
