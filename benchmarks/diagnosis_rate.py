"""Prints how many of the corpus's realistic mistakes (tests/diagnosis/) get a message or misconception that names
their cause, which lose points, and which correct rewrites get full marks.

    python benchmarks/diagnosis_rate.py [--list]

Each file is graded alone as its assignment (grader.pipeline.grade_submission, the isolation level of this
machine). --list prints each mistake whose cause is not named, with its first failing message.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from diagnosis_corpus import entries, named  # noqa: E402
from grader.material.catalog import load_material  # noqa: E402
from grader.pipeline import grade_submission  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    material = load_material(REPO / "solutions")
    mistakes, correct, unnamed, kinds, named_kinds = 0, 0, [], Counter(), Counter()
    lost = full = 0
    with tempfile.TemporaryDirectory() as scratch:
        for number, entry in enumerate(entries()):
            folder = Path(scratch) / str(number)
            folder.mkdir()
            shutil.copy(entry.path, folder / entry.path.name)
            result = grade_submission(folder, material, timeout=5.0, assignment=entry.assignment)
            exercise = next(item for item in result.exercises if item.id == entry.exercise)
            if entry.correct:
                correct += 1
                full += exercise.score == exercise.max_score
                continue
            mistakes += 1
            kinds[entry.kind] += 1
            lost += exercise.score < exercise.max_score
            if named(entry, exercise):
                named_kinds[entry.kind] += 1
            else:
                first = next((case.message.split("\n", 1)[0] for case in exercise.cases if case.status != "passed"), "")
                unnamed.append((entry.label, entry.summary, first[:160]))
    share = sum(named_kinds.values()) / mistakes if mistakes else 0.0
    print(f"mistakes: {mistakes}, losing points: {lost}; cause named: {sum(named_kinds.values())} ({share:.0%})")
    print("by kind: " + ", ".join(f"{kind} {named_kinds[kind]}/{count}" for kind, count in sorted(kinds.items())))
    print(f"correct rewrites: {correct}, full marks: {full}")
    if args.list:
        for label, summary, first in unnamed:
            print(f"- {label}: {summary}\n    {first}")


if __name__ == "__main__":
    main()
