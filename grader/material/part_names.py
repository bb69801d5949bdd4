"""What the reference calls each part of its result (`parameters`, `cache`, `cache[7] (A2)`), read from its return,
and each case's own numbers by name (`keep_prob`, `1 − keep_prob`, `m`), which the feedback may name a factor after."""

from __future__ import annotations

import ast
import inspect
import math
import textwrap
from numbers import Real

import numpy as np


def part_labels(function) -> dict[tuple, str]:
    """Labels of the result's parts by path (a tuple of indices): the names in the reference's last `return`, and
    for a returned name that the function built as a tuple of names (`cache = (Z1, A1, W1, ...)`), its items as
    `cache[7] (A2)`. Empty where the source or the names cannot be read (the feedback then says `result[1]`)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError, IndentationError):
        return {}
    definition = next((node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))), None)
    if definition is None:
        return {}
    returns = [node for node in ast.walk(definition) if isinstance(node, ast.Return) and node.value is not None]
    if not returns:
        return {}
    tuples = _tuples_of_names(definition)
    value = max(returns, key=lambda node: (node.lineno, node.col_offset)).value
    labels: dict[tuple, str] = {}
    if isinstance(value, ast.Name):
        labels[()] = value.id
        _add_items(labels, (), value.id, tuples)
    elif isinstance(value, ast.Tuple):
        for index, item in enumerate(value.elts):
            if isinstance(item, ast.Name):
                labels[(index,)] = item.id
                _add_items(labels, (index,), item.id, tuples)
    return labels


def _tuples_of_names(definition: ast.AST) -> dict[str, list[str | None]]:
    """name -> the names of its items, for each `name = (a, b, ...)` in the function (the last one wins)."""
    found: dict[str, list[str | None]] = {}
    for node in ast.walk(definition):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Tuple):
            found[node.targets[0].id] = [item.id if isinstance(item, ast.Name) else None for item in node.value.elts]
    return found


def _add_items(labels: dict, path: tuple, name: str, tuples: dict) -> None:
    for index, item in enumerate(tuples.get(name, ())):
        if item is not None:
            labels[path + (index,)] = f"{name}[{index}] ({item})"


def case_arguments(names: tuple[str, ...], case) -> dict[str, object]:
    """The case's arguments by the reference's parameter names (names: GradedExercise.parameters), defaults left out."""
    return {**dict(zip(names, case.args)), **dict(case.kwargs)}


def case_scalars(function, exercise) -> dict[str, dict[str, float]]:
    """case id -> {name: value} of the case's real-number arguments (by the reference's parameter names, defaults
    included), `1 − name` for those between 0 and 1, and `m`, the examples of an X or Y argument (its columns)."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return {}
    found = {}
    for case in exercise.cases:
        try:
            bound = signature.bind_partial(*case.args, **dict(case.kwargs))
        except TypeError:
            continue
        bound.apply_defaults()
        numbers = {}
        for name, value in bound.arguments.items():
            if isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value)):
                numbers[name] = float(value)
                if 0 < float(value) < 1:
                    numbers[f"1 − {name}"] = 1 - float(value)
                    numbers[f"{name}/(1 − {name})"] = float(value) / (1 - float(value))
            elif name in ("X", "Y") and isinstance(value, np.ndarray) and value.ndim == 2 and "m" not in numbers:
                numbers["m"] = float(value.shape[1])
        if "m" in numbers:  # lambd/m: a term the course scales by 1/m
            numbers.update({f"{name}/m": value / numbers["m"] for name, value in list(numbers.items())
                            if name != "m" and " " not in name})
        found[case.id] = numbers
    return found
