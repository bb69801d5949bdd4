"""The student kit: the stubs, the helpers, an installable engine and the public cases' grading data, as plain JSON.

A kit holds what `grade NOTEBOOK --public-only` needs to judge the public cases exactly as the full grader does (their
inputs, the expected outputs, the known mistakes' and accepted implementations' outputs on them, the default-argument
probes), and nothing from which a reference, a hidden case or a known mistake's code can be recovered: no code of the
material, no hidden case at all. Readings (spec.Reading) are trusted material code, so they stay out: their sentence
is the one thing the kit's messages lack.
"""

from __future__ import annotations

import json
from pathlib import Path

from grader.material.catalog import GradedExercise, Material, MaterialError, Raised, expected_bytes, public_points
from grader.material.distribution import source_tree
from grader.material.release import release_files, write_files
from grader.material.spec import HIDDEN, Assignment, Case, Convention, Exercise, KnownMistake, ScalarTerm, Tolerance
from grader.sandbox import plaindata

KIT_FORMAT = "numpy-dl-grader student kit"
KIT_VERSION = 1
DATA_FOLDER = "grading"
INDEX = f"{DATA_FOLDER}/kit.json"
ENGINE_FOLDER = "engine"
ENGINE_NAME = "numpy-dl-grader-engine"
# the grader's own copies of the course helpers, apart from the students' (a stub next to them is no helper)
SHARED_HELPERS = f"{DATA_FOLDER}/shared-helpers"
OWN_HELPERS = f"{DATA_FOLDER}/helpers"

README = """# Student kit

Everything you need to check your work before you hand it in: the assignments' notebooks (and the same
stubs as `.py` files), the course helper modules they import, and a grader that runs each exercise's
**public** cases.

## Install (once)

```
pip install ./engine
```

This installs the `grade` command (it needs Python 3.10 or newer; numpy, click, jinja2, nbformat and pygments
come with it).

## Check your work

Save your notebook, then run its last cell (the self-check), or from this folder:

```
grade NOTEBOOK.ipynb --kit .
```

(from an assignment's own folder: `grade NOTEBOOK.ipynb --kit ..`). It prints, for each exercise, what is right
and what is wrong, with a hint where your result is a mistake students often make.

## What the public cases are

Each exercise is graded on public and hidden cases. The public cases are the ones in this kit: their inputs and
expected outputs are here, and the self-check runs them exactly as the grader does at hand-in. The hidden
cases are not in the kit; they are run only when you hand in, on other inputs and shapes, and carry most of
each exercise's points. Passing every public case is a good sign, not a guarantee: write code that works for
any input, not for these.
"""


def kit_check_command(notebook: str, kit_root: str) -> str:
    """The self-check cell's command in a kit: this notebook, checked against the kit (kit_root: from its folder)."""
    return f"grade {notebook} --kit {kit_root} --no-html"


def kit_files(material: Material) -> dict[str, str | bytes]:
    """Relative path -> content of the whole kit (release_files' layout, the engine, the grading data, a README)."""
    files: dict[str, str | bytes] = dict(release_files(material, check_command=kit_check_command))
    files.update({f"{ENGINE_FOLDER}/{name}": content for name, content in source_tree(ENGINE_NAME).items()})
    files["README.md"] = README
    groups = _helper_groups(material)
    for directory, folder in groups.items():
        for helper in sorted(Path(directory).glob("*.py")):
            files[f"{folder}/{helper.name}"] = helper.read_bytes()
    for assignment in material.assignments:
        files[f"{DATA_FOLDER}/{assignment.name}.json"] = _dumps(_assignment_data(material, assignment, groups))
    files[INDEX] = _dumps({"format": KIT_FORMAT, "version": KIT_VERSION,
                           "assignments": [assignment.name for assignment in material.assignments]})
    return dict(sorted(files.items()))


def write_kit(material: Material, kit_dir: Path, force: bool = False) -> list[str]:
    """Write the kit to kit_dir; returns the names whose content changed. Raises release.ReleaseRefused, writing
    nothing, where kit_dir holds a .py or .ipynb file that release did not write (a student's work), unless force."""
    return write_files(Path(kit_dir), kit_files(material), force)


def _dumps(data) -> str:
    return json.dumps(data, indent=1, ensure_ascii=True, allow_nan=False) + "\n"


def _helper_groups(material: Material) -> dict[Path, str]:
    """Each helpers folder of the material -> the kit folder of the grader's copy of it."""
    shared = (material.solutions_dir / "helpers").resolve()
    groups: dict[Path, str] = {}
    for assignment in material.assignments:
        directory = assignment.helpers_dir
        if directory is not None and directory not in groups:
            groups[directory] = SHARED_HELPERS if directory == shared else f"{OWN_HELPERS}/{assignment.name}"
    return groups


