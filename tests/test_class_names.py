"""`grade report` names: one row per student whatever the entries are called, unique after every rewrite."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import points_of, reference_sources, score_text
from grader.classroom.entries import RESERVED, class_entries, safe_name

GRADE = [sys.executable, "-m", "grader.cli"]


def report(root: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GRADE, "report", str(root), "--out", str(out), *options],
                          capture_output=True, text=True, timeout=600)


def rows(out: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((out / "grades.csv").read_text("utf-8"))))


def make(root: Path, entries: list[str], files: dict[str, str]) -> None:
    """Each entry as a folder holding files, or (named .py, .ipynb, .zip or else) as one file."""
    root.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        path = root / entry
        if entry.endswith(".py"):
            path.write_text("\n\n".join(files.values()), encoding="utf-8")
        elif entry.endswith(".zip"):
            with zipfile.ZipFile(path, "w") as bundle:
                for name, text in files.items():
                    bundle.writestr(name, text)
        elif entry.endswith((".txt", ".ipynb")):
            path.write_text("not a submission", encoding="utf-8")
        else:
            path.mkdir()
            for name, text in files.items():
                (path / name).write_text(text, encoding="utf-8")


def names_of(root: Path) -> dict[str, str]:
    """Entry name -> student name."""
    return {entry.path.name: entry.name for entry in class_entries(root)}


def assert_unique(root: Path, entries: list[str]) -> dict[str, str]:
    names = names_of(root)
    assert sorted(names) == sorted(entries)
    folded = [name.casefold() for name in names.values()]
    assert len(set(folded)) == len(entries), sorted(names.values())
    assert not set(folded) & {name.casefold() for name in RESERVED}
    for name in names.values():
        assert re.fullmatch(r"[\w.@+-]+", name) and not name.startswith(tuple(".=+@-")) and len(name.encode()) <= 240
    assert names == names_of(root)  # deterministic
    return names


def test_three_entries_whose_rewritten_names_collide_are_three_students(tmp_path):
    """`a b` and `a_b` clash once made safe and get hash suffixes; the suffix of `a b` is the third entry's name.
    Before, two of them shared one output folder and one grades.csv row: a student's points vanished."""
    third = "a_b-" + hashlib.sha256(b"a b").hexdigest()[:8]
    entries = ["a b", "a_b", third]
    root, out = tmp_path / "class", tmp_path / "out"
    make(root, entries, reference_sources(course=2))
    names = assert_unique(root, entries)
    assert names[third] == third  # a name that needs no rewrite keeps it

    run = report(root, out, "--jobs", "1")
    assert run.returncode == 0, run.stderr
    grades = rows(out)
    assert sorted(row["student"] for row in grades) == sorted(names.values())
    full_marks = points_of(course=2)
    assert [row["total"] for row in grades] == [score_text(full_marks)] * 3
    for name in names.values():
        result = json.loads((out / name / "results.json").read_text("utf-8"))
        assert result["submission"] == name and result["score"] == result["max_score"] == full_marks
    assert "graded 3, reused 0 of 3" in run.stdout


def adversarial_sets() -> dict[str, list[str]]:
    digest = hashlib.sha256(b"index.html").hexdigest()[:8]
    bob = hashlib.sha256(b"Bob").hexdigest()[:8]
    rng = random.Random(20240601)
    alphabet = "aA _-"
    spelled: set[str] = set()
    while len(spelled) < 50:
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        spelled.add(name + rng.choice(["", "", ".py", ".zip"]))
    # and, for one name in five, an entry already named what a hash suffix would make of it
    planted = {safe_name(name) + "-" + hashlib.sha256(name.encode()).hexdigest()[:8] for name in sorted(spelled)[::5]}
    return {
        "case only": ["Bob", "bob", "BOB.py", "bob.zip", f"BOB-{bob}"],
        "output names": ["index.html", f"index.html-{digest}", "INDEX.HTML", "grades.csv.py", "run.json",
                         "gradebook.sqlite-wal", f"index.html-{digest}-2"],
        "long": ["日" * 83 + " ", "日" * 83 + "_", "日" * 83 + "_.py", "é" * 100, "é" * 99 + "e\u0301"],
        "random": sorted(spelled | planted),
    }


@pytest.mark.parametrize("kind", list(adversarial_sets()))
def test_adversarial_entry_names_always_give_one_name_per_entry(tmp_path, kind):
    entries = adversarial_sets()[kind]
    root = tmp_path / "class"
    make(root, entries, {"work.py": "x = 1\n"})
    assert_unique(root, entries)


def test_names_do_not_depend_on_the_order_entries_are_made(tmp_path):
    entries = adversarial_sets()["random"] + adversarial_sets()["case only"]
    make(tmp_path / "one", entries, {"work.py": "x = 1\n"})
    make(tmp_path / "two", list(reversed(entries)), {"work.py": "x = 1\n"})
    assert names_of(tmp_path / "one") == names_of(tmp_path / "two")


def test_every_adversarial_entry_gets_its_row_and_results(tmp_path):
    """All the sets above in one class: one grades.csv row and one results.json per entry, the run exits 0."""
    entries = sorted({entry for entries in adversarial_sets().values() for entry in entries})
    root, out = tmp_path / "class", tmp_path / "out"
    make(root, entries, {"work.py": "x = 1\n"})
    names = assert_unique(root, entries)
    run = report(root, out, "--jobs", "1")
    assert run.returncode == 0, run.stderr
    assert sorted(row["student"] for row in rows(out)) == sorted(names.values())
    for name in names.values():
        assert json.loads((out / name / "results.json").read_text("utf-8"))["submission"] == name
