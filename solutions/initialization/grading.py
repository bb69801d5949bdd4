"""Grading material for the Initialization assignment: cases and points for the three initializations."""

from pathlib import Path

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong

# Non-square layer sizes, so a transposed W, a fan-out scale or rank-1 biases all show.
LAYERS = {
    "3-2-1": [3, 2, 1],
    "4-5-3-1": [4, 5, 3, 1],
    "2-7-1": [2, 7, 1],
    "2-10-5-1": [2, 10, 5, 1],
}


def _cases(public: str = "3-2-1"):
    return tuple(Case(f"layers_{name}", args=(list(dims),), visibility=PUBLIC if name == public else HIDDEN)
                 for name, dims in LAYERS.items())


ASSIGNMENT = Assignment(
    name="initialization",
    title="Initialization",
    order=1,
    course=2,
    week=1,
    file_names=("Initialization",),
    titles=("Initialization",),
    exercises=(
        Exercise("initialize_parameters_zeros", points=1, cases=_cases(), misconceptions=(
            KnownMistake("zeros-rank1-bias", "A bias is a column vector of shape (n[l], 1); an array of shape (n,) "
                         "is rank 1 and broadcasts in surprising ways when it is added to W[l] A[l-1].",
                         wrong.zeros_rank1_bias),
            KnownMistake("zeros-transposed-w", "W[l] maps the previous layer's activations to layer l: it has one row "
                         "per unit of layer l and one column per unit of layer l-1.", wrong.zeros_transposed_w),
        )),
        Exercise("initialize_parameters_random", points=1, cases=_cases(), misconceptions=(
            KnownMistake("random-scale-0.01", "This exercise deliberately uses large weights (a scale of 10) to show "
                         "how they saturate the sigmoid; the small 0.01 scale is the usual choice, not the one asked "
                         "for here.", wrong.random_scale_0_01),
            KnownMistake("random-uniform-rand", "np.random.rand draws uniformly from [0, 1), so every weight is "
                         "positive; the initialization asks for standard-normal draws (np.random.randn), centered "
                         "on zero.", wrong.random_uniform_rand),
            KnownMistake("random-seed-in-loop", "Seeding inside the loop restarts the random sequence for every layer, "
                         "so all layers start from the same numbers; the seed is set once, before the loop.",
                         wrong.random_seed_in_loop),
        )),
        Exercise("initialize_parameters_he", points=2, cases=_cases(), misconceptions=(
            KnownMistake("he-xavier-scale", "He initialization scales by sqrt(2 / n) where n is the previous layer's "
                         "size; sqrt(1 / n) is Xavier's scale, made for tanh.", wrong.he_xavier_scale),
            KnownMistake("he-fan-out", "He initialization scales by the fan-in, the number of inputs of each unit "
                         "(the previous layer's size), not by the size of the layer itself.", wrong.he_fan_out),
            KnownMistake("he-missing-scale", "Unscaled standard-normal weights make the activations' variance grow "
                         "with each layer's fan-in; He initialization multiplies them by a factor that depends on the "
                         "previous layer's size.", wrong.he_missing_scale),
            KnownMistake("he-variance-not-std", "2 / n is the variance He initialization aims for; randn has a "
                         "standard deviation of 1, so the factor to multiply by is a standard deviation: the square "
                         "root of that variance.", wrong.he_variance_not_std),
            KnownMistake("he-uniform-rand", "He's factor is derived for zero-mean normal weights: np.random.rand "
                         "draws uniform, all-positive values, np.random.randn standard-normal ones.",
                         wrong.he_uniform_rand),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
