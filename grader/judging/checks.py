"""The value checks a teaching assistant makes on a wrong part: unchanged from the input, all zeros, equal to another
input or output, not a 0/1 mask, columns of an input in their original order, NaN or inf."""

from __future__ import annotations

from collections.abc import Mapping
import math
import re
from dataclasses import dataclass

import numpy as np

from grader.judging.compare import leaves, part, part_name
from grader.judging.relations import constant_factor, factor_text

RTOL, ATOL = 1e-9, 1e-12  # the same values, computed the same way


@dataclass(frozen=True)
class Finding:
    """A plain sentence about a wrong part (public), and its kind without values (hidden cases)."""

    text: str
    kind: str


@dataclass(frozen=True)
class CaseView:
    """What the checks know of one case, gathered once for all its wrong parts: the names of the result's parts, the
    arguments by name and each numeric part of them by the name the course writes (`parameters['W1']`,
    `cache[10] (W3)`), the whole expected result, and the case's own numbers (`keep_prob`, `m`)."""

    labels: Mapping[tuple, str]
    inputs: Mapping[str, object]
    named_inputs: tuple[tuple[str, np.ndarray], ...]
    expected: object
    scalars: Mapping[str, float]

    @classmethod
    def of(cls, labels: Mapping[tuple, str], inputs: Mapping[str, object], expected,
           scalars: Mapping[str, float] | None = None,
           input_names: Mapping[str, tuple[str, ...]] | None = None) -> CaseView:
        """input_names: the names of a tuple argument's items (Exercise.input_names)."""
        return cls(labels, inputs, tuple(_named_inputs(inputs, input_names or {})), expected, scalars or {})


def check_part(got, expected, path: tuple, view: CaseView) -> Finding | None:
    """The first check that explains why got (the student's part at path) is not expected, or None."""
    with np.errstate(all="ignore"):  # a student's huge or odd values are theirs to return
        return _check_part(got, expected, path, view)


def _check_part(got, expected, path, view: CaseView) -> Finding | None:
    labels, inputs, whole_expected, scalars = view.labels, view.inputs, view.expected, view.scalars
    where = part_name(path, labels)
    got_array, expected_array = _as_array(got), _as_array(expected)
    if got_array is None or expected_array is None or got_array.shape != expected_array.shape:
        return None
    bad = ~np.isfinite(got_array)
    if bad.any() and np.isfinite(expected_array).all():
        kind = "NaN" if np.isnan(got_array).any() else "inf"
        at = "" if got_array.ndim == 0 else f", first at {[int(i) for i in np.argwhere(bad)[0]]}"
        return Finding(f"{where} holds {kind}{at}", f"{kind} where a number is expected")
    # a single whole number equals some input by chance (2.0 and epoch_num = 2)
    trivial = got_array.size == 1 and float(got_array.reshape(-1)[0]).is_integer()
    named_inputs = view.named_inputs
    other = None if trivial else _equal_other_part(got_array, expected_array, path, whole_expected, labels)
    for name, value in named_inputs:
        if not trivial and _same(got_array, value):
            if name == where:
                return Finding(f"{where} is unchanged from the input", "unchanged from the input")
            if other is not None:  # the more telling of the two: v holds v_corrected (which equals grads at t = 1)
                return Finding(f"{where} equals what {other} should be", f"equals what {other} should be")
            if not _same(expected_array, value):
                return Finding(f"{where} equals the input {name}", f"equals the input {name}")
    before = next((value for name, value in named_inputs if name == where and value.shape == got_array.shape), None)
    if before is not None and got_array.size > 1:
        step = factor_text(got_array - before, expected_array - before, scalars)
        if step is not None:
            return Finding(f"{where}: its change from the input is off by a constant factor (got − input = "
                           f"(expected − input) × {step})", "its change from the input is off by a constant factor")
    if not got_array.any() and expected_array.any():
        text = "is zero" if got_array.ndim == 0 else "is all zeros"
        return Finding(f"{where} {text}", text)
    if got_array.size > 1 and got_array.any() and not expected_array.any():
        return Finding(f"{where} should be all zeros", "should be all zeros")
    if other is not None:
        return Finding(f"{where} equals what {other} should be", f"equals what {other} should be")
    restarted = _restarted_draw(got_array, path, whole_expected, labels)
    if restarted is not None:
        return Finding(f"{where} repeats the first random numbers of {restarted} (scaled): the random sequence "
                       f"started over (a seed reset inside the loop?)", "the random numbers started over")
    if got_array.ndim == 0:
        for name, value in named_inputs:  # a whole number equals some input by chance: not those
            if value.ndim == 0 and not float(value).is_integer() and _same(got_array - expected_array, value):
                return Finding(f"{where}: got − expected = {name}, the input", f"got − expected is the input {name}")
    if got_array.size > 1:
        for name, value in named_inputs:
            if value.shape == got_array.shape and value.any():
                share = factor_text(got_array - expected_array, value, scalars)
                if share is not None:
                    return Finding(f"{where}: got − expected = {share} × {name}, the input", "got − expected is a "
                                   f"multiple of the input {name}")
    if _is_mask(expected_array) and not _is_mask(got_array):
        return Finding(f"{where} is not a 0/1 mask", "is not a 0/1 mask")
    if _is_mask(expected_array) and _is_mask(got_array):
        kept, expected_kept = float(got_array.mean()), float(expected_array.mean())
        return Finding(f"{where} is a 0/1 mask ({kept:.0%} kept, expected {expected_kept:.0%}), but not the expected "
                       f"one: drawn from other random numbers (another order of the draws, a seed reset, or another "
                       f"way to draw)", "a 0/1 mask, not the expected one")
    columns = _original_columns(got_array, inputs)
    if columns is not None:
        name, first = columns
        return Finding(f"{where} holds columns {first} to {first + got_array.shape[1] - 1} of {name} in their "
                       f"original order (not shuffled)", "columns of the input in their original order")
    drawn = _columns_of(got_array, expected_array, inputs)
    if drawn is not None:
        return Finding(f"{where} holds columns of {drawn}, but not the ones expected: drawn in another order (is "
                       f"the seed set once, before the permutation?)", "columns of the input in another order")
    return None


