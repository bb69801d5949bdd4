"""Gradescope's autograder zip (`grade release --gradescope`): setup.sh, run_autograder, the grader and its material."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from grader.material.catalog import Material
from grader.material.distribution import source_tree

PROJECT_NAME = "numpy-dl-grader"
# Every entry gets this date (the earliest a zip can hold) and fixed Unix permissions: same material, same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
UNIX = 3  # ZipInfo.create_system: the permissions in external_attr are Unix ones (unzip applies them)
REGULAR_FILE = 0o100000
EXECUTABLE = 0o755
READABLE = 0o644

# Gradescope runs setup.sh once, as root, when it builds the autograder's Docker image (Ubuntu); the zip's contents
# are then in /autograder/source.
SETUP_SH = """\
#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image: it installs the grader and its grading
# material (this folder, /autograder/source) into a virtual environment, and bubblewrap, the sandbox of student
# code. Running it again changes nothing.
set -euo pipefail

ROOT="${AUTOGRADER_ROOT:-/autograder}"
VENV="$ROOT/venv"

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y python3 python3-pip python3-venv bubblewrap

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --disable-pip-version-check "$ROOT/source"

# A material that cannot load fails the image build here, where the instructor sees it, not in every submission.
"$VENV/bin/grade" list > /dev/null
echo "setup.sh: the grader is installed in $VENV"
"""

# Gradescope runs run_autograder (copied to /autograder/run_autograder) for every submission, in /autograder, with
# the student's files in /autograder/submission; it must leave /autograder/results/results.json.
RUN_AUTOGRADER = """\
#!/usr/bin/env bash
# Gradescope runs this for every submission: it grades /autograder/submission with the grading material installed
# by setup.sh and writes Gradescope's /autograder/results/results.json. A results.json is always left, even when the
# grader cannot run (score 0 and a message); what the grader prints goes to Gradescope's log for instructors.
# Environment (all optional): AUTOGRADER_ROOT (default /autograder), GRADE (the grade command, default the one
# setup.sh installed), GRADE_SOLUTIONS (another grading material folder), GRADE_ASSIGNMENT (grade every file as
# this assignment).
set -uo pipefail

ROOT="${AUTOGRADER_ROOT:-/autograder}"
GRADE="${GRADE:-$ROOT/venv/bin/grade}"
PYTHON="${PYTHON:-$ROOT/venv/bin/python}"
RESULTS="$ROOT/results/results.json"

mkdir -p "$ROOT/results"
rm -f "$RESULTS"
cd "$ROOT" || exit 1

args=("$ROOT/submission" --format gradescope --json "$RESULTS" --no-html)
if [ -n "${GRADE_SOLUTIONS:-}" ]; then
    args+=(--solutions "$GRADE_SOLUTIONS")
fi
if [ -n "${GRADE_ASSIGNMENT:-}" ]; then
    args+=(--assignment "$GRADE_ASSIGNMENT")
fi

status=0
"$GRADE" "${args[@]}" || status=$?
echo "run_autograder: grade exited with status $status"

if [ ! -x "$PYTHON" ]; then
    PYTHON="$(command -v python3 || true)"
fi

results_are_valid() {
    [ -s "$RESULTS" ] || return 1
    [ -n "$PYTHON" ] || return 0  # no interpreter to parse it with: a non-empty file written by grade is trusted
    "$PYTHON" -c 'import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if isinstance(data, dict) and ("score" in data or "tests" in data) else 1)' "$RESULTS" 2> /dev/null
}

if ! results_are_valid; then
    echo "run_autograder: grade wrote no valid results.json; writing score 0 with a message"
    message="The autograder could not grade this submission (the grader exited with status $status and wrote"
    message+=" no results). This is not a problem of your code: tell your instructor, who sees why in its log."
    cat > "$RESULTS" <<JSON
{"score": 0, "output": "$message", "visibility": "visible", "stdout_visibility": "hidden", "tests": []}
JSON
fi
exit 0
"""

SCRIPTS = {"setup.sh": SETUP_SH, "run_autograder": RUN_AUTOGRADER}


def bundle_files(material: Material) -> dict[str, bytes]:
    """Name in the zip -> bytes: the two scripts at the root next to a pip-installable source tree of the grader
    with this material as grader_solutions (what Gradescope unpacks into /autograder/source)."""
    files = source_tree(PROJECT_NAME, material.solutions_dir)  # grader/, grader_*/ and pyproject.toml: no clash
    files.update({name: script.encode("utf-8") for name, script in SCRIPTS.items()})
    return dict(sorted(files.items()))


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A deterministic zip of files: sorted names, fixed dates and permissions (the scripts executable), deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = UNIX
            mode = EXECUTABLE if name in SCRIPTS else READABLE
            info.external_attr = (REGULAR_FILE | mode) << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def write_gradescope_bundle(material: Material, target: Path) -> list[str]:
    """Write the Gradescope autograder zip to target, atomically (a temporary file next to it, then renamed);
    return the names it holds, sorted."""
    files = bundle_files(material)
    data = zip_bytes(files)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, READABLE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return list(files)
