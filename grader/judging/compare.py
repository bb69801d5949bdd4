"""Compares a student's structured output with the reference's, as numpy.testing would: what, where, by how much."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from numbers import Real

import numpy as np

from grader.judging.relations import describe_number_relation, describe_relation
from grader.material.spec import Tolerance
from grader.sandbox.plaindata import Unsupported

MAX_MISMATCHES = 3
MAX_INT_DIGITS = 40  # longer integers are shown by their first digits and length


@dataclass(frozen=True)
class Mismatch:
    """One difference: where it is, what kind it is, and the details (values may be secret)."""

    where: str
    kind: str
    detail: str
    # |got - expected| of an array with the right shape but wrong values (for pictures)
    magnitude: np.ndarray | None = field(default=None, compare=False, repr=False)
    path: tuple = field(default=(), compare=False)  # where, as the keys and indices into the result
    lead: str = ""  # what a value check found, a sentence naming the part (checks.py): shown before the detail

    def public_text(self) -> str:
        return f"{self.lead or self.where}: {self.detail}"

    def hidden_text(self) -> str:
        return f"{self.where}: {self.kind}"


def compare(got, expected, tolerance: Tolerance, where: str = "result",
            labels: Mapping[tuple, str] | None = None, scalars: Mapping[str, float] | None = None) -> list[Mismatch]:
    """All differences between got and expected (empty when they match within tolerance).

    labels: names of parts by path (material/part_names.py: `parameters`, `cache[7] (A2)`), used instead of
    `result[0]`, `result[1][7]` where the reference names them. scalars: the case's own numbers by name
    (`keep_prob`, `1 − keep_prob`, `m`), which a factor may be named after."""
    found: list[Mismatch] = []
    labels = labels or {}
    _compare(got, expected, tolerance, labels.get((), where), found, (), labels, scalars or {})
    return found


def agrees(got, expected, tolerance: Tolerance) -> bool:
    """Whether compare(got, expected, tolerance) finds nothing, without writing what differs: the question asked of
    every known mistake, probe and other accepted value for each failing case, so it must be cheap."""
    if isinstance(got, Unsupported):
        return False
    if isinstance(expected, np.ndarray) and expected.ndim == 0 and expected.dtype.kind in "fiu":
        return _number_agrees(got, expected[()], tolerance)
    if isinstance(expected, np.ndarray):
        if not isinstance(got, np.ndarray) or got.shape != expected.shape or \
                (expected.dtype.kind == "f" and got.dtype.kind != "f"):
            return False
        with np.errstate(over="ignore"):
            return bool(_close(got.astype(np.float64), expected.astype(np.float64), tolerance).all())
    if isinstance(expected, dict):
        return isinstance(got, dict) and got.keys() == expected.keys() and \
            all(agrees(got[key], expected[key], tolerance) for key in expected)
    if isinstance(expected, (tuple, list)):
        return isinstance(got, (tuple, list)) and len(got) == len(expected) and \
            all(agrees(item, wanted, tolerance) for item, wanted in zip(got, expected))
    if isinstance(expected, (bool, np.bool_)) or expected is None or isinstance(expected, str):
        return type(got) is type(expected) and got == expected
    if isinstance(expected, Real):
        return _number_agrees(got, expected, tolerance)
    return not compare(got, expected, tolerance)


def _number_agrees(got, expected, tolerance) -> bool:
    if isinstance(got, np.ndarray) and got.ndim == 0:
        got = got[()]
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, Real):
        return False
    return bool(_close(np.float64(_as_float(got)), np.float64(_as_float(expected)), tolerance))


ABSENT = object()  # what part() gives where a structure has no such part


def leaves(value, path: tuple = ()):
    """(path, value) of each part of a structure that is not a dict, list or tuple, in order."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, path + (key,))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from leaves(item, path + (index,))
    else:
        yield path, value


def part(value, path: tuple):
    """The part of value at path (ABSENT where value has no such part)."""
    for step in path:
        if isinstance(value, dict):
            value = value.get(step, ABSENT)
        elif isinstance(value, (list, tuple)) and isinstance(step, int) and 0 <= step < len(value):
            value = value[step]
        else:
            return ABSENT
        if value is ABSENT:
            return value
    return value


def part_name(path: tuple, labels: Mapping[tuple, str] | None = None) -> str:
    """How compare names the part at path: `parameters['W1']`, `cache[7] (A2)`, `result[0][1]`."""
    labels = labels or {}
    where = labels.get((), "result")
    for length, step in enumerate(path, 1):
        where = labels.get(path[:length], f"{where}[{step!r}]")
    return where


