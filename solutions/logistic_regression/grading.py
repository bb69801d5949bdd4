"""Cases, tolerances and points of the Logistic Regression with a Neural Network mindset assignment."""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong
from . import readings
from .reference import predict, propagate

SUBSTITUTES = "logistic_regression_substitutes"


# Other generations' return conventions, accepted beside the reference's

def _propagate_cost_as_number(w, b, X, Y):
    """Before 2021 the cost is np.squeeze(cost) of a number, a np.float64, not the 0-d array of
    np.squeeze(np.array(cost)); the comparison takes a number where a number is expected, not where a 0-d array is."""
    grads, cost = propagate(w, b, X, Y)
    return grads, float(cost)


def _predict_integer_labels(w, b, X):
    """0/1 as integers (`(A > 0.5).astype(int)`) or booleans (`A > 0.5`): the same predictions as the course's
    floats; they work wherever the notebook uses them (its accuracy line subtracts the integer labels)."""
    return predict(w, b, X).astype(int)


# Inputs

def _data(seed, n_x, m):
    """X (n_x, m) and labels Y (1, m) of 0./1. with both classes present, from one seed."""
    rng = np.random.RandomState(seed)
    X = rng.randn(n_x, m)
    Y = (rng.rand(1, m) > 0.5).astype(float)
    Y[0, 0], Y[0, -1] = 1.0, 0.0
    return X, Y


def _parameters(seed, n_x, scale=0.5):
    rng = np.random.RandomState(seed)
    return rng.randn(n_x, 1) * scale, float(rng.randn() * scale)


# The course's notebook cells (2021+) and its public_tests
NOTEBOOK_W, NOTEBOOK_B = np.array([[1.], [2.]]), 1.5
NOTEBOOK_X, NOTEBOOK_Y = np.array([[1., -2., -1.], [3., 0.5, -3.2]]), np.array([[1, 1, 0]])
TESTS_W, TESTS_B = np.array([[1.], [2.], [-1]]), 2.5
TESTS_X = np.array([[1., 2., -1., 0], [3., 4., -3.2, 1], [3., 4., -3.2, -3.5]])
TESTS_Y = np.array([[1, 1, 0, 0]])


def _sigmoid_cases():
    return (Case("z = np.array([0, 2])", args=(np.array([0, 2]),)),
            Case("z = 1 (a scalar)", args=(1,)),
            Case("z of shape (3, 4)", args=(np.random.RandomState(1).randn(3, 4) * 4,), visibility=HIDDEN),
            Case("z = [-3.5, -0.2, 4, 10]", args=(np.array([-3.5, -0.2, 4.0, 10.0]),), visibility=HIDDEN))


def _initialize_cases():
    return (Case("dim = 2", args=(2,)),
            Case("dim = 3", args=(3,)),
            Case("dim = 1", args=(1,), visibility=HIDDEN),
            Case("dim = 5", args=(5,), visibility=HIDDEN),
            Case("dim = 12288 (64 * 64 * 3)", args=(12288,), visibility=HIDDEN))


def _propagate_cases():
    return (Case("the notebook's w, b, X (2, 3), Y", args=(NOTEBOOK_W, NOTEBOOK_B, NOTEBOOK_X, NOTEBOOK_Y)),
            Case("public_tests' w, b, X (3, 4), Y", args=(TESTS_W, TESTS_B, TESTS_X, TESTS_Y)),
            # the 2017 notebook's cell: integer w, b and X
            Case("integer w, b = 2, X (2, 2)", args=(np.array([[1], [2]]), 2, np.array([[1, 2], [3, 4]]),
                                                     np.array([[1, 0]])), visibility=HIDDEN),
            Case("X (5, 8)", args=(*_parameters(2, 5), *_data(3, 5, 8)), visibility=HIDDEN),
            Case("X (4, 11)", args=(*_parameters(4, 4, scale=0.3), *_data(5, 4, 11)), visibility=HIDDEN))


def _squared_error():
    return {"propagate": f"{SUBSTITUTES}:propagate_squared_error"}


def _tanh():
    return {"propagate": f"{SUBSTITUTES}:propagate_tanh_squared_error"}


