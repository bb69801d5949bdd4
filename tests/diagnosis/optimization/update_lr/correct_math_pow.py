"""Correct: learning_rate0 times math.pow(1 + decay_rate * epoch_num, -1)."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_lr(learning_rate0, epoch_num, decay_rate):
    denominator = 1.0 + decay_rate * epoch_num
    learning_rate = learning_rate0 * math.pow(denominator, -1)
    return learning_rate
