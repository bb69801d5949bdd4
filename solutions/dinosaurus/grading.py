"""Cases, tolerances and points of the Character level language model - Dinosaurus Island assignment.

sample draws with np.random.choice after np.random.seed(counter + seed): its output is a list of indices, compared
exactly. The course's own test of sample (n_a = 100, raw standard normal weights) is chaotic: the hidden state
saturates and the tail of the sampled list differs between course versions and NumPy versions (the 2018 and 2020
notebooks print different tails for the same code). The cases here use small vocabularies or moderate weights
(n_a 5-8) where every draw is far from a boundary of the cumulative distribution (the uniform number np.random.choice
draws is at least 1e-4 away from every boundary; checked when the material was written), so a correct
implementation gives the reference's list whatever the order of its sums.

optimize is graded on its own logic: its cases replace clip by a stand-in (a smooth squash, so that the student's own
clip does not matter and an optimize that does not call clip is seen) and update_parameters by the course's update
that also records, on the gradients it was given, the learning rate it applied (key "learning_rate_applied"). The
update changes the parameters in place, which optimize does not return: the record is what shows that the update
ran, with the clipped gradients and the given learning rate (an update before clipping records on the unclipped
gradients, which optimize does not return).
"""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong

CHARS = ["\n"] + [chr(c) for c in range(ord("a"), ord("z") + 1)]
COURSE_CHAR_TO_IX = {ch: i for i, ch in enumerate(CHARS)}

OPTIMIZE_STAND_INS = {"clip": "dinosaurus_substitutes:clip_soft",
                      "update_parameters": "dinosaurus_substitutes:update_parameters_recording"}
UTILS = {"softmax": "utils", "rnn_forward": "utils", "rnn_backward": "utils", "update_parameters": "utils"}


# ---------------------------------------------------------------- clip

def _course_gradients():
    """The notebook's clip_test: np.random.seed(3), five gradients times 10."""
    rng = np.random.RandomState(3)
    dWax = rng.randn(5, 3) * 10
    dWaa = rng.randn(5, 5) * 10
    dWya = rng.randn(2, 5) * 10
    db = rng.randn(5, 1) * 10
    dby = rng.randn(2, 1) * 10
    return {"dWax": dWax, "dWaa": dWaa, "dWya": dWya, "db": db, "dby": dby}


def _gradients(seed, n_a, n_x, n_y, scale):
    rng = np.random.RandomState(seed)
    return {"dWaa": rng.randn(n_a, n_a) * scale, "dWax": rng.randn(n_a, n_x) * scale,
            "dWya": rng.randn(n_y, n_a) * scale, "db": rng.randn(n_a, 1) * scale, "dby": rng.randn(n_y, 1) * scale}


def _clip_cases():
    return (Case("the notebook's test: np.random.seed(3) gradients x 10, maxValue=10", args=(_course_gradients(), 10)),
            Case("the notebook's test: np.random.seed(3) gradients x 10, maxValue=5", args=(_course_gradients(), 5)),
            Case("n_a=4, n_x=n_y=6, gradients x 8, maxValue=3", args=(_gradients(31, 4, 6, 6, 8.0), 3),
                 visibility=HIDDEN),
            Case("n_a=7, n_x=n_y=27, gradients x 20, maxValue=2.5", args=(_gradients(32, 7, 27, 27, 20.0), 2.5),
                 visibility=HIDDEN),
            # most values within range, which must come back unchanged (with nothing at all to clip, the unfilled
            # stub, which returns the gradients as they are, would pass)
            Case("n_a=3, n_x=n_y=5, small gradients (x 0.5), maxValue=1: most values within range",
                 args=(_gradients(33, 3, 5, 5, 0.5), 1), visibility=HIDDEN))


# ---------------------------------------------------------------- sample

def _sample_parameters(seed, vocab_size, n_a, weight_scale, newline_index=0, newline_bias=0.0):
    rng = np.random.RandomState(seed)
    Wax = rng.randn(n_a, vocab_size) * weight_scale
    Waa = rng.randn(n_a, n_a) * weight_scale
    Wya = rng.randn(vocab_size, n_a) * weight_scale
    b = rng.randn(n_a, 1) * 0.5
    by = rng.randn(vocab_size, 1) * 0.5
    by[newline_index] += newline_bias
    return {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}


