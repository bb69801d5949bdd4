"""Names a simple relation between a wrong array and the expected one: a constant factor, a sign flip, a transpose, a shuffle."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

RTOL = 1e-4
MAX_TERM = 20


def describe_relation(got: np.ndarray, expected: np.ndarray) -> str | None:
    """A short phrase for how got relates to expected (same shape, both float64), or None."""
    if got.shape != expected.shape or got.size == 0 or not (np.isfinite(got).all() and np.isfinite(expected).all()):
        return None
    factor = _constant_factor(got, expected)
    if factor is not None:
        if math.isclose(factor, -1.0, rel_tol=RTOL):
            return "the sign is flipped (got = -expected)"
        return f"off by a constant factor: got = expected × {factor:.4g}{_factor_name(factor)}"
    if got.ndim == 2 and got.shape[0] == got.shape[1] and np.allclose(got, expected.T, rtol=RTOL, atol=1e-12):
        return "the values are transposed (got = expected.T)"
    if got.size > 1 and np.allclose(np.sort(got, axis=None), np.sort(expected, axis=None), rtol=RTOL, atol=1e-12):
        if got.ndim == 2 and _same_columns_reordered(got, expected):
            return "the same columns in a different order (shuffled differently?)"
        return "the same values in a different order (a permutation or shuffle?)"
    return None


def describe_number_relation(got: float, expected: float) -> str | None:
    """For single numbers only a named factor says something (any two numbers differ by some factor)."""
    if expected == 0 or not (math.isfinite(got) and math.isfinite(expected)):
        return None
    factor = got / expected
    if math.isclose(factor, -1.0, rel_tol=RTOL):
        return "the sign is flipped (got = -expected)"
    name = _factor_name(factor)
    return f"off by a factor {factor:.4g}{name}" if name else None


def _constant_factor(got: np.ndarray, expected: np.ndarray) -> float | None:
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


def _factor_name(factor: float) -> str:
    """' (= 1/√2)' style names for factors that are small fractions or square roots of them ('' for none)."""
    if not math.isfinite(factor) or not 0 < abs(factor) <= MAX_TERM ** 2:
        return ""  # inf, NaN and huge or zero factors have no small-fraction name (and Fraction(inf) raises)
    sign = "-" if factor < 0 else ""
    magnitude = abs(factor)
    for value, text in ((magnitude, "{}"), (magnitude * magnitude, "√({})")):
        fraction = Fraction(value).limit_denominator(MAX_TERM)
        if fraction.numerator == 0 or fraction.numerator > MAX_TERM ** 2:
            continue
        if math.isclose(float(fraction), value, rel_tol=RTOL):
            if fraction.denominator == 1 and text == "{}":
                return "" if fraction.numerator == magnitude else f" (= {sign}{fraction.numerator})"
            return f" (= {sign}{_root_text(fraction) if text != '{}' else fraction})"
    return ""


def _root_text(fraction: Fraction) -> str:
    numerator, denominator = fraction.numerator, fraction.denominator
    if numerator == 1:
        return f"1/√{denominator}"
    if denominator == 1:
        return f"√{numerator}"
    return f"√({numerator}/{denominator})"


def _same_columns_reordered(got: np.ndarray, expected: np.ndarray) -> bool:
    remaining = list(range(expected.shape[1]))
    for column in got.T:
        match = next((j for j in remaining if np.allclose(column, expected[:, j], rtol=RTOL, atol=1e-12)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True
