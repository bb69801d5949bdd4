"""The student kit: written by `grade release --kit`, judges the public cases as the full grader does, leaks nothing."""

from __future__ import annotations

import ast
import base64
import json
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import nbformat
import numpy as np
import pytest
from click.testing import CliRunner

import grader.cli
from conftest import SOLUTIONS, VARIANTS
from grader.material.catalog import MaterialError
from grader.material.distribution import source_tree
from grader.material.kit import ENGINE_NAME, INDEX, kit_files, load_kit, write_kit
from grader.material.release import release_files
from grader.material.spec import HIDDEN
from grader.pipeline import grade_submission
from grader.sandbox.runner import StudentProcess

GRADE = [sys.executable, "-m", "grader.cli"]
START = re.compile(r"^\s*### START CODE HERE ###")
END = re.compile(r"^\s*### END CODE HERE ###")
NUMBER = re.compile(r"-?\d+\.\d+(?:e[-+]?\d+)?")
# variants whose public-only judgement shows what the kit must carry beyond expected values: default-argument probes,
# Conventions' notes, ScalarTerms' known parts, a known mistake that raises, Readings (compared on status only)
FEATURED = ["optimization/update_parameters_with_momentum/wrong_beta_swapped.py",
            "initialization/initialize_parameters_random/wrong_forgot_seed.py",
            "cnn_step_by_step/conv_single_step/alt_2017_bias_each.py",
            "word_vectors/equalize/alt_old_course.py",
            "regularization/compute_cost_with_regularization/wrong_only_W1_W2.py",
            "rnn_step_by_step/rnn_backward/wrong_whole_caches.py",
            "optimization/update_lr/wrong_missing_one_plus.py",
            "gradient_checking/gradient_check/wrong_perturbs_x.py"]


