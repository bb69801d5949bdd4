"""Cases, tolerances and points of the Optimization and normalization, in NumPy assignment.

This is the project's own assignment, not a course notebook: it grades in NumPy what the lectures of course 2
(weeks 2 and 3) teach without a programming exercise: RMSProp, exponentially weighted averages, batch
normalization, softmax and hyperparameter search. Its notebook imports numpy only, so it has no helper modules of
its own (the shared folder is on its path, unused), and no function calls another graded one, so no case needs a
substitute.
"""

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong
from .reference import batchnorm_forward


def _dicts(seed, layer_dims):
    """parameters, grads and a non-negative s for a network of layer_dims, from one seed."""
    rng = np.random.RandomState(seed)
    parameters, grads, s = {}, {}, {}
    for l in range(1, len(layer_dims)):
        shapes = {"W": (layer_dims[l], layer_dims[l - 1]), "b": (layer_dims[l], 1)}
        for kind, shape in shapes.items():
            parameters[kind + str(l)] = rng.randn(*shape)
            grads["d" + kind + str(l)] = rng.randn(*shape)
            s["d" + kind + str(l)] = 0.1 * rng.randn(*shape) ** 2
    return parameters, grads, s


# layer_dims: non-square layers so that transposed shapes are caught
TWO = [3, 2, 3]
THREE = [3, 2, 3, 1]
FOUR = [4, 5, 3, 2, 1]


def _init_cases():
    return (Case("2 layers", args=(_dicts(1, TWO)[0],)),
            Case("3 layers", args=(_dicts(2, THREE)[0],)),
            Case("4 layers", args=(_dicts(3, FOUR)[0],), visibility=HIDDEN))


def _rmsprop_cases():
    def case(case_id, seed, dims, zero_s=False, visibility=PUBLIC, **kwargs):
        parameters, grads, s = _dicts(seed, dims)
        if zero_s:
            s = {key: np.zeros(value.shape) for key, value in s.items()}
        return Case(case_id, args=(parameters, grads, s), kwargs=kwargs, visibility=visibility)
    return (case("2 layers, s=0, defaults", 1, TWO, zero_s=True),
            # epsilon large enough that epsilon inside the square root shows in a public case
            case("3 layers, beta2=0.9, epsilon=0.1", 2, THREE, beta2=0.9, epsilon=0.1),
            case("3 layers, beta2=0.99, learning_rate=0.1", 4, THREE, beta2=0.99, learning_rate=0.1,
                 visibility=HIDDEN),
            case("4 layers, beta2=0.5, learning_rate=0.05, epsilon=0.01", 3, FOUR, beta2=0.5, learning_rate=0.05,
                 epsilon=0.01, visibility=HIDDEN))


def _sequence(seed, T, mean=10.0, spread=3.0):
    rng = np.random.RandomState(seed)
    return mean + spread * rng.randn(T)


def _ewa_cases():
    return (Case("T=10, beta=0.9, no correction", args=(_sequence(1, 10), 0.9)),
            Case("T=7, beta=0.9, bias_correction=True", args=(_sequence(2, 7), 0.9), kwargs={"bias_correction": True}),
            Case("T=25, beta=0.98, bias_correction=True", args=(_sequence(3, 25, mean=-5.0), 0.98),
                 kwargs={"bias_correction": True}, visibility=HIDDEN),
            Case("T=12, beta=0.5, no correction", args=(_sequence(4, 12), 0.5), visibility=HIDDEN),
            Case("T=1, beta=0.8, bias_correction=True", args=(_sequence(5, 1), 0.8), kwargs={"bias_correction": True},
                 visibility=HIDDEN))


def _bn_inputs(seed, n, m, scale=2.0, shift=1.0):
    rng = np.random.RandomState(seed)
    Z = shift + scale * rng.randn(n, m)
    gamma = 1.0 + 0.5 * rng.randn(n, 1)
    beta = rng.randn(n, 1)
    return Z, gamma, beta


def _bn_forward_cases():
    return (Case("n=3, m=5, default epsilon", args=_bn_inputs(1, 3, 5)),
            # a large epsilon, so that where it goes shows
            Case("n=4, m=6, epsilon=0.5", args=_bn_inputs(2, 4, 6), kwargs={"epsilon": 0.5}),
            Case("n=2, m=8, epsilon=0.1", args=_bn_inputs(3, 2, 8, scale=0.5), kwargs={"epsilon": 0.1},
                 visibility=HIDDEN),
            Case("n=5, m=3, default epsilon", args=_bn_inputs(4, 5, 3, scale=3.0, shift=-2.0), visibility=HIDDEN))


