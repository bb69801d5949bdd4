"""The value checks a TA makes on a wrong part (grader/judging/checks.py): each says what it sees, in the course's names."""

from __future__ import annotations

import numpy as np
import pytest

from grader.judging.checks import CaseView, check_part

RNG = np.random.default_rng(7)
W1, DW1 = RNG.normal(size=(2, 3)), RNG.normal(size=(2, 3))
X = RNG.normal(size=(3, 8))
MASK = (RNG.random((4, 5)) < 0.6).astype(float)


def finding(got, expected, path, inputs, whole, labels=None):
    result = check_part(got, expected, path, CaseView.of(labels or {(): "parameters"}, inputs, whole))
    return None if result is None else result.text


@pytest.mark.parametrize("got, expected, path, inputs, whole, text", [
    (W1, W1 - 0.1 * DW1, ("W1",), {"parameters": {"W1": W1}, "grads": {"dW1": DW1}}, {"W1": W1 - 0.1 * DW1},
     "parameters['W1'] is unchanged from the input"),
    (DW1, W1 - 0.1 * DW1, ("W1",), {"parameters": {"W1": W1}, "grads": {"dW1": DW1}}, {"W1": W1 - 0.1 * DW1},
     "parameters['W1'] equals the input grads['dW1']"),
    (np.zeros((2, 3)), W1, ("W1",), {}, {"W1": W1}, "parameters['W1'] is all zeros"),
    (W1, np.zeros((2, 3)), ("b1",), {}, {"b1": np.zeros((2, 3))}, "parameters['b1'] should be all zeros"),
    (DW1, W1, ("W1",), {}, {"W1": W1, "W2": DW1}, "parameters['W1'] equals what parameters['W2'] should be"),
    (MASK * 0.3, MASK, ("D1",), {}, {"D1": MASK}, "parameters['D1'] is not a 0/1 mask"),
    (1 - MASK, MASK, ("D1",), {}, {"D1": MASK}, "parameters['D1'] is a 0/1 mask"),
    (X[:, 4:8], X[:, [5, 1, 7, 0]], ("X",), {"X": X}, {"X": X[:, [5, 1, 7, 0]]},
     "parameters['X'] holds columns 4 to 7 of X in their original order (not shuffled)"),
    (X[:, [2, 6, 3, 4]], X[:, [5, 1, 7, 0]], ("X",), {"X": X}, {"X": X[:, [5, 1, 7, 0]]},
     "parameters['X'] holds columns of X, but not the ones expected"),
    (W1[0, :2] * 3, DW1[0, :2], ("W2",), {}, {"W1": W1, "W2": DW1[0, :2]},
     "parameters['W2'] repeats the first random numbers of parameters['W1'] (scaled)"),
    (np.array([1.0, np.nan]), np.array([1.0, 2.0]), ("b",), {}, {"b": np.array([1.0, 2.0])},
     "parameters['b'] holds NaN, first at [1]"),
])
def test_each_check_names_what_it_sees(got, expected, path, inputs, whole, text):
    assert finding(got, expected, path, inputs, whole).startswith(text)


def test_a_whole_number_equal_to_an_input_is_a_coincidence_not_a_finding():
    """missing parentheses gave 2.0 where epoch_num = 2: that is no clue."""
    assert finding(2.0, 1 / 6, (), {"learning_rate0": 0.5, "epoch_num": 2}, 1 / 6, {(): "learning_rate"}) is None
    assert finding(0.5, 1 / 6, (), {"learning_rate0": 0.5, "epoch_num": 2}, 1 / 6, {(): "learning_rate"}) == \
        "learning_rate equals the input learning_rate0"


def test_unrelated_values_get_no_finding():
    assert finding(RNG.normal(size=(2, 3)), W1, ("W1",), {"parameters": {"W1": DW1}}, {"W1": W1}) is None


def test_weights_off_by_a_factor_that_follows_the_layer_sizes_are_named():
    """He's scale taken from the layer's own size and without its square root (2 / n[l] for sqrt(2 / n[l-1])):
    the factor differs per layer but follows √2·√n[l-1]/n[l]; with two layers only it is not said (sizes fit by chance)."""
    from grader.judging.checks import layer_pattern

    dims = [5, 4, 3, 2]
    draws = {l: np.random.default_rng(l).normal(size=(dims[l], dims[l - 1])) for l in range(1, 4)}
    expected = {f"W{l}": draws[l] * np.sqrt(2 / dims[l - 1]) for l in draws}
    got = {f"W{l}": draws[l] * 2 / dims[l] for l in draws}
    path, text = layer_pattern(got, expected)
    assert path == ("W1",) and "× √2·√n[l-1]/n[l] in every layer" in text
    assert layer_pattern({key: got[key] for key in ("W1", "W2")}, {key: expected[key] for key in ("W1", "W2")}) is None
    assert layer_pattern(expected, expected) is None
