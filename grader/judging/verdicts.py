"""Each case's verdict from what the student process sent back: decoded, compared, explained, never trusted.

A hidden case's text says only what the grader can vouch for (its own copy of the code, built-in exception names,
where a difference is and its kind), never what student code chose to send.
"""

from __future__ import annotations

import builtins
import dataclasses
import math
import re
from collections.abc import Callable
from numbers import Real

import numpy as np

from grader.judging.checks import CaseView, Finding, check_part, layer_pattern, shape_source
from grader.judging.compare import MAX_MISMATCHES, agrees, compare, part
from grader.judging.evidence import difference_picture
from grader.judging.misconceptions import comparable
from grader.judging.relations import describe_number_relation
from grader.judging.results import ERROR, FAILED, NOT_IMPLEMENTED, PASSED, TIMEOUT, CaseResult, listed
from grader.material.catalog import GradedExercise
from grader.material.part_names import case_arguments
from grader.material.spec import HIDDEN
from grader.sandbox import plaindata
from grader.sandbox.loading import code_lines
from grader.sandbox.runner import DIED, IDENTICAL, SKIPPED, TIMEOUT as TIMED_OUT, ExerciseCall
from grader.submission.sources import Chunk


class OwnCopy:
    """The grader's own copy of the submission's code: what it read, by chunk label ("ex.py", "ex.ipynb [cell 7]").

    The student process's account of where an exception happened names files and lines that student code
    can forge (a code object's file name, its line numbers, the child's linecache); the lines shown are
    taken from here, never from that account.
    """

    def __init__(self, chunks: dict[str, list[Chunk]]):
        self._sources = {chunk.label: chunk.source for file_chunks in chunks.values() for chunk in file_chunks}
        self._lines: dict[str, list[str]] = {}

    def line(self, label: str, number: int) -> str | None:
        """The text of line `number` of that file or cell as the grader read it, or None (no such file or line)."""
        if label not in self._sources:
            return None
        lines = self._lines.get(label)
        if lines is None:
            lines = self._lines[label] = code_lines(self._sources[label])
        return lines[number - 1] if 1 <= number <= len(lines) else None


def judge_outcomes(graded: GradedExercise, call: ExerciseCall, outcomes: list, returned: dict[str, object],
                    own: OwnCopy, raised: dict[str, tuple[str, str]] | None = None):
    """Each case's result; what the student returned (when readable and not None) goes into `returned`, and the
    (kind, message) of what the student's code raised into `raised`."""
    results = []
    identical = []  # ids of cases whose reply was the expected value, byte for byte (not decoded)
    for case, outcome in zip(graded.exercise.cases, outcomes):
        if outcome.kind == TIMED_OUT:
            results.append(case_result(case, TIMEOUT, f"did not finish within {call.timeout:g} s (an infinite loop?)"))
        elif outcome.kind == SKIPPED:
            results.append(case_result(case, TIMEOUT, "not run: an earlier case of this exercise timed out"))
        elif outcome.kind == DIED:
            results.append(case_result(case, ERROR, ending_message(outcome.reason, case.visibility == HIDDEN)))
        elif outcome.kind == IDENTICAL:  # the expected value, byte for byte: nothing to read or compare
            identical.append(case.id)
            results.append(case_result(case, PASSED, ""))
        else:
            results.append(judge_reply(case, outcome.reply, graded, returned, own, raised))
    if identical and any(result.status != PASSED for result in results):  # known mistakes are checked on every case
        returned.update((case_id, graded.expected[case_id]) for case_id in identical)  # what decoding would give
    return results


MALFORMED = "it sent a malformed reply"


def ending_message(reason: str, hidden: bool) -> str:
    """Why the child ended. Not for a hidden case: its exit code, the signal that killed it and what the runner
    says of a malformed reply (its length, where its JSON breaks) are the student's choice, so they could carry
    the case's inputs; only the kind of ending is said."""
    if not hidden:
        return f"the process running your code ended: {reason}"
    if reason.startswith(MALFORMED):
        return f"the process running your code ended: {MALFORMED}"
    return "the process running your code ended (it exited, crashed or was killed)"


