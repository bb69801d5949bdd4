"""Reads submission files (.py and .ipynb) into ordered chunks of code, without running anything."""

from __future__ import annotations

import io
import json
import re
import tokenize
import warnings
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 5 * 1024 * 1024
SUFFIXES = (".py", ".ipynb")
_LINE_MAGIC = re.compile(r"^\s*(?:[%!]|\w+(?:\s*,\s*\w+)*\s*=\s*[%!])")


class UnreadableFile(Exception):
    """A file that cannot be used (the message is one line for the user)."""


@dataclass(frozen=True)
class Chunk:
    """Code run in order into one module: a whole .py file, or one notebook code cell.

    label: what tracebacks and messages show ("ex.py", "ex.ipynb [cell 7]").
    """

    label: str
    source: str


def read_chunks(path: Path, relative: str) -> list[Chunk]:
    """The file's code as chunks; raises UnreadableFile with a one-line reason."""
    raw = _read_bytes(path)
    if path.suffix == ".ipynb":
        return _notebook_chunks(raw, relative)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
        return [Chunk(relative, raw.decode(encoding))]
    except (SyntaxError, UnicodeDecodeError, LookupError):
        raise UnreadableFile("not UTF-8 text") from None


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(exc.strerror or type(exc).__name__) from None
    if len(raw) > MAX_FILE_BYTES:
        raise UnreadableFile(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return raw


def _notebook_chunks(raw: bytes, relative: str) -> list[Chunk]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("not a notebook (not UTF-8 text)") from None
    notebook = _version_4(text)
    if notebook is None:  # older formats, and what is not a notebook at all: nbformat upgrades or explains
        notebook = _read_with_nbformat(text)
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise UnreadableFile("not a valid notebook (no list of cells)")
    chunks = []
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(source)
        if not isinstance(source, str):
            continue
        chunks.append(Chunk(f"{relative} [cell {number}]", strip_magics(source)))
    return chunks


def _version_4(text: str) -> dict | None:
    """The notebook as plain JSON if it is format 4 (what Jupyter has written since 2015), else None.

    Only the code cells' sources are used, and their shape is checked by the caller: reading the JSON
    directly is 25 times faster than nbformat's reader (3.5 ms a notebook on a slow core).
    """
    try:
        notebook = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return notebook if isinstance(notebook, dict) and notebook.get("nbformat") == 4 else None


def _read_with_nbformat(text: str):
    import nbformat  # imported only for older notebooks and errors: it takes a tenth of a second

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Parse and upgrade to v4 without schema validation (40x faster than with it).
            return nbformat.convert(nbformat.reader.reads(text), 4)
    except Exception as exc:  # nbformat raises JSON, reader and conversion errors of many types
        raise UnreadableFile(f"not a valid notebook ({_first_line(exc)})") from None


def code_lines(source: str) -> list[str]:
    """The lines as Python numbers them, without their ends: only a newline, a carriage return or both end a
    line (str.splitlines also splits at form feeds and other separators, shifting every line after one)."""
    return source.replace("\r\n", "\n").replace("\r", "\n").split("\n")


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
