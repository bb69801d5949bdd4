"""The messages students read for the classic mistakes: what, where, by how much, and the hint."""

from __future__ import annotations

import pytest

from conftest import VARIANTS, by_id


def first_public_failure(grade, variant: str):
    exercise_id = variant.split("/")[1]
    exercise = by_id(grade({"work.py": (VARIANTS / f"{variant}.py").read_text(encoding="utf-8")}))[exercise_id]
    case = next(c for c in exercise.cases if c.visibility == "public" and c.status != "passed")
    return case.message, [m.id for m in exercise.misconceptions], [m.hint for m in exercise.misconceptions]


@pytest.mark.parametrize("variant, phrases, mistake", [
    ("initialization/initialize_parameters_zeros/wrong_rank1_biases",
     ["parameters['b1']: got shape (2,), expected (2, 1)", "rank-1"], "zeros-rank1-bias"),
    ("initialization/initialize_parameters_zeros/wrong_transposed_W",
     ["parameters['W1']: got shape (3, 2), expected (2, 3)", "transposed"], "zeros-transposed-w"),
    ("initialization/initialize_parameters_he/wrong_xavier",
     ["parameters['W1']: 6 of 6 elements differ", "largest absolute difference 0.446 at [1, 0]",
      "got = expected × 1/√2 (= 0.7071)"], "he-xavier-scale"),
    ("optimization/update_parameters_with_adam/wrong_epsilon_inside_sqrt",
     ["parameters['W1']: 4 of 6 elements differ", "largest relative difference"], "adam-epsilon-inside-sqrt"),
    ("optimization/random_mini_batches/wrong_no_end_case",
     ["mini_batches: got a list of 2 items, expected 3"], "minibatch-no-end-case"),
])
def test_classic_mistakes_get_a_precise_message_and_their_hint(grade, variant, phrases, mistake):
    message, ids, hints = first_public_failure(grade, variant)
    for phrase in phrases:
        assert phrase in message
    assert ids == [mistake]
    assert hints[0] and hints[0] not in message


def test_epsilon_inside_the_square_root_hint_says_where_epsilon_belongs(grade):
    _, _, hints = first_public_failure(grade, "optimization/update_parameters_with_adam/wrong_epsilon_inside_sqrt")
    assert hints[0].startswith("epsilon belongs outside the square root")


def test_a_global_left_by_an_earlier_notebook_cell_is_named_as_such(grade):
    """Older templates never read some weights from their arguments, so students used globals an earlier cell
    left: the grader runs no top-level code, and the message says that is why the name is missing."""
    source = ("def update_lr(learning_rate0, epoch_num, decay_rate):\n"
              "    return learning_rate0 / (1 + decay_rate * epoch_num) * Wf\n")
    exercise = by_id(grade({"optimization.py": source}))["update_lr"]
    public = [case for case in exercise.cases if case.visibility == "public"]
    assert public and all("uses the global name Wf, which the grader does not provide" in case.message
                          for case in public)
    assert all("does not provide" not in case.message for case in exercise.cases if case.visibility == "hidden")


def test_lstm_cell_backward_on_the_notebooks_globals_is_told_why(graded_variant):
    """The v3 template of lstm_cell_backward never read Wf, Wi, Wc, Wo from parameters: students used the globals an
    earlier cell left, and the grader says that this is why Wf is missing."""
    result = graded_variant(VARIANTS / "rnn_step_by_step" / "lstm_cell_backward" / "wrong_global_Wf.py")
    exercise = by_id(result)["lstm_cell_backward"]
    public = [case for case in exercise.cases if case.visibility == "public"]
    assert exercise.score == 0 and public
    assert all("uses the global name Wf, which the grader does not provide" in case.message for case in public)


CORPUS = VARIANTS.parent / "diagnosis"


