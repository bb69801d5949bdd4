"""Prints how long `grade` takes on the reference submission and on the stubs (cold, whole process)."""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def time_command(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if completed.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{completed.stderr}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    grade = shutil.which("grade") or sys.exit("install the project first: pip install .")
    for label, target in [("reference submission (solutions/)", REPO / "solutions"),
                          ("stubs (assignments/)", REPO / "assignments")]:
        times = time_command([grade, str(target), "--no-html"], args.runs)
        print(f"grade {label}: median {statistics.median(times):.3f} s, "
              f"min {min(times):.3f} s, max {max(times):.3f} s over {args.runs} cold runs")


if __name__ == "__main__":
    main()