def _vocabulary(letters, newline_index=0, shuffled_seed=None):
    """char_to_ix of "\\n" and the letters, "\\n" at newline_index; built in a shuffled order when asked (a dict's
    order is its insertion order, not its indices' order)."""
    chars = list(letters)
    chars.insert(newline_index, "\n")
    pairs = list(enumerate(chars))
    if shuffled_seed is not None:
        order = np.random.RandomState(shuffled_seed).permutation(len(pairs))
        pairs = [pairs[i] for i in order]
    return {ch: i for i, ch in pairs}


SAMPLE_SPECS = (
    # (id, parameter seed, vocabulary, n_a, weight scale, newline bias, seed argument, visibility)
    ("27 characters (the course's vocabulary), n_a=5, weights x 1, seed=0",
     5, _vocabulary(CHARS[1:]), 5, 1.0, 0.0, 0, PUBLIC),
    ("5 characters '\\n', 'a'-'d', n_a=6, weights x 1.5, seed=3",
     37, _vocabulary("abcd"), 6, 1.5, 0.0, 3, HIDDEN),
    ("27 characters, n_a=8, newline made unlikely (by - 6): the 50-character cap is reached, seed=7",
     11, _vocabulary(CHARS[1:]), 8, 0.8, -6.0, 7, HIDDEN),
    ("8 characters, '\\n' at index 3, char_to_ix built in a shuffled order, n_a=7, seed=11",
     3, _vocabulary("abcdefg", newline_index=3, shuffled_seed=4), 7, 1.2, 1.0, 11, HIDDEN),
    # the notebook's char_to_ix is built in index order, where char_to_ix.values() is range(vocab_size)
    ("6 characters, '\\n' at index 2, char_to_ix built in a shuffled order, n_a=5, seed=2",
     6, _vocabulary("abcde", newline_index=2, shuffled_seed=2), 5, 1.0, -1.0, 2, PUBLIC),
)


def _sample_cases():
    cases = []
    for case_id, parameter_seed, char_to_ix, n_a, scale, newline_bias, seed, visibility in SAMPLE_SPECS:
        parameters = _sample_parameters(parameter_seed, len(char_to_ix), n_a, scale, char_to_ix["\n"], newline_bias)
        cases.append(Case(case_id, args=(parameters, char_to_ix, seed), visibility=visibility))
    return tuple(cases)


# ---------------------------------------------------------------- optimize

def _optimize_inputs(seed, n_a, name_length, vocab_size=27, scale=1.0, course=False):
    """X = [None] + the indices of a name, Y = X[1:] + [newline] (as model() builds them), a_prev, parameters."""
    rng = np.random.RandomState(seed)
    if course:  # the notebook's optimize_test: np.random.seed(1), n_a = 100
        a_prev = rng.randn(n_a, 1)
        Wax, Waa, Wya = rng.randn(n_a, vocab_size), rng.randn(n_a, n_a), rng.randn(vocab_size, n_a)
        b, by = rng.randn(n_a, 1), rng.randn(vocab_size, 1)
        X = [12, 3, 5, 11, 22, 3]
        Y = [4, 14, 11, 22, 25, 26]
    else:
        a_prev = np.tanh(rng.randn(n_a, 1))
        Wax, Waa, Wya = (rng.randn(n_a, vocab_size) * scale, rng.randn(n_a, n_a) * scale,
                         rng.randn(vocab_size, n_a) * scale)
        b, by = rng.randn(n_a, 1) * scale, rng.randn(vocab_size, 1) * scale
        name = [int(i) for i in rng.randint(1, vocab_size, size=name_length)]
        X = [None] + name
        Y = name + [0]
    parameters = {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}
    return X, Y, a_prev, parameters


def _optimize_cases():
    def case(case_id, inputs, learning_rate=None, visibility=HIDDEN):
        kwargs = {} if learning_rate is None else {"learning_rate": learning_rate}
        return Case(f"{case_id} (clip replaced by a stand-in: a smooth squash 5 tanh(g / 5); update_parameters by "
                    f"the course's update that records the learning rate it applied on the gradients it was given)",
                    args=inputs, kwargs=kwargs, visibility=visibility, substitutes=OPTIMIZE_STAND_INS)
    return (case("the notebook's test: n_a=100, X=[12, 3, 5, 11, 22, 3], learning_rate=0.01",
                 _optimize_inputs(1, 100, 6, course=True), 0.01, PUBLIC),
            case("n_a=5, a name of 4 characters, default learning_rate", _optimize_inputs(41, 5, 4, scale=2.0)),
            case("n_a=8, a name of 9 characters, learning_rate=0.05", _optimize_inputs(42, 8, 9, scale=1.5), 0.05),
            case("n_a=10, a name of 2 characters, learning_rate=0.3", _optimize_inputs(43, 10, 2, scale=3.0), 0.3),
            # the notebook's learning rate is the default 0.01: a public rate that is not
            case("n_a=6, a name of 5 characters, learning_rate=0.1", _optimize_inputs(44, 6, 5, scale=1.5), 0.1,
                 PUBLIC))


