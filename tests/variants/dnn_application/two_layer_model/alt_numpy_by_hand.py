"""Correct: forward and backward pass written out with numpy (np.multiply, @), float costs, a dict update."""

import numpy as np
from dnn_app_utils_v3 import *


def two_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    np.random.seed(1)
    costs = []
    m = X.shape[1]
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        W1, b1, W2, b2 = (parameters[key] for key in ("W1", "b1", "W2", "b2"))
        Z1 = W1 @ X + b1
        A1 = np.maximum(0, Z1)
        Z2 = W2 @ A1 + b2
        A2 = 1 / (1 + np.exp(-Z2))
        cost = float(-np.sum(np.multiply(Y, np.log(A2)) + np.multiply(1 - Y, np.log(1 - A2))) / m)
        dA2 = - (np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dZ2 = np.multiply(dA2, A2 * (1 - A2))
        grads = {"dW2": dZ2 @ A1.T / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m}
        dZ1 = np.multiply(W2.T @ dZ2, Z1 > 0)
        grads["dW1"] = dZ1 @ X.T / m
        grads["db1"] = np.sum(dZ1, axis=1, keepdims=True) / m
        parameters = {key: value - learning_rate * grads["d" + key] for key, value in parameters.items()}
        if i % 100 == 0:
            if print_cost:
                print("Cost after iteration", i, cost)
            costs.append(cost)
    return parameters, costs
