"""A class run hands nothing of one student to the next: no classmate's code, text or functions to find or borrow."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest

from conftest import reference_sources
from grader.sandbox import levels
from grader.material.catalog import load_material
from conftest import SOLUTIONS

GRADE = [sys.executable, "-m", "grader.cli"]
REUSING_LEVELS = (levels.BUBBLEWRAP, levels.LANDLOCK)  # where one student process serves many students

# What the attacker runs before each of its graded functions: search its own process for a classmate's
# marker (the garbage collector's objects and their referents, sys.modules and every module's globals,
# the frames, the line cache, then /proc/self/mem byte by byte), and look for a classmate's compiled
# function or code object of the same name to call.
PROBE = r'''
import ctypes, gc, linecache, os, sys, types

_KEY = 0x5A
_ENCODED = {encoded!r}
_NEEDLE = None  # the marker, built (in _leaks) without any other copy of it: the attacker's text has none
_FOUND = None


def _memory_hits():
    """Places in this process's memory holding the marker, but for the needle itself and the read buffer."""
    hits = []
    buffer = bytearray(1 << 20)
    start_of = lambda: ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))
    skip = [(id(_NEEDLE) + sys.getsizeof(b"") - 1, len(_NEEDLE)), (start_of(), len(buffer))]
    try:
        maps = open("/proc/self/maps").read().splitlines()
        memory = open("/proc/self/mem", "rb", buffering=0)
    except OSError:
        return hits
    with memory:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1]:
                continue
            low, high = (int(part, 16) for part in fields[0].split("-"))
            at = low
            while at < high:
                size = min(len(buffer), high - at)
                try:
                    memory.seek(at)
                    got = memory.readinto(memoryview(buffer)[:size])
                except (OSError, ValueError, OverflowError):
                    break
                offset = buffer.find(_NEEDLE, 0, got)
                while offset >= 0:
                    where = at + offset
                    if not any(begin <= where < begin + length for begin, length in skip):
                        hits.append(hex(where))
                    offset = buffer.find(_NEEDLE, offset + 1, got)
                at += max(got, 1) if got else high - at
    return hits


def _object_hits():
    needle = _NEEDLE.decode()
    found, seen = [], set()
    roots = list(gc.get_objects()) + [vars(module) for module in list(sys.modules.values()) if module is not None]
    roots += [linecache.cache]
    frame = sys._getframe()
    while frame is not None:
        roots += [frame.f_globals, frame.f_locals]
        frame = frame.f_back
    for root in roots:
        for item in [root] + list(gc.get_referents(root)):
            if id(item) in seen:
                continue
            seen.add(id(item))
            if isinstance(item, str) and needle in item and item is not needle:
                found.append(item[:200])
            elif isinstance(item, (bytes, bytearray)) and _NEEDLE in item and item is not _NEEDLE:
                found.append(repr(item[:200]))
            elif isinstance(item, types.CodeType) and any(isinstance(c, str) and needle in c for c in item.co_consts):
                found.append(item.co_name)
    return found


def _leaks():
    global _FOUND, _NEEDLE
    if _NEEDLE is None:
        _NEEDLE = bytes([value ^ _KEY for value in _ENCODED])
    if _FOUND is None:
        _FOUND = _memory_hits() + _object_hits()
    return _FOUND


def _borrowed(name):
    own = globals().get("__file__", "")
    for item in gc.get_objects():
        if isinstance(item, types.FunctionType) and item.__name__ == name and item.__code__.co_filename != own \
                and "{helpers}" not in item.__code__.co_filename:
            return item
    for item in gc.get_objects():
        for part in [item] + list(gc.get_referents(item)):
            if isinstance(part, types.CodeType):
                for const in part.co_consts:
                    if isinstance(const, types.CodeType) and const.co_name == name and const.co_filename != own:
                        return types.FunctionType(const, globals())
    return None


def _steal(name, args, kwargs):
    found = _leaks()
    if found:
        raise RuntimeError("LEAK " + " | ".join(found)[:1500])
    function = _borrowed(name)
    if function is None:
        raise NotImplementedError(name)
    return function(*args, **kwargs)
'''


def _victim(marker: str) -> dict[str, str]:
    sources = reference_sources()
    return {name: f"# {marker}\nVICTIM_TAG = {marker!r}\n" + text.replace("\ndef ", f"\n# {marker}\ndef ")
            for name, text in sources.items()}


def _attacker(marker: str, names: list[str]) -> dict[str, str]:
    encoded = [value ^ 0x5A for value in marker.encode()]
    probe = PROBE.format(encoded=encoded, helpers="/helpers/")
    functions = "\n".join(f"def {name}(*args, **kwargs):\n    return _steal({name!r}, args, kwargs)\n"
                          for name in names)
    return {"everything.py": probe + "\n" + functions}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("level", REUSING_LEVELS)
def test_a_student_finds_and_borrows_nothing_of_earlier_classmates(tmp_path, level, jobs):
    """The attack of the security review: a student with no code of their own searches the process their code
    runs in for earlier classmates' text and functions, and calls what it finds. It must find nothing and get 0."""
    try:
        levels.choose(level)
    except levels.SandboxUnavailable as reason:
        pytest.skip(str(reason))
    names = load_material(SOLUTIONS).exercise_names()
    marker = "classmate-" + uuid.uuid4().hex
    root, out = tmp_path / "class", tmp_path / "out"
    for victim in ("alice", "bob", "carol"):  # graded before zed: names are graded in order
        for name, text in _victim(marker).items():
            (root / victim).mkdir(parents=True, exist_ok=True)
            (root / victim / name).write_text(text, encoding="utf-8")
    (root / "zed").mkdir()
    for name, text in _attacker(marker, names).items():
        (root / "zed" / name).write_text(text, encoding="utf-8")
    run = subprocess.run([*GRADE, "report", str(root), "--out", str(out), "--jobs", str(jobs), "--sandbox", level,
                          "--timeout", "30"], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr
    for victim in ("alice", "bob", "carol"):
        result = json.loads((out / victim / "results.json").read_text(encoding="utf-8"))
        assert result["score"] == result["max_score"] > 0
    attacker = json.loads((out / "zed" / "results.json").read_text(encoding="utf-8"))
    feedback = (out / "zed" / "results.json").read_text(encoding="utf-8") + \
        (out / "zed" / "feedback.html").read_text(encoding="utf-8")
    assert marker not in feedback and "LEAK" not in feedback, [
        case["message"] for exercise in attacker["exercises"] for case in exercise["cases"] if "LEAK" in case["message"]]
    assert attacker["score"] == 0, {exercise["id"]: exercise["score"] for exercise in attacker["exercises"]
                                    if exercise["score"]}
    statuses = {exercise["status"] for exercise in attacker["exercises"]}
    assert statuses == {"not_implemented"}, statuses  # nothing borrowed, nothing found
