"""Cases, tolerances and points of the Optimization assignment."""

from pathlib import Path

import numpy as np

from grader.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise


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
            case("4 layers, beta=0.5, learning_rate=0.3", 3, FOUR, 0.5, 0.3, visibility=HIDDEN))


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
                 visibility=HIDDEN))


ASSIGNMENT = Assignment(
    name="optimization",
    title="Optimization",
    order=4,
    exercises=(
        Exercise("update_parameters_with_gd", points=1, cases=_gd_cases()),
        Exercise("random_mini_batches", points=3, cases=_mini_batch_cases()),
        Exercise("initialize_velocity", points=1, cases=_init_cases()),
        Exercise("update_parameters_with_momentum", points=2, cases=_momentum_cases()),
        Exercise("initialize_adam", points=1, cases=_init_cases()),
        # older course versions return (parameters, v, s) only
        Exercise("update_parameters_with_adam", points=3, cases=_adam_cases(), accepted_prefixes=(3,)),
        Exercise("update_lr", points=1, cases=(
            Case("learning_rate0=0.5, epoch 2, decay 1", args=(0.5, 2, 1)),
            Case("learning_rate0=0.1, epoch 10, decay 0.3", args=(0.1, 10, 0.3)),
            Case("learning_rate0=0.02, epoch 1000, decay 0.01", args=(0.02, 1000, 0.01), visibility=HIDDEN),
        )),
        Exercise("schedule_lr_decay", points=1, cases=(
            Case("epoch 1500, time_interval 1000", args=(0.5, 1500, 0.3, 1000)),
            Case("epoch 100, default time_interval", args=(0.5, 100, 1)),
            Case("epoch 30, time_interval 7", args=(0.1, 30, 0.5), kwargs={"time_interval": 7},
                 visibility=HIDDEN),
            Case("epoch 2500, default time_interval", args=(0.3, 2500, 2), visibility=HIDDEN),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
