"""The `grade` command: grade a submission folder, or release the student stubs."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from grader import __version__
from grader.material.catalog import MaterialError, default_solutions_dir, load_material
from grader.pipeline import DEFAULT_TIMEOUT, grade_submission
from grader.reports import exports, feedback, terminal
from grader.sandbox import capabilities, levels
from grader.sandbox.runner import StudentProcess
from grader.submission.discover import NothingToGrade


class DefaultCommandGroup(click.Group):
    """A group whose first argument, when it names no subcommand, is handed to the default command."""

    default_command = "check"

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


solutions_option = click.option("--solutions", "solutions_dir", type=click.Path(path_type=Path),
                                envvar="GRADE_SOLUTIONS", default=None,
                                help="Grading material folder (default: the one installed with the grader).")
assignment_option = click.option("--assignment", default=None, metavar="NAME",
                                 help="Grade every file as this assignment (`grade list` names them); by default "
                                      "each file is graded as the assignment it is recognised as.")


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__)
def main():
    """Grade NumPy deep-learning assignments.

    \b
    grade SUBMISSION              grade one student's folder (see `grade check --help`)
    grade report ROOT --out DIR   grade a class: one submission per entry of ROOT
    grade list                    the assignments, their exercises and points
    grade release                 regenerate the student stubs; --kit DIR: the student kit;
                                  --gradescope ZIP: a Gradescope autograder
    grade new NAME                write the skeleton of a new assignment
    grade audit                   check the grading material (mutation analysis included)

    A folder named like a command is graded with `grade ./release`.
    """


@main.command("check")
@click.argument("submission", type=click.Path(path_type=Path))
@click.option("--json", "json_path", type=click.Path(path_type=Path), help="Write the results JSON here.")
@click.option("--html", "html_path", type=click.Path(path_type=Path),
              help="Write the HTML feedback here (default: SUBMISSION/feedback.html).")
@click.option("--no-html", is_flag=True, help="Do not write the HTML feedback.")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Exit with 1 when the score is below this percent.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds each call of a student's function may take.")
@click.option("--public-only", is_flag=True, help="Run the public cases only (a self-check before handing in).")
@click.option("--sandbox", "sandbox_mode", type=click.Choice(levels.MODES), default="auto", show_default=True,
              help="auto: the strongest isolation this machine supports; strict: refuse to grade without "
                   "bubblewrap; a level's name (bubblewrap, landlock, seccomp, process, none): exactly that "
                   "level, or exit 2 where it does not work.")
@click.option("--format", "output_format", type=click.Choice(["text", "gradescope"]), default="text",
              show_default=True, help="gradescope: the JSON (--json, default ./results.json) is Gradescope's "
                                      "results.json, so this runs as a Gradescope autograder.")
@click.option("--kit", "kit_dir", type=click.Path(path_type=Path), default=None,
              help="Check against a student kit (`grade release --kit`): its public cases only, no material needed.")
@assignment_option
@solutions_option
def check(submission, json_path, html_path, no_html, fail_under, timeout, public_only, sandbox_mode, output_format,
          kit_dir, assignment, solutions_dir):
    """Grade SUBMISSION (a folder, or a single .py or .ipynb file) and print a per-exercise summary."""
    if kit_dir is not None and solutions_dir is not None and "--solutions" in sys.argv:
        _fail("--kit and --solutions name two sources of grading material: give one")
    public_only = public_only or kit_dir is not None  # a kit holds the public cases only
    gradescope = output_format == "gradescope"
    if gradescope and json_path is None:
        json_path = Path("results.json")
    try:
        confinement = levels.choose(sandbox_mode)
    except levels.SandboxUnavailable as reason:
        _fail(str(reason))
    capabilities.not_dumpable()  # the verdict is written here: student code must not reach its memory
    with StudentProcess(confinement, hidden=() if kit_dir is not None else _hidden(solutions_dir)) as process:
        try:
            process.start()  # the student process starts up while the grading material loads
        except levels.SandboxUnavailable as reason:  # a file view that would show the material
            _fail(str(reason))
        material = _kit_material(kit_dir, assignment) if kit_dir is not None else _material(solutions_dir, assignment)
        try:
            result = grade_submission(submission, material, timeout=timeout, public_only=public_only,
                                      process=process, assignment=assignment)
        except NothingToGrade as reason:
            if gradescope:  # Gradescope still needs its results.json: score 0 and the reason
                from grader.classroom.run import unsubmitted
                empty = unsubmitted(material, str(submission), str(reason), confinement.level, assignment)
                _write(json_path, exports.gradescope_json(empty), "Gradescope results")
            _fail(str(reason))
        except levels.SandboxUnavailable as reason:  # a file view that would show the material
            _fail(str(reason))
    click.echo(terminal.render(result, color=sys.stdout.isatty()))
    if json_path:
        if gradescope:
            _write(json_path, exports.gradescope_json(result), "Gradescope results")
        else:
            _write(json_path, result.to_json(), "results")
    if not no_html:
        target = html_path or (submission if submission.is_dir() else submission.parent) / "feedback.html"
        _write(target, feedback.render(result), "feedback")
    if fail_under is not None and result.percent < fail_under:
        click.echo(f"score {result.percent:.1f}% is below --fail-under {fail_under:g}%")
        sys.exit(1)


@main.command("report")
@click.argument("root", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True,
              help="Output folder: gradebook, index.html, grades.csv, one folder per student.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Students graded at once (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds each call of a student's function may take.")
@click.option("--sandbox", "sandbox_mode", type=click.Choice(levels.MODES), default="auto", show_default=True,
              help="Isolation of student code, as for a single submission (with --scheduler: on each worker).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Grade on a Dask distributed cluster: its scheduler's address (tcp://host:8786), or local:N for "
                   "a local cluster of N worker processes. Needs pip install '.[cluster]'.")
@assignment_option
@solutions_option
def report(root, out_dir, jobs, timeout, sandbox_mode, scheduler, assignment, solutions_dir):
    """Grade a class: every entry of ROOT (a folder, a .py or .ipynb file, or a .zip) is one student."""
    from grader.classroom.cluster import Cluster, ClusterUnavailable
    from grader.classroom.gradebook import GradebookError
    from grader.classroom.run import NoSubmissions, RunInterrupted, grade_class

    _note_shadowed("report")
    if not root.is_dir():
        _fail(f"no such folder: {root}")
    if out_dir.resolve() == root.resolve():
        _fail("--out must be another folder than the submissions folder")
    if scheduler is not None and jobs is not None:
        _fail("--jobs does not apply with --scheduler: each worker grades one student per thread")
    jobs = jobs or os.cpu_count() or 1
    progress = _Progress(sys.stdout.isatty())
    previous = signal.signal(signal.SIGTERM, _interrupt)
    capabilities.not_dumpable()  # the verdict is written here: student code must not reach its memory
    cluster = None
    try:
        material = _material(solutions_dir, assignment)
        if scheduler is None:
            confinement = levels.choose(sandbox_mode)
        else:  # student code runs on the workers only: each chooses its own level in this mode; they are given
            # the material folder only when one was named
            confinement = None
            solutions = str(Path(solutions_dir).resolve()) if solutions_dir is not None else None
            cluster = Cluster(scheduler, material, sandbox_mode, timeout, assignment, solutions, notes=progress.note)
        summary = grade_class(root, out_dir, material, confinement, timeout, jobs, progress, assignment, cluster)
    except levels.SandboxUnavailable as reason:
        _fail(str(reason))
    except (GradebookError, NoSubmissions) as problem:
        _fail(str(problem))
    except ClusterUnavailable as problem:
        progress.end()
        _fail(str(problem))
    except OSError as exc:
        _fail(f"cannot write to {out_dir}: {exc.strerror or exc}")
    except (RunInterrupted, KeyboardInterrupt) as stop:
        progress.end()
        stored = f"; {stop.stored} students graded in this run are kept" if isinstance(stop, RunInterrupted) else ""
        click.echo(f"grade: interrupted{stored}; run the same command again to finish", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if cluster is not None:
            cluster.close()
    progress.end()
    click.echo(f"graded {summary.graded}, reused {summary.reused} of {summary.students} students "
               f"in {summary.seconds:.1f} s (isolation: {summary.isolation}); "
               f"wrote {out_dir / 'index.html'} and {out_dir / 'grades.csv'}")


class _Progress:
    """A progress bar on a terminal, one plain line per student otherwise."""

    WIDTH = 30

    def __init__(self, terminal: bool):
        self.terminal = terminal
        self.drawn = False

    def start(self, to_grade: int, reused: int) -> None:
        click.echo(f"{to_grade} submissions to grade, {reused} unchanged (reused from the gradebook)")

    def step(self, done: int, total: int, name: str, result) -> None:
        score = f"{exports.number(result.score)}/{exports.number(result.max_score)}"
        if not self.terminal:
            click.echo(f"[{done}/{total}] {name}: {score}")
            return
        filled = self.WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        click.echo(f"\r\x1b[K[{bar}] {done}/{total} {name[:40]}: {score}", nl=False)
        self.drawn = True

    def note(self, text: str) -> None:
        """A line about the run (a cluster's worker accepted or excluded), between the bar's updates."""
        self.end()
        click.echo(f"grade: {text}", err=True)

    def end(self) -> None:
        if self.drawn:
            click.echo("")
            self.drawn = False


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@main.command("release")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Where the student stubs go (default: assignments; not written when only --kit or --gradescope "
                   "is given).")
@click.option("--check", "check_only", is_flag=True, help="Only check that OUT is up to date (exit 1 if not).")
@click.option("--kit", "kit_dir", type=click.Path(path_type=Path), default=None,
              help="Write the student kit here: the stubs, the helpers and the public cases with their expected "
                   "outputs, for `grade NOTEBOOK --kit DIR` (no reference, no hidden case, no known mistake's code).")
@click.option("--gradescope", "bundle", type=click.Path(path_type=Path), default=None,
              help="Write a Gradescope autograder zip here (setup.sh, run_autograder, the grader and the material).")
@click.option("--force", is_flag=True, help="Overwrite files that `grade release` did not write (student work).")
@solutions_option
def release(out_dir, check_only, kit_dir, bundle, force, solutions_dir):
    """Generate the student stubs (and the course helper modules) from the references; or the student kit, or the
    Gradescope autograder bundle."""
    from grader.material.release import ReleaseRefused, differences, write_release  # needs nbformat

    _note_shadowed("release")
    material = _material(solutions_dir)
    if out_dir is None and kit_dir is None and bundle is None:
        out_dir = Path("assignments")
    if check_only:
        problems = differences(material, out_dir or Path("assignments"))
        for problem in problems:
            click.echo(problem)
        if problems:
            click.echo(f"{out_dir} is out of date: run `grade release --out {out_dir}`")
            sys.exit(1)
        click.echo(f"{out_dir} is up to date")
        return
    try:
        if out_dir is not None:
            written = write_release(material, out_dir, force=force)
            click.echo(f"wrote {len(written)} files to {out_dir}" + (f": {', '.join(written)}" if written else ""))
        if kit_dir is not None:
            from grader.material.kit import write_kit
            written = write_kit(material, kit_dir, force=force)
            click.echo(f"wrote the student kit to {kit_dir} ({len(written)} files changed); students check their "
                       f"work with `grade NOTEBOOK --kit {kit_dir}`")
        if bundle is not None:
            from grader.authoring.gradescope_bundle import write_gradescope_bundle
            names = write_gradescope_bundle(material, bundle)
            click.echo(f"wrote the Gradescope autograder {bundle} ({len(names)} files): upload it as the "
                       f"assignment's autograder")
    except ReleaseRefused as refused:
        _fail(str(refused))
    except OSError as exc:
        _fail(f"cannot write the release: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))


@main.command("new")
@click.argument("name")
@click.option("--solutions", "solutions_dir", type=click.Path(path_type=Path), envvar="GRADE_SOLUTIONS",
              default=Path("solutions"), show_default=True, help="The grading material folder to add it to.")
def new(name, solutions_dir):
    """Write the skeleton of a new assignment NAME (reference, cases, a known mistake) that `grade audit` accepts."""
    from grader.authoring.skeleton import SkeletonError, write_skeleton

    _note_shadowed("new")
    try:
        written = write_skeleton(solutions_dir, name)
    except SkeletonError as problem:
        _fail(str(problem))
    except OSError as exc:
        _fail(f"cannot write to {solutions_dir}: {exc.strerror or exc}")
    click.echo(f"wrote {', '.join(str(path) for path in written)}")
    click.echo(f"next: fill in {solutions_dir / name / 'reference.py'} and its cases, then "
               f"`grade audit --solutions {solutions_dir}`")


@main.command("audit")
@click.option("--no-mutants", is_flag=True, help="Skip the mutation analysis (the other checks still run).")
@click.option("--min-kill", type=click.FloatRange(0, 100), default=95, show_default=True,
              help="The least share (percent) of an exercise's non-equivalent mutants its hidden cases must kill.")
@click.option("--survivors", is_flag=True, help="List every surviving mutant, not only those of failing exercises.")
@assignment_option
@solutions_option
def audit(no_mutants, min_kill, survivors, assignment, solutions_dir):
    """Check the grading material: references, stubs, known mistakes, names, helpers, and how many mutants of each
    reference its hidden and public cases kill. Exit 1 on any problem."""
    from grader.authoring.audit import run_audit

    _note_shadowed("audit")
    try:
        confinement = levels.choose("auto")
    except levels.SandboxUnavailable as reason:
        _fail(str(reason))
    capabilities.not_dumpable()
    ok = run_audit(solutions_dir, confinement, assignment=assignment, mutants=not no_mutants,
                   min_kill=min_kill / 100, all_survivors=survivors, echo=click.echo)
    sys.exit(0 if ok else 1)


def _note_shadowed(command: str) -> None:
    """A folder named like the command is here: say how to grade it instead (`grade ./release`)."""
    if Path(command).is_dir():
        click.echo(f"(running `grade {command}`; to grade the folder {command}/, run `grade ./{command}`)", err=True)


def _kit_material(kit_dir: Path, assignment: str | None):
    from grader.material.kit import load_kit

    try:
        material = load_kit(kit_dir)
    except MaterialError as problem:
        _fail(f"student kit problem: {problem}")
    return _named(material, assignment)


def _material(solutions_dir, assignment: str | None = None):
    try:
        material = load_material(solutions_dir)
    except MaterialError as problem:
        _fail(f"grading material problem: {problem}")
    return _named(material, assignment)


def _named(material, assignment: str | None):
    if assignment is not None and material.assignment(assignment) is None:
        _fail(f"no assignment named {assignment!r}; `grade list` shows them: "
              + ", ".join(item.name for item in material.assignments))
    return material


@main.command("list")
@solutions_option
def list_assignments(solutions_dir):
    """The assignments of the grading material, in course order: name, title, exercises and points."""
    _note_shadowed("list")
    material = _material(solutions_dir)
    for assignment in material.assignments:
        graded = material.exercises_of(assignment)
        where = f"course {assignment.course}, week {assignment.week}" if assignment.course is not None else "own"
        total = sum(item.exercise.points for item in graded)
        click.echo(f"{assignment.name}  {assignment.title}  ({where}; {len(graded)} exercises, "
                   f"{exports.number(total)} points)")
        width = max(len(item.exercise.name) for item in graded)
        for item in graded:
            older = f"  (also {', '.join(item.exercise.aliases)})" if item.exercise.aliases else ""
            click.echo(f"  {item.exercise.name.ljust(width)}  {exports.number(item.exercise.points)}{older}")


def _write(path: Path, content: str, what: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        click.echo(f"could not write the {what} to {path}: {exc.strerror or exc}", err=True)
        return
    click.echo(f"{what} written to {path}")


def _hidden(solutions_dir: Path | None) -> tuple[str, ...]:
    """The grading material's folder, which no student process may see (known before the material loads)."""
    return (str(Path(solutions_dir or default_solutions_dir()).resolve()),)


def _fail(message: str):
    click.echo(f"grade: {message}", err=True)
    sys.exit(2)


if __name__ == "__main__":
    main()
