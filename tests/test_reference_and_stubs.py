"""The references earn full marks, the shipped stubs grade as not_implemented, and the stubs never drift."""

from __future__ import annotations

import ast

from conftest import ASSIGNMENTS, SOLUTIONS, VARIANTS
from grader.material.release import differences, release_files
from grader.judging.results import NOT_IMPLEMENTED, PASSED

COURSE_EXERCISES = {
    "python_basics": ["basic_sigmoid", "sigmoid", "sigmoid_derivative", "image2vector", "normalize_rows", "softmax",
                      "L1", "L2"],
    "logistic_regression": ["sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model"],
    "planar_classification": ["layer_sizes", "initialize_parameters", "forward_propagation", "compute_cost",
                              "backward_propagation", "update_parameters", "nn_model", "predict"],
    "dnn_step_by_step": ["initialize_parameters", "initialize_parameters_deep", "linear_forward",
                         "linear_activation_forward", "L_model_forward", "compute_cost", "linear_backward",
                         "linear_activation_backward", "L_model_backward", "update_parameters"],
    "dnn_application": ["two_layer_model", "L_layer_model"],
    "initialization": ["initialize_parameters_zeros", "initialize_parameters_random", "initialize_parameters_he"],
    "regularization": ["compute_cost_with_regularization", "backward_propagation_with_regularization",
                       "forward_propagation_with_dropout", "backward_propagation_with_dropout"],
    "gradient_checking": ["forward_propagation", "backward_propagation", "gradient_check", "gradient_check_n"],
    "optimization": ["update_parameters_with_gd", "random_mini_batches", "initialize_velocity",
                     "update_parameters_with_momentum", "initialize_adam", "update_parameters_with_adam",
                     "update_lr", "schedule_lr_decay"],
    "cnn_step_by_step": ["zero_pad", "conv_single_step", "conv_forward", "pool_forward", "conv_backward",
                         "create_mask_from_window", "distribute_value", "pool_backward"],
    "yolo_iou": ["iou"],
    "rnn_step_by_step": ["rnn_cell_forward", "rnn_forward", "lstm_cell_forward", "lstm_forward", "rnn_cell_backward",
                         "rnn_backward", "lstm_cell_backward", "lstm_backward"],
    "dinosaurus": ["clip", "sample", "optimize"],
    "word_vectors": ["cosine_similarity", "complete_analogy", "neutralize", "equalize"],
    "optimization_numpy": ["initialize_rmsprop", "update_parameters_with_rmsprop", "exponentially_weighted_average",
                           "batchnorm_forward", "batchnorm_backward", "softmax", "compute_softmax_cost",
                           "softmax_backward", "sample_learning_rates", "sample_beta"],
}


def test_material_has_the_course_exercises_in_course_order(material):
    """The course's assignments are all there, in course order, each with the course's exercises in its order; an
    assignment an instructor adds beside them changes nothing here."""
    got = {}
    for graded in material.exercises:
        got.setdefault(graded.assignment.name, []).append(graded.exercise.name)
    assert {name: got.get(name) for name in COURSE_EXERCISES} == COURSE_EXERCISES
    assert [a.name for a in material.assignments if a.name in COURSE_EXERCISES] == list(COURSE_EXERCISES)


def test_every_exercise_has_public_and_hidden_cases(material):
    """Every exercise has public and hidden cases; those of the repository's tested material (an assignment with
    tests/variants/<assignment>/) have at least three."""
    for graded in material.exercises:
        cases = graded.exercise.cases
        assert {case.visibility for case in cases} == {"public", "hidden"}, graded.key
        if (VARIANTS / graded.assignment.name).is_dir():
            assert len(cases) >= 3, graded.key


def test_reference_solutions_earn_full_marks(grade, material):
    result = grade(SOLUTIONS)
    failing = {e.id: [c.message for c in e.cases if c.status != PASSED] for e in result.exercises if e.status != PASSED}
    assert failing == {}
    assert len(result.exercises) == len(material.exercises)
    assert result.score == result.max_score > 0


