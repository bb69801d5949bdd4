"""Grades a synthetic class with `grade report` and prints submissions per second and peak memory;
then runs some of the same notebooks with nbclient (the engine under nbgrader and Otter) and
prints the ratio, all in one run.

    python benchmarks/class_bench.py --students 100 --jobs 2
    python benchmarks/class_bench.py --students 1000 --jobs 2 --skip-nbclient
    python benchmarks/class_bench.py --memory-curve 50,100,200 --jobs 2 --skip-nbclient
    python benchmarks/class_bench.py --students 1000 --jobs 2 --scheduler local:1 --scheduler local:2

With --scheduler (given once or more) the same class is graded with --jobs J on this machine, then with
`--scheduler ADDRESS` for each address (local:N starts a Dask LocalCluster of N workers inside the run),
each into a fresh folder; the table gives each run's wall time, throughput and overhead against the local
run, and checks that every run wrote the same bytes.

The class is built by benchmarks/make_class.py (about 60 % correct, 30 % with 1-3 wrong functions,
5 % stubs left, 5 % broken) in a temporary folder. `grade report ROOT --out OUT --jobs J` runs cold
as a subprocess (a new Python process, a fresh OUT so no gradebook cache); while it runs, a thread
sums VmRSS over that process and all its descendants every 0.25 s (the peak of that sum is the
process tree's peak), and the process's rusage (os.wait4) gives the largest single process's
ru_maxrss. The nbclient part appends nbgrader-style test cells (one per graded function, calling it
on the same cases as the grader and comparing with the reference's outputs) to a sample of the
notebooks, with the self-check cell (`!grade ... --public-only`) removed, and executes them with a
fresh kernel each, allow_errors=True and a per-cell timeout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_class import ASSIGNMENTS, Student, make_class  # noqa: E402
from nbclient_compare import run_nbclient  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- memory of a process tree

def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0                                   # gone, or a kernel thread


def tree_rss_kib(root: int) -> tuple[int, int]:
    """(sum of VmRSS in KiB, number of processes) of root and all its descendants."""
    children = _children_map()
    total, count, todo = 0, 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kib(pid)
        count += 1
        todo.extend(children.get(pid, ()))
    return total, count


class TreeSampler(threading.Thread):
    """Samples the RSS sum of a process tree every `interval` seconds; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kib, self.peak_processes, self.samples = 0, 0, []
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            total, count = tree_rss_kib(self.pid)
            self.samples.append(total)
            if total > self.peak_kib:
                self.peak_kib = total
            self.peak_processes = max(self.peak_processes, count)
            self.stop.wait(self.interval)


def machine_cpu() -> tuple[float, float, float]:
    """Seconds of (user, system, idle) time of the whole machine so far, all cores (from /proc/stat)."""
    with open("/proc/stat") as stat:
        fields = [int(value) for value in stat.readline().split()[1:8]]
    user, nice, system, idle, iowait, irq, softirq = fields
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice) / tick, (system + irq + softirq) / tick, (idle + iowait) / tick


def run_measured(command: list[str], log: Path) -> dict:
    """Runs command (stdout/stderr to log), returns wall time, exit code, tree peak and largest ru_maxrss."""
    with open(log, "wb") as output:
        before = machine_cpu()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=REPO)
        sampler = TreeSampler(process.pid)
        sampler.start()
        # wait4 gives this child's rusage, whose ru_maxrss covers it and its reaped descendants
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        after = machine_cpu()
        sampler.stop.set()
        sampler.join()
    return {"wall": wall, "returncode": process.returncode, "tree_peak_mib": sampler.peak_kib / 1024,
            "max_processes": sampler.peak_processes, "largest_process_mib": usage.ru_maxrss / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "machine": [end - start for start, end in zip(before, after)]}


# ---------------------------------------------------------------- grading the class

def grade_command() -> list[str]:
    return [sys.executable, "-m", "grader.cli"]


def report_available() -> bool:
    completed = subprocess.run([*grade_command(), "report", "--help"], capture_output=True, cwd=REPO)
    return completed.returncode == 0


def loop_driver(root: Path, out: Path, jobs: int, extra: list[str]) -> None:
    """Stand-in for `grade report` when it is missing: `grade check` per student, `jobs` at a time."""
    out.mkdir(parents=True, exist_ok=True)

    def one(entry: Path):
        target = out / entry.name
        target.mkdir(exist_ok=True)
        subprocess.run([*grade_command(), "check", str(entry), "--no-html", "--json", str(target / "results.json"),
                        *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)

    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, sorted(root.iterdir())))


def grade_class(root: Path, out: Path, jobs: int, extra: list[str], use_loop: bool,
                scheduler: str | None = None) -> dict:
    if use_loop:
        command = [sys.executable, __file__, "--_loop-driver", str(root), str(out), str(jobs), *extra]
    elif scheduler:
        command = [*grade_command(), "report", str(root), "--out", str(out), "--scheduler", scheduler, *extra]
    else:
        command = [*grade_command(), "report", str(root), "--out", str(out), "--jobs", str(jobs), *extra]
    measured = run_measured(command, out.parent / f"{out.name}.log")
    measured["command"] = command
    measured["log"] = out.parent / f"{out.name}.log"
    return measured


