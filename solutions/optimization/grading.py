"""Cases, tolerances and points of the Optimization assignment."""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong
from . import readings


def _dicts(seed, layer_dims):
    """parameters, grads and two non-negative moment dicts (v, s) for a network of layer_dims, from one seed."""
    rng = np.random.RandomState(seed)
    parameters, grads, v, s = {}, {}, {}, {}
    for l in range(1, len(layer_dims)):
        shapes = {"W": (layer_dims[l], layer_dims[l - 1]), "b": (layer_dims[l], 1)}
        for kind, shape in shapes.items():
            parameters[kind + str(l)] = rng.randn(*shape)
            grads["d" + kind + str(l)] = rng.randn(*shape)
            v["d" + kind + str(l)] = 0.1 * rng.randn(*shape)
            s["d" + kind + str(l)] = 0.1 * rng.randn(*shape) ** 2
    return parameters, grads, v, s


def _zeros_like(moments):
    return {key: np.zeros(value.shape) for key, value in moments.items()}


def _data(seed, n_x, m, boolean_labels=False):
    rng = np.random.RandomState(seed)
    X = rng.randn(n_x, m)
    Y = rng.randn(1, m) < 0.5
    return X, (Y if boolean_labels else Y.astype(float))


# layer_dims: non-square layers so that transposed shapes are caught
TWO = [3, 2, 3]
THREE = [3, 2, 3, 1]
FOUR = [4, 5, 3, 2, 1]


def _gd_cases():
    def case(case_id, seed, dims, learning_rate, visibility=PUBLIC):
        parameters, grads, _, _ = _dicts(seed, dims)
        return Case(case_id, args=(parameters, grads, learning_rate), visibility=visibility)
    return (case("2 layers, learning_rate=0.01", 1, TWO, 0.01),
            case("3 layers, learning_rate=0.1", 2, THREE, 0.1),
            case("4 layers, learning_rate=0.5", 3, FOUR, 0.5, HIDDEN))


def _mini_batch_cases():
    return (Case("m=148, size 64 (end case)", args=(*_data(1, 5, 148, boolean_labels=True), 64)),
            Case("m=128, size 64, seed=2 (no end case)", args=_data(2, 3, 128), kwargs={"seed": 2}),
            Case("m=200, default size and seed", args=_data(3, 4, 200), visibility=HIDDEN),
            Case("m=100, size 32, seed=3", args=_data(4, 2, 100), kwargs={"mini_batch_size": 32, "seed": 3},
                 visibility=HIDDEN),
            # fewer examples than a mini-batch: the end case is the only batch (an end batch cut at (k + 1) * size
            # or with an index off by one shows here)
            Case("m=20, size 64: one batch, the end case only", args=_data(5, 3, 20), visibility=HIDDEN),
            # m a multiple of the size at hand-in too: no end batch, not an empty one
            Case("m=96, size 32, seed=4 (no end case)", args=_data(6, 4, 96), kwargs={"mini_batch_size": 32, "seed": 4},
                 visibility=HIDDEN))


def _init_cases():
    return (Case("2 layers", args=(_dicts(1, TWO)[0],)),
            Case("3 layers", args=(_dicts(2, THREE)[0],)),
            Case("4 layers", args=(_dicts(3, FOUR)[0],), visibility=HIDDEN))


def _momentum_cases():
    def case(case_id, seed, dims, beta, learning_rate, zero_v=False, visibility=PUBLIC):
        parameters, grads, v, _ = _dicts(seed, dims)
        v = _zeros_like(v) if zero_v else v
        return Case(case_id, args=(parameters, grads, v, beta, learning_rate), visibility=visibility)
    return (case("2 layers, v=0, beta=0.9", 1, TWO, 0.9, 0.01, zero_v=True),
            case("3 layers, beta=0.9, learning_rate=0.1", 2, THREE, 0.9, 0.1),
            case("4 layers, beta=0.5, learning_rate=0.3", 3, FOUR, 0.5, 0.3, visibility=HIDDEN),
            # beta = 0.5 weighs v and the gradient alike, so swapping beta and 1 - beta shows only where beta != 0.5
            case("2 layers of 4 and 3 units, beta=0.8, learning_rate=0.05", 4, [2, 4, 3], 0.8, 0.05, visibility=HIDDEN))


