"""Correct: np.divide, np.add and np.multiply."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_lr(learning_rate0, epoch_num, decay_rate):
    return np.divide(learning_rate0, np.add(1, np.multiply(decay_rate, epoch_num)))
