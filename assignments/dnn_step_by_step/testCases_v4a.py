"""The course's testCases_v4a (2018-2020 notebooks, v8a; numpy only): the same builders as testCases, except
linear_backward_test_case (one unit, as until 2020), compute_cost_test_case (Y = [[1, 1, 1]]) and print_grads
(dA1 printed from grads["dA2"] until v5, grads["dA1"] since)."""

import numpy as np

from testCases import (L_model_backward_test_case, L_model_forward_test_case, L_model_forward_test_case_2hidden,
                       linear_activation_backward_test_case, linear_activation_forward_test_case,
                       linear_forward_test_case, print_grads, update_parameters_test_case)


def compute_cost_test_case():
    Y = np.asarray([[1, 1, 1]])
    aL = np.array([[.8, .9, 0.4]])
    return Y, aL


def linear_backward_test_case():
    np.random.seed(1)
    dZ = np.random.randn(1, 2)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    linear_cache = (A, W, b)
    return dZ, linear_cache


__all__ = ["np", "linear_forward_test_case", "linear_activation_forward_test_case", "L_model_forward_test_case",
           "L_model_forward_test_case_2hidden", "compute_cost_test_case", "linear_backward_test_case",
           "linear_activation_backward_test_case", "L_model_backward_test_case", "update_parameters_test_case",
           "print_grads"]