def judge_reply(case, reply: dict, graded: GradedExercise, returned: dict[str, object], own: OwnCopy,
                raised: dict[str, tuple[str, str]] | None = None) -> CaseResult:
    status = reply.get("status")
    hidden = case.visibility == HIDDEN
    if status == "not_implemented":
        return case_result(case, NOT_IMPLEMENTED, "raised NotImplementedError")
    if status == "raised":
        if raised is not None and isinstance(reply, dict):
            kind, message = reply.get("type"), reply.get("message")
            if isinstance(kind, str) and isinstance(message, str):
                raised[case.id] = (kind[:200], message[:2000])
        return error_case(case, reply, hidden, own)
    if status != "returned":
        return case_result(case, ERROR, "the process running your code sent an unexpected reply")
    try:
        got = plaindata.decode(reply.get("value"))
    except (plaindata.PlainDataError, ValueError, TypeError) as exc:
        # the reason may quote the reply (a dtype's name, a node's kind): not for a hidden case
        return case_result(case, ERROR, "the returned value could not be read" + ("" if hidden else f": {exc}"))
    if got is None:
        return case_result(case, NOT_IMPLEMENTED, "returned None (not implemented yet?)")
    returned[case.id] = got
    expected = comparable(got, graded.expected[case.id], graded.exercise.accepted_prefixes)
    mismatches = compare(got, expected, graded.exercise.tolerance, labels=graded.part_labels,
                         scalars=graded.case_scalars.get(case.id))
    if not mismatches or any(_matches(got, accepted[case.id], graded) for accepted in graded.accepted_outputs):
        return case_result(case, PASSED, "")
    mismatches = _explained_first(mismatches, got, expected, graded, case)
    texts = [_hidden_text(m) if hidden else m.public_text() for m in mismatches[:MAX_MISMATCHES]]
    if len(mismatches) > MAX_MISMATCHES:
        more = len(mismatches) - MAX_MISMATCHES
        texts.append(f"... and {more} more {'difference' if more == 1 else 'differences'}")
    right = _right_parts(expected, mismatches, graded.part_labels)
    if right:
        texts.append(right)
    failed = case_result(case, FAILED, "; ".join(texts) if hidden else "\n".join(texts))
    if not hidden:
        failed.picture = difference_picture(mismatches)
    return failed


def _right_parts(expected, mismatches: list, labels) -> str:
    """'v, s and v_corrected are right' for a tuple result whose items the reference names, when some are right."""
    if not isinstance(expected, tuple) or len(expected) < 2:
        return ""
    names = [labels.get((index,)) for index in range(len(expected))]
    if None in names:
        return ""
    wrong = {mismatch.path[0] for mismatch in mismatches if mismatch.path}
    if any(not mismatch.path for mismatch in mismatches):
        return ""  # the tuple itself is wrong (its length): no item to call right
    right = [name for index, name in enumerate(names) if index not in wrong]
    if not right or len(right) == len(names):
        return ""
    return f"{listed(right, limit=None)} {'is' if len(right) == 1 else 'are'} right"


def _explained_first(mismatches: list, got, expected, graded: GradedExercise, case) -> list:
    """The mismatches, each wrong value with what the value checks (checks.py) find, those explained (by a finding
    or a relation) first: the line a student reads first is the most telling one."""
    inputs = case_arguments(graded.parameters, case)
    view = CaseView.of(graded.part_labels, inputs, expected, graded.case_scalars.get(case.id),
                       graded.exercise.input_names)
    explained, rest = [], []
    for mismatch in mismatches:
        finding = None
        if mismatch.kind.startswith("wrong value"):
            finding = (_term(graded, case, got, expected, mismatch.where) if mismatch.path == () else None) or \
                check_part(part(got, mismatch.path), part(expected, mismatch.path), mismatch.path, view)
        if mismatch.kind == "wrong shape" and not ("rank-1" in mismatch.detail or "transposed" in mismatch.detail):
            source = shape_source(part(got, mismatch.path), mismatch.path, view)
            finding = Finding(source, "the shape of another part") if source else None
        if finding is not None:
            mismatch = dataclasses.replace(mismatch, kind=f"{mismatch.kind}; {finding.kind}", lead=finding.text)
        (explained if finding is not None or ":" in mismatch.kind else rest).append(mismatch)
    order = _evaluation_order(graded.part_labels)
    ordered = sorted(explained, key=lambda item: order(item.where)) + sorted(rest, key=lambda item: order(item.where))
    pattern = layer_pattern(got, expected)
    if pattern is not None:
        first = next((index for index, item in enumerate(ordered) if item.path == pattern[0]), None)
        if first is not None:
            item = ordered.pop(first)
            ordered.insert(0, dataclasses.replace(item, lead=f"{item.where}: {pattern[1]}",
                                                  kind=f"{item.kind}; a factor that follows the layer sizes"))
    ignored = _read(graded, got, expected, ordered[0].where, inputs) or _ignored_argument(graded, case, got)
    if ignored is not None:  # the most specific findings: what the material reads in it, or which argument
        text = ignored.text if ignored.text.startswith(f"{ordered[0].where}: ") else f"{ordered[0].where}: {ignored.text}"
        ordered[0] = dataclasses.replace(ordered[0], kind=f"{ordered[0].kind}; {ignored.kind}", lead=text)
    return ordered