ASSIGNMENT = Assignment(
    name="dinosaurus",
    title="Character level language model - Dinosaurus Island",
    order=2,
    course=5,
    week=1,
    file_names=(
        "Dinosaurus Island -- Character level language model final - v3",             # 2018
        "Dinosaurus+Island+--+Character+level+language+model+final+-+v3",             # the same, as downloaded
        "Dinosaurus_Island_Character_level_language_model_final_v3",                  # 2018-2019
        "Dinosaurus_Island_Character_level_language_model_final_v3a",                 # 2020
        "Dinosaurus_Island_Character_level_language_model",                           # 2021+
    ),
    titles=("Character level language model - Dinosaurus Island",),
    exercises=(
        Exercise("clip", points=1, cases=_clip_cases(), misconceptions=(
            KnownMistake("clip-only-one-gradient", "All five gradients can explode: loop over [dWax, dWaa, dWya, db, "
                         "dby] and clip each of them, not only the first.", wrong.clip_only_one_gradient),
            KnownMistake("clip-without-out", "np.clip returns a new, clipped array; assigning it to the loop variable "
                         "only renames it and leaves dWax, dWaa, ... as they were. The argument out= makes np.clip "
                         "write into the gradient itself.", wrong.clip_without_out),
            KnownMistake("clip-upper-only", "The range is [-maxValue, maxValue]: values below -maxValue are set to "
                         "-maxValue too, so np.clip gets a lower bound as well as an upper one.",
                         wrong.clip_upper_only),
        )),
        Exercise("sample", points=3, cases=_sample_cases(), provided={"softmax": "utils"}, misconceptions=(
            KnownMistake("sample-seeds-once", "The notebook reseeds before every draw, np.random.seed(counter + seed) "
                         "inside the loop, just before np.random.choice: seeding once before the loop gives other "
                         "draws from the second character on.", wrong.sample_seeds_once),
            KnownMistake("sample-seed-without-counter", "The seed of each draw is counter + seed (both grow by one per "
                         "character); np.random.seed(seed) alone gives other draws.",
                         wrong.sample_seed_without_counter),
            KnownMistake("sample-argmax", "Taking the most probable character always gives the same name; the next "
                         "index is drawn at random from the distribution y, with np.random.choice and p = y.ravel().",
                         wrong.sample_argmax),
            KnownMistake("sample-choice-over-dict-values", "Draw from range(vocab_size), the indices in the order of "
                         "y's entries: the order of char_to_ix.values() is the order the dictionary was built in, "
                         "which need not be the indices' order.", wrong.sample_choice_over_dict_values),
            KnownMistake("sample-x-not-updated", "Each step's input is the character just sampled: overwrite x with "
                         "the one-hot vector of idx (zeros, then a 1 at idx) before the next step.",
                         wrong.sample_x_not_updated),
            KnownMistake("sample-a-prev-not-updated", "The hidden state carries the name so far: after each step, "
                         "a_prev becomes the new a.", wrong.sample_a_prev_not_updated),
        )),
        Exercise("optimize", points=2, cases=_optimize_cases(), provided=UTILS, misconceptions=(
            KnownMistake("optimize-update-before-clip", "Clip the gradients first, then update the parameters with "
                         "the clipped ones: clipping after the update protects nothing.",
                         wrong.optimize_update_before_clip),
            # Returning a (every hidden state) is not catalogued: a is a dict keyed by the integers -1 .. len(X)-1,
            # which is not plain data, so the engine reports it as a wrong type and cannot match it to a mistake.
            KnownMistake("optimize-returns-a-minus-1", "a is a dictionary keyed by time step, not a list: a[-1] is the "
                         "initial state a_prev that rnn_forward stored under the key -1; the last state is "
                         "a[len(X)-1].", wrong.optimize_returns_a_minus_1),
            KnownMistake("optimize-hardcoded-learning-rate", "Pass the learning_rate argument on to update_parameters "
                         "rather than the default value 0.01.", wrong.optimize_hardcoded_learning_rate),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
