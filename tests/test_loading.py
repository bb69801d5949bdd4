"""Loading a student's file: what the grader parsed is what runs, whatever the line endings, characters and layout."""

from __future__ import annotations

from conftest import by_id, reference_sources
from grader.judging.results import ERROR, PASSED

ODD_LAYOUT = '''# Initialisation — première partie (≈ three functions); a form feed follows\f
import numpy as np; NOTE = "héllo ≈ wörld"; import math as _maths


def _keep(function):
    """A decorator that changes nothing."""
    return function


'''

RAISES = '''

def initialize_parameters_zeros(layers_dims):
    """Fails on purpose, after some non-ASCII text: ≈ é ö."""
    scale = _maths.sqrt(4.0); label = "é≈"; dims = np.asarray(layers_dims)
    raise ValueError(f"zeros fail for {label} at scale {scale} with {dims.size} layers")
'''


def test_crlf_unicode_semicolons_and_decorators_load_as_written(grade):
    """A CRLF file whose statements share lines after non-ASCII text, with a decorated graded function: every
    function is found and runs, and an error points at the line that raised."""
    source = reference_sources()["initialization.py"]
    source = source.replace("def initialize_parameters_he(", "@_keep\ndef initialize_parameters_he(")
    source = ODD_LAYOUT + source + RAISES   # the last definition of zeros wins
    result = grade({"initialization.py": (source.replace("\n", "\r\n")).encode("utf-8")})
    exercises = by_id(result)
    assert exercises["initialize_parameters_he"].status == PASSED
    assert exercises["initialize_parameters_random"].status == PASSED
    zeros = exercises["initialize_parameters_zeros"]
    assert zeros.status == ERROR
    expected_line = source.split("\n").index(  # Python's line numbers: a form feed does not end a line
        '    raise ValueError(f"zeros fail for {label} at scale {scale} with {dims.size} layers")') + 1
    message = zeros.cases[0].message
    assert "ValueError: zeros fail for é≈ at scale 2.0 with 3 layers" in message, message
    assert f"at line {expected_line} of initialization.py" in message, message
    assert message.endswith(': raise ValueError(f"zeros fail for {label} at scale {scale} with {dims.size} layers")')


def test_a_correct_functions_replies_are_recognised_without_being_read(grade, monkeypatch):
    """The references' replies are, byte for byte, what the grader expects of a correct function (runner.IDENTICAL):
    none is parsed and compared (which would also pass, more slowly). This keeps the worker's reply format and
    worker.returned_reply in step."""
    from grader.judging import verdicts

    judged = []
    judge = verdicts.judge_reply
    monkeypatch.setattr(verdicts, "judge_reply", lambda case, *rest: judged.append(case.id) or judge(case, *rest))
    result = grade(reference_sources())
    assert result.score == result.max_score
    assert judged == []
