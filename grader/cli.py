"""The `grade` command: grade a submission folder, or release the student stubs."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from grader import __version__, report_html, report_terminal, sandbox
from grader.discover import NothingToGrade
from grader.material import MaterialError, load_material
from grader.pipeline import DEFAULT_TIMEOUT, grade_submission
from grader.runner import StudentProcess


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


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__)
def main():
    """Grade NumPy deep-learning assignments.

    \b
    grade SUBMISSION_DIR     grade one student's folder (see `grade check --help`)
    grade release            regenerate the student stubs from the references
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
@click.option("--sandbox", "sandbox_mode", type=click.Choice(sandbox.MODES), default="auto", show_default=True,
              help="auto: the strongest isolation this machine supports; strict: refuse to grade without "
                   "bubblewrap; none: a plain separate process.")
@solutions_option
def check(submission, json_path, html_path, no_html, fail_under, timeout, public_only, sandbox_mode, solutions_dir):
    """Grade SUBMISSION (a folder, or a single .py or .ipynb file) and print a per-exercise summary."""
    try:
        confinement = sandbox.choose(sandbox_mode)
    except sandbox.SandboxUnavailable as reason:
        _fail(str(reason))
    with StudentProcess(confinement) as process:
        process.start()  # the student process starts up while the grading material loads
        material = _material(solutions_dir)
        try:
            result = grade_submission(submission, material, timeout=timeout, public_only=public_only,
                                      process=process)
        except NothingToGrade as reason:
            _fail(str(reason))
    click.echo(report_terminal.render(result, color=sys.stdout.isatty()))
    if json_path:
        _write(json_path, result.to_json(), "results")
    if not no_html:
        target = html_path or (submission if submission.is_dir() else submission.parent) / "feedback.html"
        _write(target, report_html.render(result), "feedback")
    if fail_under is not None and result.percent < fail_under:
        click.echo(f"score {result.percent:.1f}% is below --fail-under {fail_under:g}%")
        sys.exit(1)


@main.command("release")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("assignments"), show_default=True,
              help="Where the student stubs go.")
@click.option("--check", "check_only", is_flag=True, help="Only check that OUT is up to date (exit 1 if not).")
@solutions_option
def release(out_dir, check_only, solutions_dir):
    """Generate the student stubs (and the course helper modules) from the references."""
    from grader.release import differences, write_release  # needs nbformat: imported only here

    material = _material(solutions_dir)
    if check_only:
        problems = differences(material, out_dir)
        for problem in problems:
            click.echo(problem)
        if problems:
            click.echo(f"{out_dir} is out of date: run `grade release --out {out_dir}`")
            sys.exit(1)
        click.echo(f"{out_dir} is up to date")
        return
    written = write_release(material, out_dir)
    click.echo(f"wrote {len(written)} files to {out_dir}" + (f": {', '.join(written)}" if written else ""))


def _material(solutions_dir):
    try:
        return load_material(solutions_dir)
    except MaterialError as problem:
        _fail(f"grading material problem: {problem}")


def _write(path: Path, content: str, what: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        click.echo(f"could not write the {what} to {path}: {exc.strerror or exc}", err=True)
        return
    click.echo(f"{what} written to {path}")


def _fail(message: str):
    click.echo(f"grade: {message}", err=True)
    sys.exit(2)


if __name__ == "__main__":
    main()
