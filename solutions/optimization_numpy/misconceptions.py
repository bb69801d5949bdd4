"""Known wrong implementations of the Optimization and normalization, in NumPy exercises, one function per
misconception id."""

import numpy as np


# initialize_rmsprop

def rmsprop_init_skips_last_layer(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


def rmsprop_init_parameter_keys(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["W" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["b" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


# update_parameters_with_rmsprop

def _rmsprop(parameters, grads, s, step, average):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = "d" + p + str(l)
            s[key] = average(s[key], grads[key])
            parameters[p + str(l)] = parameters[p + str(l)] - step(grads[key], s[key])
    return parameters, s


def rmsprop_epsilon_inside_sqrt(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    return _rmsprop(parameters, grads, s, lambda g, sq: learning_rate * g / np.sqrt(sq + epsilon),
                    lambda old, g: beta2 * old + (1 - beta2) * g ** 2)


def rmsprop_no_one_minus_beta(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    return _rmsprop(parameters, grads, s, lambda g, sq: learning_rate * g / (np.sqrt(sq) + epsilon),
                    lambda old, g: beta2 * old + g ** 2)


def rmsprop_beta_swapped(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    return _rmsprop(parameters, grads, s, lambda g, sq: learning_rate * g / (np.sqrt(sq) + epsilon),
                    lambda old, g: (1 - beta2) * old + beta2 * g ** 2)


def rmsprop_no_sqrt(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    return _rmsprop(parameters, grads, s, lambda g, sq: learning_rate * g / (sq + epsilon),
                    lambda old, g: beta2 * old + (1 - beta2) * g ** 2)


# exponentially_weighted_average

def ewa_bias_correction_off_by_one(values, beta, bias_correction = False):
    averages = np.zeros(values.shape[0])
    v = 0
    for t in range(values.shape[0]):            # t counts from 0 here, the correction needs it from 1
        v = beta * v + (1 - beta) * values[t]
        with np.errstate(divide="ignore"):     # the student's code divides by zero at t = 0 (inf, a warning)
            averages[t] = v / (1 - beta ** t) if bias_correction else v
    return averages


def ewa_bias_corrects_the_state(values, beta, bias_correction = False):
    averages = np.zeros(values.shape[0])
    v = 0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            v = v / (1 - beta ** t)
        averages[t - 1] = v
    return averages


def ewa_no_one_minus_beta(values, beta, bias_correction = False):
    averages = np.zeros(values.shape[0])
    v = 0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


def ewa_beta_swapped(values, beta, bias_correction = False):
    averages = np.zeros(values.shape[0])
    v = 0
    for t in range(1, values.shape[0] + 1):
        v = (1 - beta) * v + beta * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


# batchnorm_forward

def _batchnorm(Z, gamma, beta, mu, var, scale):
    Z_norm = (Z - mu) / scale
    return gamma * Z_norm + beta, (Z, Z_norm, mu, var, gamma, beta)


def batchnorm_epsilon_outside_sqrt(Z, gamma, beta, epsilon = 1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    Z_tilde, cache = _batchnorm(Z, gamma, beta, mu, var, np.sqrt(var) + epsilon)
    return Z_tilde, cache + (epsilon,)


def batchnorm_wrong_axis(Z, gamma, beta, epsilon = 1e-8):
    mu = np.mean(Z, axis=0, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=0, keepdims=True)
    Z_tilde, cache = _batchnorm(Z, gamma, beta, mu, var, np.sqrt(var + epsilon))
    return Z_tilde, cache + (epsilon,)


def batchnorm_unbiased_variance(Z, gamma, beta, epsilon = 1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, ddof=1, keepdims=True)
    Z_tilde, cache = _batchnorm(Z, gamma, beta, mu, var, np.sqrt(var + epsilon))
    return Z_tilde, cache + (epsilon,)


def batchnorm_no_sqrt(Z, gamma, beta, epsilon = 1e-8):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    Z_tilde, cache = _batchnorm(Z, gamma, beta, mu, var, var + epsilon)
    return Z_tilde, cache + (epsilon,)


# batchnorm_backward

def batchnorm_backward_no_mean_terms(dZ_tilde, cache):
    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ = dZ_tilde * gamma / np.sqrt(var + epsilon)
    return dZ, dgamma, dbeta


def batchnorm_backward_no_variance_term(dZ_tilde, cache):
    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = dZ_tilde * gamma
    dZ = (dZ_norm - np.mean(dZ_norm, axis=1, keepdims=True)) / np.sqrt(var + epsilon)
    return dZ, dgamma, dbeta


def batchnorm_backward_dgamma_uses_z(dZ_tilde, cache):
    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    m = Z.shape[1]
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z, axis=1, keepdims=True)
    dZ_norm = dZ_tilde * gamma
    dZ = (m * dZ_norm - np.sum(dZ_norm, axis=1, keepdims=True)
          - Z_norm * np.sum(dZ_norm * Z_norm, axis=1, keepdims=True)) / (m * np.sqrt(var + epsilon))
    return dZ, dgamma, dbeta


def batchnorm_backward_forgets_gamma(dZ_tilde, cache):
    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    m = Z.shape[1]
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ = (m * dZ_tilde - np.sum(dZ_tilde, axis=1, keepdims=True)
          - Z_norm * np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)) / (m * np.sqrt(var + epsilon))
    return dZ, dgamma, dbeta


# softmax

def softmax_no_max_shift(Z):
    with np.errstate(over="ignore", invalid="ignore"):     # overflows to inf / inf = nan on large scores
        T = np.exp(Z)
        return T / np.sum(T, axis=0, keepdims=True)


def softmax_wrong_axis(Z):
    T = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return T / np.sum(T, axis=1, keepdims=True)


def softmax_sum_over_all(Z):
    T = np.exp(Z - np.max(Z))
    return T / np.sum(T)


# compute_softmax_cost

def softmax_cost_no_mean(AL, Y):
    return np.squeeze(-np.sum(Y * np.log(AL)))


def softmax_cost_mean_over_all_entries(AL, Y):
    return np.squeeze(-np.mean(Y * np.log(AL)))


def softmax_cost_binary_formula(AL, Y):
    m = Y.shape[1]
    return np.squeeze(-1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))


# softmax_backward

def softmax_backward_sign(AL, Y):
    return Y - AL


def softmax_backward_divided_by_m(AL, Y):
    return (AL - Y) / Y.shape[1]


def softmax_backward_sigmoid_derivative(AL, Y):
    return (AL - Y) * AL * (1 - AL)


# sample_learning_rates

def lr_uniform_not_log_scale(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    return np.random.uniform(10.0 ** low_exp, 10.0 ** high_exp, n)


def lr_natural_exp(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    return np.exp(np.random.uniform(low_exp, high_exp, n))


def lr_returns_exponents(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    return np.random.uniform(low_exp, high_exp, n)


# sample_beta

def beta_uniform_not_log_scale(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    return np.random.uniform(low, high, n)


def beta_log_scale_of_beta(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    return 10 ** np.random.uniform(np.log10(low), np.log10(high), n)


def beta_returns_one_minus_beta(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    return 10 ** np.random.uniform(np.log10(1 - high), np.log10(1 - low), n)
