"""The misconception catalog: each known mistake is recognised in a realistic wrong file, never in a correct one."""

from __future__ import annotations

import re

import pytest

from conftest import SOLUTIONS, VARIANTS, by_id, reference_sources
from grader.judging.results import PASSED

# misconception id -> (exercise, a wrong variant under tests/variants that makes exactly that mistake)
CATALOG = {
    # initialization
    "zeros-rank1-bias": ("initialize_parameters_zeros", "initialize_parameters_zeros/wrong_rank1_biases.py"),
    "zeros-transposed-w": ("initialize_parameters_zeros", "initialize_parameters_zeros/wrong_transposed_W.py"),
    "random-scale-0.01": ("initialize_parameters_random", "initialize_parameters_random/wrong_times_0_01.py"),
    "random-uniform-rand": ("initialize_parameters_random", "initialize_parameters_random/wrong_rand_uniform.py"),
    "random-seed-in-loop": ("initialize_parameters_random", "initialize_parameters_random/wrong_seed_inside_loop.py"),
    "he-xavier-scale": ("initialize_parameters_he", "initialize_parameters_he/wrong_xavier.py"),
    "he-fan-out": ("initialize_parameters_he", "initialize_parameters_he/wrong_fan_out.py"),
    "he-missing-scale": ("initialize_parameters_he", "initialize_parameters_he/wrong_no_scaling.py"),
    "he-variance-not-std": ("initialize_parameters_he", "initialize_parameters_he/wrong_sqrt_2_over_n_missing_sqrt.py"),
    "he-uniform-rand": ("initialize_parameters_he", "initialize_parameters_he/wrong_rand_uniform.py"),
    # regularization
    "l2-cost-missing-half": ("compute_cost_with_regularization",
                             "compute_cost_with_regularization/wrong_lambd_over_m.py"),
    "l2-cost-missing-1-over-m": ("compute_cost_with_regularization",
                                 "compute_cost_with_regularization/wrong_forgot_one_over_m.py"),
    "l2-cost-skips-output-layer": ("compute_cost_with_regularization",
                                   "compute_cost_with_regularization/wrong_only_W1_W2.py"),
    "l2-cost-not-squared": ("compute_cost_with_regularization",
                            "compute_cost_with_regularization/wrong_sum_not_squared.py"),
    "l2-backward-missing-term": ("backward_propagation_with_regularization",
                                 "backward_propagation_with_regularization/wrong_no_reg_terms.py"),
    "l2-backward-half-term": ("backward_propagation_with_regularization",
                              "backward_propagation_with_regularization/wrong_lambd_over_2m.py"),
    "l2-backward-missing-1-over-m": ("backward_propagation_with_regularization",
                                     "backward_propagation_with_regularization/wrong_reg_term_inside_1_over_m.py"),
    "dropout-mask-direction": ("forward_propagation_with_dropout",
                               "forward_propagation_with_dropout/wrong_mask_greater.py"),
    "dropout-no-rescale": ("forward_propagation_with_dropout", "forward_propagation_with_dropout/wrong_no_rescale.py"),
    "dropout-randn-mask": ("forward_propagation_with_dropout", "forward_propagation_with_dropout/wrong_randn.py"),
    "dropout-backward-no-mask": ("backward_propagation_with_dropout",
                                 "backward_propagation_with_dropout/wrong_forgets_mask.py"),
    "dropout-backward-no-rescale": ("backward_propagation_with_dropout",
                                    "backward_propagation_with_dropout/wrong_forgets_rescale.py"),
    "dropout-backward-multiplies-keep-prob": ("backward_propagation_with_dropout",
                                              "backward_propagation_with_dropout/wrong_multiplies_keep_prob.py"),
    # gradient checking
    "backward-returns-cost": ("backward_propagation", "backward_propagation/wrong_returns_theta_times_x.py"),
    "backward-derivative-wrt-x": ("backward_propagation", "backward_propagation/wrong_returns_theta.py"),
    "gradcheck-hardcoded": ("gradient_check", "gradient_check/wrong_hardcoded_theta_times_x.py"),
    "gradcheck-one-sided": ("gradient_check", "gradient_check/wrong_one_sided_difference.py"),
    "gradcheck-perturbs-x": ("gradient_check", "gradient_check/wrong_perturbs_x.py"),
    "gradcheck-divides-by-epsilon": ("gradient_check", "gradient_check/wrong_divides_by_epsilon.py"),
    "gradcheck-operator-precedence": ("gradient_check", "gradient_check/wrong_operator_precedence.py"),
    "gradcheck-n-hardcoded": ("gradient_check_n", "gradient_check_n/wrong_inlines_forward_pass.py"),
    "gradcheck-n-one-sided": ("gradient_check_n", "gradient_check_n/wrong_one_sided_difference.py"),
    "gradcheck-n-divides-by-epsilon": ("gradient_check_n", "gradient_check_n/wrong_divides_by_epsilon.py"),
    "gradcheck-n-no-copy": ("gradient_check_n", "gradient_check_n/wrong_no_copy.py"),
    "gradcheck-n-no-denominator": ("gradient_check_n", "gradient_check_n/wrong_no_denominator.py"),
    # optimization
    "gd-plus-sign": ("update_parameters_with_gd", "update_parameters_with_gd/wrong_plus_sign.py"),
    "gd-skips-last-layer": ("update_parameters_with_gd", "update_parameters_with_gd/wrong_misses_last_layer.py"),
    "minibatch-no-end-case": ("random_mini_batches", "random_mini_batches/wrong_no_end_case.py"),
    "minibatch-empty-end-batch": ("random_mini_batches", "random_mini_batches/wrong_always_end_batch.py"),
    "minibatch-unpaired-shuffle": ("random_mini_batches", "random_mini_batches/wrong_separate_permutations.py"),
    "minibatch-no-shuffle": ("random_mini_batches", "random_mini_batches/wrong_no_shuffle.py"),
    "velocity-skips-last-layer": ("initialize_velocity", "initialize_velocity/wrong_misses_last_layer.py"),
    "momentum-no-one-minus-beta": ("update_parameters_with_momentum",
                                   "update_parameters_with_momentum/wrong_no_one_minus_beta.py"),
    "momentum-beta-swapped": ("update_parameters_with_momentum",
                              "update_parameters_with_momentum/wrong_beta_swapped.py"),
    "momentum-updates-with-grads": ("update_parameters_with_momentum",
                                    "update_parameters_with_momentum/wrong_updates_with_grads.py"),
    "adam-bias-correction-beta1": ("update_parameters_with_adam",
                                   "update_parameters_with_adam/wrong_s_corrected_with_beta1.py"),
    "adam-epsilon-inside-sqrt": ("update_parameters_with_adam",
                                 "update_parameters_with_adam/wrong_epsilon_inside_sqrt.py"),
    "adam-no-bias-correction": ("update_parameters_with_adam",
                                "update_parameters_with_adam/wrong_no_bias_correction.py"),
    "lr-decay-exponential": ("update_lr", "update_lr/wrong_exponential_decay.py"),
    "lr-decay-natural-exp": ("update_lr", "update_lr/wrong_exp.py"),
    "lr-decay-missing-one": ("update_lr", "update_lr/wrong_missing_one_plus.py"),
    "lr-decay-no-floor": ("schedule_lr_decay", "schedule_lr_decay/wrong_no_floor.py"),
    "lr-decay-ignores-interval": ("schedule_lr_decay", "schedule_lr_decay/wrong_ignores_time_interval.py"),
}

