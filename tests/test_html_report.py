"""The HTML feedback page: self-contained, deterministic, escaped, and what a person sees in a browser."""

from __future__ import annotations

import ast
import copy
import re
from html import unescape
from html.parser import HTMLParser

import pytest

from conftest import ASSIGNMENTS, REPO, VARIANTS, by_id, reference_sources
from grader.pipeline import grade_submission
from grader.reports.feedback import LABELS, SYMBOLS, heatmap, render
from grader.judging.results import (CaseResult, CodeExcerpt, DifferencePicture, ExerciseResult, Misconception,
                            SubmissionResult)

import browser

ARTIFACTS = REPO / "test-artifacts"
SCRIPT = "<script>alert(1)</script>"

ERROR_VARIANT = '''

def update_parameters_with_gd(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + l] = parameters["W" + l] - learning_rate * grads["dW" + l]
        parameters["b" + l] = parameters["b" + l] - learning_rate * grads["db" + l]
    return parameters
'''
TIMEOUT_VARIANT = '''

def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    while True:
        pass
'''


def _stub(assignment: str, name: str) -> str:
    source = (ASSIGNMENTS / f"{assignment}.py").read_text(encoding="utf-8")
    node = next(node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef) and node.name == name)
    return ast.get_source_segment(source, node)


@pytest.fixture(scope="module")
def mixed(material, tmp_path_factory):
    """The references with a misconception, a shape error, an exception, a timeout, a stub and a missing function."""
    files = reference_sources(course=2)
    files["initialization.py"] += "\n\n" + (VARIANTS / "initialization/initialize_parameters_he/wrong_xavier.py").read_text() \
        + "\n\n" + (VARIANTS / "initialization/initialize_parameters_zeros/wrong_rank1_biases.py").read_text()
    files["regularization.py"] += "\n\n" + _stub("regularization", "compute_cost_with_regularization") + "\n"
    files["optimization.py"] = files["optimization.py"].replace("def update_lr(", "def update_lr_renamed(")
    files["optimization.py"] += ERROR_VARIANT + TIMEOUT_VARIANT
    folder = tmp_path_factory.mktemp("mixed")
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    result = grade_submission(folder, material, timeout=1.0)
    statuses = {exercise.id: exercise.status for exercise in result.exercises}
    assert statuses["initialize_parameters_he"] == statuses["initialize_parameters_zeros"] == "failed"
    assert statuses["update_parameters_with_gd"] == "error" and statuses["schedule_lr_decay"] == "timeout"
    assert statuses["compute_cost_with_regularization"] == "not_implemented" and statuses["update_lr"] == "missing"
    return result


def _text(fragment: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _case_blocks(page: str, visibility: str) -> list[str]:
    return re.findall(rf'<li class="case [a-z_]+ {visibility}">(.*?)</li>\n', page, re.S)


class _Balance(HTMLParser):
    VOID = {"meta", "link", "br", "hr", "img", "input", "rect", "path", "wbr", "col", "source"}

    def __init__(self):
        super().__init__()
        self.open, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:]} at {self.getpos()}")
        else:
            self.open.pop()


def test_the_page_is_self_contained_deterministic_and_well_formed(mixed):
    page = render(mixed)
    assert page == render(copy.deepcopy(mixed))
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    for leak in ("http://", "https://", "<link", "<script", "src=", "url(", "@import"):
        assert leak not in page.lower(), leak
    checker = _Balance()
    checker.feed(page)
    assert not checker.errors and not checker.open, (checker.errors[:5], checker.open)


def test_student_text_is_escaped_everywhere():
    case = CaseResult("c1", "public", "error", f"ValueError: {SCRIPT}", 1.0,
                      [{"file": "work.py", "line": 3, "function": "f", "code": SCRIPT}],
                      DifferencePicture(f"result[{SCRIPT!r}]", (1, 2), 0.5, [[0.0, 1.0]]))
    exercise = ExerciseResult("f", "initialization", "error", 0.0, 1.0, [case], [Misconception("m", SCRIPT)],
                              "work.py", 1, [f"note {SCRIPT}"], CodeExcerpt("work.py", 1, ["def f():", "    x = 1",
                                                                                          f"    return '{SCRIPT}'"]))
    page = render(SubmissionResult(f"sub{SCRIPT}", [exercise], problems=[f"bad.py: {SCRIPT}"]))
    assert "<script" not in page.lower()
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 5
    assert 'class="row mark"><span class="ln" aria-hidden="true">3</span>' in page
    assert "line 3 raised ValueError" in page


def test_hidden_cases_show_their_status_and_message_and_nothing_else(mixed):
    page = render(mixed)
    hidden = _case_blocks(page, "hidden")
    cases = [case for exercise in mixed.exercises for case in exercise.cases if case.visibility == "hidden"]
    assert len(hidden) == len(cases) > 0
    for block, case in zip(hidden, cases):
        assert "<svg" not in block and "<ol" not in block and "<figure" not in block
        seen = f"{case.id} hidden {SYMBOLS[case.status]} {LABELS[case.status]} {case.message}"
        assert _text(block) == " ".join(seen.split())