def _ignored_argument(graded: GradedExercise, case, got) -> Finding | None:
    """The argument whose default, not the case's value, gives the student's result (a hard-coded constant)."""
    if graded.default_outputs is None:
        return None
    probes = graded.default_outputs.get(case.id)
    course_seed = next((value for (name, source, value) in probes if source == "course"), None)
    matching = [key for key, output in probes.items() if key[1] != "course" and _matches(got, output, graded)]
    if len({key[0] for key in matching}) != 1:
        return None  # none, or several arguments that would each explain it (a result that depends on none of them)
    name, source, value = matching[0]
    if source == "seed":
        return Finding(f"the result is what np.random.seed({value}) gives: another seed than the course's "
                       f"np.random.seed({course_seed})", "the result is what another seed gives")
    if source == "first case":
        return Finding(f"the result is what {name} = {value!r}, the value in the first test, gives: is {name} "
                       f"written as a constant where the argument is meant?",
                       f"the result is what {name} of the first test gives")
    if source == "default":
        return Finding(f"the result is what {name} = {value!r} (its default) gives: is the argument {name} "
                       f"used, or a constant written in its place?", f"the result is what the default {name} gives")
    return Finding(f"the result is what {name} = {source} ({value!r}) gives: is {source} used where {name} is "
                   f"meant?", f"the result is what {name} = {source} gives")


def _read(graded: GradedExercise, got, expected, where: str, inputs: dict) -> Finding | None:
    """The first of the exercise's Readings (spec.py) that holds for this result: its own sentence (public cases
    only, it may quote the inputs) or its fixed text."""
    for reading in graded.exercise.readings:
        try:
            with np.errstate(all="ignore"):
                said = reading.test(got, expected, dict(inputs))
        except Exception:  # a reading that does not apply to what the student returned
            said = False
        if said:
            return Finding(f"{where}: {said if isinstance(said, str) else reading.text}", reading.text)
    return None


def _term(graded: GradedExercise, case, got, expected, where: str) -> Finding | None:
    """A scalar result explained by its ScalarTerms (spec.py): which term is wrong, by how much."""
    if not isinstance(got, Real) or isinstance(got, bool) or not isinstance(expected, Real):
        return None
    for term, known in zip(graded.exercise.terms, graded.known_parts):
        rest = known.get(case.id)
        if rest is None:
            continue
        mine, wanted = float(got) - rest, float(expected) - rest
        if not (math.isfinite(mine) and math.isfinite(wanted)):
            continue
        if math.isclose(mine, wanted, rel_tol=1e-5, abs_tol=1e-8):
            return Finding(f"{where}: {term.name} is right; {term.known_name} is not",
                           f"{term.name} is right; {term.known_name} is not")
        if term.nonnegative and mine < 0:
            return Finding(f"{where}: {term.known_name} is wrong (beside it, {term.name} would be {mine:.4g}, and it "
                           f"cannot be negative)", f"{term.known_name} is wrong")
        relation = describe_number_relation(mine, wanted, graded.case_scalars.get(case.id))
        return Finding(f"{where}: {term.name} is {mine:.4g}, expected {wanted:.4g}" +
                       (f" ({relation})" if relation else ""), f"{term.name} is wrong")
    return None


def _evaluation_order(labels) -> Callable[[str], int]:
    """Sort key of a part's name: the items of a returned cache (`cache[6] (D2)`) in the order the reference computed
    them, a returned name at its place in the cache (A3 after D2), others after: a cause before what it causes."""
    names = [label.rsplit(" (", 1)[1].rstrip(")") for label in labels.values() if label.endswith(")") and " (" in label]

    def key(where: str) -> int:
        head = where.split("[", 1)[0]
        tail = where.rsplit(" (", 1)[1].rstrip(")") if where.endswith(")") and " (" in where else head
        return names.index(tail) if tail in names else len(names)
    return key