def check_results(out: Path, students: list[Student]) -> dict:
    """How many students got a results file, and how the correct ones scored (a sanity check)."""
    found, full_marks, correct = 0, 0, 0
    scores = {}
    for student in students:
        path = out / student.name / "results.json"
        if not path.is_file():
            continue
        found += 1
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        scores[student.name] = data.get("score")
        if student.kind == "correct":
            correct += 1
            full_marks += data.get("score") == data.get("max_score") and not data.get("problems")
    return {"results": found, "correct_students": sum(s.kind == "correct" for s in students),
            "correct_full_marks": full_marks, "csv": (out / "grades.csv").is_file()}


# ---------------------------------------------------------------- main

def mib(value: float) -> str:
    return f"{value:,.0f} MiB"


def one_class(n: int, args, use_loop: bool, scratch: Path, extra: list[str]) -> tuple[dict, list[Student], Path]:
    root = scratch / f"class_{n}"
    started = time.perf_counter()
    students = make_class(root, n, args.seed)
    built = time.perf_counter() - started
    out = scratch / f"out_{n}"
    measured = grade_class(root, out, args.jobs, extra, use_loop)
    measured["build_s"] = built
    measured["check"] = check_results(out, students)
    return measured, students, root


def output_bytes(out: Path) -> dict[str, bytes]:
    """Every graded output of a run (the gradebook and run.json aside)."""
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*"))
            if path.is_file() and not path.name.startswith(("gradebook.sqlite", "run.json"))}


def compare_backends(n: int, args, scratch: Path, extra: list[str]) -> None:
    """One class graded locally and on each scheduler: wall time, throughput, overhead, identical bytes."""
    root = scratch / f"class_{n}"
    students = make_class(root, n, args.seed)
    runs = [(f"--jobs {args.jobs}", None)] + [(f"--scheduler {address}", address) for address in args.scheduler]
    print(f"\n{n} students graded by each backend (cold, a fresh output folder each):")
    print(f"  {'backend':<26}  {'wall s':>8}  {'subm/s':>7}  {'vs local':>9}  {'tree peak':>11}  {'results':>9}  "
          f"same bytes")
    local_wall, local_bytes = None, None
    for number, (label, address) in enumerate(runs):
        out = scratch / f"out_{n}_{number}"
        measured = grade_class(root, out, args.jobs, extra, False, address)
        check = check_results(out, students)
        produced = output_bytes(out)
        if local_wall is None:
            local_wall, local_bytes = measured["wall"], produced
        same = "yes" if produced == local_bytes else \
            f"NO ({sum(local_bytes.get(name) != data for name, data in produced.items())} files differ)"
        print(f"  {label:<26}  {measured['wall']:>8.2f}  {n / measured['wall']:>7.2f}  "
              f"{100 * (measured['wall'] / local_wall - 1):>+8.1f}%  {mib(measured['tree_peak_mib']):>11}  "
              f"{check['results']:>4}/{n:<4}  {same}"
              + ("" if measured["returncode"] == 0 else f"  exit {measured['returncode']}"), flush=True)