def _compare(got, expected, tolerance, where, found, path=(), labels=None, scalars=None):
    if isinstance(got, Unsupported):
        found.append(Mismatch(where, "wrong type", f"returned {got.type_name}, which is not plain data "
                                                   f"(numbers, arrays, lists, tuples, dicts); expected {_describe(expected)}"))
    elif isinstance(expected, np.ndarray) and expected.ndim == 0 and expected.dtype.kind in "fiu":
        # a 0-d array is a number (a cost from np.squeeze): a Python or NumPy number matches it, as it does a float
        _compare_number(got, expected[()], tolerance, where, found, scalars, path)
    elif isinstance(expected, np.ndarray):
        _compare_array(got, expected, tolerance, where, found, scalars, path)
    elif isinstance(expected, dict):
        _compare_dict(got, expected, tolerance, where, found, path, labels, scalars)
    elif isinstance(expected, (tuple, list)):
        _compare_sequence(got, expected, tolerance, where, found, path, labels, scalars)
    elif isinstance(expected, (bool, np.bool_)) or expected is None or isinstance(expected, str):
        if type(got) is not type(expected) or got != expected:
            found.append(Mismatch(where, "wrong value", f"got {_short(got)}, expected {_short(expected)}"))
    elif isinstance(expected, Real):
        _compare_number(got, expected, tolerance, where, found, scalars, path)
    else:
        raise TypeError(f"the reference returned {type(expected).__name__}, which the comparison does not know")


def _compare_number(got, expected, tolerance, where, found, scalars=None, path=()):
    if isinstance(got, np.ndarray) and got.ndim == 0:
        got = got[()]
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, Real):
        found.append(Mismatch(where, "wrong type", f"got {_describe(got)}, expected a number"))
        return
    got_value, expected_value = _as_float(got), _as_float(expected)
    if not _close(np.float64(got_value), np.float64(expected_value), tolerance):
        difference = abs(got_value - expected_value)
        relation = describe_number_relation(got_value, expected_value, scalars)
        detail = (f"got {_number_text(got)}, expected {_number_text(expected)} "
                  f"(difference {difference:.3g}; {_tolerance_text(tolerance)})")
        found.append(Mismatch(where, f"wrong value: {relation}" if relation else "wrong value",
                              f"{detail}; {relation}" if relation else detail, path=path))


def _compare_dict(got, expected, tolerance, where, found, path, labels, scalars):
    if not isinstance(got, dict):
        found.append(Mismatch(where, "wrong type", f"got {_describe(got)}, expected a dict with keys {_keys(expected)}"))
        return
    missing = [key for key in expected if key not in got]
    extra = [key for key in got if key not in expected]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing keys {_keys(missing)}")
        if extra:
            parts.append(f"unexpected keys {_keys(extra)}")
        found.append(Mismatch(where, "wrong keys", "; ".join(parts)))
    for key in expected:
        if key in got:
            _compare(got[key], expected[key], tolerance, f"{where}[{key!r}]", found, path + (key,), labels, scalars)


def _compare_sequence(got, expected, tolerance, where, found, path, labels, scalars):
    kind = type(expected).__name__
    if not isinstance(got, (tuple, list)):
        found.append(Mismatch(where, "wrong type", f"got {_describe(got)}, expected a {kind} of {len(expected)} items"))
        return
    if len(got) != len(expected):
        found.append(Mismatch(where, "wrong length", f"got a {type(got).__name__} of {len(got)} items, "
                                                     f"expected {len(expected)}"))
        return
    for index, (got_item, expected_item) in enumerate(zip(got, expected)):
        item = path + (index,)
        _compare(got_item, expected_item, tolerance, (labels or {}).get(item, f"{where}[{index}]"), found, item, labels,
                 scalars)


