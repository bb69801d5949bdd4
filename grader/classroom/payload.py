"""A student's entry as plain data for a worker that does not share the class folder, and back into files.

The client lists the entry's files as discovery would (the same candidates, the same caps) and sends the bytes of
those discovery reads: a file it would skip for its size travels as its size (a sparse file of that size on the
worker says the same), one linking outside as a mark (a link outside on the worker), a zip as its extracted
source files. The worker writes them into a scratch folder and grades that, so both give the same result.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePosixPath

from grader.classroom.entries import FILE, FOLDER, OTHER, ZIP, Entry, ZipRefused, extract_zip
from grader.submission.discover import OUTSIDE, Listing, admitted, candidate_files

ZIP_FOLDER = "zip"   # where a zip's files go on the worker (locally a temporary folder: its name shows nowhere)


def entry_payload(entry: Entry) -> dict:
    """{name, kind, label: the entry's name in the class folder, files, more} or, for a zip that is not extracted,
    {..., refused: why}. files: [relative path, bytes | size | None (links outside)] in discovery's order;
    more: [the first file past the cap on files, how many there are] or None."""
    payload = {"name": entry.name, "kind": entry.kind, "label": entry.path.name, "files": [], "more": None}
    if entry.kind == OTHER:
        return payload
    if entry.kind != ZIP:
        return {**payload, **_files(entry.path)}
    with tempfile.TemporaryDirectory(prefix="grade-zip-") as scratch:
        try:
            extract_zip(entry.path, Path(scratch))
        except ZipRefused as reason:
            return {**payload, "refused": str(reason)}
        return {**payload, **_files(Path(scratch))}


def _files(submission: Path) -> dict:
    listing = candidate_files(submission)
    root = submission if submission.is_dir() else submission.parent
    files = []
    for path, relative, size, refused in admitted(listing.paths, root):
        if refused is None:
            files.append([relative, _read(path, size)])
        else:
            files.append([relative, None if refused[0] == OUTSIDE else size])
    more = [listing.first_more.relative_to(root).as_posix(), listing.more] if listing.more else None
    return {"files": files, "more": more}


def _read(path: Path, size: int) -> bytes:
    """The file's first size bytes (its size when it was admitted); empty if it cannot be read."""
    try:
        with open(path, "rb") as file:
            return file.read(size)
    except OSError:
        return b""


def write_payload(payload: dict, scratch: Path) -> tuple[Path, Listing]:
    """Write a payload's files under scratch: the path to grade and its files as the client listed them."""
    kind, label = payload["kind"], payload["label"]
    if kind == FILE:
        root, submission = scratch, scratch / _safe(label)
    elif kind in (FOLDER, ZIP):
        root = submission = scratch / (_safe(label) if kind == FOLDER else ZIP_FOLDER)
        submission.mkdir()
    else:
        raise ValueError(f"a payload of kind {kind!r} holds no files")
    paths = []
    for relative, content in payload["files"]:
        target = root.joinpath(*_safe(relative).split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            os.symlink(os.devnull, target)  # outside the submission, as the original's target was
        elif isinstance(content, int):
            with open(target, "wb") as file:
                file.truncate(content)  # sparse: the size discovery refuses, without the bytes
        else:
            target.write_bytes(content)
        paths.append(target)
    more = payload.get("more")
    return submission, Listing(paths, root.joinpath(*_safe(more[0]).split("/")) if more else None,
                               more[1] if more else 0)


def _safe(relative: str) -> str:
    """A relative path that stays where it is written (raises ValueError for one that would not)."""
    parts = PurePosixPath(relative).parts
    if not parts or relative.startswith("/") or any(part in ("..", ".", "") for part in parts) or "\0" in relative:
        raise ValueError(f"not a relative path inside the submission: {relative!r}")
    return relative
