"""Course test-case generators (numpy only): `from testCases import *` gives the notebooks' *_test_case() functions."""

# Keep this module to plain functions named *_test_case and the numpy import: `from testCases import *`
# must not shadow the helpers (forward_propagation, ...) that the notebooks import from *_utils.

import numpy as np


# ---------------------------------------------------------------- Regularization

def _regularization_parameters():
    """The course's W1 (2, 3), b1, W2 (3, 2), b2, W3 (1, 3), b3, drawn after the seed (and X, if any)."""
    W1 = np.random.randn(2, 3)
    b1 = np.random.randn(2, 1)
    W2 = np.random.randn(3, 2)
    b2 = np.random.randn(3, 1)
    W3 = np.random.randn(1, 3)
    b3 = np.random.randn(1, 1)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}


def _relu_sigmoid_forward(X, parameters):
    """LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID, with the course's 12-item cache."""
    W1, b1, W2, b2, W3, b3 = (parameters[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3"))
    Z1 = np.dot(W1, X) + b1
    A1 = np.maximum(0, Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = np.maximum(0, Z2)
    Z3 = np.dot(W3, A2) + b3
    A3 = 1 / (1 + np.exp(-Z3))
    return A3, (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)


def compute_cost_with_regularization_test_case():
    np.random.seed(1)
    Y_assess = np.array([[1, 1, 0, 1, 0]])
    parameters = _regularization_parameters()
    a3 = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    return a3, Y_assess, parameters


def backward_propagation_with_regularization_test_case():
    np.random.seed(1)
    X_assess = np.random.randn(3, 5)
    Y_assess = np.array([[1, 1, 0, 1, 0]])
    parameters = _regularization_parameters()
    _, cache = _relu_sigmoid_forward(X_assess, parameters)
    return X_assess, Y_assess, cache


def forward_propagation_with_dropout_test_case():
    np.random.seed(1)
    X_assess = np.random.randn(3, 5)
    parameters = _regularization_parameters()
    return X_assess, parameters


def backward_propagation_with_dropout_test_case():
    """Inputs for backward_propagation_with_dropout(X_assess, Y_assess, cache, keep_prob = 0.8)."""
    np.random.seed(1)
    X_assess = np.random.randn(3, 5)
    Y_assess = np.array([[1, 1, 0, 1, 0]])
    cache = (
        np.array([[-1.52855314,  3.32524635,  2.13994541,  2.60700654, -0.75942115],
               [-1.98043538,  4.1600994 ,  0.79051021,  1.46493512, -0.45506242]]),
        np.array([[ True,  True,  True,  True,  True],
               [ True,  True,  True,  True,  True]]),
        np.array([[0.        , 4.15655793, 2.67493176, 3.25875817, 0.        ],
               [0.        , 5.20012426, 0.98813776, 1.8311689 , 0.        ]]),
        np.array([[-1.09989127, -0.17242821, -0.87785842],
               [ 0.04221375,  0.58281521, -1.10061918]]),
        np.array([[1.14472371],
               [0.90159072]]),
        np.array([[ 0.53035547,  7.30356517,  2.76466331,  3.8174824 ,  0.53035547],
               [-0.69166075, -4.17265965, -2.64201859, -3.14479726, -0.69166075],
               [-0.39675353, -5.67938469, -3.16458323, -3.93674814, -0.39675353]]),
        np.array([[ True,  True,  True, False,  True],
               [ True,  True,  True,  True,  True],
               [False, False,  True,  True, False]]),
        np.array([[0.66294433, 9.12945646, 3.45582914, 0.        , 0.66294433],
               [0.        , 0.        , 0.        , 0.        , 0.        ],
               [0.        , 0.        , 0.        , 0.        , 0.        ]]),
        np.array([[ 0.50249434,  0.90085595],
               [-0.68372786, -0.12289023],
               [-0.93576943, -0.26788808]]),
        np.array([[ 0.53035547],
               [-0.69166075],
               [-0.39675353]]),
        np.array([[-0.46822185, -6.28617785, -2.38741604, -0.0126646 , -0.46822185]]),
        np.array([[0.38503719, 0.0018584 , 0.08413733, 0.49683389, 0.38503719]]),
        np.array([[-0.6871727 , -0.84520564, -0.67124613]]),
        np.array([[-0.0126646]]))

    return X_assess, Y_assess, cache
