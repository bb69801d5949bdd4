"""Hidden cases stay hidden: whatever a student's code does on a hidden input, the feedback shows only the case's
status, the kind of problem and a line number, with code taken from the grader's own copy of the files.

The student below computes, from each input it is called with, a 12-digit token (a hash of the input: only code
that saw the input can know it) and tries every way of getting it into the feedback of a hidden case: an exception
class named after it, a linecache rewritten to show it as the code, code objects compiled under file names and
function names carrying it, lines that do not exist, an object of a class named after it, its digits as an exit
code, as the length of a malformed reply, as a constant factor between its result and the expected one. None of it
may reach the results JSON, the HTML feedback page, Gradescope's results, the terminal report or the gradebook's
model, while public cases still show the real exception and code.
"""

from __future__ import annotations

import base64
import html
import json
import re
import zlib

import pytest

from conftest import by_id, reference_sources
from grader.sandbox import plaindata
from grader.reports import feedback, terminal
from grader.reports.exports import gradescope_json
from grader.judging.verdicts import OwnCopy, ending_message, error_case, judge_reply
from grader.pipeline import grade_submission
from grader.judging.results import ERROR, FAILED, PASSED
from grader.sandbox.loading import code_lines
from grader.submission.sources import Chunk
from grader.material.spec import HIDDEN, PUBLIC

HELPERS = '''
import hashlib as _hashlib
import linecache as _linecache
import os as _os
import stat as _stat
import struct as _struct

import numpy as _np

_PUBLIC = @PUBLIC@
_MARK = "HIDD" + "EN-INPUT="      # (never whole in this source: the feedback shows the student's code)
_CLASS = "HIDD" + "EN_INPUT_"


def _digest(value, h):
    if isinstance(value, _np.ndarray):
        h.update(b"a" + str(value.dtype).encode() + repr(value.shape).encode() + _np.ascontiguousarray(value).tobytes())
    elif isinstance(value, dict):
        h.update(b"d")
        for key in sorted(value):
            h.update(repr(key).encode())
            _digest(value[key], h)
    elif isinstance(value, (list, tuple)):
        h.update(b"l%d" % len(value))
        for item in value:
            _digest(item, h)
    else:
        h.update(b"s" + repr(value).encode())


def _token(args, kwargs):
    h = _hashlib.sha256()
    _digest(list(args), h)
    _digest(dict(kwargs), h)
    return str(int(h.hexdigest()[:15], 16) % 10 ** 12).zfill(12)
'''

INITIALIZATION = '''

def initialize_parameters_he(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public he case failed here")
    raise type(_CLASS + token, (Exception,), {})(_MARK + token + " " + repr(args))


def initialize_parameters_zeros(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public zeros case failed here")
    name = initialize_parameters_zeros.__code__.co_filename
    _linecache.cache[name] = (1, None, [_MARK + token + " " + repr(args) + "\\n"] * 100000, name)
    raise ValueError(_MARK + token)


def initialize_parameters_random(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public random case failed here")
    name = initialize_parameters_random.__code__.co_filename
    past_the_end = compile("raise KeyError(1)", name, "exec").replace(co_firstlineno=10 ** 6 + int(token[:5]))
    named = compile("\\n" * 3 + "def " + _CLASS + token + "():\\n    exec(PAST)\\n", name, "exec")
    namespace = {"PAST": past_the_end}
    exec(named, namespace)
    exec(compile("f()", name + _MARK + token, "exec"), {"f": namespace[_CLASS + token]})
'''

OPTIMIZATION = '''

def update_lr(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public update_lr case failed here")
    return type(_CLASS + token, (), {})()


def initialize_velocity(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public velocity case failed here")
    _os._exit(int(token[:2]) or 1)


def schedule_lr_decay(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public schedule case failed here")
    for fd in range(3, 256):
        try:
            if _stat.S_ISFIFO(_os.fstat(fd).st_mode):
                _os.write(fd, _struct.pack(">Q", int("9" + token)))
        except OSError:
            pass
    _os._exit(0)


def update_parameters_with_gd(*args, **kwargs):
    token = _token(args, kwargs)
    if token in _PUBLIC:
        raise ValueError("the public gd case failed here")
    given = dict(zip(["parameters", "grads", "learning_rate"], args), **kwargs)
    parameters, grads, rate = given["parameters"], given["grads"], given["learning_rate"]
    factor = 1.5 + int(token[:3]) / 10000
    return {key: (value - rate * grads["d" + key]) * factor for key, value in parameters.items()}
'''