def _optimize_cases():
    """Every case replaces propagate by another cost's (linear regression's, a tanh unit's): optimize is judged on
    its own loop, whatever the student's propagate does, and must call propagate rather than re-derive it."""
    def case(case_id, args, num_iterations, learning_rate, substitutes, visibility=PUBLIC, print_cost=None):
        kwargs = {"num_iterations": num_iterations, "learning_rate": learning_rate}
        if print_cost is not None:
            kwargs["print_cost"] = print_cost
        return Case(case_id, args=args, kwargs=kwargs, substitutes=substitutes, visibility=visibility)
    return (
        case("the notebook's inputs, 100 iterations, learning_rate=0.009, squared-error propagate",
             (NOTEBOOK_W, NOTEBOOK_B, NOTEBOOK_X, NOTEBOOK_Y), 100, 0.009, _squared_error()),
        case("public_tests' inputs, 101 iterations, learning_rate=0.1, tanh propagate",
             (np.array([[1.], [2.]]), 2., np.array([[1., 2., -1.], [3., 4., -3.2]]), np.array([[1, 0, 1]])),
             101, 0.1, _tanh()),
        case("X (3, 5), 250 iterations, learning_rate=0.05, squared-error propagate",
             (*_parameters(6, 3), *_data(7, 3, 5)), 250, 0.05, _squared_error(), HIDDEN),
        case("X (4, 6), 301 iterations, learning_rate=0.02, tanh propagate, print_cost=True",
             (*_parameters(8, 4), *_data(9, 4, 6)), 301, 0.02, _tanh(), HIDDEN, print_cost=True),
    )


def _predict_cases():
    return (Case("the notebook's w, b, X (2, 3)", args=(np.array([[0.1124579], [0.23106775]]), -0.3,
                                                      np.array([[1., -1.1, -3.2], [1.2, 2., 0.1]]))),
            Case("public_tests' w, b, X (3, 3)", args=(np.array([[0.3], [0.5], [-0.2]]), -0.33333,
                                                       np.array([[1., -0.3, 1.5], [2, 0, 1], [0, -1.5, 2]]))),
            Case("X (4, 9)", args=(*_parameters(10, 4), np.random.RandomState(11).randn(4, 9)), visibility=HIDDEN),
            # untrained parameters: every activation is exactly 0.5, which the task says is a 0
            Case("w = 0, b = 0, X (3, 5)", args=(np.zeros((3, 1)), 0.0, np.random.RandomState(12).randn(3, 5)),
                 visibility=HIDDEN),
            Case("X (6, 4), b = 0.8", args=(_parameters(13, 6)[0], 0.8, np.random.RandomState(14).randn(6, 4)),
                 visibility=HIDDEN),
            # w^T x + b is exactly 0 for two examples (binary fractions, no rounding): the boundary the task sets
            Case("X (3, 6), two examples exactly on the boundary (activation 0.5)", args=(
                np.array([[1.], [0.5], [-0.25]]), 0.25,
                np.array([[0.5, 1., 0., 2., -1., 0.5], [-1.5, -2., 0., 0.5, 0., 0.], [0., 0.5, 1., 1., 2., 1.]]))))


MODEL_SUBSTITUTES = {"initialize_with_zeros": f"{SUBSTITUTES}:initialize_with_ramp",
                     "optimize": f"{SUBSTITUTES}:optimize_stand_in",
                     "predict": f"{SUBSTITUTES}:predict_scores"}


