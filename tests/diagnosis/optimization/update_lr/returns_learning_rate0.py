"""The decay is never applied: learning_rate0 is returned as it came in.

kind: other
names-the-cause:
- phrase: learning_rate equals learning_rate0
- phrase: learning_rate is unchanged from the input
- phrase: learning_rate equals the input learning_rate0
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_lr(learning_rate0, epoch_num, decay_rate):
    learning_rate = learning_rate0
    return learning_rate
