"""Correct: a while loop, costs kept as Python floats, the cost list built from the iteration number."""

import numpy as np
from dnn_app_utils_v3 import *


def L_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    np.random.seed(1)
    parameters = initialize_parameters_deep(layers_dims)
    costs = []
    i = 0
    while i < num_iterations:
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate=learning_rate)
        if not i % 100:
            costs.append(float(cost))
            if print_cost:
                print(f"Cost after iteration {i}: {cost:.6f}")
        i += 1
    return parameters, costs
