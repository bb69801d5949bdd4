"""Course code written for NumPy 1.x runs in the student process as it did there: removed names, float() of arrays.

The grader runs NumPy 2, where `np.product`, `np.float`, `np.asscalar`, ... are gone and float() of a (1, 1, 1)
array raises TypeError (the course's own conv template says to write `float(b)`). The student process puts the
old names back into numpy and gives each student module a float and an int that accept a size-1 array, as
NumPy 1.x did. The grader's own process is left alone: references never need them.
"""

from __future__ import annotations

import builtins

import numpy

# name -> (what NumPy 2 has instead, as the note says it; a function of numpy giving the old meaning)
REMOVED = {
    "product": ("np.prod", lambda np: np.prod),
    "cumproduct": ("np.cumprod", lambda np: np.cumprod),
    "alltrue": ("np.all", lambda np: np.all),
    "sometrue": ("np.any", lambda np: np.any),
    "asscalar": ("a.item()", lambda np: lambda array: np.asarray(array).item()),
    "float": ("float", lambda np: builtins.float),
    "int": ("int", lambda np: builtins.int),
    "bool": ("bool", lambda np: builtins.bool),
    "object": ("object", lambda np: builtins.object),
    "str": ("str", lambda np: builtins.str),
    "complex": ("complex", lambda np: builtins.complex),
    "float_": ("np.float64", lambda np: np.float64),
    "complex_": ("np.complex128", lambda np: np.complex128),
    "NaN": ("np.nan", lambda np: np.nan),
    "NAN": ("np.nan", lambda np: np.nan),
    "Inf": ("np.inf", lambda np: np.inf),
    "Infinity": ("np.inf", lambda np: np.inf),
    "PINF": ("np.inf", lambda np: np.inf),
    "NINF": ("-np.inf", lambda np: -np.inf),
    "round_": ("np.round", lambda np: np.round),
}


def install(numpy) -> None:
    """Put the removed names back into numpy (in the student process only, before any student code runs)."""
    for name, (_, value) in REMOVED.items():
        if name not in vars(numpy):
            setattr(numpy, name, value(numpy))


def note(name: str) -> str:
    """The feedback's note for a function that uses a name NumPy 2 removed."""
    instead = REMOVED[name][0]
    return f"np.{name} was removed in NumPy 2; use {instead} (graded as NumPy 1.x ran it)"


class _ScalarOf(type):
    """The metaclass of the modules' float and int: isinstance() and issubclass() answer as for the builtins (a class
    a student derives from them is an ordinary class)."""

    def __instancecheck__(cls, value):
        builtin = cls.__dict__.get("_builtin")
        return isinstance(value, builtin) if builtin is not None else type.__instancecheck__(cls, value)

    def __subclasscheck__(cls, other):
        builtin = cls.__dict__.get("_builtin")
        return issubclass(other, builtin) if builtin is not None else type.__subclasscheck__(cls, other)


def _scalar(value):
    """A size-1 array as its one number (NumPy 1.x converted them; NumPy 2 converts 0-d arrays only)."""
    size, reshape = getattr(value, "size", None), getattr(value, "reshape", None)
    if size == 1 and callable(reshape) and getattr(value, "ndim", 0) > 0 and type(value).__module__ == "numpy":
        return reshape(())
    return value


class float(builtins.float, metaclass=_ScalarOf):  # noqa: A001  (the name student code calls)
    """float(x) as NumPy 1.x let it be: also of a size-1 array (float(b) of a (1, 1, 1) bias).

    dtype: what numpy makes of it (x.astype(float), np.zeros(n, dtype=float)), as of the builtin.
    """

    _builtin = builtins.float
    dtype = numpy.dtype(builtins.float)

    def __new__(cls, value=0.0):
        if cls is not float:  # a student's own subclass
            return builtins.float.__new__(cls, _scalar(value))
        return builtins.float(_scalar(value))


class int(builtins.int, metaclass=_ScalarOf):  # noqa: A001
    """int(x) as NumPy 1.x let it be: also of a size-1 array."""

    _builtin = builtins.int
    dtype = numpy.dtype(builtins.int)

    def __new__(cls, value=0, *base):
        if cls is not int:
            return builtins.int.__new__(cls, _scalar(value), *base)
        return builtins.int(_scalar(value), *base)


MODULE_NAMES = {"float": float, "int": int}  # bound in every student module before its code runs
