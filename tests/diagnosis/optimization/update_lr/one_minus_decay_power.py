"""learning_rate0 * (1 - decay_rate) ** epoch_num is exponential decay, not the inverse-time decay the task asks for.

kind: variant
names-the-cause:
- misconception: lr-decay-exponential
- phrase: an exponential decay
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0 * (1 - decay_rate) ** epoch_num
    return learning_rate
