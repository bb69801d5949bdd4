"""A class's entries: one student per entry of the class folder, each with a unique, safe name; their zips extracted."""

from __future__ import annotations

import collections
import hashlib
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from grader.classroom.gradebook import FILENAME as GRADEBOOK
from grader.submission.sources import SUFFIXES

ZIP_MAX_BYTES = 50 * 1024 * 1024
ZIP_MAX_FILES = 2000
RESERVED = {"index.html", "grades.csv", "run.json", GRADEBOOK, GRADEBOOK + "-wal", GRADEBOOK + "-shm",
            GRADEBOOK + "-journal"}
SKIPPED_ENTRIES = {"__MACOSX", "__pycache__"}
FOLDER, FILE, ZIP, OTHER = "folder", "file", "zip", "other"


@dataclass(frozen=True)
class Entry:
    """One student's submission: their (filesystem-safe) name, the entry's path and what kind of entry it is."""

    name: str
    path: Path
    kind: str


class ZipRefused(Exception):
    """A .zip that is not extracted (unreadable, unsafe or too big); the message is one line."""


def class_entries(root: Path, out_dir: Path | None = None) -> list[Entry]:
    """Every entry of root (hidden ones and out_dir excepted) as one student, sorted by name."""
    root = Path(root)
    skip = Path(out_dir).resolve() if out_dir is not None else None
    paths = [path for path in sorted(root.iterdir(), key=lambda p: p.name)
             if not path.name.startswith(".") and path.name not in SKIPPED_ENTRIES and path.resolve() != skip]
    bases = [_base_name(path) for path in paths]
    # Two entries with one name (alice/ and alice.zip) both keep their full entry names.
    repeated = collections.Counter(bases)
    names = [path.name if repeated[base] > 1 else base for path, base in zip(paths, bases)]
    safe = [safe_name(name) for name in names]
    folded = [name.casefold() for name in safe]
    counts = collections.Counter(folded)
    candidates = []
    for path, name, fold in zip(paths, safe, folded):
        if counts[fold] > 1 or fold in RESERVED:  # still clashing once made safe, or an output's name
            name = f"{name}-{hashlib.sha256(os.fsencode(path.name)).hexdigest()[:8]}"
        candidates.append(name)
    unchanged = [candidate == name for candidate, name in zip(candidates, names)]
    final = _unique(candidates, unchanged, [path.name for path in paths])
    return sorted((Entry(name, path, _kind(path)) for name, path in zip(final, paths)), key=lambda entry: entry.name)


def _unique(candidates: list[str], unchanged: list[bool], keys: list[str]) -> list[str]:
    """The candidates made unique (casefolded) and never reserved: a clashing one gets -2, -3, ... appended.

    A name held by one candidate alone stays; in a clash the entry whose name was not rewritten keeps it (the
    others, in entry-name order, take the first suffix no candidate wants), so the same entries give the same names.
    """
    folded = [candidate.casefold() for candidate in candidates]
    counts = collections.Counter(folded)
    reserved = {name.casefold() for name in RESERVED}
    wanted = set(folded) | reserved
    taken: set[str] = set()
    final: list[str | None] = [None] * len(candidates)
    for index, fold in enumerate(folded):
        if counts[fold] == 1 and fold not in reserved:
            final[index] = candidates[index]
            taken.add(fold)
    rest = [index for index, name in enumerate(final) if name is None]
    for index in sorted(rest, key=lambda index: (not unchanged[index], os.fsencode(keys[index]))):
        name, number = candidates[index], 1
        while name.casefold() in taken or name.casefold() in (reserved if number == 1 else wanted):
            number += 1
            name = f"{candidates[index]}-{number}"
        final[index] = name
        taken.add(name.casefold())
    return final


def _base_name(path: Path) -> str:
    return path.name[:-len(path.suffix)] if _kind(path) in (FILE, ZIP) and path.stem else path.name


def _kind(path: Path) -> str:
    if path.is_dir():
        return FOLDER
    if path.is_file() and path.suffix in SUFFIXES:
        return FILE
    if path.is_file() and path.suffix.lower() == ".zip":
        return ZIP
    return OTHER


def safe_name(name: str) -> str:
    """A deterministic folder name: NFC; letters, digits, ._@+- only; no leading dot or formula sign; <= 100 chars
    and 200 bytes."""
    text = re.sub(r"[^\w.@+-]", "_", unicodedata.normalize("NFC", name), flags=re.UNICODE)
    text = re.sub(r"^[.=+@-]", "_", text) or "_"
    if len(text) > 100 or len(text.encode("utf-8")) > 200:  # room for the suffixes below 255 bytes, the usual limit
        text = text[:90]
        while len(text.encode("utf-8")) > 190:
            text = text[:-1]
        text += "-" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return text


def extract_zip(archive: Path, destination: Path) -> None:
    """Extract a zip's .py/.ipynb files safely: no absolute path, '..' or link; size and count caps while streaming."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            if len(members) > ZIP_MAX_FILES:
                raise ZipRefused(f"the zip holds more than {ZIP_MAX_FILES} files")
            total, written = 0, set()
            for info in members:
                name = info.filename.replace("\\", "/")
                parts = PurePosixPath(name).parts
                if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in parts or "\0" in name:
                    raise ZipRefused(f"the zip holds an unsafe path: {name!r}")
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise ZipRefused(f"the zip holds a symbolic link: {name!r}")
                if info.is_dir() or PurePosixPath(name).suffix not in SUFFIXES or name in written \
                        or any(part.startswith(".") or part == "__MACOSX" for part in parts):
                    continue
                written.add(name)
                target = destination.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(info) as source, open(target, "xb") as sink:
                    for block in iter(lambda: source.read(1 << 16), b""):
                        total += len(block)
                        if total > ZIP_MAX_BYTES:
                            raise ZipRefused(f"the zip's files hold more than {ZIP_MAX_BYTES // 2 ** 20} MB")
                        sink.write(block)
    except zipfile.BadZipFile as exc:
        raise ZipRefused(f"not a readable zip file ({exc})") from None
    except (zipfile.LargeZipFile, RuntimeError, NotImplementedError, OSError, EOFError, ValueError,
            zlib.error) as exc:
        raise ZipRefused(f"not a readable zip file ({type(exc).__name__})") from None