def _assignment_data(material: Material, assignment: Assignment, groups: dict[Path, str]) -> dict:
    return {"name": assignment.name, "title": assignment.title, "order": assignment.order,
            "course": assignment.course, "week": assignment.week, "file_names": list(assignment.file_names),
            "titles": list(assignment.titles),
            "helpers": groups[assignment.helpers_dir] if assignment.helpers_dir is not None else None,
            "exercises": [_exercise_data(graded) for graded in material.exercises_of(assignment)]}


def _exercise_data(graded: GradedExercise) -> dict:
    """Everything the judging code reads of an exercise, on its public cases only."""
    exercise = graded.exercise
    public = [case for case in exercise.cases if case.visibility != HIDDEN]
    ids = [case.id for case in public]
    return {
        "name": exercise.name, "points": exercise.points, "public_points": public_points(exercise),
        "tolerance": {"rtol": exercise.tolerance.rtol, "atol": exercise.tolerance.atol},
        "accepted_prefixes": list(exercise.accepted_prefixes), "provided": dict(exercise.provided),
        "timeout": exercise.timeout, "aliases": list(exercise.aliases),
        "input_names": {name: list(items) for name, items in exercise.input_names.items()},
        "stub_fingerprint": graded.stub_fingerprint, "parameters": list(graded.parameters),
        "part_labels": [[list(path), label] for path, label in graded.part_labels.items()],
        "cases": [_case_data(graded, case) for case in public],
        "mistakes": [{"id": mistake.id, "hint": mistake.hint,
                      "outputs": {case_id: _outcome(graded.mistake_outputs[mistake.id][case_id]) for case_id in ids}}
                     for mistake in exercise.misconceptions],
        "accepted": [{"note": accepted.note if isinstance(accepted, Convention) else None,
                      "outputs": {case_id: plaindata.encode(outputs[case_id]) for case_id in ids}}
                     for accepted, outputs in zip(exercise.accepted, graded.accepted_outputs)],
        "terms": [{"name": term.name, "known_name": term.known_name, "nonnegative": term.nonnegative,
                   "known": {case_id: plaindata.encode(known[case_id]) for case_id in ids if case_id in known}}
                  for term, known in zip(exercise.terms, graded.known_parts)],
        "probes": {case_id: _probes(graded, case_id) for case_id in ids},
    }


def _case_data(graded: GradedExercise, case: Case) -> dict:
    args, kwargs = graded.encoded_inputs[case.id]
    scalars = graded.case_scalars.get(case.id)
    return {"id": case.id, "weight": case.weight, "substitutes": dict(case.substitutes), "seed": case.seed,
            "args": args, "kwargs": kwargs, "optional_kwargs": plaindata.encode(dict(case.optional_kwargs)),
            "expected": plaindata.encode(graded.expected[case.id]),
            "scalars": dict(scalars) if scalars is not None else None}


def _outcome(value) -> dict:
    if isinstance(value, Raised):
        return {"raised": {"kind": value.kind, "message": value.message}}
    return {"value": plaindata.encode(value)}


def _probes(graded: GradedExercise, case_id: str) -> list[dict]:
    """The default-argument probes of a case (probes.DefaultOutputs), in their order (the first match is said)."""
    probes = graded.default_outputs.get(case_id) if graded.default_outputs is not None else {}
    return [{"argument": argument, "source": source, "value": plaindata.encode(value),
             "output": plaindata.encode(output)} for (argument, source, value), output in probes.items()]


class KitProbes:
    """The kit's default-argument probes: what probes.DefaultOutputs computed, case id -> {probe: output}."""

    def __init__(self, by_case: dict[str, dict[tuple, object]]):
        self._by_case = by_case

    def get(self, case_id: str) -> dict[tuple, object]:
        return self._by_case.get(case_id, {})


def _not_in_kit(*args, **kwargs):
    """Stands for the material's code (a known mistake, an accepted implementation, a known part): not in the kit."""
    raise MaterialError("not in the kit: a student kit holds outputs on the public cases, not the material's code")


