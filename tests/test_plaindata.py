"""Values cross the process boundary as JSON and .npy bytes: round-trips exactly, never unpickles."""

from __future__ import annotations

import base64
import json
import pickle

import numpy as np
import pytest

from grader.sandbox import plaindata


def roundtrip(value):
    return plaindata.decode(json.loads(json.dumps(plaindata.encode(value))))


def test_structures_round_trip_with_types_kept():
    value = {"W": np.random.default_rng(0).normal(size=(3, 2)), "t": (1, 2.5, None, [True, "s"]),
             "n": np.float64(0.25), "i": np.int64(3), "mask": np.array([[True, False]])}
    back = roundtrip(value)
    assert back["t"] == (1, 2.5, None, [True, "s"])
    assert type(back["n"]) is np.float64 and back["n"] == 0.25
    assert back["W"].dtype == np.float64 and np.array_equal(back["W"], value["W"])
    assert back["mask"].dtype == bool


def test_nan_and_inf_survive():
    back = roundtrip([float("nan"), float("inf"), np.array([np.nan])])
    assert np.isnan(back[0]) and back[1] == float("inf") and np.isnan(back[2][0])


def test_objects_and_object_arrays_become_unsupported():
    assert isinstance(roundtrip(object()), plaindata.Unsupported)
    assert isinstance(roundtrip(np.array([object()])), plaindata.Unsupported)


def test_ndarray_subclasses_arrive_as_plain_arrays():
    class Sneaky(np.ndarray):
        def __eq__(self, other):
            return True

    back = roundtrip(np.zeros(3).view(Sneaky))
    assert type(back) is np.ndarray


def test_object_and_structured_dtypes_and_mismatched_sizes_are_refused():
    payload = base64.b64encode(pickle.dumps([1])).decode()
    for node in [{"t": "ndarray", "dtype": "|O", "shape": [1], "data": payload},
                 {"t": "ndarray", "dtype": "[('a', '<f8')]", "shape": [1], "data": payload},
                 {"t": "ndarray", "dtype": "<f8", "shape": [3], "data": base64.b64encode(b"\0" * 8).decode()},
                 {"t": "ndarray", "dtype": "<f8", "shape": [-1], "data": ""},
                 {"t": "ndarray", "npy": payload}]:
        with pytest.raises(plaindata.PlainDataError):
            plaindata.decode(node)


@pytest.mark.parametrize("node", [[], {"t": "weird"}, {"t": "int", "v": "3"}, {"t": "int", "v": True},
                                  {"t": "dict", "items": [[1, {"t": "none"}]]}, {"t": "list", "items": {}}])
def test_malformed_nodes_are_refused(node):
    with pytest.raises(plaindata.PlainDataError):
        plaindata.decode(node)


@pytest.mark.parametrize("array", [np.array(0.6931), np.squeeze(np.array([[2.5]])), np.array(3, dtype=np.int32),
                                   np.arange(12.0).reshape(3, 4).T, np.arange(8.0)[::2], np.zeros((2, 0))])
def test_arrays_keep_their_shape_0_d_and_strided_ones_too(array):
    back = roundtrip(array)
    assert back.shape == array.shape and back.dtype == array.dtype and np.array_equal(back, array)
    assert repr(plaindata.normalize(array)) == repr(back)


def test_a_numpy_string_arrives_as_a_string():
    """A word picked from a numpy array of words (np.array(words)[np.argmax(scores)]) is a np.str_."""
    word = np.array(["king", "queen"])[1]
    assert type(word) is np.str_
    back = roundtrip({"best": word, "pair": (word, "man")})
    assert back == {"best": "queen", "pair": ("queen", "man")} and type(back["best"]) is str
    normal = plaindata.normalize({"best": word})
    assert normal == {"best": "queen"} and type(normal["best"]) is str


def test_normalize_gives_what_a_round_trip_gives():
    value = {"W": np.arange(6.0).reshape(2, 3), "t": (1, 2.5, None, [True, "s"]), "n": np.float64(0.25),
             "mask": np.array([[True, False]]), "b": np.bool_(True)}
    direct, tripped = plaindata.normalize(value), roundtrip(value)
    assert repr(direct) == repr(tripped)
    assert isinstance(plaindata.normalize(object()), plaindata.Unsupported)
    assert plaindata.contains_unsupported(plaindata.normalize([1, {"a": object()}]))