ALT_FILES = sorted(path for path in VARIANTS.glob("*/alt_*.py"))


def _known_mistakes(material):
    return [(graded.exercise.name, mistake) for graded in material.exercises for mistake in graded.exercise.misconceptions]


@pytest.mark.parametrize("mistake_id", sorted(CATALOG))
def test_known_mistake_is_recognised(grade, mistake_id):
    exercise_name, variant = CATALOG[mistake_id]
    path = VARIANTS / variant
    exercise = by_id(grade({path.name: path.read_text(encoding="utf-8")}))[exercise_name]
    assert exercise.status != PASSED
    reported = {misconception.id: misconception.hint for misconception in exercise.misconceptions}
    assert mistake_id in reported, [c.message for c in exercise.cases]
    assert reported[mistake_id]


def test_every_known_mistake_has_a_test(material):
    declared = {(exercise_name, mistake.id) for exercise_name, mistake in _known_mistakes(material)}
    tested = {(exercise_name, mistake_id) for mistake_id, (exercise_name, _) in CATALOG.items()}
    assert declared == tested
    for _, variant in CATALOG.values():
        assert (VARIANTS / variant).is_file(), variant


def test_catalog_is_well_formed(material):
    """Stable kebab-case ids, unique per exercise, and short hints that do not quote the reference's solution."""
    solution_lines = set()
    for folder in SOLUTIONS.iterdir():
        if (folder / "reference.py").is_file():
            inside = False
            for line in (folder / "reference.py").read_text(encoding="utf-8").splitlines():
                if "### START CODE HERE ###" in line:
                    inside = True
                elif "### END CODE HERE ###" in line:
                    inside = False
                elif inside and "=" in line and not line.strip().startswith("#"):
                    solution_lines.add(line.split("#")[0].split("=", 1)[1].strip())
    for graded in material.exercises:
        ids = [mistake.id for mistake in graded.exercise.misconceptions]
        assert len(ids) == len(set(ids)), graded.exercise.name
        for mistake in graded.exercise.misconceptions:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9.]+)*", mistake.id), mistake.id
            assert callable(mistake.implementation)
            assert mistake.implementation.__name__ == mistake.id.replace("-", "_").replace(".", "_"), mistake.id
            assert 20 < len(mistake.hint) <= 320 and mistake.hint.endswith("."), mistake.id
            assert not any(line in mistake.hint for line in solution_lines if len(line) > 12), mistake.id


