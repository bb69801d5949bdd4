"""Reads submission files (.py and .ipynb) into ordered chunks of code, without running anything.

Every file is held to caps that no real course file comes near but that bound what reading and
parsing it costs the grader (ast.parse of a megabyte of code takes seconds and hundreds of MB):
a file past one is skipped, with a one-line reason (OverLimit), and the rest of the submission is
graded. The cheap ones are checked before anything is parsed: the size on disk before the file
is read, a notebook's JSON items before the JSON is parsed, code cells, code characters and
lines before any code is parsed. (discover.py holds the caps on statements and on a whole
submission.)
"""

from __future__ import annotations

import io
import json
import os
import re
import tokenize
import warnings
from dataclasses import dataclass
from pathlib import Path

# A .py file on disk (the course's largest module is 15 KB). One past MAX_CODE_CHARS is skipped anyway: this
# spares reading and decoding a huge one.
MAX_PY_BYTES = 1024 * 1024
MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024    # a notebook on disk, saved outputs (images) included
# Items of a notebook's JSON, counted as its commas, colons and opening brackets before it is parsed (those in
# strings count too): parsed, an item costs at most about 90 bytes (a one-character string of a 4-byte character),
# so this bounds a parsed notebook to about 180 MB. A notebook whose outputs are images holds a few thousand; a
# line of saved text output costs one or two.
MAX_NOTEBOOK_ITEMS = 2_000_000
MAX_CODE_CELLS = 1_000                   # code cells in one notebook (course notebooks have about 40)
# Characters of code in one file: a .py file, or a notebook's code cells (before their magics are blanked). Parsing
# costs up to ~0.8 KB a character (100,000: 85 MB) and, for an f-string of placeholders, time that grows as the
# square of its length (100,000: 0.6 s); course notebooks hold about 20,000.
MAX_CODE_CHARS = 100_000
MAX_CODE_LINES = 20_000                  # lines of code in one file (blank ones too)
SUFFIXES = (".py", ".ipynb")
_LINE_MAGIC = re.compile(r"^\s*(?:[%!]|\w+(?:\s*,\s*\w+)*\s*=\s*[%!])")


class UnreadableFile(Exception):
    """A file that cannot be used (the message is one line for the user)."""


class OverLimit(Exception):
    """A file past one of the caps; the message names the cap and the file's size ("it holds 25,001 lines of
    code (the limit is 20,000)")."""


@dataclass(frozen=True)
class Chunk:
    """Code run in order into one module: a whole .py file, or one notebook code cell.

    label: what tracebacks and messages show ("ex.py", "ex.ipynb [cell 7]").
    """

    label: str
    source: str


def byte_limit(path: Path) -> int:
    """The largest a file of this kind may be on disk."""
    return MAX_NOTEBOOK_BYTES if path.suffix == ".ipynb" else MAX_PY_BYTES


def over_byte_limit(path: Path, size: int) -> str | None:
    """Why a file of this size is skipped (the OverLimit message), or None."""
    limit = byte_limit(path)
    if size <= limit:
        return None
    return f"it holds {size:,} bytes (the limit for a {path.suffix} file is {limit:,})"


@dataclass(frozen=True)
class SourceFile:
    """A file's code as chunks, and a notebook's title (its first heading), which tells which assignment it is."""

    chunks: list[Chunk]
    title: str | None = None


def read_chunks(path: Path, relative: str) -> list[Chunk]:
    """The file's code as chunks; raises UnreadableFile or OverLimit with a one-line reason."""
    return read_file(path, relative).chunks


def read_file(path: Path, relative: str) -> SourceFile:
    """The file's code as chunks, and its title if it is a notebook; raises UnreadableFile or OverLimit."""
    if path.suffix == ".ipynb":
        return _notebook_chunks(_notebook_text(_read_bytes(path)), relative)
    raw = _read_bytes(path)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
        text = raw.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        raise UnreadableFile("not UTF-8 text") from None
    del raw
    _check_code([text])
    return SourceFile([Chunk(relative, text)])


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refused (OverLimit) past its kind's cap without reading more than the cap."""
    limit = byte_limit(path)
    try:
        with path.open("rb") as handle:
            reason = over_byte_limit(path, _size(handle))
            if reason:
                raise OverLimit(reason)
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadableFile(exc.strerror or type(exc).__name__) from None
    if len(raw) > limit:  # it grew since, or it is not a regular file
        raise OverLimit(f"it holds more than {limit:,} bytes (the limit for a {path.suffix} file)")
    return raw


def _size(handle) -> int:
    return os.fstat(handle.fileno()).st_size


def _check_code(sources: list[str]) -> None:
    """OverLimit when the file's code (its .py text, or its code cells) has too many characters or lines."""
    characters = sum(map(len, sources))
    if characters > MAX_CODE_CHARS:
        raise OverLimit(f"it holds {characters:,} characters of code (the limit is {MAX_CODE_CHARS:,})")
    lines = sum(map(line_count, sources))
    if lines > MAX_CODE_LINES:
        raise OverLimit(f"it holds {lines:,} lines of code (the limit is {MAX_CODE_LINES:,})")