def _model_cases():
    """Every case replaces initialize_with_zeros, optimize and predict by stand-ins that are none of them (a ramp
    for w, a closed-form step, linear scores): model is judged on how it wires its building blocks, whatever the
    student's versions of them do."""
    def case(case_id, seed, n_x, m_train, m_test, num_iterations, learning_rate, visibility=HIDDEN, **kwargs):
        X_train, Y_train = _data(seed, n_x, m_train)
        X_test, Y_test = _data(seed + 1, n_x, m_test)
        return Case(case_id, args=(X_train, Y_train, X_test, Y_test),
                    kwargs={"num_iterations": num_iterations, "learning_rate": learning_rate, **kwargs},
                    substitutes=MODEL_SUBSTITUTES, visibility=visibility)
    # public_tests' model_test: np.random.seed(0), X (4, 7), x_test (4, 3), a rank-1 y_test
    rng = np.random.RandomState(0)
    X, X_test = rng.randn(4, 7), rng.randn(4, 3)
    course = Case("public_tests' inputs, X_train (4, 7), X_test (4, 3), 50 iterations, learning_rate=0.01",
                  args=(X, np.array([1, 0, 0, 1, 0, 0, 1]).reshape(1, 7), X_test, np.array([0, 1, 0])),
                  kwargs={"num_iterations": 50, "learning_rate": 0.01}, substitutes=MODEL_SUBSTITUTES)
    return (course,
            case("X_train (3, 6), X_test (3, 4), 250 iterations, learning_rate=0.05", 20, 3, 6, 4, 250, 0.05),
            case("X_train (5, 9), X_test (5, 2), 120 iterations, learning_rate=0.3, print_cost=True",
                 22, 5, 9, 2, 120, 0.3, print_cost=True))


