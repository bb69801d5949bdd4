"""Names a simple relation between a wrong value and the expected one: a named factor, a sign flip, a constant
offset, a transpose, a reordering. Only relations that say something: a factor is named only when it is simple
(a small integer or fraction, √2, √3) or one of the case's own parameters (keep_prob, 1 − keep_prob, m, λ, β...)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction

import numpy as np

RTOL = 1e-6          # how exactly a relation must hold (the values came from the same inputs)
MAX_INTEGER = 100    # integer factors named up to this
MAX_DENOMINATOR = 4  # fractions named: p/q with q up to this (1/2, 3/4, 2/3)
MAX_NUMERATOR = 10


def describe_relation(got: np.ndarray, expected: np.ndarray, scalars: Mapping[str, float] | None = None) -> str | None:
    """A short phrase for how got relates to expected (same shape, both float64), or None."""
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    factor = constant_factor(got, expected)
    if factor is not None:
        if math.isclose(factor, -1.0, rel_tol=RTOL):
            return "the sign is flipped (got = -expected)"
        return f"off by a constant factor: got = expected × {_factor_shown(factor, scalars)}"
    offset = _constant_offset(got, expected)
    if offset is not None and got.size > 1:
        return f"got − expected = {offset:.4g} everywhere"
    if got.ndim == 2 and got.shape[0] == got.shape[1] and _close(got, expected.T):
        return "the values are transposed (got = expected.T)"
    if got.ndim == 2 and got.shape[0] != got.shape[1] and _close(got, expected.reshape(got.shape[::-1]).T):
        return (f"the same numbers drawn as a {got.shape[1]} × {got.shape[0]} matrix and transposed "
                f"(draw the {got.shape[0]} × {got.shape[1]} shape directly)")
    # values of two or three kinds (a 0/1 mask) rearrange into each other by chance: no permutation to name
    if got.size > 1 and len(np.unique(expected)) > 3 and _close(np.sort(got, axis=None), np.sort(expected, axis=None)):
        if got.ndim == 2 and got.shape[1] > 1 and _same_columns_reordered(got, expected):
            return "the same columns in a different order (shuffled differently?)"
        return "the same values in a different order (a permutation or shuffle?)"
    return None


def describe_number_relation(got: float, expected: float, scalars: Mapping[str, float] | None = None) -> str | None:
    """For single numbers only a named factor says something (any two numbers differ by some factor)."""
    if expected == 0 or not (math.isfinite(got) and math.isfinite(expected)):
        return None
    factor = got / expected
    if math.isclose(factor, -1.0, rel_tol=RTOL):
        return "the sign is flipped (got = -expected)"
    name = factor_name(factor, scalars)
    return f"off by a factor: got = expected × {_shown(name, factor)}" if name else None


def _shown(name: str, factor: float) -> str:
    """'9', '1/√2 (= 0.7071)', 'keep_prob (= 0.8)': the value beside a name that is not the number itself."""
    return name if name.lstrip("-").isdigit() else f"{name} (= {factor:.4g})"


def factor_text(got: np.ndarray, expected: np.ndarray, scalars: Mapping[str, float] | None = None) -> str | None:
    """'1/learning_rate (= 100)', '2', '0.2143': got = expected × this (arrays of one shape, not all zero), or None."""
    if got.shape != expected.shape or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    factor = constant_factor(got, expected)
    return None if factor is None else _factor_shown(factor, scalars)


def _factor_shown(factor: float, scalars: Mapping[str, float] | None) -> str:
    """The factor by its name and value where it has a simple one, else as a number."""
    name = factor_name(factor, scalars)
    return _shown(name, factor) if name else f"{factor:.4g}"


def factor_name(factor: float, scalars: Mapping[str, float] | None = None) -> str | None:
    """'9', '1/2', '√2', '1/√3', 'keep_prob', '1/(1 − keep_prob)' for a factor that is simple, else None."""
    if not math.isfinite(factor) or factor == 0:
        return None
    sign, magnitude = ("-" if factor < 0 else ""), abs(factor)
    usable = [(name, value) for name, value in (scalars or {}).items()
              if value not in (0, 1) and math.isfinite(value) and value > 0]
    for name, value in usable:
        if math.isclose(magnitude, value, rel_tol=RTOL):
            return f"{sign}{name}"
        if math.isclose(magnitude, 1 / value, rel_tol=RTOL):
            return f"{sign}1/{_grouped(name)}"
    for multiple in (2, 3, 4):  # 2 lambd/m: a term counted twice, or subtracted where it is added
        for name, value in usable:
            if math.isclose(magnitude, multiple * value, rel_tol=RTOL):
                return f"{sign}{multiple}·{_grouped(name)}"
    simple = _simple_fraction(magnitude)
    if simple is not None:
        return sign + simple
    for root in (2, 3):
        if math.isclose(magnitude, math.sqrt(root), rel_tol=RTOL):
            return f"{sign}√{root}"
        if math.isclose(magnitude, 1 / math.sqrt(root), rel_tol=RTOL):
            return f"{sign}1/√{root}"
    return None


def _simple_fraction(value: float) -> str | None:
    fraction = Fraction(value).limit_denominator(MAX_DENOMINATOR)
    if fraction.numerator == 0 or not math.isclose(float(fraction), value, rel_tol=RTOL):
        return None
    if fraction.denominator == 1:
        return str(fraction.numerator) if fraction.numerator <= MAX_INTEGER else None
    return f"{fraction.numerator}/{fraction.denominator}" if fraction.numerator <= MAX_NUMERATOR else None


def _grouped(name: str) -> str:
    return f"({name})" if " " in name else name


def _close(got: np.ndarray, expected: np.ndarray) -> bool:
    return bool(np.allclose(got, expected, rtol=RTOL, atol=1e-12))


def constant_factor(got: np.ndarray, expected: np.ndarray) -> float | None:
    """f such that got = expected × f everywhere (not 0, not 1), or None."""
    nonzero = np.abs(expected) > 1e-12
    if not nonzero.any() or not np.allclose(got[~nonzero], 0.0, atol=1e-12):
        return None
    with np.errstate(over="ignore", under="ignore", divide="ignore", invalid="ignore"):
        ratios = got[nonzero] / expected[nonzero]
        if not np.isfinite(ratios).all():  # a ratio past float64's range names no useful factor
            return None
        factor = float(np.median(ratios))
        if factor == 0 or math.isclose(factor, 1.0, rel_tol=RTOL) or not np.allclose(ratios, factor, rtol=RTOL, atol=0):
            return None
    return factor


def _constant_offset(got: np.ndarray, expected: np.ndarray) -> float | None:
    with np.errstate(over="ignore", invalid="ignore"):
        differences = got - expected
        offset = float(np.median(differences))
    scale = max(float(np.max(np.abs(expected))), 1e-12)
    if abs(offset) <= 1e-9 * scale or not np.allclose(differences, offset, rtol=RTOL, atol=1e-12 * scale):
        return None
    return offset


def _same_columns_reordered(got: np.ndarray, expected: np.ndarray) -> bool:
    remaining = list(range(expected.shape[1]))
    for column in got.T:
        match = next((j for j in remaining if _close(column, expected[:, j])), None)
        if match is None:
            return False
        remaining.remove(match)
    return True
