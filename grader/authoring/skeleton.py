"""`grade new NAME`: the skeleton of a new assignment (reference, cases, a known mistake) that `grade audit` accepts."""

from __future__ import annotations

import ast
import keyword
import os
import re
import shutil
import tempfile
from pathlib import Path

# The skeleton's files, as literal text: only the assignment's name (NAME_TOKEN) and title (TITLE_TOKEN) are put in.
NAME_TOKEN = "__ASSIGNMENT_NAME__"
TITLE_TOKEN = "__ASSIGNMENT_TITLE__"
SHARED_HELPERS = "helpers"  # the material's shared helpers folder: never an assignment's name
VALID_NAME = re.compile(r"[a-z][a-z0-9_]*")

INIT = '''"""The grading material of the __ASSIGNMENT_TITLE__ assignment: its reference, cases and known mistakes."""
'''

REFERENCE = '''"""Normalizing features: rescale each feature of a data set to mean 0 and standard deviation 1.

The data X has one column per example and one row per feature: shape (n_x, m). Each feature (each row) is
normalized over the m examples:
    mu = 1/m * sum_i x(i)                      one mean per feature, shape (n_x, 1)
    sigma = sqrt(1/m * sum_i (x(i) - mu)^2)    one standard deviation per feature, shape (n_x, 1)
    X_norm = (X - mu) / sigma
Use numpy's functions along the right axis (no loop), keeping the shape (n_x, 1) so that mu and sigma broadcast
over the columns of X.
"""

import numpy as np


# GRADED FUNCTION: normalize_features

def normalize_features(X):
    """
    Normalize each feature (row) of X to mean 0 and standard deviation 1 over the examples

    Arguments:
    X -- data, a numpy array of shape (n_x, m): one row per feature, one column per example

    Returns:
    X_norm -- the normalized data, a numpy array of shape (n_x, m)
    """

    ### START CODE HERE ###
    mu = np.mean(X, axis=1, keepdims=True)
    sigma = np.std(X, axis=1, keepdims=True)
    X_norm = (X - mu) / sigma
    ### END CODE HERE ###

    return X_norm
'''

GRADING = '''"""Cases, tolerances and points of the __ASSIGNMENT_TITLE__ assignment."""

import numpy as np

from grader.material.spec import HIDDEN, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong


def _data(seed, n_x, m):
    """X of shape (n_x, m) from one seed, each feature on its own scale and offset, as raw data is."""
    rng = np.random.RandomState(seed)
    return rng.randn(n_x, m) * rng.uniform(0.5, 5, (n_x, 1)) + rng.uniform(-3, 3, (n_x, 1))


def _normalize_features_cases():
    # Public cases: students see their inputs and expected outputs. Hidden cases: their status only. Shapes vary
    # (n_x != m, and a square X, where an axis or keepdims mistake does not fail on shapes alone).
    return (Case("X (2, 3)", args=(np.array([[1., 2., 6.], [-4., 0., 1.]]),)),
            Case("X (3, 5)", args=(_data(1, 3, 5),)),
            Case("X (4, 7)", args=(_data(2, 4, 7),), visibility=HIDDEN, weight=2),
            Case("X (5, 5), square", args=(_data(3, 5, 5),), visibility=HIDDEN, weight=2),
            Case("X (2, 9)", args=(_data(4, 2, 9),), visibility=HIDDEN, weight=2))


ASSIGNMENT = Assignment(
    name="__ASSIGNMENT_NAME__",
    title="__ASSIGNMENT_TITLE__",
    order=1,
    course=None,  # not an assignment of the specialization: sorted after its courses
    file_names=("__ASSIGNMENT_NAME__",),
    titles=("__ASSIGNMENT_TITLE__",),
    exercises=(
        Exercise("normalize_features", points=2, cases=_normalize_features_cases(), misconceptions=(
            KnownMistake("normalize-columns", "Each feature is a row of X: its mean and standard deviation are taken "
                         "over the examples, along axis 1, one per row, not one per example (a column).",
                         wrong.normalize_columns),
        )),
    ),
)
'''

MISCONCEPTIONS = '''"""Known wrong implementations of the __ASSIGNMENT_TITLE__ exercises, one function per known mistake."""

import numpy as np


# normalize_features

def normalize_columns(X):
    mu = np.mean(X, axis=0, keepdims=True)
    sigma = np.std(X, axis=0, keepdims=True)
    return (X - mu) / sigma
'''

FILES = (("__init__.py", INIT), ("reference.py", REFERENCE), ("grading.py", GRADING),
         ("misconceptions.py", MISCONCEPTIONS))


class SkeletonError(ValueError):
    """The skeleton cannot be written: a bad name, or one the material already has (one line for the user)."""


def write_skeleton(solutions_dir: Path, name: str) -> list[Path]:
    """Write solutions_dir/name/{__init__,reference,grading,misconceptions}.py, a new assignment that gets full marks
    and passes `grade audit`; returns the files written. Nothing is written when SkeletonError is raised."""
    solutions_dir = Path(solutions_dir)
    _check_name(name)
    if solutions_dir.exists() and not solutions_dir.is_dir():
        raise SkeletonError(f"{solutions_dir} is not a folder: give --solutions the grading material's folder")
    target = solutions_dir / name
    if target.exists() or target.is_symlink():
        raise SkeletonError(f"{target} already exists: choose another name, or remove that folder first")
    defined = _defined_assignment(solutions_dir, name)
    if defined:
        raise SkeletonError(f"{defined}: an assignment named {name!r} is already defined there: choose another name")
    solutions_dir.mkdir(parents=True, exist_ok=True)
    title = name.replace("_", " ").strip().capitalize()
    scratch = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=solutions_dir))
    try:
        # grading.py last: a folder left half-written (the process killed) holds no grading.py, so it is no assignment
        for file_name, text in sorted(FILES, key=lambda item: item[0] == "grading.py"):
            content = text.replace(NAME_TOKEN, name).replace(TITLE_TOKEN, title)
            (scratch / file_name).write_text(content, encoding="utf-8")
            os.chmod(scratch / file_name, 0o644)
        os.chmod(scratch, 0o755)
        os.rename(scratch, target)  # the folder appears whole, or not at all
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return [target / file_name for file_name, _ in FILES]


def _check_name(name: str) -> None:
    if not VALID_NAME.fullmatch(name) or keyword.iskeyword(name):
        raise SkeletonError(f"{name!r} is not a valid assignment name: use a lowercase Python identifier (a letter, "
                            f"then letters, digits and _), e.g. my_assignment")
    if name == SHARED_HELPERS:
        raise SkeletonError(f"{name!r} is the material's shared helpers folder, not an assignment: choose another name")


def _defined_assignment(solutions_dir: Path, name: str) -> str | None:
    """`path:line` of a grading.py of solutions_dir whose Assignment(...) is named `name` (in another folder), if any."""
    if not solutions_dir.is_dir():
        return None
    for grading in sorted(solutions_dir.glob("*/grading.py")):
        try:
            tree = ast.parse(grading.read_text(encoding="utf-8"), str(grading))
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
            continue  # a broken grading.py is the audit's to report
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node.func) == "Assignment":
                given = [argument.value for argument in node.keywords if argument.arg == "name"] + node.args[:1]
                if any(isinstance(value, ast.Constant) and value.value == name for value in given):
                    return f"{grading}:{node.lineno}"
    return None


def _called_name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