@pytest.mark.parametrize("file, phrase", [
    # a ScalarTerm: the regularized cost is the course's cross-entropy plus the L2 term
    ("regularization/compute_cost_with_regularization/range_skips_W1.py",
     "cost: the L2 regularization term is 0.07909, expected 0.184"),
    ("regularization/compute_cost_with_regularization/cross_entropy_divided_by_m.py",
     "cost: the cross-entropy part is wrong"),
    # a Reading: a difference of exactly 1
    ("gradient_checking/gradient_check_n/j_minus_at_theta_plus.py",
     "difference: a difference of exactly 1 means that grad or gradapprox is all zeros"),
    # value checks, and the cause (the mask D2) said before what it causes (A3)
    ("optimization/update_parameters_with_momentum/velocity_not_stored.py", "v['dW1'] is unchanged from the input"),
    ("regularization/forward_propagation_with_dropout/seed_reset_each_layer.py",
     "cache[6] (D2) is a 0/1 mask (87% kept, expected 73%), but not the expected one"),
    # probes: the reference with an argument at its default, at the first test's value, or with another seed
    ("optimization/update_parameters_with_adam/hardcoded_epsilon.py",
     "parameters['W1']: the result is what epsilon = 1e-08 (its default) gives: is the argument epsilon used"),
    ("gradient_checking/forward_propagation/hardcoded_notebook_x.py",
     "J: the result is what x = 2, the value in the first test, gives"),
    ("initialization/initialize_parameters_random/seed_one.py",
     "parameters['W1']: the result is what np.random.seed(1) gives: another seed than the course's np.random.seed(3)"),
    # Readings that work a learning rate backwards (solutions/optimization/readings.py)
    ("optimization/update_lr/epoch_plus_one.py",
     "learning_rate: the result is learning_rate0 / (1 + decay_rate × 3): it counts 3 epochs where epoch_num = 2"),
    ("optimization/schedule_lr_decay/modulo_instead_of_floor_division.py",
     "learning_rate: the result is learning_rate0 / (1 + decay_rate × 500): it counts 500 intervals"),
    # a wrong shape that is another part's
    ("optimization/initialize_velocity/db_shape_of_W.py", "v['db1'] has the shape of v['dW1'], (2, 3)"),
    # how dropout masks were drawn (solutions/regularization/readings.py)
    ("regularization/forward_propagation_with_dropout/threshold_one_minus_keep_prob.py",
     "cache[1] (D1): the masks keep the numbers below 1 − keep_prob"),
])

def test_the_first_public_message_names_the_cause(graded_variant, file, phrase):
    path = CORPUS / file
    exercise = by_id(graded_variant(path))[path.parent.name]
    first = next(case for case in exercise.cases if case.visibility == "public" and case.status != "passed")
    assert first.message.startswith(phrase), first.message


GC_OWN_LOGIC = '''
import numpy as np


def forward_propagation(x, theta):
    return theta + x


def backward_propagation(x, theta):
    return 1


def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    gradapprox = (forward_propagation(x, theta + epsilon) - forward_propagation(x, theta - epsilon)) / (2 * epsilon)
    grad = backward_propagation(x, theta)
    return np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
'''


def test_gradient_check_is_graded_on_its_own_logic(grade):
    """A right gradient_check beside a wrong forward_propagation and backward_propagation: the cost and its gradient
    are the material's on every case, so the mistakes cost their own exercises' points, not gradient_check's."""
    result = by_id(grade({"gradient_checking.py": GC_OWN_LOGIC}))
    assert result["forward_propagation"].score == 0 and result["backward_propagation"].score == 0
    assert result["gradient_check"].score == result["gradient_check"].max_score


def test_a_failed_case_says_which_named_items_of_the_result_are_right(graded_variant):
    path = CORPUS / "optimization/update_parameters_with_adam/epsilon_inside_sqrt_b_only.py"
    exercise = by_id(graded_variant(path))[path.parent.name]
    failed = [case for case in exercise.cases if case.status != "passed"]
    assert failed and all(case.message.endswith("v, s, v_corrected and s_corrected are right") for case in failed)


def test_a_binomial_dropout_mask_is_named_even_in_a_hidden_case(graded_variant):
    """np.random.binomial masks equal the course's above keep_prob 0.5 and fail only hidden cases: their text says how
    the masks were drawn (a fixed sentence, no values)."""
    path = CORPUS / "regularization/forward_propagation_with_dropout/binomial_mask.py"
    exercise = by_id(graded_variant(path))[path.parent.name]
    failed = [case for case in exercise.cases if case.status != "passed"]
    assert failed and all(case.visibility == "hidden" for case in failed)
    assert all("np.random.binomial(1, keep_prob) draws" in case.message for case in failed)
