"""Failure messages say what differs, where and by how much, and never accept a wrong structure."""

from __future__ import annotations

import numpy as np
import pytest

from grader.judging.compare import agrees, compare
from grader.judging.verdicts import _hidden_text as hidden_text
from grader.sandbox.plaindata import Unsupported
from grader.material.part_names import part_labels
from grader.material.spec import Tolerance

TOL = Tolerance()


def messages(got, expected, tolerance=TOL):
    return [m.public_text() for m in compare(got, expected, tolerance)]


def test_equal_structures_match():
    value = {"W1": np.ones((2, 3)), "b1": np.zeros((2, 1)), "t": (1, 2.5, [np.arange(3)])}
    assert compare(value, value, TOL) == []


def test_rank_1_bias_is_named():
    [text] = messages({"b1": np.zeros(4)}, {"b1": np.zeros((4, 1))})
    assert text.startswith("result['b1']: got shape (4,), expected (4, 1)") and "rank-1" in text


def test_transposed_weights_are_named():
    [text] = messages(np.zeros((3, 2)), np.zeros((2, 3)))
    assert "transposed" in text


def test_value_difference_reports_count_worst_index_and_sizes():
    expected = np.arange(6, dtype=float).reshape(2, 3)
    got = expected.copy()
    got[1, 2] += 0.5
    got[0, 1] += 0.1
    [text] = messages(got, expected)
    assert "2 of 6 elements differ" in text
    assert "largest absolute difference 0.5 at [1, 2]" in text
    assert "got 5.5, expected 5" in text


def test_tolerance_is_elementwise_isclose():
    expected = np.array([1.0, 1000.0])
    assert messages(expected * (1 + 5e-6), expected) == []
    assert messages(expected * (1 + 5e-5), expected) != []
    assert messages(np.array([1.0, 1000.0]), expected, Tolerance(rtol=0, atol=1e-12)) == []


def test_keys_missing_and_extra_are_named():
    [text] = messages({"W1": 1.0, "W0": 2.0}, {"W1": 1.0, "b1": 2.0})
    assert "missing keys 'b1'" in text and "unexpected keys 'W0'" in text


def test_tuple_length_and_list_for_array():
    assert "got a tuple of 3 items, expected 5" in messages((1, 2, 3), (1, 2, 3, 4, 5))[0]
    assert "got a list of 2 items, expected a numpy array" in messages([1.0, 2.0], np.array([1.0, 2.0]))[0]


def test_integer_array_where_floats_expected_fails_but_bool_mask_matches_int_mask():
    assert "dtype int64" in messages(np.zeros((2, 2), dtype=np.int64), np.zeros((2, 2)))[0]
    assert messages(np.array([[True, False]]), np.array([[1, 0]])) == []


def test_numbers_accept_python_and_numpy_scalars_but_not_arrays_of_size_one():
    assert messages(np.float64(0.5), 0.5) == []
    assert messages(1, 1.0) == []
    assert messages(np.array(0.5), 0.5) == []
    assert "expected a number" in messages(np.array([[0.5]]), 0.5)[0]
    assert "expected a number" in messages(True, 1.0)[0]


def test_a_0_d_array_expected_is_a_number_a_float_or_0_d_array_matches():
    """A reference cost from np.squeeze is a 0-d array; the course's float(...) of it is as right."""
    assert messages(0.6931, np.array(0.6931)) == [] and messages(np.float32(2.5), np.array(2.5)) == []
    assert messages(np.array(0.6931), np.array(0.6931)) == []
    assert "expected a number" in messages(np.array([0.6931]), np.array(0.6931))[0]
    assert "got 0.7, expected 0.6931" in messages(0.7, np.array(0.6931))[0]


def test_nan_is_reported():
    [text] = messages(np.array([1.0, np.nan]), np.array([1.0, 2.0]))
    assert "1 NaN/inf values, first at [1]" in text


def test_unsupported_objects_are_named():
    [text] = messages(Unsupported("Foo"), 1.0)
    assert "Foo" in text and "not plain data" in text