def _compare_array(got, expected, tolerance, where, found, scalars=None, path=()):
    if not isinstance(got, np.ndarray):
        found.append(Mismatch(where, "wrong type", f"got {_describe(got)}, expected a numpy array of shape {expected.shape}"))
        return
    if got.shape != expected.shape:
        found.append(Mismatch(where, "wrong shape", _shape_message(got.shape, expected.shape), path=path))
        return
    if expected.dtype.kind == "f" and got.dtype.kind != "f":
        found.append(Mismatch(where, "wrong dtype", f"got an array of dtype {got.dtype}, expected floats ({expected.dtype})"))
        return
    with np.errstate(over="ignore"):  # float128 past float64's range becomes ±inf
        got_values, expected_values = got.astype(np.float64), expected.astype(np.float64)
    close = _close(got_values, expected_values, tolerance)
    if close.all():
        return
    detail = _values_message(got_values, expected_values, close, tolerance)
    relation = describe_relation(got_values, expected_values, scalars) if got.size > 1 else None
    kind = f"wrong values: {relation}" if relation else "wrong values"
    with np.errstate(invalid="ignore", over="ignore"):
        magnitude = np.where(close, 0.0, np.abs(got_values - expected_values))
    found.append(Mismatch(where, kind, f"{detail}; {relation}" if relation else detail, magnitude, path))


def _close(got, expected, tolerance):
    """numpy.isclose(got, expected, rtol, atol, equal_nan=True) for float64 arrays, without its overhead."""
    with np.errstate(invalid="ignore", over="ignore"):
        close = np.abs(got - expected) <= tolerance.atol + tolerance.rtol * np.abs(expected)
        if not close.all() or not np.isfinite(expected).all():
            close &= np.isfinite(expected)  # inf <= atol + rtol * inf must not make anything close to inf
            # equal infinities and NaN against NaN are close
            close |= (got == expected) | (np.isnan(got) & np.isnan(expected))
    return close


def _values_message(got, expected, close, tolerance) -> str:
    wrong = ~close
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        absolute = np.abs(got - expected)
        relative = absolute / np.abs(expected)
    absolute = np.where(np.isnan(absolute), np.inf, absolute)
    worst = np.unravel_index(int(np.argmax(np.where(wrong, absolute, -1.0))), got.shape)
    worst_relative = np.max(np.where(wrong & np.isfinite(relative), relative, 0.0))
    index = list(int(i) for i in worst)
    text = (f"{int(wrong.sum())} of {got.size} elements differ ({_tolerance_text(tolerance)}); "
            f"largest absolute difference {float(absolute[worst]):.3g} at {index} "
            f"(got {float(got[worst]):.6g}, expected {float(expected[worst]):.6g})")
    if worst_relative > 0:
        text += f"; largest relative difference {float(worst_relative):.3g}"
    bad = ~np.isfinite(got)
    if bad.any():
        text += f"; {int(bad.sum())} NaN/inf values, first at {[int(i) for i in np.argwhere(bad)[0]]}"
    return text


def _shape_message(got_shape, expected_shape) -> str:
    text = f"got shape {got_shape}, expected {expected_shape}"
    if len(got_shape) == 1 and len(expected_shape) == 2 and got_shape[0] in expected_shape and 1 in expected_shape:
        if expected_shape[1] == 1:
            text += " (a rank-1 array: keep the second dimension, e.g. np.zeros((n, 1)))"
        else:  # a row, (1, n): a weight matrix of an output layer of one unit
            text += " (a rank-1 array: keep the first dimension, e.g. np.zeros((1, n)))"
    elif len(got_shape) == 2 and got_shape == expected_shape[::-1]:
        text += " (transposed: rows and columns are swapped)"
    return text


def _as_float(number) -> float:
    """float(number), with numbers past float64's range (a 400-digit int, a float128) as ±inf instead of raising."""
    try:
        with np.errstate(over="ignore"):
            return float(number)
    except OverflowError:
        return math.inf if number > 0 else -math.inf


def _number_text(number) -> str:
    """A number as Python prints it, whatever its NumPy type (no 'np.float64(...)' wrapping); huge ints shortened."""
    if not isinstance(number, (int, np.integer)):
        return repr(_as_float(number))
    text = repr(int(number))
    digits = len(text.lstrip("-"))
    return text if digits <= MAX_INT_DIGITS else f"{text[:MAX_INT_DIGITS // 2]}... (an integer of {digits} digits)"


def _tolerance_text(tolerance: Tolerance) -> str:
    return f"rtol={tolerance.rtol:g}, atol={tolerance.atol:g}"


def _keys(keys) -> str:
    return ", ".join(repr(key) for key in keys)


def _describe(value) -> str:
    if isinstance(value, Unsupported):
        return value.type_name
    if isinstance(value, np.ndarray):
        return f"a numpy array of shape {value.shape}"
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)} items"
    if value is None:
        return "None"
    return f"a {type(value).__name__}"


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