def line_count(source: str) -> int:
    """How many lines Python numbers in source (as loading.code_lines, without making them)."""
    return source.count("\n") + source.count("\r") - source.count("\r\n") + 1


def _notebook_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("not a notebook (not UTF-8 text)") from None


def _notebook_chunks(text: str, relative: str) -> SourceFile:
    items = sum(text.count(mark) for mark in ",:[{")
    if items > MAX_NOTEBOOK_ITEMS:
        raise OverLimit(f"its JSON holds {items:,} items (commas, colons and opening brackets; "
                        f"the limit is {MAX_NOTEBOOK_ITEMS:,})")
    notebook = _parsed_notebook(text)
    del text
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise UnreadableFile("not a valid notebook (no list of cells)")
    code = [(number, cell) for number, cell in enumerate(cells, start=1)
            if isinstance(cell, dict) and cell.get("cell_type") == "code"]
    if len(code) > MAX_CODE_CELLS:
        raise OverLimit(f"it holds {len(code):,} code cells (the limit is {MAX_CODE_CELLS:,})")
    sources = []
    for number, cell in code:
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(source) if all(isinstance(line, str) for line in source) else None
        if isinstance(source, str):
            sources.append((number, source))
    _check_code([source for _, source in sources])  # before the magics are stripped: that splits every line
    return SourceFile([Chunk(f"{relative} [cell {number}]", strip_magics(source)) for number, source in sources],
                      _title(cells))


MAX_TITLE_CHARS = 200
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>\S.*?)\s*#*\s*$", re.MULTILINE)


def _title(cells: list) -> str | None:
    """The first Markdown heading of the notebook's first cells ("# Optimization Methods"), or None."""
    for cell in cells[:10]:
        if not (isinstance(cell, dict) and cell.get("cell_type") == "markdown"):
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(line for line in source if isinstance(line, str))
        heading = _HEADING.search(source[:10_000]) if isinstance(source, str) else None
        if heading:
            return re.sub(r"[*_`]|<[^>]*>", "", heading.group("text"))[:MAX_TITLE_CHARS].strip() or None
    return None


def _parsed_notebook(text: str):
    """The notebook as format 4 (what Jupyter has written since 2015): its JSON as is, or older formats upgraded.

    Only the code cells' sources are used, and their shape is checked by the caller: reading the JSON
    directly is 25 times faster than nbformat's reader (3.5 ms a notebook on a slow core).
    """
    try:
        notebook = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise UnreadableFile(f"not a valid notebook (not JSON: {_first_line(exc)})") from None
    if not isinstance(notebook, dict):
        raise UnreadableFile("not a valid notebook (not a JSON object)")
    if notebook.get("nbformat") == 4:
        return notebook
    return _upgraded(json.dumps(_code_only(notebook)))  # nbformat copies what it reads: only what holds code


def _upgraded(text: str):
    import nbformat  # imported only for older notebooks: it takes a tenth of a second

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Parse and upgrade to v4 without schema validation (40x faster than with it).
            return nbformat.convert(nbformat.reader.reads(text), 4)
    except Exception as exc:  # nbformat raises JSON, reader and conversion errors of many types
        raise UnreadableFile(f"not a valid notebook ({_first_line(exc)})") from None


_KEPT_CELL_FIELDS = ("cell_type", "input", "source", "level", "language")


def _code_only(notebook: dict) -> dict:
    """An old-format notebook without what grading never reads (outputs, metadata): its version and cells."""
    def cells(value):
        return [{**{key: cell[key] for key in _KEPT_CELL_FIELDS if key in cell}, "outputs": [], "metadata": {}}
                if isinstance(cell, dict) else cell for cell in value] if isinstance(value, list) else value

    kept = {**{key: notebook[key] for key in ("nbformat", "nbformat_minor") if key in notebook}, "metadata": {}}
    if "cells" in notebook:
        kept["cells"] = cells(notebook["cells"])
    if "worksheets" in notebook:
        worksheets = notebook["worksheets"]
        kept["worksheets"] = [{"cells": cells(sheet.get("cells", []))} if isinstance(sheet, dict) else sheet
                              for sheet in worksheets] if isinstance(worksheets, list) else worksheets
    return kept


def strip_magics(source: str) -> str:
    """IPython-only lines (%magic, !shell, x = !cmd) become blank lines; a %%cell magic empties the cell."""
    if source.lstrip().startswith("%%"):
        return "\n" * source.count("\n")
    if "%" not in source and "!" not in source:  # most cells: no line can be a magic
        return source
    return "".join("\n" if _LINE_MAGIC.match(line) else line for line in source.splitlines(keepends=True))


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