ATTACKED = {"initialization.py": ("initialize_parameters_he", "initialize_parameters_zeros",
                                  "initialize_parameters_random"),
            "optimization.py": ("update_lr", "initialize_velocity", "schedule_lr_decay", "update_parameters_with_gd")}
ATTACKS = {"initialization.py": INITIALIZATION, "optimization.py": OPTIMIZATION}


def _token_function():
    namespace: dict = {}
    exec(compile(HELPERS.replace("@PUBLIC@", "set()"), "helpers", "exec"), namespace)
    return namespace["_token"]


def _tokens(material) -> tuple[set[str], set[str]]:
    """The tokens of the attacked exercises' public and hidden inputs (from the inputs as the student process
    gets them)."""
    token = _token_function()
    public, hidden = set(), set()
    for graded in material.exercises:
        if any(graded.exercise.name in names for names in ATTACKED.values()):
            for case in graded.exercise.cases:
                args, kwargs = (plaindata.decode(part) for part in graded.encoded_inputs[case.id])
                (hidden if case.visibility == HIDDEN else public).add(token(tuple(args), kwargs))
    return public, hidden


@pytest.fixture(scope="module")
def attacked(material, tmp_path_factory):
    public, hidden = _tokens(material)
    assert hidden and not public & hidden
    folder = tmp_path_factory.mktemp("hidden")
    files = reference_sources()
    helpers = HELPERS.replace("@PUBLIC@", repr(sorted(public)).replace("[", "{").replace("]", "}"))
    for name, text in files.items():
        (folder / name).write_text(text + (helpers + ATTACKS[name] if name in ATTACKS else ""), encoding="utf-8")
    result = grade_submission(folder, material, timeout=5)
    own = {name: code_lines((folder / name).read_text(encoding="utf-8")) for name in files}
    return result, hidden, own


def _views(result) -> dict[str, str]:
    """Every form the results take: what a student, a teacher or a gradebook is shown or keeps."""
    model = result.full_dict()
    model.pop("output")  # what student code printed: never shown (these functions print nothing anyway)
    return {"results JSON": result.to_json(), "HTML feedback": feedback.render(result),
            "Gradescope results": gradescope_json(result), "terminal report": terminal.render(result),
            "gradebook model": json.dumps(model, ensure_ascii=False)}


def test_nothing_of_a_hidden_input_reaches_any_view(attacked):
    result, hidden, _ = attacked
    for view, text in _views(result).items():
        for marker in ("HIDDEN-INPUT", "HIDDEN_INPUT"):
            assert marker not in text, (view, text[max(0, text.find(marker) - 300):text.find(marker) + 200])
        for token in hidden:
            assert token not in text, (view, token, text[max(0, text.find(token) - 300):text.find(token) + 200])


def test_hidden_cases_show_status_kind_and_line_from_the_graders_copy(attacked):
    result, _, own = attacked
    exercises = by_id(result)
    for names in ATTACKED.values():
        for name in names:
            cases = [case for case in exercises[name].cases if case.visibility == HIDDEN]
            assert cases and all(case.status in (ERROR, FAILED) for case in cases), (name, cases)
            for case in cases:
                for frame in case.traceback:  # only frames of files the grader read, at lines they have
                    assert set(frame) == {"file", "line", "function", "code"} and frame["function"] == ""
                    assert frame["file"] in own and 1 <= frame["line"] <= len(own[frame["file"]])
                    assert frame["code"] == own[frame["file"]][frame["line"] - 1].strip()

    he = [case for case in exercises["initialize_parameters_he"].cases if case.visibility == HIDDEN]
    assert all(case.message.startswith("an exception raised at line ") for case in he), he  # not its class's name
    zeros = [case for case in exercises["initialize_parameters_zeros"].cases if case.visibility == HIDDEN]
    for case in zeros:
        line = case.traceback[-1]["line"]
        assert case.message == f"ValueError raised at line {line} of initialization.py: " \
                               f"{own['initialization.py'][line - 1].strip()}"  # a built-in's name is kept
        assert "raise ValueError(_MARK + token)" in case.message
    random = [case for case in exercises["initialize_parameters_random"].cases if case.visibility == HIDDEN]
    for case in random:  # the forged file and the line past the end are gone; the forged function name too
        assert case.message.startswith("KeyError raised at line 5 of initialization.py"), case.message
        assert [frame["line"] for frame in case.traceback][-1] == 5
    for case in exercises["update_lr"].cases:
        if case.visibility == HIDDEN:
            assert case.status == FAILED and case.message == "learning_rate: wrong type"
    for name in ("initialize_velocity", "schedule_lr_decay"):
        for case in exercises[name].cases:
            if case.visibility == HIDDEN:
                assert case.status == ERROR and case.message in (
                    "the process running your code ended (it exited, crashed or was killed)",
                    "the process running your code ended: it sent a malformed reply"), (name, case.message)
    gd = [case for case in exercises["update_parameters_with_gd"].cases if case.visibility == HIDDEN]
    assert gd and all("off by a constant factor" in case.message and "×" not in case.message for case in gd), gd


