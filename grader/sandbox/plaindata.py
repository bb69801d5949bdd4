"""Plain-data transport of structured values as JSON, arrays as dtype, shape and base64 raw bytes: never pickle."""

from __future__ import annotations

import base64
import math

import numpy as np

MAX_ARRAY_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
NUMERIC_KINDS = "biuf"


class PlainDataError(ValueError):
    """Raised when data is not the plain data this transport carries."""


def encode(value, depth: int = 0):
    """Turn a value into a JSON-ready tree; what is not plain data becomes an 'unsupported' node."""
    if depth > MAX_DEPTH:
        return {"t": "unsupported", "type": "a structure nested too deeply"}
    if value is None:
        return {"t": "none"}
    if isinstance(value, (bool, np.bool_)):
        return {"t": "bool", "v": bool(value)}
    if isinstance(value, np.ndarray):
        return _encode_array(np.asarray(value))
    if isinstance(value, np.generic) and value.dtype.kind in NUMERIC_KINDS:
        return {"t": "npscalar", "dtype": value.dtype.str, "v": _encode_number(value.item())}
    if isinstance(value, (int, float)) and type(value) in (int, float):
        return {"t": type(value).__name__, "v": _encode_number(value)}
    if type(value) is str or type(value) is np.str_:  # a word picked from a numpy array of words is a np.str_
        return {"t": "str", "v": str(value)}
    if type(value) in (list, tuple):
        return {"t": type(value).__name__, "items": [encode(item, depth + 1) for item in value]}
    if type(value) is dict:
        if not all(type(key) is str for key in value):
            return {"t": "unsupported", "type": "a dict with keys that are not strings"}
        return {"t": "dict", "items": [[key, encode(item, depth + 1)] for key, item in value.items()]}
    return {"t": "unsupported", "type": type(value).__name__}


def normalize(value, depth: int = 0):
    """The value as decode(encode(value)) would give it, without the bytes in between (for trusted values)."""
    if depth > MAX_DEPTH:
        return Unsupported("a structure nested too deeply")
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if type(value) is np.str_:
        return str(value)
    if isinstance(value, np.ndarray):
        return np.array(value, copy=True).view(np.ndarray) if value.dtype.kind in NUMERIC_KINDS \
            else Unsupported(f"an array of dtype {value.dtype}")
    if isinstance(value, np.generic) and value.dtype.kind in NUMERIC_KINDS:
        return value.dtype.type(value.item())
    if type(value) in (list, tuple):
        return type(value)(normalize(item, depth + 1) for item in value)
    if type(value) is dict and all(type(key) is str for key in value):
        return {key: normalize(item, depth + 1) for key, item in value.items()}
    return Unsupported(type(value).__name__)


def contains_unsupported(value) -> bool:
    """Whether a normalized value holds anything that is not plain data."""
    if isinstance(value, Unsupported):
        return True
    if isinstance(value, (list, tuple)):
        return any(contains_unsupported(item) for item in value)
    if isinstance(value, dict):
        return any(contains_unsupported(item) for item in value.values())
    return False


def _encode_number(number):
    if isinstance(number, float) and not math.isfinite(number):
        return repr(number)
    return number


def _encode_array(array: np.ndarray):
    if array.dtype.kind not in NUMERIC_KINDS:
        return {"t": "unsupported", "type": f"an array of dtype {array.dtype}"}
    if array.nbytes > MAX_ARRAY_BYTES:
        return {"t": "unsupported", "type": f"an array of {array.nbytes} bytes (too large)"}
    # Not np.ascontiguousarray: it makes a 0-d array (a cost from np.squeeze) of shape (1,).
    contiguous = (array if array.flags.c_contiguous else array.copy(order="C")).view(np.ndarray)
    return {"t": "ndarray", "dtype": contiguous.dtype.str, "shape": list(contiguous.shape),
            "data": base64.b64encode(contiguous.tobytes()).decode("ascii")}


def decode(node):
    """Rebuild a value from its tree, checking every node; raises PlainDataError on anything else."""
    try:
        with np.errstate(over="raise", invalid="raise"):
            return _decode(node, 0)
    except PlainDataError:
        raise
    except (OverflowError, FloatingPointError, TypeError, ValueError, MemoryError, RecursionError) as exc:
        raise PlainDataError(f"unreadable value ({type(exc).__name__})") from None


def _decode(node, depth: int):
    if depth > MAX_DEPTH or not isinstance(node, dict):
        raise PlainDataError("malformed data")
    kind = node.get("t")
    if kind == "none":
        return None
    if kind == "bool":
        return bool(_checked(node.get("v"), bool))
    if kind == "int":
        return _decode_number(node.get("v"), (int,))
    if kind == "float":
        return float(_decode_number(node.get("v"), (int, float)))
    if kind == "npscalar":
        dtype = np.dtype(_checked(node.get("dtype"), str))
        if dtype.kind not in NUMERIC_KINDS:
            raise PlainDataError(f"unexpected scalar dtype {dtype}")
        return dtype.type(_decode_number(node.get("v"), (int, float, bool)))
    if kind == "str":
        return _checked(node.get("v"), str)
    if kind in ("list", "tuple"):
        items = [_decode(item, depth + 1) for item in _checked(node.get("items"), list)]
        return items if kind == "list" else tuple(items)
    if kind == "dict":
        pairs = _checked(node.get("items"), list)
        result = {}
        for pair in pairs:
            if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
                raise PlainDataError("malformed dict entry")
            result[pair[0]] = _decode(pair[1], depth + 1)
        return result
    if kind == "ndarray":
        return _decode_array(node.get("dtype"), node.get("shape"), node.get("data"))
    if kind == "unsupported":
        return Unsupported(str(node.get("type", "unknown")))
    raise PlainDataError(f"unknown node kind {kind!r}")


def _checked(value, expected_type):
    if not isinstance(value, expected_type):
        raise PlainDataError("malformed data")
    return value


def _decode_number(value, allowed: tuple):
    if isinstance(value, str) and value in ("nan", "inf", "-inf"):
        return float(value)
    if type(value) not in allowed:
        raise PlainDataError("malformed number")
    return value


def _decode_array(dtype_text, shape, data) -> np.ndarray:
    """An array from its dtype string, shape and raw bytes: only plain numeric dtypes, sizes that add up."""
    if not (isinstance(dtype_text, str) and isinstance(shape, list) and isinstance(data, str)):
        raise PlainDataError("malformed array")
    if len(shape) > 32 or not all(type(n) is int and n >= 0 for n in shape):
        raise PlainDataError("malformed array shape")
    try:
        dtype = np.dtype(dtype_text)
    except TypeError:
        raise PlainDataError(f"unknown dtype {dtype_text[:40]!r}") from None
    if dtype.kind not in NUMERIC_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise PlainDataError(f"unexpected dtype {dtype}")
    try:
        raw = base64.b64decode(data.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise PlainDataError("malformed array data") from None
    count = math.prod(shape)
    if len(raw) > MAX_ARRAY_BYTES or len(raw) != count * dtype.itemsize:
        raise PlainDataError("array data does not match its shape")
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


class Unsupported:
    """Stands for a returned object that is not plain data (its type name is kept for the message)."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self):
        return f"<{self.type_name}>"

    def __eq__(self, other):
        return isinstance(other, Unsupported) and other.type_name == self.type_name

    def __hash__(self):
        return hash(self.type_name)
