"""The class report: self-contained, deterministic, escaped, right counts, and what a person sees in Chromium."""

from __future__ import annotations

import copy
import html
import json
import re
import statistics

import pytest

from conftest import REPO, VARIANTS, by_id, exercise_points, points_of, reference_sources, score_text
from grader.submission.discover import NothingToGrade
from grader.pipeline import grade_submission
from grader.reports.class_report import render
from grader.judging.results import SubmissionResult
from test_html_report import _Balance
from test_html_report import _text as _plain

import browser

ARTIFACTS = REPO / "test-artifacts"
SCRIPT = "<script>alert(1)</script>"
TIMEOUT_AND_ERROR = '''
def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    while True:
        pass


def update_parameters_with_gd(parameters, grads, learning_rate):
    raise ValueError("learning rate is " + str(learning_rate) + "\\nsecond line")
'''
STUB_ONLY = "def update_lr(learning_rate0, epoch_num, decay_rate):\n    return None\n"


@pytest.fixture(scope="module")
def classroom(material, tmp_path_factory):
    """Six students: full marks, the Xavier mistake (twice), a timeout and an error, a stub with unreadable files,
    and nothing to grade. Returns (results, links, exercises)."""
    references = reference_sources(course=2)
    xavier = dict(references)
    xavier["initialization.py"] += "\n\n" + (VARIANTS / "initialization/initialize_parameters_he/wrong_xavier.py").read_text()
    submissions = {"alice": references, "bob": xavier, "carol": {"work.py": TIMEOUT_AND_ERROR},
                   "dave": {"a.py": STUB_ONLY, "b.py": b"\xff\xfe not text", "c.ipynb": "{not json"},
                   "erin": {"notes.py": "x = 1\n"}}
    results = {}
    for name, files in submissions.items():
        folder = tmp_path_factory.mktemp(name)
        for file, content in files.items():
            (folder / file).write_bytes(content if isinstance(content, bytes) else content.encode())
        try:
            results[name] = grade_submission(folder, material, timeout=1.0)
        except NothingToGrade as exc:   # what the class run records for a folder with nothing to grade
            results[name] = SubmissionResult(str(folder), [], problems=[str(exc)])
    results[SCRIPT] = copy.deepcopy(results["bob"])
    links = {name: f"{name}/feedback.html" for name in ("alice", "bob", "carol", "dave", "erin")}
    links[SCRIPT] = "odd name #1?/feedback.html"
    exercises = [(graded.exercise.name, graded.assignment.name, graded.exercise.points) for graded in material.exercises
                 if graded.assignment.course == 2]  # the course-2 assignments the class hands in
    statuses = {name: {e.id: e.status for e in result.exercises} for name, result in results.items()}
    assert results["alice"].percent == 100 and statuses["bob"]["initialize_parameters_he"] == "failed"
    assert statuses["carol"]["schedule_lr_decay"] == "timeout" and statuses["carol"]["update_parameters_with_gd"] == "error"
    assert statuses["dave"]["update_lr"] == "not_implemented" and len(results["dave"].problems) == 2
    assert results["erin"].exercises == []
    return results, links, exercises


def _text(fragment: str) -> str:
    return _plain(fragment.replace("<wbr>", ""))


def _rows(page: str, table_id: str) -> list[str]:
    table = re.search(rf'<table id="{table_id}"[^>]*>(.*?)</table>', page, re.S).group(1)
    return [_text(row) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table.split("</thead>")[-1], re.S)]


def test_the_page_is_self_contained_deterministic_and_well_formed(classroom):
    results, links, exercises = classroom
    page = render(results, links, exercises)
    shuffled = {name: copy.deepcopy(results[name]) for name in reversed(list(results))}
    assert page == render(shuffled, dict(reversed(list(links.items()))), list(exercises))
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    for leak in ("http://", "https://", "<link", "src=", "url(", "@import", "//cdn", "www."):
        assert leak not in page.lower(), leak
    assert page.lower().count("<script") == 1 and "<style>" in page
    checker = _Balance()
    checker.feed(page)
    assert not checker.errors and not checker.open, (checker.errors[:5], checker.open)


def test_student_names_messages_and_links_are_escaped(classroom):
    results, links, exercises = classroom
    page = render(results, links, exercises)
    assert "alert(1)</script>" not in page and "<script>alert" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3   # students table, misconception, link text
    assert 'href="odd%20name%20%231%3F/feedback.html"' in page
    assert 'href="alice/feedback.html"' in page
    evil = SubmissionResult("x", [], problems=[f"bad.py: {SCRIPT}"])
    page = render({"x": evil}, {"x": 'x" onclick="alert(1)/feedback.html'}, exercises)
    assert "<script>alert" not in page and 'x" onclick' not in page and "x%22%20onclick" in page