def _bn_backward_case(case_id, seed, n, m, epsilon, visibility=PUBLIC):
    Z, gamma, beta = _bn_inputs(seed, n, m)
    _, cache = batchnorm_forward(Z, gamma, beta, epsilon)
    dZ_tilde = np.random.RandomState(seed + 100).randn(n, m)
    return Case(case_id, args=(dZ_tilde, cache), visibility=visibility)


def _bn_backward_cases():
    return (_bn_backward_case("n=3, m=5", 1, 3, 5, 1e-8),
            _bn_backward_case("n=4, m=6, epsilon=0.5", 2, 4, 6, 0.5),
            _bn_backward_case("n=2, m=8", 3, 2, 8, 1e-8, visibility=HIDDEN),
            _bn_backward_case("n=5, m=3, epsilon=0.1", 4, 5, 3, 0.1, visibility=HIDDEN))


def _scores(seed, C, m, scale=1.0, shift=0.0):
    return shift + scale * np.random.RandomState(seed).randn(C, m)


def _softmax_cases():
    return (Case("C=3, m=4", args=(_scores(1, 3, 4),)),
            Case("C=4, m=2, large scores (1000 + z)", args=(_scores(2, 4, 2, shift=1000.0),)),
            Case("C=5, m=3, spread scores", args=(_scores(3, 5, 3, scale=5.0),), visibility=HIDDEN),
            Case("C=2, m=6, large negative scores", args=(_scores(4, 2, 6, scale=3.0, shift=-800.0),),
                 visibility=HIDDEN))


def _probabilities(seed, C, m):
    """A softmax output and one-hot labels: AL of shape (C, m) with columns summing to 1, Y one-hot."""
    rng = np.random.RandomState(seed)
    T = np.exp(rng.randn(C, m))
    AL = T / T.sum(axis=0, keepdims=True)
    Y = np.eye(C)[:, rng.randint(0, C, m)]
    return AL, Y


def _softmax_cost_cases():
    return (Case("C=3, m=4", args=_probabilities(1, 3, 4)),
            Case("C=4, m=6", args=_probabilities(2, 4, 6)),
            Case("C=6, m=10", args=_probabilities(3, 6, 10), visibility=HIDDEN),
            Case("C=2, m=5", args=_probabilities(4, 2, 5), visibility=HIDDEN))


def _softmax_backward_cases():
    return (Case("C=3, m=4", args=_probabilities(5, 3, 4)),
            Case("C=4, m=2", args=_probabilities(6, 4, 2)),
            Case("C=5, m=7", args=_probabilities(7, 5, 7), visibility=HIDDEN))


def _lr_cases():
    return (Case("n=5, defaults", args=(5,)),
            Case("n=4, exponents -6 to -1, seed=2", args=(4,), kwargs={"low_exp": -6, "high_exp": -1, "seed": 2}),
            Case("n=10, seed=3", args=(10,), kwargs={"seed": 3}, visibility=HIDDEN),
            Case("n=3, exponents -3 to 1, seed=7", args=(3, -3, 1, 7), visibility=HIDDEN))


def _beta_cases():
    return (Case("n=5, defaults", args=(5,)),
            Case("n=4, 0.99 to 0.9999, seed=2", args=(4,), kwargs={"low": 0.99, "high": 0.9999, "seed": 2}),
            Case("n=10, seed=3", args=(10,), kwargs={"seed": 3}, visibility=HIDDEN),
            Case("n=3, 0.8 to 0.99, seed=7", args=(3, 0.8, 0.99, 7), visibility=HIDDEN))