@pytest.mark.parametrize("got", [None, "0.5", [0.5]])
def test_wrong_kinds_never_match_a_number(got):
    assert messages(got, 0.5) != []


EXPECTED = np.random.default_rng(3).normal(size=(4, 5))


@pytest.mark.parametrize("got, phrase", [
    (EXPECTED / np.sqrt(2), "got = expected × 1/√2 (= 0.7071)"),
    (EXPECTED * 2, "got = expected × 2"),
    (-EXPECTED, "the sign is flipped"),
    (EXPECTED[:, [2, 0, 1, 4, 3]], "the same columns in a different order"),
    (np.sort(EXPECTED, axis=None).reshape(4, 5), "the same values in a different order"),
])
def test_relations_between_got_and_expected_are_named(got, phrase):
    [mismatch] = compare(got, EXPECTED, TOL)
    assert phrase in mismatch.public_text()
    assert phrase in mismatch.hidden_text()  # the kind of problem, without values


def test_transposed_square_values_are_named():
    square = EXPECTED[:4, :4]
    assert "transposed (got = expected.T)" in messages(square.T, square)[0]


def test_unrelated_values_get_no_relation():
    other = np.random.default_rng(4).normal(size=(4, 5))
    [text] = messages(other, EXPECTED)
    assert "factor" not in text and "order" not in text and "sign" not in text


def test_hidden_text_never_shows_values():
    got = EXPECTED.copy()
    got[0, 0] = 123.0
    [mismatch] = compare(got, EXPECTED, TOL)
    assert "123" in mismatch.public_text()
    assert "123" not in mismatch.hidden_text() and "[0, 0]" not in mismatch.hidden_text()


def test_closeness_is_numpy_isclose_with_nan_equal_including_infinities_and_extremes():
    """The README's tolerance policy: elementwise as numpy.isclose(equal_nan=True), whatever the values."""
    import itertools

    from grader.judging.compare import _close
    from grader.material.spec import Tolerance

    values = [0.0, 1.0, -1.0, 1e-9, 1e-8, 2e-8, 1 + 1e-6, 1 + 1e-4, np.inf, -np.inf, np.nan, 1e300, -1e300, 5e-324]
    got = np.array([a for a, _ in itertools.product(values, values)])
    expected = np.array([b for _, b in itertools.product(values, values)])
    for tolerance in (Tolerance(), Tolerance(rtol=0.0, atol=1e-7), Tolerance(rtol=1e-3, atol=0.0)):
        reference = np.isclose(got, expected, rtol=tolerance.rtol, atol=tolerance.atol, equal_nan=True)
        assert np.array_equal(_close(got, expected, tolerance), reference), tolerance


def _forward_with_cache(X, W1, W2):
    Z1 = W1 @ X
    A1 = np.maximum(Z1, 0)
    A2 = W2 @ A1
    cache = (Z1, A1, W1, A2)
    return A2, cache


def test_parts_are_named_as_the_reference_returns_them():
    """`A2`, `cache`, `cache[3] (A2)` from the reference's return and its cache tuple, not result[1][3]."""
    labels = part_labels(_forward_with_cache)
    assert labels[(0,)] == "A2" and labels[(1,)] == "cache" and labels[(1, 3)] == "cache[3] (A2)"
    X, W1, W2 = np.ones((2, 3)), np.eye(2), np.ones((1, 2))
    expected = _forward_with_cache(X, W1, W2)
    got = (expected[0], expected[1][:3] + (expected[1][3] * 2,))
    [mismatch] = compare(got, expected, Tolerance(), labels=labels)
    assert mismatch.where == "cache[3] (A2)" and "× 2" in mismatch.detail
    assert compare(np.zeros(2), np.ones(2), Tolerance(), labels=part_labels(len))[0].where == "result"