def shape_source(got, path: tuple, view: CaseView) -> str | None:
    """For a part of the wrong shape: the other part, or input, that has the shape got has (v['db1'] made with
    parameters['W1'].shape), as a sentence, or None."""
    if not isinstance(got, np.ndarray) or got.ndim == 0:
        return None
    where = part_name(path, view.labels)
    for other_path, other in leaves(view.expected):
        if other_path != path and isinstance(other, np.ndarray) and other.shape == got.shape:
            return f"{where} has the shape of {part_name(other_path, view.labels)}, {got.shape}"
    for name, value in view.named_inputs:
        if value.ndim and value.shape == got.shape and name != where:
            return f"{where} has the shape of the input {name}, {got.shape}"
    return None


def _as_array(value) -> np.ndarray | None:
    if isinstance(value, np.ndarray) and value.dtype.kind in "fiub":
        return value.astype(np.float64)
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        return np.asarray(float(value))
    return None


def _same(got: np.ndarray, other: np.ndarray) -> bool:
    return got.shape == other.shape and bool(np.allclose(got, other, rtol=RTOL, atol=ATOL))


def _named_inputs(inputs: Mapping[str, object], input_names: Mapping[str, tuple[str, ...]]):
    """(name as the course writes it, array) of each numeric part of each input: `parameters['W1']`, `X`,
    `cache[10] (W3)`."""
    for argument, value in inputs.items():
        labels = {(): argument, **{(index,): f"{argument}[{index}] ({name})"
                                   for index, name in enumerate(input_names.get(argument, ()))}}
        for path, item in leaves(value):
            array = _as_array(item)
            if array is not None:
                yield part_name(path, labels), array


def _is_mask(array: np.ndarray) -> bool:
    """0/1 values, both present (zeros alone are no mask: a bias starts as zeros)."""
    return array.size > 1 and bool(np.isin(array, (0.0, 1.0)).all()) and array.any() and not array.all()


def _original_columns(got: np.ndarray, inputs: Mapping[str, object]) -> tuple[str, int] | None:
    """(input name, first column) when got is a run of consecutive columns of a 2-d input, as they were."""
    if got.ndim != 2 or got.shape[1] < 2:
        return None
    for name, value in inputs.items():
        array = _as_array(value)
        if array is None or array.ndim != 2 or array.shape[0] != got.shape[0] or array.shape[1] <= got.shape[1]:
            continue
        for first in range(array.shape[1] - got.shape[1] + 1):
            if _same(got, array[:, first:first + got.shape[1]]):
                return name, first
    return None


