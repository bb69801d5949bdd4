"""Course helpers for the Optimization assignment, older name (same helpers as opt_utils_v1a)."""

import numpy as np

from opt_utils_v1a import (sigmoid, relu, load_params_and_grads, initialize_parameters, compute_cost,
                           forward_propagation, backward_propagation, predict, predict_dec,
                           plot_decision_boundary, load_dataset)

__all__ = ["np", "sigmoid", "relu", "load_params_and_grads", "initialize_parameters", "compute_cost",
           "forward_propagation", "backward_propagation", "predict", "predict_dec",
           "plot_decision_boundary", "load_dataset"]