def test_shipped_stubs_grade_as_not_implemented_everywhere(grade):
    result = grade(ASSIGNMENTS)
    assert {e.id: e.status for e in result.exercises} == {e.id: NOT_IMPLEMENTED for e in result.exercises}
    assert result.score == 0
    assert all(case.status == NOT_IMPLEMENTED for e in result.exercises for case in e.cases)


def test_committed_stubs_match_what_release_generates(material):
    assert differences(material, ASSIGNMENTS) == []
    generated = set(release_files(material))
    committed = {path.relative_to(ASSIGNMENTS).as_posix() for path in ASSIGNMENTS.rglob("*")
                 if path.suffix in (".py", ".ipynb") and "__pycache__" not in path.parts}
    assert committed == generated


def test_an_assignment_with_helpers_of_its_own_ships_in_a_folder_with_them(material):
    """Two assignments' helpers may share a name (testCases, public_tests): each such assignment has its folder."""
    files = release_files(material)
    for assignment in material.assignments:
        own = assignment.helpers_dir != (SOLUTIONS / "helpers").resolve()
        folder = f"{assignment.name}/" if own else ""
        assert {f"{folder}{assignment.name}.py", f"{folder}{assignment.name}.ipynb"} <= set(files)
        for helper in assignment.helpers_dir.glob("*.py"):
            assert files[f"{folder}{helper.name}"] == helper.read_text(encoding="utf-8")


def test_stubs_contain_no_solution_code(material):
    """No line a student writes in a function (between its markers) is in that function's stub; another function may
    hand it out (pool_forward gives the shape lines that conv_forward asks for, as the course does)."""
    files = release_files(material)
    for assignment in material.assignments:
        stub = files.get(f"{assignment.name}.py") or files[f"{assignment.name}/{assignment.name}.py"]
        reference = (SOLUTIONS / assignment.name / "reference.py").read_text(encoding="utf-8")
        stub_functions = _functions(stub)
        solution_lines = {name: _region_lines(text) for name, text in _functions(reference).items()}
        assert any(solution_lines.values()), assignment.name
        leaked = [(name, line) for name, lines in solution_lines.items() for line in lines
                  if line in stub_functions.get(name, "").splitlines()]
        assert leaked == [], f"{assignment.name}: solution lines in the stub: {leaked[:3]}"
        ast.parse(stub)


def _functions(source: str) -> dict[str, str]:
    lines = source.splitlines()
    return {node.name: "\n".join(lines[node.lineno - 1:node.end_lineno]) for node in ast.parse(source).body
            if isinstance(node, ast.FunctionDef)}


def _region_lines(source: str) -> list[str]:
    lines, inside = [], False
    for line in source.splitlines():
        if "### START CODE HERE ###" in line:
            inside = True
        elif "### END CODE HERE ###" in line:
            inside = False
        elif inside and line.strip() and not line.strip().startswith("#"):
            lines.append(line)
    return lines


def test_a_partly_edited_stub_is_graded_not_skipped(grade, material):
    stub = release_files(material)["optimization.py"]
    edited = stub.replace(
        "def update_lr(learning_rate0, epoch_num, decay_rate):",
        "def update_lr(learning_rate0, epoch_num, decay_rate):\n    return learning_rate0 / (1 + decay_rate * epoch_num)\n"
        "def _unused(learning_rate0, epoch_num, decay_rate):")
    result = grade({"optimization.py": edited})
    statuses = {e.id: e.status for e in result.exercises}
    assert statuses["update_lr"] == PASSED
    assert statuses["update_parameters_with_adam"] == NOT_IMPLEMENTED


def test_every_stub_says_none_so_that_functions_that_do_not_are_never_taken_for_one(material):
    """discover fingerprints only functions whose text says None (stubs.NOT_A_STUB): a stub must say it."""
    from grader.material.stubs import NOT_A_STUB, make_stub, stub_candidate_fingerprint

    for assignment, reference in material.reference_files.items():
        stub = make_stub(reference.read_text(encoding="utf-8"))
        graded = {g.exercise.name: g for g in material.exercises if g.assignment.name == assignment}
        for node in ast.parse(stub).body:
            if isinstance(node, ast.FunctionDef) and node.name in graded:
                fingerprint = stub_candidate_fingerprint(node, stub)
                assert fingerprint != NOT_A_STUB and fingerprint == graded[node.name].stub_fingerprint, node.name