def test_histogram_and_summary_numbers(classroom):
    results, links, exercises = classroom
    page = render(results, links, exercises)
    bars = re.findall(r'data-range="(\d+)–(\d+)" data-count="(\d+)"', page)
    assert [(int(low), int(high)) for low, high, _ in bars] == [(10 * i, 10 * i + 10) for i in range(10)]
    counts = [int(count) for _, _, count in bars]
    total = sum(points for _, _, points in exercises)
    percents = {name: 100 * sum(e.score for e in result.exercises) / total for name, result in results.items()}
    expected = [0] * 10
    for percent in percents.values():
        expected[min(int(percent // 10), 9)] += 1
    assert counts == expected and sum(counts) == 6
    # from the material's points: alice has full marks, bob and his copy lose initialize_parameters_he's points,
    # carol, dave and erin score 0
    full_marks = points_of(course=2)
    bob = 100 * (full_marks - exercise_points("initialization", "initialize_parameters_he")) / full_marks
    by_hand = [0] * 10
    for percent, students in ((100, 1), (bob, 2), (0, 3)):
        by_hand[min(int(percent // 10), 9)] += students
    assert counts == by_hand
    assert '<title id="histogram-title">Score distribution of 6 students</title>' in page
    stats = _text(re.search(r'<dl class="stats">(.*?)</dl>', page, re.S).group(1))
    mean, median = statistics.fmean(percents.values()), statistics.median(percents.values())
    assert stats == f"Students 6 Mean {mean:.1f}% Median {median:.1f}% Min 0.0% Max 100.0%"


def test_exercise_case_misconception_and_error_tables(classroom):
    results, links, exercises = classroom
    page = render(results, links, exercises)
    he = next(row for row in _rows(page, "exercise-table") if row.startswith("initialize_parameters_he"))
    # pass rate, then passed failed error timeout not-implemented missing, then the mean score (alice's points of 6)
    he_points = exercise_points("initialization", "initialize_parameters_he")
    assert he == f"initialize_parameters_he initialization 1/6 (17%) 1 2 0 0 0 3 {he_points / 6:.2f} / " \
        f"{score_text(he_points)}"
    lr = next(row for row in _rows(page, "exercise-table") if row.startswith("update_lr"))
    assert lr.startswith("update_lr optimization 3/6 (50%) 3 0 0 0 1 2 ")

    misconceptions = _rows(page, "misconception-table")
    hint = by_id(results["bob"])["initialize_parameters_he"].misconceptions[0].hint
    assert misconceptions[0] == f"he-xavier-scale 2 {SCRIPT} bob initialize_parameters_he {' '.join(hint.split())}"
    assert len(misconceptions) == 1

    errors = _rows(page, "error-table")
    assert errors[0] == "update_parameters_with_gd carol ! error ValueError: learning rate is 0.01"  # first line only
    timeout = by_id(results["carol"])["schedule_lr_decay"].cases[0]
    assert timeout.visibility == "public" and errors[1] == f"schedule_lr_decay carol \u25f7 timeout {timeout.message}"
    assert len(errors) == 2
    assert "second line" not in page

    cases = _rows(page, "case-table")   # per exercise: a row with its id, then one row per case
    alice = results["alice"].exercises
    assert len(cases) == len(alice) + sum(len(exercise.cases) for exercise in alice)
    he = cases.index("initialize_parameters_he")
    he_cases = by_id(results["alice"])["initialize_parameters_he"].cases
    assert cases[he + 1:he + 1 + len(he_cases)] == [f"{case.id} {case.visibility} 1/6 (17%)" for case in he_cases]
    hidden = [case for exercise in alice for case in exercise.cases if case.visibility == "hidden"]
    assert hidden and all(any(row.startswith(f"{case.id} hidden ") for row in cases) for case in hidden)


def test_students_table_default_order_scores_and_problems(classroom):
    results, links, exercises = classroom
    page = render(results, links, exercises)
    rows = _rows(page, "students")
    assert [row.split(" ")[0] for row in rows] == [SCRIPT, "alice", "bob", "carol", "dave", "erin"]
    first_points = exercises[0][2]   # her first exercise's cell follows the empty problems cell
    assert rows[1].startswith(f"alice {score_text(points_of(course=2))} 100.0% {score_text(first_points)} ✓ passed")
    dave, erin = rows[4], rows[5]
    assert "b.py: could not be read (not UTF-8 text)" in dave and "c.ipynb: could not be read" in dave
    assert dave.startswith("dave 0 0.0% 2 problems b.py: could not be read")
    assert erin.startswith("erin 0 0.0% 1 problem no graded function found") and erin.endswith("0 ? missing")
    assert rows[3].startswith("carol 0 0.0% 0 ? missing")   # no problems: an empty cell
    header = re.search(r'<table id="students">\s*<thead>(.*?)</thead>', page, re.S).group(1)
    assert header.count("data-col=") == len(exercises) + 4
    assert 'data-col="0" data-type="text" aria-sort="ascending"' in header


PAGE_PROBE = r"""
<script>
(function () {
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function names() { return all('#students tbody tr').map(function (row) { return row.cells[0].innerText.trim(); }); }
  var svg = document.querySelector('.histogram svg'), box = svg.getBoundingClientRect();
  var found = {
    svg: {width: box.width, height: box.height, title: svg.querySelector('title').textContent},
    bars: all('.histogram rect.bar').map(function (bar) {
      return {range: bar.getAttribute('data-range'), count: +bar.getAttribute('data-count'),
              height: bar.getBoundingClientRect().height}; }),
    misconceptions: all('#misconception-table tbody tr').map(function (row) { return row.innerText.trim(); }),
    before: names()};
  var percent = all('#students th[data-col="2"] button')[0];
  percent.click();
  found.by_percent = names();
  found.percent_sort = percent.parentNode.getAttribute('aria-sort');
  percent.click();
  found.by_percent_again = names();
  var document_probe = document.createElement('pre');
  document_probe.id = 'page-probe';
  document_probe.textContent = JSON.stringify(found);
  document.body.appendChild(document_probe);
})();
</script>
"""


def test_a_person_sees_the_histogram_misconceptions_and_sorting_in_chromium(classroom, tmp_path):
    chromium = browser.require_chromium()
    results, links, exercises = classroom
    ARTIFACTS.mkdir(exist_ok=True)
    report = ARTIFACTS / "class-report.html"
    page = render(results, links, exercises)
    report.write_text(page, encoding="utf-8")

    findings, leaving = browser.probe(chromium, report, tmp_path)
    assert leaving == [], f"the page made requests beyond the file: {leaving}"
    for width in ("375", "1280"):
        seen = findings[width]
        assert seen["width"] == int(width)
        assert seen["overflowing"] == [] and seen["scroll_width"] <= seen["width"], (width, seen["overflowing"][:10])

    probed = tmp_path / "class-report-probe.html"
    probed.write_text(page.replace("</body>", PAGE_PROBE + "</body>"), encoding="utf-8")
    dom = browser.launch(chromium, probed.resolve().as_uri(), "--dump-dom", net_log=tmp_path / "page-netlog.json",
                         window=(1280, 900))
    found = json.loads(html.unescape(re.search(r'<pre id="page-probe">(.*?)</pre>', dom, re.S).group(1)))
    assert found["svg"]["width"] > 300 and found["svg"]["height"] > 100
    assert found["svg"]["title"] == "Score distribution of 6 students"
    assert len(found["bars"]) == 10 and sum(bar["count"] for bar in found["bars"]) == 6
    assert all((bar["height"] > 0) == (bar["count"] > 0) for bar in found["bars"])
    assert found["misconceptions"][0].split()[:2] == ["he-xavier-scale", "2"]
    assert SCRIPT in found["misconceptions"][0] and "bob" in found["misconceptions"][0]

    assert found["before"] == [SCRIPT, "alice", "bob", "carol", "dave", "erin"]
    percents = {name: 100 * sum(e.score for e in result.exercises) for name, result in results.items()}
    assert found["percent_sort"] == "descending"
    assert found["by_percent"] == sorted(found["before"], key=lambda name: (-percents[name], found["before"].index(name)))
    assert found["by_percent_again"] == sorted(found["before"], key=lambda name: (percents[name], found["before"].index(name)))

    for width, height in ((375, findings["375"]["height"]), (1280, findings["1280"]["height"])):
        png = ARTIFACTS / f"class-report-{width}.png"
        leaving = browser.screenshot(chromium, report, png, width, min(height + 40, 16000), tmp_path)
        assert leaving == [], leaving