@pytest.mark.parametrize("variant", ALT_FILES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_correct_alternative_gets_no_misconception(grade, variant):
    result = grade({variant.name: variant.read_text(encoding="utf-8")})
    for exercise in result.exercises:
        assert exercise.misconceptions == [], (exercise.id, [m.id for m in exercise.misconceptions])


def test_references_get_no_misconception(grade):
    for exercise in grade(reference_sources()).exercises:
        assert exercise.status == PASSED, exercise.id
        assert exercise.misconceptions == [], (exercise.id, [m.id for m in exercise.misconceptions])


def test_a_mistake_refuted_by_a_passed_case_is_not_reported(grade):
    """Right on the first case (its output is the reference's, byte for byte), Xavier's scale on the others: the
    he-xavier-scale mistake matches every failed case but not the passed one, so it is not the student's mistake."""
    reference = reference_sources()["initialization.py"]
    xavier = (VARIANTS / "initialize_parameters_he/wrong_xavier.py").read_text(encoding="utf-8")
    source = (reference.replace("def initialize_parameters_he(", "def _right_he(") + "\n\n"
              + xavier.replace("def initialize_parameters_he(", "def _xavier_he(") + "\n\n"
              "def initialize_parameters_he(layers_dims):\n"
              "    if list(layers_dims) == [3, 2, 1]:\n"
              "        return _right_he(layers_dims)\n"
              "    return _xavier_he(layers_dims)\n")
    exercise = by_id(grade({"initialization.py": source}))["initialize_parameters_he"]
    assert [case.status for case in exercise.cases] == [PASSED, "failed", "failed", "failed"]
    assert exercise.misconceptions == []
    # the same file, Xavier's scale on every case: the mistake is reported
    always_xavier = source.replace("if list(layers_dims) == [3, 2, 1]:", "if False:")
    exercise = by_id(grade({"initialization.py": always_xavier}))["initialize_parameters_he"]
    assert [m.id for m in exercise.misconceptions] == ["he-xavier-scale"]