def test_the_difference_picture_stays_small():
    big = heatmap(DifferencePicture("x", (30, 100), 2.0, [[(r * c) % 7 / 6 for c in range(48)] for r in range(24)]))
    assert big["width"] <= 320 and big["cut"] and (big["rows"], big["columns"]) == (24, 48)
    small = heatmap(DifferencePicture("x", (2, 3), 0.25, [[0.0, 0.5, 1.0], [1.0, 0.0, 0.0]]))
    assert (small["width"], small["height"], small["cut"]) == (96, 64, False)
    assert [cell["fill"] for cell in small["cells"]] == ["#ff8080", "#ff0000", "#ff0000"]


def test_a_person_sees_statuses_hints_marks_and_pictures_in_chromium(mixed, tmp_path):
    chromium = browser.require_chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    report = ARTIFACTS / "html-report-mixed.html"
    report.write_text(render(mixed), encoding="utf-8")
    findings, leaving = browser.probe(chromium, report, tmp_path)
    assert leaving == [], f"the page made requests beyond the file: {leaving}"
    phone, desktop = findings["375"], findings["1280"]
    for width, seen in (("375", phone), ("1280", desktop)):
        assert seen["width"] == int(width)
        assert seen["overflowing"] == [] and seen["scroll_width"] <= seen["width"], (width, seen["overflowing"][:10])

    assert f"{mixed.score:g} / {mixed.max_score:g}" in phone["total"] and f"{mixed.percent:.1f}%" in phone["total"]
    # each exercise's article is named by its assignment and id (two assignments may grade functions of one name)
    shown = {article.split("-", 1)[1]: seen for article, seen in phone["exercises"].items()}
    assert sorted(phone["exercises"]) == sorted(f"{exercise.assignment}-{exercise.id}" for exercise in mixed.exercises)
    for exercise in mixed.exercises:
        assert LABELS[exercise.status] in shown[exercise.id]["status"]
        assert exercise.id in phone["summary"]
        assert [case["id"] for case in shown[exercise.id]["cases"]] == [case.id for case in exercise.cases]
        for case, seen in zip(exercise.cases, shown[exercise.id]["cases"]):
            assert LABELS[case.status] in seen["status"] and seen["visibility"] == case.visibility
            assert " ".join(case.message.split()) in " ".join(seen["text"].split())
    exercises = by_id(mixed)

    he = shown["initialize_parameters_he"]
    assert he["hints"] == [f"Hint: {m.hint}" for m in exercises["initialize_parameters_he"].misconceptions]
    assert "Xavier" in he["hints"][0]
    assert shown["initialize_parameters_zeros"]["hints"][0].startswith("Hint: A bias is a column vector")

    gd = shown["update_parameters_with_gd"]
    line = exercises["update_parameters_with_gd"].cases[0].traceback[-1]["line"]
    assert len(gd["marked"]) == 1 and gd["marked"][0]["text"].startswith(f"{line}")
    assert 'parameters["W" + l]' in gd["marked"][0]["text"]
    assert f"line {line} raised TypeError" in gd["marked"][0]["text"] and gd["marked"][0]["border"] == "rgb(207, 34, 46)"
    assert gd["raised"] and f"line {line} raised TypeError" in gd["raised"][0]

    public, *hidden = he["cases"]
    assert [p["label"] for p in public["pictures"]] and "parameters['W1']" in public["pictures"][0]["label"]
    assert 0 < public["pictures"][0]["width"] <= 320 and public["pictures"][0]["height"] > 0
    assert "shape (2, 3)" in public["text"] and "largest |got − expected|" in public["text"]
    expected_numbers = set(re.findall(r"(?:got|expected|difference) (-?\d+\.\d+)",
                                      exercises["initialize_parameters_he"].cases[0].message))
    assert expected_numbers, "the public message should show numbers"
    for exercise in shown.values():
        for case in exercise["cases"]:
            if case["visibility"] == "hidden":
                assert case["pictures"] == []
                assert not expected_numbers & set(re.findall(r"-?\d+\.\d+", case["text"])), case["text"]
    zeros = shown["initialize_parameters_zeros"]["cases"]
    assert re.search(r"\d", zeros[0]["text"].replace(zeros[0]["id"], ""))
    for case in zeros[1:]:
        rest = re.sub(r"\['\w+'\]", "", case["text"].replace(case["id"], ""))
        assert not re.search(r"\d", rest), case["text"]

    for width, height in ((375, phone["height"]), (1280, desktop["height"])):
        png = ARTIFACTS / f"html-report-mixed-{width}.png"
        leaving = browser.screenshot(chromium, report, png, width, min(height + 40, 16000), tmp_path)
        assert leaving == [], leaving
