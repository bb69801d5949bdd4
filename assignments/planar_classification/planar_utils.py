"""The course's planar_utils for "Planar data classification with one hidden layer", numpy only.

plot_decision_boundary draws nothing here (no matplotlib in the grading environment); load_planar_dataset is the
course's own "flower" generator (numpy only, seeded as the course seeds it); load_extra_datasets returns small
deterministic synthetic stand-ins of the course's sklearn datasets, of the same shapes and label ranges.
"""

import numpy as np


def plot_decision_boundary(model, X, y):
    """The course plots the decision boundary of model over X; the grader draws nothing."""
    return None


def sigmoid(x):
    """
    Compute the sigmoid of x

    Arguments:
    x -- A scalar or numpy array of any size.

    Return:
    s -- sigmoid(x)
    """
    s = 1 / (1 + np.exp(-x))
    return s


def load_planar_dataset():
    """The "flower" dataset: X of shape (2, 400), Y of shape (1, 400) with labels 0 (red) and 1 (blue)."""
    np.random.seed(1)
    m = 400  # number of examples
    N = int(m / 2)  # number of points per class
    D = 2  # dimensionality
    X = np.zeros((m, D))  # data matrix where each row is a single example
    Y = np.zeros((m, 1), dtype='uint8')  # labels vector (0 for red, 1 for blue)
    a = 4  # maximum ray of the flower

    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2  # theta
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2  # radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j

    X = X.T
    Y = Y.T

    return X, Y


def load_extra_datasets():
    """noisy_circles, noisy_moons, blobs, gaussian_quantiles, no_structure: each a pair (X of shape (200, 2),
    y of shape (200,)) like sklearn.datasets' (no_structure: two (200, 2) arrays, as in the course)."""
    N = 200
    rng = np.random.RandomState(0)

    # two noisy concentric circles, the inner one half the size
    angles = np.linspace(0, 2 * np.pi, N // 2, endpoint=False)
    circles = np.r_[np.c_[np.cos(angles), np.sin(angles)], 0.5 * np.c_[np.cos(angles), np.sin(angles)]]
    noisy_circles = (circles + rng.normal(scale=0.3, size=circles.shape),
                     np.r_[np.zeros(N // 2, dtype=int), np.ones(N // 2, dtype=int)])

    # two interleaving half circles
    t = np.linspace(0, np.pi, N // 2)
    moons = np.r_[np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)]]
    noisy_moons = (moons + rng.normal(scale=0.2, size=moons.shape),
                   np.r_[np.zeros(N // 2, dtype=int), np.ones(N // 2, dtype=int)])

    # six gaussian blobs, labels 0..5
    centers = rng.uniform(-10, 10, size=(6, 2))
    labels = np.arange(N) % 6
    blobs = (centers[labels] + rng.normal(size=(N, 2)), labels)

    # one gaussian cloud split by distance from its mean into two classes of equal size
    points = rng.normal(scale=np.sqrt(0.5), size=(N, 2))
    distance = np.sum(points ** 2, axis=1)
    quantile_labels = (distance > np.median(distance)).astype(int)
    gaussian_quantiles = (points, quantile_labels)

    no_structure = rng.rand(N, 2), rng.rand(N, 2)

    return noisy_circles, noisy_moons, blobs, gaussian_quantiles, no_structure
