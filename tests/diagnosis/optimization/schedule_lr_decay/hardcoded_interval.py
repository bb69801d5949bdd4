"""The interval is hard-coded as 1000 instead of the time_interval argument.

kind: other
names-the-cause:
- phrase: time_interval is not used
- phrase: the result is what the default time_interval gives
- phrase: is the argument time_interval used
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = 1 / (1 + decay_rate * np.floor(epoch_num / 1000)) * learning_rate0
    return learning_rate