def test_public_cases_still_show_the_real_exception_and_code(attacked):
    result, _, own = attacked
    exercises = by_id(result)
    for names in ATTACKED.values():
        for name in names:
            public = [case for case in exercises[name].cases if case.visibility == PUBLIC]
            assert public and all(case.status == ERROR for case in public), (name, public)
            for case in public:
                frame = case.traceback[-1]
                assert frame["function"] == name
                assert frame["code"] == own[frame["file"]][frame["line"] - 1].strip()
                assert frame["code"].startswith("raise ValueError(\"the public ")
                assert case.message.startswith("ValueError: the public ") and case.message.endswith(
                    f" at line {frame['line']} of {frame['file']}: {frame['code']}"), case.message
    assert all(exercise.status == PASSED for exercise in result.exercises
               if not any(exercise.id in names for names in ATTACKED.values()))


# The paths a reply takes that the student above cannot all reach without forging whole replies: checked directly.

class _Case:
    def __init__(self, visibility: str):
        self.id, self.visibility, self.weight = "c", visibility, 1.0


OWN = OwnCopy({"work.py": [Chunk("work.py", "def f(x):\n    return g(x)\n")],
               "nb.ipynb": [Chunk("nb.ipynb [cell 2]", "y = 1\nraise ValueError(y)\n")]})
FORGED = {"status": "raised", "type": "Secret_4531", "message": "ValueError: secret 4531",
          "frames": [{"file": "work.py", "line": 2, "function": "f", "code": "secret 4531"},
                     {"file": "nb.ipynb [cell 2]", "line": 2, "function": "secret_4531", "code": "secret 4531"},
                     {"file": "nb.ipynb [cell 2]", "line": 4531, "function": "f", "code": "secret 4531"},
                     {"file": "work.py4531", "line": 1, "function": "f", "code": "secret 4531"},
                     {"file": "other.py", "line": 1, "function": "f", "code": "kept for a public case"}]}


def test_a_forged_account_of_an_exception_shows_only_the_graders_lines():
    hidden = error_case(_Case(HIDDEN), FORGED, True, OWN)
    assert hidden.message == "an exception raised at line 2 of nb.ipynb [cell 2]: raise ValueError(y)"
    assert hidden.traceback == [{"file": "work.py", "function": "", "code": "return g(x)", "line": 2},
                                {"file": "nb.ipynb [cell 2]", "function": "", "code": "raise ValueError(y)", "line": 2}]
    public = error_case(_Case(PUBLIC), FORGED, False, OWN)
    assert public.message == "ValueError: secret 4531 at line 1 of other.py: kept for a public case"
    assert [frame["code"] for frame in public.traceback] == [
        "return g(x)", "raise ValueError(y)", "secret 4531", "secret 4531", "kept for a public case"]
    builtin = error_case(_Case(HIDDEN), {**FORGED, "type": "IndexError", "frames": []}, True, OWN)
    assert builtin.message == "IndexError raised"


@pytest.mark.parametrize("value", [{"t": "ndarray", "dtype": "secret 4531", "shape": [1], "data": ""},
                                   {"t": "secret 4531"}, {"t": "npscalar", "dtype": "U4531", "v": 1}])
def test_an_unreadable_value_of_a_hidden_case_is_not_quoted(material, value):
    graded = material.exercises[0]
    hidden = judge_reply(_Case(HIDDEN), {"status": "returned", "value": value}, graded, {}, OWN)
    assert hidden.status == ERROR and hidden.message == "the returned value could not be read"
    public = judge_reply(_Case(PUBLIC), {"status": "returned", "value": value}, graded, {}, OWN)
    assert public.message.startswith("the returned value could not be read: ")


