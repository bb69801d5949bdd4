"""The course's dnn_utils_v2 (2017-2020 notebooks import it): the same activations as dnn_utils."""

from dnn_utils import relu, relu_backward, sigmoid, sigmoid_backward

__all__ = ["sigmoid", "relu", "relu_backward", "sigmoid_backward"]