def load_kit(kit_dir: Path) -> Material:
    """The grading material of a kit written by write_kit: its public cases, ready to judge as the full grader does.
    A missing or broken kit, or one of another format version, is a MaterialError (one line)."""
    kit_dir = Path(kit_dir).resolve()
    index = _read(kit_dir, INDEX, f"no student kit at {kit_dir} (no {INDEX}): give the folder `grade release "
                                  f"--kit` wrote")
    if not isinstance(index, dict) or index.get("format") != KIT_FORMAT:
        raise MaterialError(f"{kit_dir / INDEX} is not a student kit's index")
    if index.get("version") != KIT_VERSION:
        raise MaterialError(f"{kit_dir / INDEX} is a kit of format version {index.get('version')!r}; this grader "
                            f"reads version {KIT_VERSION}: install the kit's own engine (pip install {kit_dir}/engine)")
    names = index.get("assignments")
    if not isinstance(names, list) or not names or not all(isinstance(name, str) for name in names):
        raise MaterialError(f"{kit_dir / INDEX} lists no assignment: write the kit again with `grade release --kit`")
    assignments, exercises = [], []
    for name in names:
        where = f"{DATA_FOLDER}/{name}.json"
        data = _read(kit_dir, where, f"the kit lists the assignment {name} but has no {where}")
        try:
            assignment, graded = _assignment(kit_dir, data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # PlainDataError is a ValueError
            raise MaterialError(f"{kit_dir / where} is broken ({type(exc).__name__}: {exc}): write the kit "
                                f"again with `grade release --kit`") from None
        assignments.append(assignment)
        exercises += graded
    return Material(kit_dir, assignments, exercises, reference_files={})


def _read(kit_dir: Path, name: str, missing: str):
    path = kit_dir / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MaterialError(missing) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MaterialError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise MaterialError(f"{path} is not JSON ({exc}): write the kit again with `grade release --kit`") from None


def _assignment(kit_dir: Path, data: dict) -> tuple[Assignment, list[GradedExercise]]:
    helpers = kit_dir / data["helpers"] if data["helpers"] is not None else None
    if helpers is not None and not helpers.is_dir():
        raise MaterialError(f"the kit has no {data['helpers']} (the course helpers of {data['name']})")
    built = [_exercise(item) for item in data["exercises"]]
    assignment = Assignment(data["name"], data["title"], data["order"], tuple(exercise for exercise, _ in built),
                            helpers, data["course"], data["week"], tuple(data["file_names"]), tuple(data["titles"]))
    return assignment, [GradedExercise(assignment, exercise, **fields) for exercise, fields in built]


def _exercise(data: dict) -> tuple[Exercise, dict]:
    decode = plaindata.decode
    cases = tuple(Case(item["id"], args=tuple(decode(item["args"])), kwargs=decode(item["kwargs"]),
                       weight=item["weight"], substitutes=dict(item["substitutes"]), seed=item["seed"],
                       optional_kwargs=decode(item["optional_kwargs"])) for item in data["cases"])
    mistakes = tuple(KnownMistake(item["id"], item["hint"], _not_in_kit) for item in data["mistakes"])
    accepted = tuple(Convention(_not_in_kit, item["note"]) if item["note"] is not None else _not_in_kit
                     for item in data["accepted"])
    terms = tuple(ScalarTerm(item["name"], _not_in_kit, item["known_name"], item["nonnegative"])
                  for item in data["terms"])
    exercise = Exercise(data["name"], data["public_points"], cases,
                        Tolerance(data["tolerance"]["rtol"], data["tolerance"]["atol"]),
                        tuple(data["accepted_prefixes"]), dict(data["provided"]), data["timeout"], mistakes, accepted,
                        tuple(data["aliases"]), terms,
                        {name: tuple(items) for name, items in data["input_names"].items()})
    expected = {item["id"]: decode(item["expected"]) for item in data["cases"]}
    fields = {
        "expected": expected,
        "stub_fingerprint": data["stub_fingerprint"],
        "mistake_outputs": {item["id"]: {case_id: _decoded_outcome(outcome)
                                         for case_id, outcome in item["outputs"].items()}
                            for item in data["mistakes"]},
        "encoded_inputs": {item["id"]: (item["args"], item["kwargs"]) for item in data["cases"]},
        # as catalog.load_material writes them: a reply of exactly these bytes has passed
        "expected_json": {case_id: expected_bytes(value) for case_id, value in expected.items()},
        "accepted_outputs": tuple({case_id: decode(node) for case_id, node in item["outputs"].items()}
                                  for item in data["accepted"]),
        "parameters": tuple(data["parameters"]),
        "part_labels": {tuple(path): label for path, label in data["part_labels"]},
        "case_scalars": {item["id"]: item["scalars"] for item in data["cases"] if item["scalars"] is not None},
        "known_parts": tuple({case_id: decode(node) for case_id, node in item["known"].items()}
                             for item in data["terms"]),
        "default_outputs": KitProbes({case_id: {(probe["argument"], probe["source"], decode(probe["value"])):
                                                decode(probe["output"]) for probe in probes}
                                      for case_id, probes in data["probes"].items()}),
    }
    return exercise, fields


def _decoded_outcome(outcome: dict):
    if "raised" in outcome:
        return Raised(outcome["raised"]["kind"], outcome["raised"]["message"])
    return plaindata.decode(outcome["value"])