def print_grading(n: int, measured: dict, students: list[Student]) -> None:
    kinds = {kind: sum(s.kind == kind for s in students) for kind in ("correct", "buggy", "stub", "broken")}
    check = measured["check"]
    rows = [
        ("class", f"{n} students x 4 notebooks (" + ", ".join(f"{v} {k}" for k, v in kinds.items())
         + f"), built in {measured['build_s']:.2f} s"),
        ("command", " ".join(str(part) for part in measured["command"][1:])),
        ("exit code", str(measured["returncode"])),
        ("wall time", f"{measured['wall']:.2f} s"),
        ("submissions/s", f"{n / measured['wall']:.2f}  ({measured['wall'] / n:.3f} s per student)"),
        ("CPU time (tree)", f"{measured['cpu_s']:.1f} s (processes reaped through the grader; not the sandboxes')"),
        ("CPU, machine", "user {:.1f} s, system {:.1f} s, idle {:.1f} s (all cores, /proc/stat)".format(
            *measured["machine"])),
        ("peak RSS, tree", f"{mib(measured['tree_peak_mib'])} (sum over up to {measured['max_processes']} processes,"
                           " sampled every 0.25 s)"),
        ("peak RSS, 1 proc", f"{mib(measured['largest_process_mib'])} (largest ru_maxrss)"),
        ("results", f"{check['results']}/{n} results.json, grades.csv {'yes' if check['csv'] else 'no'}; "
                    f"correct students at full marks: {check['correct_full_marks']}/{check['correct_students']}"),
        ("1000 extrapolated", f"{1000 * measured['wall'] / n:.0f} s (target: < 60 s)"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")
    if measured["returncode"] != 0:
        print(f"  (the grader exited {measured['returncode']}; last lines of {measured['log']}:)")
        lines = Path(measured["log"]).read_text(errors="replace").splitlines()[-8:]
        print("\n".join("    " + line for line in lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-nbclient", action="store_true")
    parser.add_argument("--nbclient-sample", type=int, default=20, metavar="K",
                        help="notebooks executed with nbclient (default 20 = 5 students x 4)")
    parser.add_argument("--cell-timeout", type=float, default=30.0, help="nbclient per-cell timeout (s)")
    parser.add_argument("--memory-curve", nargs="?", const="50,100,200", metavar="N1,N2,...",
                        help="grade classes of these sizes (default 50,100,200) and print peak memory for each")
    parser.add_argument("--timeout", type=float, help="passed to grade report --timeout")
    parser.add_argument("--sandbox", choices=("auto", "strict", "none"), help="passed to grade report --sandbox")
    parser.add_argument("--loop", action="store_true",
                        help="grade with `grade check` per student instead of `grade report` (used anyway "
                             "when `grade report` is missing)")
    parser.add_argument("--keep", type=Path, help="build and grade in this folder and keep it")
    parser.add_argument("--scheduler", action="append", metavar="ADDRESS",
                        help="also grade on this Dask scheduler (local:N: a local cluster of N workers); repeatable")
    parser.add_argument("--_loop-driver", nargs=3, help=argparse.SUPPRESS)
    args, extra = parser.parse_known_args()
    if args._loop_driver:
        root, out, jobs = args._loop_driver
        loop_driver(Path(root), Path(out), int(jobs), extra)
        return
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    grade_extra = []
    if args.timeout is not None:
        grade_extra += ["--timeout", str(args.timeout)]
    if args.sandbox:
        grade_extra += ["--sandbox", args.sandbox]
    use_loop = args.loop or not report_available()
    engine = "a loop of `grade check` (grade report is missing)" if use_loop and not args.loop else (
        "a loop of `grade check`" if use_loop else "`grade report`")

    with contextlib.ExitStack() as stack:
        if args.keep:
            scratch = args.keep
            scratch.mkdir(parents=True, exist_ok=True)
        else:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="class_bench_")))
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} "
              f"(other work on the machine makes these numbers noisy); grading with {engine}, "
              f"--jobs {args.jobs}")

        if args.memory_curve:
            sizes = [int(size) for size in args.memory_curve.split(",")]
            print(f"\nmemory curve (grading only; sandbox {args.sandbox or 'auto'}):")
            print(f"  {'students':>8}  {'wall s':>8}  {'subm/s':>7}  {'tree peak':>11}  {'1-proc peak':>11}  "
                  f"{'max procs':>9}  {'results':>9}")
            for n in sizes:
                measured, _, _ = one_class(n, args, use_loop, scratch, grade_extra)
                print(f"  {n:>8}  {measured['wall']:>8.2f}  {n / measured['wall']:>7.2f}  "
                      f"{mib(measured['tree_peak_mib']):>11}  {mib(measured['largest_process_mib']):>11}  "
                      f"{measured['max_processes']:>9}  {measured['check']['results']:>4}/{n:<4}"
                      + ("" if measured["returncode"] == 0 else f"  exit {measured['returncode']}"), flush=True)
            return

        n = args.students
        if args.scheduler:
            compare_backends(n, args, scratch, grade_extra)
            return
        measured, students, root = one_class(n, args, use_loop, scratch, grade_extra)
        print("\ngrading (cold, whole process):")
        print_grading(n, measured, students)

        if args.skip_nbclient:
            return
        print(f"\nnbclient ({args.nbclient_sample} notebooks, a fresh kernel each, test cells appended, "
              f"cell timeout {args.cell_timeout:g} s) ...", flush=True)
        nb = run_nbclient(root, students, args.nbclient_sample, args.cell_timeout, scratch / "nbclient")
        per_notebook = statistics.mean(nb["times"]) if nb["times"] else float("nan")
        per_student_nb = per_notebook * len(ASSIGNMENTS)
        per_student_grader = measured["wall"] / n
        rows = [
            ("sample", f"{nb['notebooks']} notebooks of {nb['students']} students ({', '.join(nb['kinds'])}); "
                       f"{nb['with_errors']} with a failing cell, {nb['timeouts']} cell timeouts"),
            ("per notebook", f"mean {per_notebook:.2f} s, median {statistics.median(nb['times']):.2f} s, "
                             f"min {min(nb['times']):.2f} s, max {max(nb['times']):.2f} s (sequential)"),
            ("per student", f"nbclient {per_student_nb:.2f} s (4 notebooks, one at a time) vs grader "
                            f"{per_student_grader:.3f} s (wall / students at --jobs {args.jobs})"),
            ("ratio", f"{per_student_nb / per_student_grader:.1f}x (nbclient s per student / grader s per student)"),
            ("same cores", f"{per_student_nb / (per_student_grader * args.jobs):.1f}x if nbclient also ran "
                           f"{args.jobs} notebooks at once with perfect scaling"),
        ]
        width = max(len(label) for label, _ in rows)
        for label, value in rows:
            print(f"  {label:<{width}}  {value}")


if __name__ == "__main__":
    main()