def test_how_a_child_ended_is_not_said_for_a_hidden_case():
    for reason in ("it exited with code 45 (os._exit() or a crash in native code?)", "it was killed by signal SIGUSR1",
                   "it sent a malformed reply (message of 94531 bytes is too large)"):
        assert "45" not in ending_message(reason, hidden=True) and reason in ending_message(reason, hidden=False)
    assert ending_message("it sent a malformed reply (x)", hidden=True).endswith(": it sent a malformed reply")


def test_the_html_of_a_hidden_error_shows_the_graders_line(attacked):
    """The page shows a hidden error's message with the line as the grader read it, and marks that line in the
    student's code, whatever the child's linecache said it was."""
    result, _, own = attacked
    page = feedback.render(result)
    zeros = by_id(result)["initialize_parameters_zeros"]
    line = next(case for case in zeros.cases if case.visibility == HIDDEN).traceback[-1]["line"]
    code = own["initialization.py"][line - 1].strip()
    hidden = re.findall(r'<li class="case [a-z_]+ hidden">(.*?)</li>\n', page, re.S)
    assert any(f"ValueError raised at line {line} of initialization.py: {html.escape(code)}</p>" in block
               for block in hidden)
    assert f"line {line} raised ValueError" in page
    row = feedback.code_rows(zeros)[line - zeros.code.first_line]
    assert row["number"] == line and row["text"] == code


# Public cases carry at most a quarter of an exercise's points: their inputs and expected values are in the feedback.

MEMORISER = '''

import base64 as _base64
import json as _json
import zlib as _zlib

_PACKED = @EXPECTED@  # compressed (a file's code is capped), and a literal: top-level calls never run


def _decoded(node):
    kind = node["t"]
    if kind == "none":
        return None
    if kind in ("bool", "int", "float", "str"):
        value = node["v"]
        return float(value) if kind == "float" else value
    if kind == "npscalar":
        return _np.dtype(node["dtype"]).type(float(node["v"]) if isinstance(node["v"], str) else node["v"])
    if kind in ("list", "tuple"):
        items = [_decoded(item) for item in node["items"]]
        return items if kind == "list" else tuple(items)
    if kind == "dict":
        return {key: _decoded(value) for key, value in node["items"]}
    data = _base64.b64decode(node["data"])
    return _np.frombuffer(data, dtype=_np.dtype(node["dtype"])).reshape(node["shape"]).copy()


def _answer(name, args, kwargs):
    known = _json.loads(_zlib.decompress(_base64.b64decode(_PACKED)))[name].get(_token(args, kwargs))
    return -1.0 if known is None else _decoded(_json.loads(known))
'''


MEMORISED_CHARS = 30_000


def _packed(tables: dict) -> str:
    return base64.b64encode(zlib.compress(json.dumps(tables, sort_keys=True).encode(), 9)).decode()


def test_memorising_the_public_cases_earns_at_most_a_quarter_of_each_exercise(material, tmp_path):
    """A submission that looks up each public case's input and returns its expected value (shown by the feedback),
    and garbage for any other input, passes every public case it could hold and no hidden one: at most 25% of each
    exercise. (An expected value over MEMORISED_CHARS, as the n_a = 100 parameters of a course test, is left out:
    the file's code is capped.)"""
    token = _token_function()
    files: dict[str, dict] = {}
    memorised = set()
    for graded in material.exercises:
        table = files.setdefault(graded.assignment.name, {})[graded.exercise.name] = {}
        for case in graded.exercise.cases:
            expected = graded.expected_json[case.id].decode()
            if case.visibility == PUBLIC and len(expected) <= MEMORISED_CHARS:
                args, kwargs = (plaindata.decode(part) for part in graded.encoded_inputs[case.id])
                table[token(tuple(args), kwargs)] = expected
                memorised.add((graded.assignment.name, graded.exercise.name, case.id))
    assert len(memorised) > len(material.exercises)  # most public cases are small
    folder = tmp_path / "memoriser"
    folder.mkdir()
    for assignment, tables in files.items():
        functions = "".join(f"\n\ndef {name}(*args, **kwargs):\n    return _answer({name!r}, args, kwargs)\n"
                            for name in tables)
        (folder / f"{assignment}.py").write_text(
            HELPERS.replace("@PUBLIC@", "set()") + MEMORISER.replace("@EXPECTED@", repr(_packed(tables))) + functions,
            encoding="utf-8")
    result = grade_submission(folder, material, timeout=5)
    assert not result.problems, result.problems
    for exercise in result.exercises:
        assert all((case.status == PASSED) == ((exercise.assignment, exercise.id, case.id) in memorised) for case in exercise.cases), exercise
        assert exercise.score <= 0.25 * exercise.max_score + 1e-9, (exercise.id, exercise.score)
    assert 0 < result.score <= 0.25 * result.max_score + 1e-9


