"""The course's lr_utils, numpy only: load_dataset gives a small deterministic synthetic stand-in for the cat
dataset (the course reads datasets/train_catvnoncat.h5 and test_catvnoncat.h5 with h5py)."""

import numpy as np

NUM_PX = 64          # the course's images are 64 x 64 RGB
M_TRAIN = 12         # the course has 209 training and 50 test images; a few are enough here
M_TEST = 5


def load_dataset():
    """(train_set_x_orig, train_set_y_orig, test_set_x_orig, test_set_y_orig, classes), of the course's kinds:
    images (m, 64, 64, 3) of uint8, labels (1, m) of int64 (1 for cat, 0 for non-cat) and
    classes = [b'non-cat', b'cat']."""
    rng = np.random.RandomState(1)
    train_set_x_orig = rng.randint(0, 256, size=(M_TRAIN, NUM_PX, NUM_PX, 3)).astype(np.uint8)
    test_set_x_orig = rng.randint(0, 256, size=(M_TEST, NUM_PX, NUM_PX, 3)).astype(np.uint8)
    train_set_y_orig = (np.arange(M_TRAIN) % 3 == 0).astype(np.int64).reshape((1, M_TRAIN))
    test_set_y_orig = (np.arange(M_TEST) % 2 == 0).astype(np.int64).reshape((1, M_TEST))
    classes = np.array([b"non-cat", b"cat"])
    return train_set_x_orig, train_set_y_orig, test_set_x_orig, test_set_y_orig, classes