ASSIGNMENT = Assignment(
    name="logistic_regression",
    title="Logistic Regression with a Neural Network mindset",
    order=2,
    course=1,
    week=2,
    file_names=("Logistic Regression with a Neural Network mindset v3",
                "Logistic+Regression+with+a+Neural+Network+mindset+v3",
                "Logistic Regression with a Neural Network mindset v4",
                "Logistic+Regression+with+a+Neural+Network+mindset+v4",
                "Logistic Regression with a Neural Network mindset v5",
                "Logistic+Regression+with+a+Neural+Network+mindset+v5",
                "Logistic_Regression_with_a_Neural_Network_mindset_v5",
                "Logistic_Regression_with_a_Neural_Network_mindset_v6",
                "Logistic_Regression_with_a_Neural_Network_mindset_v6a",
                "Logistic Regression with a Neural Network mindset",
                "Logistic_Regression_with_a_Neural_Network_mindset"),
    titles=("Logistic Regression with a Neural Network mindset",),
    exercises=(
        Exercise("sigmoid", points=1, cases=_sigmoid_cases(), misconceptions=(
            KnownMistake("sigmoid-sign-flipped", "sigmoid(z) = 1 / (1 + e^(-z)): the exponent is minus z, so that "
                         "large positive z give values close to 1 and sigmoid(2) is about 0.88.",
                         wrong.sigmoid_sign_flipped),
            KnownMistake("sigmoid-operator-precedence", "Division binds tighter than addition: without parentheses "
                         "around the whole denominator 1 + e^(-z), only the 1 is divided.",
                         wrong.sigmoid_operator_precedence),
        )),
        Exercise("initialize_with_zeros", points=1, cases=_initialize_cases(), misconceptions=(
            KnownMistake("init-rank-1", "np.zeros(dim) is a rank-1 array of shape (dim,); w is a column vector of "
                         "shape (dim, 1), so the shape passed to np.zeros is a tuple of two numbers.",
                         wrong.init_rank_1),
            KnownMistake("init-transposed", "w has one row per feature: shape (dim, 1), a column, so that w.T X is "
                         "a (1, m) row of one z per example.", wrong.init_transposed),
            KnownMistake("init-b-array", "b is a single number (a scalar, 0.0), not an array: broadcasting adds the "
                         "same b to every example's w.T x.", wrong.init_b_array),
        )),
        # before 2021 the cost is a number; since, the 0-d array of np.squeeze(np.array(cost))
        Exercise("propagate", points=3, cases=_propagate_cases(), accepted=(_propagate_cost_as_number,),
                 misconceptions=(
            KnownMistake("cost-no-average", "The cost is the average of the m losses: the sum over the examples is "
                         "multiplied by 1/m, so that it does not grow with the number of examples.",
                         wrong.cost_no_average),
            KnownMistake("cost-no-negative-class-term", "Each loss has two terms, y log(a) for the cats and "
                         "(1 - y) log(1 - a) for the non-cats; with only the first, examples labelled 0 cost nothing.",
                         wrong.cost_no_negative_class_term),
            KnownMistake("cost-sign-flipped", "log(a) is negative for 0 < a < 1: the cost has a minus sign in front "
                         "of the sum so that it is positive and falls as the predictions improve.",
                         wrong.cost_sign_flipped),
            KnownMistake("dw-no-average", "Like the cost, the gradients are averages over the m examples: dw is "
                         "1/m times X (A - Y)^T.", wrong.dw_no_average),
            KnownMistake("dw-transposed", "dw has the shape of w, (n_x, 1): the product is X of shape (n_x, m) times "
                         "(A - Y)^T of shape (m, 1), in that order.", wrong.dw_transposed),
            KnownMistake("db-not-summed", "db is a single number, like b: the average of a(i) - y(i) over the "
                         "examples, a sum divided by m, not the (1, m) row of differences.", wrong.db_not_summed),
            KnownMistake("activation-no-bias", "The activation is A = sigmoid(w^T X + b): forgetting b changes every "
                         "prediction, the cost and both gradients.", wrong.activation_no_bias),
        )),
        Exercise("optimize", points=2, cases=_optimize_cases(), misconceptions=(
            KnownMistake("optimize-plus-sign", "The gradient points uphill, towards a larger cost: gradient descent "
                         "steps against it, each update subtracting learning_rate times the gradient, for w and for "
                         "b.", wrong.optimize_plus_sign),
            KnownMistake("optimize-cost-every-iteration", "costs keeps one cost every 100 iterations (i = 0, 100, "
                         "200, ...) to draw the learning curve, not the cost of every iteration.",
                         wrong.optimize_cost_every_iteration),
            KnownMistake("optimize-propagate-once", "The cost and the gradients depend on the current w and b: call "
                         "propagate inside the loop, once per iteration, after each update.",
                         wrong.optimize_propagate_once),
            KnownMistake("optimize-gradient-inlined", "optimize trains whatever model propagate() defines: get the "
                         "cost and the gradients by calling propagate on the current w and b rather than writing "
                         "the logistic formulas again inside the loop (the grader also runs optimize with other "
                         "propagate functions).",
                         wrong.optimize_gradient_inlined),
        )),
        # int or bool 0/1 predictions are accepted beside the course's floats
        Exercise("predict", points=2, cases=_predict_cases(), accepted=(_predict_integer_labels,),
                 readings=readings.PREDICT, misconceptions=(
            KnownMistake("predict-threshold-inclusive", "The task sets the boundary case: an activation of exactly 0.5 "
                         "is predicted 0 (1 only if the activation is > 0.5). It is what untrained parameters, "
                         "w = 0 and b = 0, give for every example.", wrong.predict_threshold_inclusive),
            KnownMistake("predict-fixed-index", "Each prediction Y_prediction[0, i] comes from its own example's "
                         "activation A[0, i], indexed with the loop variable.", wrong.predict_fixed_index),
            KnownMistake("predict-no-bias", "The probabilities are A = sigmoid(w^T X + b), with the bias: without it "
                         "the boundary between the classes moves.", wrong.predict_no_bias),
            KnownMistake("predict-returns-list", "predict returns a numpy array of shape (1, m), as np.zeros((1, m)) "
                         "gives, not a Python list: the notebook subtracts it from the labels and indexes it "
                         "[0, i].", wrong.predict_returns_list),
        )),
        Exercise("model", points=2, cases=_model_cases(), misconceptions=(
            KnownMistake("model-test-on-training-set", "Y_prediction_test are the predictions on the test set, "
                         "made from X_test with the learned w and b: predicting X_train twice tells nothing about "
                         "examples the model has not seen.", wrong.model_test_on_training_set),
            KnownMistake("model-optimize-defaults", "Pass model's num_iterations and learning_rate on to optimize; "
                         "without them optimize runs with its own defaults, whatever model is asked for.",
                         wrong.model_optimize_defaults),
            KnownMistake("model-hardcoded-hyperparameters", "num_iterations and learning_rate are model's "
                         "parameters: pass them to optimize rather than the numbers 2000 and 0.5, so that model "
                         "trains as its caller asks.", wrong.model_hardcoded_hyperparameters),
            KnownMistake("model-untrained-parameters", "Predict with the parameters optimize has learned, "
                         "params[\"w\"] and params[\"b\"], not with the initial zeros.",
                         wrong.model_untrained_parameters),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
