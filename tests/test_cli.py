"""The `grade` command as users run it: exit codes, one-line errors, JSON and HTML outputs."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ASSIGNMENTS, SOLUTIONS, reference_sources

GRADE = [sys.executable, "-m", "grader.cli"]


def run(*args, cwd=None):
    return subprocess.run([*GRADE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_grading_the_solutions_prints_the_table_and_writes_json_and_html(tmp_path):
    out = run(SOLUTIONS, "--json", tmp_path / "r.json", "--html", tmp_path / "f.html")
    assert out.returncode == 0, out.stderr
    assert "update_parameters_with_adam" in out.stdout and "(100.0%)" in out.stdout
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["schema"] == 1 and data["score"] == data["max_score"]
    assert set(data) >= {"schema", "submission", "score", "max_score", "exercises"}
    exercise = data["exercises"][0]
    assert set(exercise) >= {"id", "assignment", "status", "score", "max_score", "cases", "misconceptions"}
    assert set(exercise["cases"][0]) >= {"id", "visibility", "status", "message"}
    html = (tmp_path / "f.html").read_text()
    assert "<html" in html and "initialize_parameters_he" in html
    assert out.stderr == ""


def test_results_are_byte_identical_across_runs(tmp_path):
    sources = reference_sources()
    sources["optimization.py"] += "\ndef update_lr(learning_rate0, epoch_num, decay_rate):\n    return 0.1\n"
    for name, text in sources.items():
        (tmp_path / name).write_text(text)
    run(tmp_path, "--json", tmp_path / "a.json", "--no-html")
    run(tmp_path, "--json", tmp_path / "b.json", "--no-html")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_exit_code_1_below_fail_under_and_0_otherwise():
    assert run(ASSIGNMENTS, "--no-html", "--fail-under", "50").returncode == 1
    assert run(ASSIGNMENTS, "--no-html").returncode == 0
    assert run(SOLUTIONS, "--no-html", "--fail-under", "100").returncode == 0


def test_nothing_to_grade_is_exit_2_with_one_line_and_no_traceback(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "x.py").write_text("def unrelated():\n    return 1\n")
    for target, words in [(tmp_path / "missing", "no such file or folder"), (tmp_path / "empty", "no .py or .ipynb"),
                          (tmp_path / "notes", "no graded function")]:
        out = run(target)
        assert out.returncode == 2
        assert words in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_garbage_file_is_reported_and_the_rest_is_graded(tmp_path):
    (tmp_path / "junk.py").write_bytes(b"\xff\xfe\x00garbage\x80\x81")
    (tmp_path / "broken.py").write_text("def update_lr(learning_rate0, epoch_num, decay_rate:\n    return 1\n")
    (tmp_path / "optimization.py").write_text(reference_sources()["optimization.py"])
    out = run(tmp_path, "--json", tmp_path / "r.json", "--no-html")
    assert out.returncode == 0, out.stderr
    assert "junk.py: could not be read" in out.stdout
    assert "broken.py: syntax error at line 1" in out.stdout
    data = json.loads((tmp_path / "r.json").read_text())
    statuses = {e["id"]: e["status"] for e in data["exercises"]}
    assert statuses["update_parameters_with_adam"] == "passed"
    # only the assignment handed in is graded: no initialization exercise is counted missing against it
    assert "initialize_parameters_he" not in statuses and [item["name"] for item in data["assignments"]] == \
        ["optimization"] and data["max_score"] == data["assignments"][0]["max_score"]
    assert any("junk.py" in problem for problem in data["problems"])


def test_a_single_file_can_be_graded(tmp_path):
    path = tmp_path / "gc.py"
    path.write_text(reference_sources()["gradient_checking.py"])
    out = run(path, "--no-html")
    assert out.returncode == 0 and "gradient_check_n" in out.stdout


def test_release_check_passes_on_the_committed_stubs_and_fails_on_drift(tmp_path):
    assert run("release", "--check", "--out", ASSIGNMENTS).returncode == 0
    assert run("release", "--out", tmp_path / "stubs").returncode == 0
    stub = tmp_path / "stubs" / "optimization.py"
    stub.write_text(stub.read_text() + "\n# edited\n")
    out = run("release", "--check", "--out", tmp_path / "stubs")
    assert out.returncode == 1 and "optimization.py" in out.stdout


def test_a_folder_of_only_broken_files_says_why_nothing_was_graded(tmp_path):
    (tmp_path / "work.ipynb").write_text('{"cells": [', encoding="utf-8")
    (tmp_path / "y.py").write_bytes(b"\xff\xfe garbage")
    out = run(tmp_path, "--no-html")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "no graded function found" in out.stderr and "work.ipynb: could not be read (not a valid notebook" \
        in out.stderr and "(and 1 more problems)" in out.stderr
