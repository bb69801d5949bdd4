"""Evidence for the HTML report: the student's graded code and a picture of where arrays differ."""

from __future__ import annotations

import numpy as np

from grader.judging.compare import Mismatch
from grader.judging.results import CodeExcerpt, DifferencePicture
from grader.sandbox.loading import code_lines
from grader.submission.discover import Definition
from grader.submission.sources import Chunk

MAX_ROWS, MAX_COLUMNS = 24, 48
MAX_CODE_LINES = 80


def code_excerpt(definition: Definition, chunks: list[Chunk]) -> CodeExcerpt | None:
    """The lines of the graded definition (up to the end of its chunk when it does not parse)."""
    if not 0 <= definition.chunk < len(chunks):
        return None
    lines = code_lines(chunks[definition.chunk].source)
    end = definition.end_line or len(lines)
    return CodeExcerpt(definition.label, definition.line, lines[definition.line - 1:end][:MAX_CODE_LINES])


def difference_picture(mismatches: list[Mismatch]) -> DifferencePicture | None:
    """|got - expected| of the first array with wrong values, scaled to 0..1 and cut to a small grid."""
    mismatch = next((m for m in mismatches if m.magnitude is not None and m.magnitude.size > 1), None)
    if mismatch is None:
        return None
    magnitude = mismatch.magnitude
    grid = magnitude.reshape(1, -1) if magnitude.ndim < 2 else magnitude.reshape(magnitude.shape[0], -1)
    grid = np.nan_to_num(grid[:MAX_ROWS, :MAX_COLUMNS], nan=np.inf)
    finite = grid[np.isfinite(grid)]
    largest = float(finite.max()) if finite.size else 0.0
    scaled = np.where(np.isfinite(grid), grid / largest if largest > 0 else 0.0, 1.0)
    return DifferencePicture(mismatch.where, tuple(int(n) for n in magnitude.shape), round(largest, 6),
                             [[round(float(value), 3) for value in row] for row in scaled])