@pytest.mark.parametrize("got, expected, scalars, phrase", [
    (1.5, 1 / 6, None, "got = expected × 9"),                      # an exact integer factor on a number
    (0.5, 0.625, {"keep_prob": 0.8}, "got = expected × keep_prob (= 0.8)"),
    (0.625, 0.5, {"keep_prob": 0.8}, "got = expected × 1/keep_prob (= 1.25)"),
    (0.6, 0.5, {"1 − keep_prob": 0.6 / 0.5}, "got = expected × 1 − keep_prob (= 1.2)"),
])
def test_a_factor_is_named_when_it_is_simple_or_one_of_the_cases_numbers(got, expected, scalars, phrase):
    [mismatch] = compare(got, expected, TOL, scalars=scalars)
    assert phrase in mismatch.public_text()


@pytest.mark.parametrize("got, expected", [(1.0, 0.2953667488793163), (2.5, -4.375), (0.8125, 1.0)])
def test_a_number_off_by_a_factor_with_no_simple_name_gets_no_relation(got, expected):
    """Any two numbers differ by some factor: √(149/13) or -4/7 would only mislead."""
    [text] = messages(got, expected)
    assert "factor" not in text and "√" not in text


def test_an_array_off_by_an_unnamed_factor_shows_the_number_only_and_a_constant_offset_is_named():
    [factor] = messages(EXPECTED * 3.386, EXPECTED)
    assert "got = expected × 3.386" in factor and "(=" not in factor
    [offset] = messages(EXPECTED + 0.25, EXPECTED)
    assert "got − expected = 0.25 everywhere" in offset
    [mismatch] = compare(np.zeros(3), np.full(3, 0.25), TOL)  # a constant answer: the offset is the expected value
    assert "0.25" not in hidden_text(mismatch) and "the same everywhere" in hidden_text(mismatch)


def test_a_column_with_nearly_equal_values_is_not_called_a_shuffle():
    expected = np.array([[0.5], [0.25], [1.0]])
    got = expected * (1 + np.array([[3e-5], [-2e-5], [0.0]]))
    [text] = messages(got, expected)
    assert "order" not in text and "shuffle" not in text


def test_the_misleading_relations_of_issue_15_are_gone():
    """A 0/1 mask drawn differently is no 'permutation or shuffle'; a draw in the transposed shape is named as
    such; an additive error is an offset, not a factor; the rank-1 tip of a (1, n) matrix keeps the first axis."""
    mask = (np.random.default_rng(5).random((4, 5)) < 0.5).astype(float)
    other = np.roll(mask, 3)
    assert "order" not in " ".join(messages(other, mask)) and "shuffle" not in " ".join(messages(other, mask))
    drawn = np.random.default_rng(6).normal(size=(3, 2))
    [transposed] = messages(drawn.T.copy(), drawn.reshape(2, 3))
    assert "drawn as a 3 × 2 matrix and transposed" in transposed and "permutation" not in transposed
    [offset] = messages(EXPECTED + 0.37, EXPECTED)
    assert "got − expected = 0.37 everywhere" in offset and "factor" not in offset
    [row] = messages(np.zeros(2), np.zeros((1, 2)))
    assert "np.zeros((1, n))" in row and "np.zeros((n, 1))" not in row


@pytest.mark.parametrize("got, expected", [
    (EXPECTED, EXPECTED), (EXPECTED * 2, EXPECTED), (EXPECTED.astype(int), EXPECTED), (EXPECTED[:2], EXPECTED),
    ({"a": 1.0, "b": (np.ones(2), "x")}, {"a": 1.0, "b": (np.ones(2), "x")}),
    ({"a": 1.0}, {"a": 1.0, "b": 2.0}), ([1.0, 2.0], (1.0, 2.0)), (np.float64(0.5), np.array(0.5)),
    (True, 1.0), (np.array([1.0]), 1.0), (Unsupported("object"), 1.0), ("word", "word"), (np.str_("w"), "w"),
    (np.array([np.nan]), np.array([np.nan])), (1.0 + 1e-9, 1.0),
])
def test_agrees_is_compare_finding_nothing(got, expected):
    assert agrees(got, expected, TOL) == (compare(got, expected, TOL) == [])