def _equal_other_part(got: np.ndarray, expected: np.ndarray, path: tuple, whole_expected, labels) -> str | None:
    """The name of another part of the expected result that got equals (and expected does not)."""
    for other_path, other in leaves(whole_expected):
        other_array = _as_array(other)
        if other_path != path and other_array is not None and _same(got, other_array) and not _same(expected, other_array):
            return part_name(other_path, labels)
    return None


def _restarted_draw(got: np.ndarray, path: tuple, whole_expected, labels: Mapping) -> str | None:
    """The name of the expected part whose first values, times one factor, are got's (a seed reset between draws)."""
    if got.size < 2 or not np.isfinite(got).all():
        return None
    flat = got.reshape(-1)
    for other_path, other in leaves(whole_expected):
        other_array = _as_array(other)
        if other_path == path or other_array is None or other_array.size <= flat.size:
            continue
        head = other_array.reshape(-1)[:flat.size]
        nonzero = np.abs(head) > 1e-12
        if nonzero.sum() < 2 or not np.allclose(flat[~nonzero], 0, atol=ATOL):
            continue
        ratios = flat[nonzero] / head[nonzero]
        if ratios[0] != 0 and np.allclose(ratios, ratios[0], rtol=1e-6):
            return part_name(other_path, labels)
    return None


def _columns_of(got: np.ndarray, expected: np.ndarray, inputs: Mapping[str, object]) -> str | None:
    """The name of a 2-d input every column of got is a column of, when expected's columns are too."""
    if got.ndim != 2 or got.shape[1] < 2:
        return None
    for name, value in inputs.items():
        array = _as_array(value)
        if array is None or array.ndim != 2 or array.shape[0] != got.shape[0]:
            continue
        if _all_columns_in(got, array) and _all_columns_in(expected, array):
            return name
    return None


def _all_columns_in(columns: np.ndarray, array: np.ndarray) -> bool:
    return all(np.isclose(array, column[:, None], rtol=RTOL, atol=ATOL).all(axis=0).any() for column in columns.T)


_EXPONENTS = (-1.0, -0.5, 0.0, 0.5, 1.0)
_CONSTANTS = ((1.0, ""), (2.0, "2"), (math.sqrt(2), "√2"), (0.5, "1/2"), (1 / math.sqrt(2), "1/√2"),
              (10.0, "10"), (0.01, "0.01"), (100.0, "100"))
MIN_LAYERS = 3  # two layers' factors fit some size formula by chance


def layer_pattern(got, expected) -> tuple[tuple, str] | None:
    """(path of the first weight matrix, a sentence) when the weight matrices W1, W2, ... are each off by a factor
    and the factors follow the layer sizes (√2·√n[l-1]/n[l]: a scale from the layer's own size, without its root)."""
    layers = []
    for path, wanted in leaves(expected):
        if path and isinstance(path[-1], str) and re.fullmatch(r"W\d+", path[-1]) and \
                isinstance(wanted, np.ndarray) and wanted.ndim == 2:
            mine = _as_array(part(got, path))
            if mine is None or mine.shape != wanted.shape:
                return None
            factor = constant_factor(mine, wanted.astype(np.float64))
            layers.append((path, 1.0 if factor is None and _same(mine, wanted) else factor, wanted.shape))
    if len(layers) < MIN_LAYERS or any(factor is None for _, factor, _ in layers) or \
            all(factor == 1.0 for _, factor, _ in layers):
        return None
    for constant, constant_text in _CONSTANTS:
        for a in _EXPONENTS:
            for b in _EXPONENTS:
                if a == b == 0:
                    continue  # one factor for every layer: each part's relation says it
                if all(math.isclose(factor, constant * columns ** a * rows ** b, rel_tol=1e-6)
                       for _, factor, (rows, columns) in layers):
                    return layers[0][0], (f"the weights are off by a factor that follows the layer sizes, "
                                          f"× {_formula(constant_text, a, b)} in every layer (W[l] is n[l] × n[l-1]): "
                                          f"is the scale computed from the right layer's size, and with its square "
                                          f"root?")
    return None


def _formula(constant: str, a: float, b: float) -> str:
    """'√2·√n[l-1]/n[l]' for constant '√2', n[l-1] to the power a, n[l] to the power b."""
    above, below = ([constant] if constant else []), []
    for name, exponent in (("n[l-1]", a), ("n[l]", b)):
        term = {0.5: f"√{name}", 1.0: name}.get(abs(exponent))
        if term:
            (above if exponent > 0 else below).append(term)
    top = "·".join(above) or "1"
    return top if not below else f"{top}/{'·'.join(below)}" if len(below) == 1 else f"{top}/({'·'.join(below)})"
