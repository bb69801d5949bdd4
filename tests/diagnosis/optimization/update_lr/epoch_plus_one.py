"""epoch_num + 1 is used as if epochs counted from 1, so the rate is one epoch's decay too low.

kind: other
names-the-cause:
- phrase: epoch_num + 1
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = 1 / (1 + decay_rate * (epoch_num + 1)) * learning_rate0
    return learning_rate
