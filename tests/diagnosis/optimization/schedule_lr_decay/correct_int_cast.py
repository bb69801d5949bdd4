"""Correct: int() truncates the (non-negative) number of intervals."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    intervals = int(epoch_num / time_interval)
    return learning_rate0 * 1.0 / (1 + decay_rate * intervals)