def conventions_used(graded: GradedExercise, cases: list[CaseResult], returned: dict[str, object]) -> list[str]:
    """A note for each Convention (spec.py) whose value, not the reference's, the student returned on a passed case."""
    notes = []
    for accepted, outputs in zip(graded.exercise.accepted, graded.accepted_outputs):
        note = getattr(accepted, "note", None)
        if note and any(case.status == PASSED and case.id in returned and _matches(returned[case.id], outputs[case.id],
                                                                                  graded)
                        and not _matches(returned[case.id], graded.expected[case.id], graded) for case in cases):
            notes.append(f"{graded.exercise.name} follows {note}")
    return notes


def _matches(got, other, graded: GradedExercise) -> bool:
    """Whether got is what another accepted implementation returns (the differences shown are the reference's)."""
    return agrees(got, comparable(got, other, graded.exercise.accepted_prefixes), graded.exercise.tolerance)


def _hidden_text(mismatch) -> str:
    """Where and what kind of difference, without numbers: a constant factor's value is the student's choice
    (their correct result times a number they pick), so it is not said."""
    segments = []
    for segment in mismatch.kind.split("; "):
        if "off by a" in segment:
            segment = segment[:segment.index("off by a")] + "off by a constant factor"
        if "got − expected = " in segment:  # the offset of a constant answer is the expected value
            segment = segment[:segment.index("got − expected = ")] + "got − expected is the same everywhere"
        segments.append(segment)
    return f"{mismatch.where}: {'; '.join(segments)}"


def error_case(case, reply: dict, hidden: bool, own: OwnCopy) -> CaseResult:
    """The student process's account of an exception; its fields are checked (the process may have forged them).

    The code shown is the line from the grader's own copy of the file. For a hidden case only what the grader
    can vouch for is kept: the exception's kind when it is a built-in exception (a class of the student's
    could be named after the inputs), and frames in a file or cell the grader read, at a line it has, with
    that line's code (a frame's function name and file are the student's to choose, its code comes from a
    linecache the student can rewrite).
    """
    reply = reply if isinstance(reply, dict) else {}
    sent = reply.get("frames")
    frames = []
    for frame in sent if isinstance(sent, list) else []:
        # A frame is kept only as the worker writes it: an int line, a str file, str function/code (absent: empty).
        if not isinstance(frame, dict):
            continue
        line, file, function, code = frame.get("line"), frame.get("file"), frame.get("function", ""), \
            frame.get("code", "")
        if type(line) is not int or not all(isinstance(text, str) for text in (file, function, code)):
            continue
        copy = own.line(file, line)
        if hidden:
            if copy is None:
                continue
            function = ""
        code = copy.strip() if copy is not None else code
        frames.append({"file": file[:2000], "function": function[:2000], "code": code[:2000], "line": line})
    frames = frames[-10:]
    where = ""
    if frames:
        last = frames[-1]
        where = f" at line {last['line']} of {last['file']}"
        if last["code"]:
            where += f": {last['code']}"
    message, kind = reply.get("message"), reply.get("type")
    message = message[:2000] if isinstance(message, str) else "an exception was raised"
    if hidden:
        message = f"{kind if _builtin_exception(kind) else 'an exception'} raised"
    elif kind == "NameError" and (unknown := _UNDEFINED.search(message)):
        message += (f" (the function uses the global name {unknown.group(1)}, which the grader does not provide: "
                    f"top-level code such as a notebook's test cells never runs when grading, so read it from the "
                    f"function's arguments)")
    return CaseResult(case.id, case.visibility, ERROR, message + where, case.weight, frames)


_UNDEFINED = re.compile(r"name '(\w+)' is not defined")


def _builtin_exception(name) -> bool:
    """Whether name is the name of a built-in exception class (ValueError, IndexError, SystemExit...)."""
    value = getattr(builtins, name, None) if isinstance(name, str) and name.isidentifier() else None
    return isinstance(value, type) and issubclass(value, BaseException)


def case_result(case, status: str, message: str) -> CaseResult:
    """A case's result with no traceback or picture."""
    return CaseResult(id=case.id, visibility=case.visibility, status=status, message=message, weight=case.weight)