def test_public_cases_weigh_at_most_a_quarter_and_the_results_say_so(material):
    """The weights written to the results are the effective ones: per exercise, the public cases' share of the
    weight is at most 25% (exactly 25% where the material gave them more), the hidden ones keep their ratios."""
    from grader.material.catalog import MAX_PUBLIC_SHARE
    for graded in material.exercises:
        cases = graded.exercise.cases
        public = sum(case.weight for case in cases if case.visibility == PUBLIC)
        hidden = [case.weight for case in cases if case.visibility == HIDDEN]
        assert hidden and public / (public + sum(hidden)) <= MAX_PUBLIC_SHARE + 1e-12, graded.exercise.name
    assert MAX_PUBLIC_SHARE == 0.25


def test_a_self_check_is_worth_the_public_share_of_the_points(material, tmp_path):
    """With --public-only the hidden cases are not run: each exercise is worth what its public cases carry of its
    points, so the references score that in full, and a self-check that passes says what hand-in will add to."""
    folder = tmp_path / "references"
    folder.mkdir()
    for name, text in reference_sources().items():
        (folder / name).write_text(text, encoding="utf-8")
    result = grade_submission(folder, material, timeout=5, public_only=True)
    for exercise, graded in zip(result.exercises, material.exercises):
        cases = graded.exercise.cases
        share = sum(case.weight for case in cases if case.visibility == PUBLIC) / sum(case.weight for case in cases)
        assert exercise.max_score == pytest.approx(graded.exercise.points * share, abs=1e-4)
        assert exercise.score == exercise.max_score and all(case.visibility == PUBLIC for case in exercise.cases)
    assert result.score == result.max_score == pytest.approx(sum(
        graded.exercise.points * sum(case.weight for case in graded.exercise.cases if case.visibility == PUBLIC)
        / sum(case.weight for case in graded.exercise.cases) for graded in material.exercises), abs=1e-3)


def _toy_material(folder, cases: str):
    toy = folder / f"toy_{folder.name}"  # (a name of its own: the material's modules are cached by folder name)
    toy.mkdir(parents=True)
    (toy / "__init__.py").write_text('"""A toy assignment."""\n')
    (toy / "reference.py").write_text("def f(x):\n    return 2.0 * x\n")
    (toy / "grading.py").write_text(
        "from grader.material.spec import HIDDEN, Assignment, Case, Exercise\n"
        f"ASSIGNMENT = Assignment('toy', 'Toy', 1, (Exercise('f', 4, ({cases})),))\n")
    return folder


def test_the_material_scales_public_weights_down_and_refuses_an_exercise_without_hidden_cases(tmp_path):
    from grader.material.catalog import MaterialError, load_material
    with pytest.raises(MaterialError) as refused:
        load_material(_toy_material(tmp_path / "public_only", "Case('a', (1.0,)), Case('b', (2.0,), weight=3)"))
    assert "\n" not in str(refused.value) and "exercise f has no hidden case" in str(refused.value)
    cases = "Case('a', (1.0,), weight=2), Case('b', (2.0,)), Case('c', (3.0,), visibility=HIDDEN, weight=2), " \
            "Case('d', (4.0,), visibility=HIDDEN)"
    material = load_material(_toy_material(tmp_path / "mostly_public", cases))
    weights = {case.id: case.weight for case in material.exercises[0].exercise.cases}
    assert weights["c"] == 2 and weights["d"] == 1                      # the hidden cases keep theirs
    assert weights["a"] == pytest.approx(2 * weights["b"])              # the public ones keep their ratio
    assert weights["a"] + weights["b"] == pytest.approx(0.25 * sum(weights.values()))