ASSIGNMENT = Assignment(
    name="optimization_numpy",
    title="Optimization and normalization, in NumPy",
    order=1,
    course=None,
    week=None,
    file_names=("optimization_numpy", "Optimization_and_normalization_in_NumPy"),
    titles=("Optimization and normalization, in NumPy",),
    exercises=(
        Exercise("initialize_rmsprop", points=1, cases=_init_cases(), misconceptions=(
            KnownMistake("rmsprop-init-skips-last-layer", "Layers are numbered 1 to L and range stops before its end "
                         "value, so a loop that ends at L leaves out the output layer's entries of s.",
                         wrong.rmsprop_init_skips_last_layer),
            KnownMistake("rmsprop-init-parameter-keys", "s averages the squared gradients, so its keys are the "
                         "gradients' names (\"dW1\", \"db1\", ...), not the parameters' (\"W1\", \"b1\", ...).",
                         wrong.rmsprop_init_parameter_keys),
        )),
        Exercise("update_parameters_with_rmsprop", points=2, cases=_rmsprop_cases(), misconceptions=(
            KnownMistake("rmsprop-epsilon-inside-sqrt", "In RMSProp epsilon belongs outside the square root: it is "
                         "added to sqrt(s) only to keep the division away from zero; under the root it acts like "
                         "sqrt(epsilon), a much larger number.", wrong.rmsprop_epsilon_inside_sqrt),
            KnownMistake("rmsprop-no-one-minus-beta", "s is an exponentially weighted average: the new squared "
                         "gradient is weighted by 1 - beta2, so that the weights sum to 1 and s stays on the scale "
                         "of the squared gradients.", wrong.rmsprop_no_one_minus_beta),
            KnownMistake("rmsprop-beta-swapped", "beta2 weights the previous average (the memory) and 1 - beta2 the "
                         "new squared gradient; with beta2 = 0.999 s changes only slowly.",
                         wrong.rmsprop_beta_swapped),
            KnownMistake("rmsprop-no-sqrt", "RMSProp divides the gradient by the root of the mean square, the "
                         "square root of s: dividing by s itself has the units of a squared gradient.",
                         wrong.rmsprop_no_sqrt),
        )),
        Exercise("exponentially_weighted_average", points=2, cases=_ewa_cases(), misconceptions=(
            KnownMistake("ewa-bias-correction-off-by-one", "In the bias correction t counts the values seen so far, "
                         "from 1: after the first value the divisor is 1 - beta, never 1 - beta ** 0 = 0.",
                         wrong.ewa_bias_correction_off_by_one),
            KnownMistake("ewa-bias-corrects-the-state", "The bias correction changes only what is returned: the "
                         "recursion goes on with the uncorrected average, otherwise each step corrects again what "
                         "was already corrected.", wrong.ewa_bias_corrects_the_state),
            KnownMistake("ewa-no-one-minus-beta", "The new value is weighted by 1 - beta, so that the weights of an "
                         "exponentially weighted average sum to 1 and it stays on the scale of the values.",
                         wrong.ewa_no_one_minus_beta),
            KnownMistake("ewa-beta-swapped", "beta weights the previous average and 1 - beta the new value: with "
                         "beta = 0.9 the average spans roughly the last 10 values.", wrong.ewa_beta_swapped),
        )),
        Exercise("batchnorm_forward", points=2, cases=_bn_forward_cases(), misconceptions=(
            KnownMistake("batchnorm-epsilon-outside-sqrt", "In batch normalization epsilon is added to the variance, "
                         "under the square root (sqrt(sigma2 + epsilon)), unlike RMSProp and Adam where it is added "
                         "after the root.", wrong.batchnorm_epsilon_outside_sqrt),
            KnownMistake("batchnorm-wrong-axis", "Each unit (row) is normalized over the examples of the mini-batch "
                         "(columns): the mean and variance have shape (n, 1), one per unit.",
                         wrong.batchnorm_wrong_axis),
            KnownMistake("batchnorm-unbiased-variance", "Batch norm uses the mini-batch's own variance, the mean of "
                         "the squared deviations (divided by m), not the unbiased estimate divided by m - 1.",
                         wrong.batchnorm_unbiased_variance),
            KnownMistake("batchnorm-no-sqrt", "z_norm divides by the standard deviation, the square root of "
                         "sigma2 + epsilon, so that each unit ends with variance 1.", wrong.batchnorm_no_sqrt),
        )),
        Exercise("batchnorm_backward", points=3, cases=_bn_backward_cases(), misconceptions=(
            KnownMistake("batchnorm-backward-no-mean-terms", "mu and sigma2 are computed from every example of the "
                         "mini-batch, so dZ has more than gamma * dZ_tilde / sqrt(sigma2 + epsilon): it also gets "
                         "the terms through mu and through sigma2.", wrong.batchnorm_backward_no_mean_terms),
            KnownMistake("batchnorm-backward-no-variance-term", "Besides the term through the mean, sigma2 depends "
                         "on every example too: dZ also subtracts z_norm times the mean of dz_norm * z_norm.",
                         wrong.batchnorm_backward_no_variance_term),
            KnownMistake("batchnorm-backward-dgamma-uses-z", "gamma multiplies z_norm, not z: dgamma sums "
                         "dZ_tilde times the normalized values.", wrong.batchnorm_backward_dgamma_uses_z),
            KnownMistake("batchnorm-backward-forgets-gamma", "z_tilde = gamma * z_norm + beta, so the gradient "
                         "reaching z_norm is gamma * dZ_tilde, before the terms through mu and sigma2.",
                         wrong.batchnorm_backward_forgets_gamma),
        )),
        Exercise("softmax", points=1, cases=_softmax_cases(), misconceptions=(
            KnownMistake("softmax-no-max-shift", "exp overflows for scores above about 710 (inf / inf is nan); "
                         "softmax is unchanged by subtracting a constant from a column, so subtract each column's "
                         "maximum first.", wrong.softmax_no_max_shift),
            KnownMistake("softmax-wrong-axis", "Each column of Z is one example: exponentiate and normalize over "
                         "the C classes of a column (axis 0), so that every column sums to 1.",
                         wrong.softmax_wrong_axis),
            KnownMistake("softmax-sum-over-all", "Normalize each example (column) by its own sum: a sum over the "
                         "whole matrix makes all entries together sum to 1, not each column.",
                         wrong.softmax_sum_over_all),
        )),
        Exercise("compute_softmax_cost", points=1, cases=_softmax_cost_cases(), misconceptions=(
            KnownMistake("softmax-cost-no-mean", "The cost is the mean of the examples' losses: sum over classes "
                         "and examples, then divide by the number of examples m.", wrong.softmax_cost_no_mean),
            KnownMistake("softmax-cost-mean-over-all-entries", "Average over the m examples only: a mean over all "
                         "C * m entries also divides by the number of classes.",
                         wrong.softmax_cost_mean_over_all_entries),
            KnownMistake("softmax-cost-binary-formula", "With C classes and one-hot labels the loss is only "
                         "- sum_j y_j log a_j; the (1 - y) log(1 - a) term belongs to the binary (sigmoid) loss.",
                         wrong.softmax_cost_binary_formula),
        )),
        Exercise("softmax_backward", points=1, cases=_softmax_backward_cases(), misconceptions=(
            KnownMistake("softmax-backward-sign", "The loss falls when the probability of the true class rises: "
                         "dZ is the prediction minus the label, not the label minus the prediction.",
                         wrong.softmax_backward_sign),
            KnownMistake("softmax-backward-divided-by-m", "dZ is the gradient of each example's loss; the 1/m of "
                         "the cost comes in later, in dW and db.", wrong.softmax_backward_divided_by_m),
            KnownMistake("softmax-backward-sigmoid-derivative", "With softmax and cross-entropy together the "
                         "derivative simplifies to prediction minus label: there is no extra a (1 - a) factor.",
                         wrong.softmax_backward_sigmoid_derivative),
        )),
        Exercise("sample_learning_rates", points=1, cases=_lr_cases(), misconceptions=(
            KnownMistake("lr-uniform-not-log-scale", "Sampled uniformly between 0.0001 and 1, 90% of the learning "
                         "rates fall between 0.1 and 1: sample the exponent uniformly and raise 10 to it.",
                         wrong.lr_uniform_not_log_scale),
            KnownMistake("lr-natural-exp", "The exponents are powers of 10 (10 ** -4 to 10 ** 0): e to the same "
                         "exponents spans a much narrower range.", wrong.lr_natural_exp),
            KnownMistake("lr-returns-exponents", "r is only the exponent: the learning rate is 10 to the power r, "
                         "a positive number.", wrong.lr_returns_exponents),
        )),
        Exercise("sample_beta", points=1, cases=_beta_cases(), misconceptions=(
            KnownMistake("beta-uniform-not-log-scale", "beta matters most near 1 (0.999 averages 1000 values, 0.9995 "
                         "already 2000): sample 1 - beta on a log scale, not beta uniformly.",
                         wrong.beta_uniform_not_log_scale),
            KnownMistake("beta-log-scale-of-beta", "The log scale is for 1 - beta (0.1 to 0.001), not for beta "
                         "itself, whose log barely changes between 0.9 and 0.999.", wrong.beta_log_scale_of_beta),
            KnownMistake("beta-returns-one-minus-beta", "10 to the sampled exponent is 1 - beta: beta is one minus "
                         "it.", wrong.beta_returns_one_minus_beta),
        )),
    ),
)
