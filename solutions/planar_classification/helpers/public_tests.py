"""Stand-in for the course's public_tests (2021+): the test functions exist, so that `from public_tests import *`
works, but they check nothing (the grader's own cases grade the exercises; top-level test calls never run)."""


def _not_run(target):
    print("The course's public tests are not run by this grader: " + getattr(target, "__name__", "function") +
          " is graded on the grader's own cases.")


def layer_sizes_test(target):
    _not_run(target)


def initialize_parameters_test(target):
    _not_run(target)


def forward_propagation_test(target):
    _not_run(target)


def compute_cost_test(target):
    _not_run(target)


def backward_propagation_test(target):
    _not_run(target)


def update_parameters_test(target):
    _not_run(target)


def nn_model_test(target):
    _not_run(target)


def predict_test(target):
    _not_run(target)