@pytest.fixture(scope="module")
def kits(material, tmp_path_factory):
    """(kit written by the CLI in its own process, kit written here by write_kit): written at the same time."""
    by_cli, here = tmp_path_factory.mktemp("kit-cli") / "kit", tmp_path_factory.mktemp("kit-here") / "kit"
    cli = subprocess.Popen([*GRADE, "release", "--kit", str(by_cli)], cwd=by_cli.parent, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    write_kit(material, here)
    out, err = cli.communicate(timeout=300)
    assert cli.returncode == 0, err
    assert "wrote the student kit" in out and err == ""
    return by_cli, here


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def test_the_kit_is_the_stubs_helpers_engine_and_data_written_the_same_every_time(kits, material):
    by_cli, here = kits
    files = tree(by_cli)
    assert files == tree(here)  # two processes, the same bytes
    assert write_kit(material, by_cli) == []  # written again: nothing changed
    release = release_files(material)
    for name, content in release.items():  # the stubs and helpers as `grade release` lays them out
        if name.endswith(".ipynb"):  # the self-check cell runs the kit's grader, from the notebook's folder
            root = ".." if "/" in name else "."
            command = f"grade {Path(name).name} --kit {root} --no-html"
            assert command in files[name].decode()
            assert files[name].decode() == content.replace(f"grade {Path(name).name} --public-only --no-html",
                                                           command)
        else:
            assert files[name].decode() == content
    engine = {name[len("engine/"):]: content for name, content in files.items() if name.startswith("engine/")}
    assert engine == source_tree(ENGINE_NAME)  # the engine alone: its packages, templates and pyproject
    assert "pyproject.toml" in engine and not [name for name in engine if not name.startswith(
        ("grader/", "grader_templates/", "pyproject.toml"))]
    material_names = ("reference.py", "grading.py", "misconceptions.py", "readings.py")
    assert not [name for name in files if name.startswith("grader_solutions") or name.endswith(material_names)
                and not name.startswith("engine/")]
    readme = files["README.md"].decode()
    assert "pip install ./engine" in readme and "grade NOTEBOOK.ipynb --kit ." in readme
    assert json.loads(files[INDEX])["assignments"] == [assignment.name for assignment in material.assignments]


def test_the_kit_refuses_to_overwrite_a_students_stub_unless_forced(kits, material, tmp_path, monkeypatch):
    kit = tmp_path / "kit"
    shutil.copytree(kits[0], kit)
    stub = next(path for path in sorted(kit.glob("*.py")) if path.name in release_files(material))
    work = stub.read_text(encoding="utf-8") + "\n# my answers\n"
    stub.write_text(work, encoding="utf-8")
    monkeypatch.setattr(grader.cli, "load_material", lambda solutions_dir=None: material)  # loaded once per session
    refused = CliRunner().invoke(grader.cli.main, ["release", "--kit", str(kit)])
    assert refused.exit_code == 2
    assert len(refused.stderr.strip().splitlines()) == 1 and stub.name in refused.stderr
    assert "--force" in refused.stderr and "Traceback" not in refused.stderr
    assert stub.read_text(encoding="utf-8") == work
    forced = CliRunner().invoke(grader.cli.main, ["release", "--kit", str(kit), "--force"])
    assert forced.exit_code == 0, forced.output
    assert stub.read_bytes() == (kits[0] / stub.name).read_bytes()


def test_a_missing_or_broken_kit_is_a_one_line_error(kits, tmp_path):
    with pytest.raises(MaterialError, match="no student kit"):
        load_kit(tmp_path)
    broken = tmp_path / "broken"
    shutil.copytree(kits[0] / "grading", broken / "grading")
    (broken / INDEX).write_text("{not json", encoding="utf-8")
    with pytest.raises(MaterialError, match="is not JSON"):
        load_kit(broken)
    index = json.loads((kits[0] / INDEX).read_text(encoding="utf-8"))
    (broken / INDEX).write_text(json.dumps({**index, "version": index["version"] + 1}), encoding="utf-8")
    with pytest.raises(MaterialError, match="format version"):
        load_kit(broken)
    (broken / INDEX).write_text(json.dumps(index), encoding="utf-8")
    first = broken / "grading" / f"{index['assignments'][0]}.json"
    first.write_text(json.dumps({"name": "x"}), encoding="utf-8")
    with pytest.raises(MaterialError, match="is broken"):
        load_kit(broken)
    out = subprocess.run([*GRADE, str(next(kits[0].glob("*.ipynb"))), "--kit", str(broken)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "student kit problem" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def kit_text(kit: Path) -> dict[str, str]:
    return {name: content.decode("utf-8") for name, content in tree(kit).items()}


def shipped_lines(material) -> set[str]:
    """Every line students get anyway (the stubs, with the references' unmarked parts, and the course helpers)."""
    return {line.strip() for content in release_files(material).values() for line in content.splitlines()}


def test_no_line_of_a_references_solution_is_in_the_kit(kits, material):
    kit_lines = {line.strip() for text in kit_text(kits[0]).values() for line in text.splitlines()}
    solution = set()
    for reference in material.reference_files.values():
        inside = False
        for line in reference.read_text(encoding="utf-8").splitlines():
            inside = (inside or bool(START.match(line))) and not END.match(line)
            if inside and not START.match(line) and not line.strip().startswith("#"):
                solution.add(line.strip())
    solution = {line for line in solution if len(line) > 12} - shipped_lines(material)
    assert len(solution) > 100  # the references' solution lines that students never see
    assert sorted(solution & kit_lines) == []


def test_no_known_mistakes_code_is_in_the_kit(kits, material):
    kit_lines = {line.strip() for text in kit_text(kits[0]).values() for line in text.splitlines()}
    mistake_lines = set()
    for path in sorted(SOLUTIONS.glob("*/misconceptions.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body = node.body[1:] if ast.get_docstring(node) is not None else node.body
                mistake_lines |= {lines[index].strip() for statement in body
                                  for index in range(statement.lineno - 1, statement.end_lineno)}
    mistake_lines = {line for line in mistake_lines if len(line) > 12 and not line.startswith("#")}
    mistake_lines -= shipped_lines(material)
    assert len(mistake_lines) > 100
    assert sorted(mistake_lines & kit_lines) == []


def _arrays(value):
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _arrays(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _arrays(item)


def _kit_array_bytes(node):
    """The raw bytes of every array in a kit data file (plaindata's ndarray nodes)."""
    if isinstance(node, dict):
        if node.get("t") == "ndarray":
            yield base64.b64decode(node["data"])
        for item in node.values():
            yield from _kit_array_bytes(item)
    elif isinstance(node, list):
        for item in node:
            yield from _kit_array_bytes(item)


def test_no_hidden_case_is_in_the_kit(kits, material):
    kit = load_kit(kits[0])
    for graded, mine in zip(material.exercises, kit.exercises, strict=True):
        assert graded.key == mine.key
        assert [case.id for case in mine.exercise.cases] == \
            [case.id for case in graded.exercise.cases if case.visibility != HIDDEN]
    texts = kit_text(kits[0])
    numbers = {token for text in texts.values() for token in NUMBER.findall(text)}
    arrays = b"\0".join(chunk for name, text in texts.items() if name.startswith("grading/") and name.endswith(".json")
                        for chunk in _kit_array_bytes(json.loads(text)))
    public = b"\0".join(array.tobytes() for graded in material.exercises for case in graded.exercise.cases
                        if case.visibility != HIDDEN
                        for array in _arrays((case.args, dict(case.kwargs), graded.expected[case.id])))
    checked = 0
    for graded in material.exercises:
        for case in graded.exercise.cases:
            if case.visibility != HIDDEN:
                continue
            for array in _arrays((case.args, dict(case.kwargs))):
                values = np.ascontiguousarray(array).ravel()
                head = values[:3].tobytes()
                if array.dtype.kind != "f" or array.size < 3 or len(set(values[:3].tolist())) < 3 or head in public:
                    continue  # too small to tell, or the same numbers as a public case's (one seed, two shapes)
                checked += 1
                assert head not in arrays, f"{graded.key}[{case.id}]: an input array is in the kit"
                written = [json.dumps(float(value)) for value in values[:5]]  # as JSON (and plaindata) write them
                assert not [text for text in written if len(text) >= 8 and text in numbers], \
                    f"{graded.key}[{case.id}]: an input's values are in the kit"
    assert checked > 100


def _sample() -> list[Path]:
    """One wrong and one correct-but-different variant per assignment, and the featured ones."""
    files = sorted(VARIANTS.glob("*/*/*.py"))
    chosen = []
    for assignment in sorted({path.parent.parent.name for path in files}):
        mine = [path for path in files if path.parent.parent.name == assignment]
        chosen += [next(path for path in mine if path.name.startswith(kind)) for kind in ("wrong_", "alt_")
                   if any(path.name.startswith(kind) for path in mine)]
    return list(dict.fromkeys(chosen + [VARIANTS / name for name in FEATURED]))


def test_the_kit_judges_the_public_cases_as_the_full_grader_does(kits, material, tmp_path):
    kit = load_kit(kits[0])
    sample = _sample()
    assert all(path.is_file() for path in sample)
    folders = []
    for index, path in enumerate(sample):
        folder = tmp_path / f"v{index}"
        folder.mkdir()
        shutil.copy(path, folder / path.name)
        folders.append((path, folder))
    results = {}
    with StudentProcess(hidden=(str(SOLUTIONS),)) as process:  # one process for all: helpers and cases load once
        for source, name in ((material, "full"), (kit, "kit")):
            for path, folder in folders:
                result = grade_submission(folder, source, timeout=5.0, public_only=True, process=process,
                                          assignment=path.parent.parent.name)
                results[name, path] = result.full_dict()
    with_readings = {graded.key for graded in material.exercises if graded.exercise.readings}
    seen = set()
    for path, _ in folders:
        full, mine = results["full", path], results["kit", path]
        for exercise in full["exercises"]:
            seen |= {"mistake"} if exercise["misconceptions"] else set()
            seen |= {"convention"} if any(" follows " in note for note in exercise["notes"]) else set()
            seen |= {"probe"} if any(" gives" in case["message"] for case in exercise["cases"]) else set()
            seen |= {"term"} if any(" is right; " in case["message"] or " term is " in case["message"]
                                    for case in exercise["cases"]) else set()
        if any(f"{exercise['assignment']}/{exercise['id']}" in with_readings for exercise in full["exercises"]):
            seen.add("reading")
            assert [[case["status"] for case in exercise["cases"]] for exercise in full["exercises"]] == \
                [[case["status"] for case in exercise["cases"]] for exercise in mine["exercises"]], path
            assert [exercise["score"] for exercise in full["exercises"]] == \
                [exercise["score"] for exercise in mine["exercises"]], path
        else:
            assert mine == full, path
    assert seen == {"mistake", "convention", "probe", "term", "reading"}


def _solved(notebook: str, reference: Path) -> str:
    """The stub notebook with each graded function's cell holding the reference's function."""
    source = reference.read_text(encoding="utf-8")
    functions = {node.name: ast.get_source_segment(source, node) for node in ast.parse(source).body
                 if isinstance(node, ast.FunctionDef)}
    book = nbformat.reads(notebook, as_version=4)
    for cell in book.cells:
        first = cell.source.splitlines()[0] if cell.source else ""
        if cell.cell_type == "code" and first.startswith("# GRADED FUNCTION: "):
            cell.source = f"{first}\n{functions[first.split(': ')[1].strip()]}"
    return nbformat.writes(book)


def _install(engine: Path, target: Path) -> None:
    """pip install ENGINE --target TARGET, without build isolation where this environment can build wheels."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(engine)]
    done = subprocess.run([*command, "--no-build-isolation"], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:  # setuptools before 70.1 builds wheels only with the wheel package: an isolated build
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def _student_python(folder: Path, engine: Path) -> Path:
    """A Python environment with the engine's dependencies and the installed engine only: a venv whose site-packages
    links this one's packages but not the editable install of the full grader (and its material), and copies numpy
    (the sandbox shows the student process the numpy folder by its path, not through a link)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    ours = Path(sysconfig.get_paths()["purelib"])
    theirs = Path(subprocess.run([str(folder / "bin" / "python"), "-c", "import sysconfig; "
                                  "print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True,
                                 check=True).stdout.strip())
    for entry in sorted(ours.iterdir()):
        if entry.name.startswith(("__editable__", "numpy_dl_grader", "__pycache__")) or entry.suffix == ".pth":
            continue
        if entry.name in ("numpy", "numpy.libs"):
            shutil.copytree(entry, theirs / entry.name, symlinks=True)
        else:
            (theirs / entry.name).symlink_to(entry)
    (theirs / "kit-engine.pth").write_text(f"{engine}\n", encoding="utf-8")
    return folder / "bin" / "python"


def test_the_kit_alone_checks_a_notebook_without_the_material(kits, material, tmp_path):
    kit = tmp_path / "kit"
    shutil.copytree(kits[0], kit)
    engine = tmp_path / "engine-copy"  # pip builds in the folder it installs: the kit stays as written
    shutil.copytree(kit / "engine", engine)
    installed = tmp_path / "installed"
    _install(engine, installed)
    python = _student_python(tmp_path / "student-env", installed)
    probe = subprocess.run([str(python), "-c", "import grader; print(grader.__file__); import grader_solutions"],
                           capture_output=True, text=True, cwd=kit, timeout=60)
    assert probe.stdout.startswith(str(installed)) and "No module named 'grader_solutions'" in probe.stderr

    def check(notebook: Path) -> dict:
        cell = nbformat.reads(notebook.read_text(encoding="utf-8"), as_version=4).cells[-1].source
        command = shlex.split(cell.splitlines()[-1].lstrip("!"))
        assert command[0] == "grade"
        out = subprocess.run([str(python), "-m", "grader.cli", *command[1:], "--json", str(tmp_path / "results.json")],
                             capture_output=True, text=True, cwd=notebook.parent, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))

    own = next(a for a in material.assignments if (kit / a.name / f"{a.name}.ipynb").is_file())
    top = next(a for a in material.assignments if (kit / f"{a.name}.ipynb").is_file())
    for assignment, folder in ((own, kit / own.name), (top, kit)):
        notebook = folder / f"{assignment.name}.ipynb"
        stub = notebook.read_text(encoding="utf-8")
        notebook.write_text(_solved(stub, material.reference_files[assignment.name]), encoding="utf-8")
        solved = check(notebook)
        cases = [case for exercise in solved["exercises"] for case in exercise["cases"]]
        assert {exercise["id"] for exercise in solved["exercises"]} == \
            {graded.exercise.name for graded in material.exercises_of(assignment)}
        assert cases and all(case["status"] == "passed" and case["visibility"] == "public" for case in cases)
        assert solved["score"] == solved["max_score"] > 0
        notebook.write_text(stub, encoding="utf-8")
    unfilled = check(kit / f"{top.name}.ipynb")
    assert {exercise["status"] for exercise in unfilled["exercises"]} == {"not_implemented"}


def test_grading_the_kit_folder_grades_the_students_files_not_references(kits, material, tmp_path):
    kit = tmp_path / "kit"
    for name in kit_files(material):  # the kit without its engine (a folder of the engine's size is over a
        if not name.startswith("engine/"):  # submission's caps)
            (kit / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(kits[0] / name, kit / name)
    top = next(a for a in material.assignments if (kit / f"{a.name}.py").is_file())
    (kit / f"{top.name}.ipynb").unlink()
    (kit / f"{top.name}.py").write_text(material.reference_files[top.name].read_text(encoding="utf-8"),
                                        encoding="utf-8")
    with StudentProcess() as process:
        result = grade_submission(kit, load_kit(kit), public_only=True, process=process)
    solved = [exercise for exercise in result.exercises if exercise.assignment == top.name]
    assert solved and all(exercise.status == "passed" and exercise.file == f"{top.name}.py" for exercise in solved)
    others = [exercise for exercise in result.exercises if exercise.assignment != top.name]
    assert others and {exercise.status for exercise in others} == {"not_implemented"}
