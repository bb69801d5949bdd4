"""The corpus of realistic mistakes and correct rewrites (tests/diagnosis/<assignment>/<exercise>/*.py), written for
issue 15: each mistake says in its docstring what a message that names its cause contains (`names-the-cause:`)."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "diagnosis"


@dataclass(frozen=True)
class Entry:
    path: Path
    assignment: str
    exercise: str
    summary: str
    kind: str | None                    # None for a correct rewrite
    misconceptions: tuple[str, ...]     # ids, any of which names the cause
    phrases: tuple[str, ...]            # phrases, any of which names the cause

    @property
    def correct(self) -> bool:
        return self.path.stem.startswith("correct_")

    @property
    def label(self) -> str:
        return f"{self.assignment}/{self.exercise}/{self.path.stem}"


def entries() -> list[Entry]:
    found = []
    for path in sorted(CORPUS.glob("*/*/*.py")):
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        kind = re.search(r"^kind:\s*(\S+)", docstring, re.MULTILINE)
        items = re.findall(r"^-\s*(misconception|phrase):\s*(.+?)\s*$", docstring, re.MULTILINE)
        found.append(Entry(path, path.parent.parent.name, path.parent.name, docstring.split("\n", 1)[0],
                           kind.group(1) if kind else None,
                           tuple(value for what, value in items if what == "misconception"),
                           tuple(value for what, value in items if what == "phrase")))
    return found


def named(entry: Entry, exercise) -> bool:
    """Whether the exercise's result names the entry's cause: one of its misconceptions is listed, or one of its
    phrases is in a case message, a note, or a listed misconception's explanation."""
    if any(item.id in entry.misconceptions for item in exercise.misconceptions):
        return True
    texts = [case.message for case in exercise.cases] + list(exercise.notes) + \
        [item.lead() for item in exercise.misconceptions]
    return any(_normal(phrase) in _normal(text) for phrase in entry.phrases for text in texts)


def _normal(text: str) -> str:
    """Spacing and quotes as the grader writes them: `v['dW1']` and `v["dW1"]` alike, `1 - x` and `1 − x` alike."""
    return re.sub(r"\s+", " ", text.replace('"', "'").replace("−", "-")).strip().lower()