def _adam_cases():
    def case(case_id, seed, dims, t, zero_moments=False, visibility=PUBLIC, **kwargs):
        parameters, grads, v, s = _dicts(seed, dims)
        if zero_moments:
            v, s = _zeros_like(v), _zeros_like(s)
        return Case(case_id, args=(parameters, grads, v, s, t), kwargs=kwargs, visibility=visibility)
    return (case("2 layers, t=1, v=s=0, defaults", 1, TWO, 1, zero_moments=True),
            case("3 layers, t=2, learning_rate=0.02", 2, THREE, 2, learning_rate=0.02),
            # epsilon large enough that epsilon inside the square root shows in a public case
            case("3 layers, t=3, epsilon=0.1", 4, THREE, 3, epsilon=0.1),
            case("4 layers, t=10, beta2=0.99", 3, FOUR, 10, learning_rate=0.05, beta1=0.8, beta2=0.99,
                 visibility=HIDDEN),
            # a second epsilon that is not the default: a hard-coded 1e-8 fails more than one case
            case("3 layers, t=5, epsilon=0.01", 5, THREE, 5, epsilon=0.01, visibility=HIDDEN))


ASSIGNMENT = Assignment(
    name="optimization",
    title="Optimization",
    order=4,
    course=2,
    week=2,
    file_names=("Optimization_methods", "Optimization methods"),
    titles=("Optimization Methods", "Optimization methods"),
    exercises=(
        Exercise("update_parameters_with_gd", points=1, cases=_gd_cases(), misconceptions=(
            KnownMistake("gd-plus-sign", "The gradient points uphill, towards a larger cost: gradient descent steps "
                         "against it, and adding it climbs the cost instead.", wrong.gd_plus_sign),
            KnownMistake("gd-skips-last-layer", "Layers are numbered 1 to L and range stops before its end value, "
                         "so a loop that ends at L never updates the output layer.", wrong.gd_skips_last_layer),
        )),
        Exercise("random_mini_batches", points=3, cases=_mini_batch_cases(), misconceptions=(
            KnownMistake("minibatch-no-end-case", "When m is not a multiple of mini_batch_size, the examples left "
                         "over form one last, smaller mini-batch; without it they are never trained on.",
                         wrong.minibatch_no_end_case),
            KnownMistake("minibatch-empty-end-batch", "The smaller last mini-batch exists only when m is not a "
                         "multiple of mini_batch_size; otherwise it would be an empty batch.",
                         wrong.minibatch_empty_end_batch),
            KnownMistake("minibatch-unpaired-shuffle", "X and Y are shuffled with one and the same permutation, so "
                         "that every example keeps its label; each call of np.random.permutation gives another "
                         "order.", wrong.minibatch_unpaired_shuffle),
            KnownMistake("minibatch-no-shuffle", "Shuffle the columns of X and Y (after seeding) before cutting them "
                         "into mini-batches, so that each mini-batch is a random sample of the training set.",
                         wrong.minibatch_no_shuffle),
        )),
        Exercise("initialize_velocity", points=1, cases=_init_cases(), misconceptions=(
            KnownMistake("velocity-skips-last-layer", "Layers are numbered 1 to L and range stops before its end "
                         "value, so a loop that ends at L leaves out the output layer's velocities.",
                         wrong.velocity_skips_last_layer),
        )),
        Exercise("update_parameters_with_momentum", points=2, cases=_momentum_cases(), misconceptions=(
            KnownMistake("momentum-no-one-minus-beta", "The velocity is an exponentially weighted average: the new "
                         "gradient is weighted by 1 - beta so that the weights sum to 1 and v stays on the scale of "
                         "the gradients.", wrong.momentum_no_one_minus_beta),
            KnownMistake("momentum-beta-swapped", "beta weights the previous velocity (the memory) and 1 - beta the "
                         "new gradient; with beta = 0.9 the velocity averages roughly the last 10 gradients.",
                         wrong.momentum_beta_swapped),
            KnownMistake("momentum-updates-with-grads", "Momentum steps along the velocity, the smoothed gradient; "
                         "updating the parameters with the raw gradient computes v but never uses it.",
                         wrong.momentum_updates_with_grads),
        )),
        Exercise("initialize_adam", points=1, cases=_init_cases()),
        # older course versions return (parameters, v, s) only
        Exercise("update_parameters_with_adam", points=3, cases=_adam_cases(), accepted_prefixes=(3,), misconceptions=(
            KnownMistake("adam-bias-correction-beta1", "Each moving average is bias-corrected with its own decay "
                         "rate: the first moment v with beta1, the second moment s with beta2.",
                         wrong.adam_bias_correction_beta1),
            KnownMistake("adam-epsilon-inside-sqrt", "epsilon belongs outside the square root: it is added after "
                         "taking the square root of the corrected second moment; under the root it acts like "
                         "sqrt(epsilon), a much larger number.",
                         wrong.adam_epsilon_inside_sqrt),
            KnownMistake("adam-no-bias-correction", "v and s start at zero and are biased towards zero in the first "
                         "steps; the update uses the bias-corrected estimates, not the raw moving averages.",
                         wrong.adam_no_bias_correction),
        )),
        Exercise("update_lr", points=1, readings=readings.UPDATE_LR, cases=(
            Case("learning_rate0=0.5, epoch 2, decay 1", args=(0.5, 2, 1)),
            Case("learning_rate0=0.1, epoch 10, decay 0.3", args=(0.1, 10, 0.3)),
            Case("learning_rate0=0.02, epoch 1000, decay 0.01", args=(0.02, 1000, 0.01), visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("lr-decay-exponential", "The decay asked for here is inverse-time decay (the task's formula), "
                         "which falls like 1 / epoch; raising decay_rate to the power of the epoch is exponential "
                         "decay, another schedule.", wrong.lr_decay_exponential),
            KnownMistake("lr-decay-natural-exp", "The decay asked for here is inverse-time decay (the task's formula), "
                         "which falls like 1 / epoch; exp(-decay_rate * epoch) is exponential decay and falls much "
                         "faster.", wrong.lr_decay_natural_exp),
            KnownMistake("lr-decay-missing-one", "The 1 in the denominator makes the rate start at learning_rate0 at "
                         "epoch 0 and keeps it finite; without it the rate is infinite at epoch 0 and too large "
                         "early on.", wrong.lr_decay_missing_one),
        )),
        Exercise("schedule_lr_decay", points=1, readings=readings.SCHEDULE_LR_DECAY, cases=(
            Case("epoch 1500, time_interval 1000", args=(0.5, 1500, 0.3, 1000)),
            Case("epoch 100, default time_interval", args=(0.5, 100, 1)),
            Case("epoch 30, time_interval 7", args=(0.1, 30, 0.5), kwargs={"time_interval": 7},
                 visibility=HIDDEN),
            Case("epoch 2500, default time_interval", args=(0.3, 2500, 2), visibility=HIDDEN),
        ), misconceptions=(
            KnownMistake("lr-decay-no-floor", "Scheduled decay lowers the rate in steps: it counts the whole "
                         "time_intervals elapsed (rounded down), so the rate stays constant within an interval.",
                         wrong.lr_decay_no_floor),
            KnownMistake("lr-decay-ignores-interval", "schedule_lr_decay decays once every time_interval epochs, not "
                         "every epoch: it uses the number of whole intervals elapsed instead of epoch_num.",
                         wrong.lr_decay_ignores_interval),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
