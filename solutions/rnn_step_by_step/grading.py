"""Cases, tolerances and points of the Building your Recurrent Neural Network - Step by Step assignment.

rnn_forward, lstm_forward, rnn_backward and lstm_backward are graded on their own logic: in their cases the cell
function they build on is replaced by a stand-in of rnn_step_by_step_substitutes (a deliberately different
computation with the course function's signature, return structure and cache layout), so a mistake in
rnn_cell_forward does not fail rnn_forward too. Inputs of the backward exercises are caches of the reference's
forward pass on fixed seeds. Shapes: n_x = 3, n_a = 5, n_y = 2 as in the notebook, and other non-square ones.
"""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong
from .reference import lstm_forward, rnn_cell_forward, rnn_forward, lstm_cell_forward

SUBSTITUTES = "rnn_step_by_step_substitutes"
RNN_CELL_FORWARD = {"rnn_cell_forward": f"{SUBSTITUTES}:rnn_cell_forward_softsign"}
LSTM_CELL_FORWARD = {"lstm_cell_forward": f"{SUBSTITUTES}:lstm_cell_forward_leaky"}
RNN_CELL_BACKWARD = {"rnn_cell_backward": f"{SUBSTITUTES}:rnn_cell_backward_softsign"}
LSTM_CELL_BACKWARD = {"lstm_cell_backward": f"{SUBSTITUTES}:lstm_cell_backward_simplified"}

RNN_NOTE = " (rnn_cell_forward replaced by a stand-in: softsign hidden state, squashed outputs)"
LSTM_NOTE = " (lstm_cell_forward replaced by a stand-in with other gates)"
RNN_BACK_NOTE = " (rnn_cell_backward replaced by a stand-in with another activation derivative)"
LSTM_BACK_NOTE = " (lstm_cell_backward replaced by a stand-in with simplified gate gradients)"


# ---------------------------------------------------------------- inputs, drawn in the notebook's order

def _rnn_parameters(rng, n_x, n_a, n_y):
    """Waa, Wax, Wya, ba, by, drawn in the order of the notebook's tests."""
    return {"Waa": rng.randn(n_a, n_a), "Wax": rng.randn(n_a, n_x), "Wya": rng.randn(n_y, n_a),
            "ba": rng.randn(n_a, 1), "by": rng.randn(n_y, 1)}


def _lstm_parameters(rng, n_x, n_a, n_y):
    """Wf, bf, Wi, bi, Wo, bo, Wc, bc, Wy, by, drawn in the order of the notebook's tests."""
    parameters = {}
    for gate in ("f", "i", "o", "c"):
        parameters["W" + gate] = rng.randn(n_a, n_a + n_x)
        parameters["b" + gate] = rng.randn(n_a, 1)
    parameters["Wy"] = rng.randn(n_y, n_a)
    parameters["by"] = rng.randn(n_y, 1)
    return parameters


def _rnn_cell_inputs(seed, n_x, n_a, n_y, m):
    rng = np.random.RandomState(seed)
    xt = rng.randn(n_x, m)
    a_prev = rng.randn(n_a, m)
    return xt, a_prev, _rnn_parameters(rng, n_x, n_a, n_y)


def _rnn_inputs(seed, n_x, n_a, n_y, m, T_x):
    rng = np.random.RandomState(seed)
    x = rng.randn(n_x, m, T_x)
    a0 = rng.randn(n_a, m)
    return x, a0, _rnn_parameters(rng, n_x, n_a, n_y)


def _lstm_cell_inputs(seed, n_x, n_a, n_y, m):
    rng = np.random.RandomState(seed)
    xt = rng.randn(n_x, m)
    a_prev = rng.randn(n_a, m)
    c_prev = rng.randn(n_a, m)
    return xt, a_prev, c_prev, _lstm_parameters(rng, n_x, n_a, n_y)


def _lstm_inputs(seed, n_x, n_a, n_y, m, T_x):
    rng = np.random.RandomState(seed)
    x = rng.randn(n_x, m, T_x)
    a0 = rng.randn(n_a, m)
    return x, a0, _lstm_parameters(rng, n_x, n_a, n_y)


def _rnn_cell_backward_inputs(seed, n_x, n_a, n_y, m):
    xt, a_prev, parameters = _rnn_cell_inputs(seed, n_x, n_a, n_y, m)
    _, _, cache = rnn_cell_forward(xt, a_prev, parameters)
    da_next = np.random.RandomState(seed + 100).randn(n_a, m)
    return da_next, cache


def _rnn_backward_inputs(seed, n_x, n_a, n_y, m, T_x):
    _, _, caches = rnn_forward(*_rnn_inputs(seed, n_x, n_a, n_y, m, T_x))
    da = np.random.RandomState(seed + 100).randn(n_a, m, T_x)
    return da, caches


def _lstm_cell_backward_inputs(seed, n_x, n_a, n_y, m):
    xt, a_prev, c_prev, parameters = _lstm_cell_inputs(seed, n_x, n_a, n_y, m)
    _, _, _, cache = lstm_cell_forward(xt, a_prev, c_prev, parameters)
    rng = np.random.RandomState(seed + 100)
    da_next = rng.randn(n_a, m)
    dc_next = rng.randn(n_a, m)
    return da_next, dc_next, cache


def _lstm_backward_inputs(seed, n_x, n_a, n_y, m, T_x):
    _, _, _, caches = lstm_forward(*_lstm_inputs(seed, n_x, n_a, n_y, m, T_x))
    da = np.random.RandomState(seed + 100).randn(n_a, m, T_x)
    return da, caches


def _course_lstm_backward_inputs():
    """The notebook's lstm_backward test (np.random.seed(1)): x (3, 10, 7), a0, the gates' parameters (Wy is not
    drawn), then da (5, 10, 4): only the first 4 time steps are gone back through. On these inputs the correct
    dx[1][2] is [0.00218254, ...] (v3a, 2021); the v3 notebook's -0.00173313 comes from not propagating da_prev and
    dc_prev (lstm-backward-no-propagation)."""
    rng = np.random.RandomState(1)
    x = rng.randn(3, 10, 7)
    a0 = rng.randn(5, 10)
    parameters = {}
    for gate in ("f", "i", "o", "c"):
        parameters["W" + gate] = rng.randn(5, 5 + 3)
        parameters["b" + gate] = rng.randn(5, 1)
    parameters["Wy"] = np.random.RandomState(2).randn(2, 5)
    parameters["by"] = np.random.RandomState(3).randn(2, 1)
    _, _, _, caches = lstm_forward(x, a0, parameters)
    return rng.randn(5, 10, 4), caches


def _shape(n_x, n_a, n_y, m, T_x=None):
    return f"n_x={n_x}, n_a={n_a}, n_y={n_y}, m={m}" + ("" if T_x is None else f", T_x={T_x}")


# ---------------------------------------------------------------- cases

def _cell_cases(build, shapes, note="", substitutes=None, first="the notebook's test: "):
    """One case per (seed, shape, visibility); seed 1 is the notebook's test (its shapes, and for the forward
    functions its inputs: n_x=3, n_a=5, n_y=2, m=10)."""
    cases = []
    for seed, shape, visibility in shapes:
        label = (first if seed == 1 else "") + _shape(*shape) + note
        cases.append(Case(label, args=build(seed, *shape), visibility=visibility, substitutes=substitutes or {}))
    return tuple(cases)


CELL_SHAPES = ((1, (3, 5, 2, 10), PUBLIC), (11, (4, 6, 3, 5), HIDDEN), (12, (2, 3, 4, 7), HIDDEN),
               (13, (5, 4, 1, 1), HIDDEN))
RNN_SHAPES = ((1, (3, 5, 2, 10, 4), PUBLIC), (21, (4, 6, 3, 5, 3), HIDDEN), (22, (2, 3, 4, 6, 7), HIDDEN),
              (23, (3, 5, 2, 4, 1), HIDDEN))
LSTM_SHAPES = ((1, (3, 5, 2, 10, 7), PUBLIC), (31, (4, 6, 3, 5, 3), HIDDEN), (32, (2, 3, 4, 6, 5), HIDDEN),
               (33, (3, 5, 2, 4, 1), HIDDEN))


def _mistake(id, hint, implementation):
    return KnownMistake(id, hint, implementation)


ASSIGNMENT = Assignment(
    name="rnn_step_by_step",
    title="Building your Recurrent Neural Network - Step by Step",
    order=1,
    course=5,
    week=1,
    file_names=(
        "Building a Recurrent Neural Network - Step by Step",            # 2018 (v2, v3)
        "Building+a+Recurrent+Neural+Network+-+Step+by+Step",            # the same, as Coursera's download names it
        "Building a Recurrent Neural Network - Step by Step - v3",
        "Building+a+Recurrent+Neural+Network+-+Step+by+Step+-+v3",
        "Building_a_Recurrent_Neural_Network_Step_by_Step",              # 2020 (v3a) and 2021+
        "Building_a_Recurrent_Neural_Network_Step_by_Step_v3a",
    ),
    titles=("Building your Recurrent Neural Network - Step by Step", "Building a Recurrent Neural Network - Step by Step",
            "Building your Recurrent Neural Network: Step by Step"),
    exercises=(
        Exercise("rnn_cell_forward", points=1, cases=_cell_cases(_rnn_cell_inputs, CELL_SHAPES), misconceptions=(
            _mistake("rnn-cell-softmax-wrong-axis", "Each column of Wya a_next + by holds one example's scores: the "
                     "softmax normalises every column (axis 0), so that each example's predicted probabilities sum "
                     "to 1. Summing along axis 1 mixes the examples; rnn_utils' softmax already does it right.",
                     wrong.rnn_cell_softmax_wrong_axis),
            _mistake("rnn-cell-no-bias", "The hidden state is tanh(Waa a_prev + Wax xt + ba): the bias ba is added "
                     "before the tanh.", wrong.rnn_cell_no_bias),
            _mistake("rnn-cell-output-from-a-prev", "The prediction at step t is read from the new hidden state "
                     "a_next, computed first, not from a_prev.", wrong.rnn_cell_output_from_a_prev),
        )),
        Exercise("rnn_forward", points=2,
                 cases=_cell_cases(_rnn_inputs, RNN_SHAPES, RNN_NOTE, RNN_CELL_FORWARD), misconceptions=(
            _mistake("rnn-forward-a0-every-step", "a0 is only the hidden state before the first step: each step must "
                     "receive the a_next the previous step returned, or the network has no memory.",
                     wrong.rnn_forward_a0_every_step),
            _mistake("rnn-forward-does-not-use-cell", "Compute each time step with your rnn_cell_forward, as the "
                     "instructions ask, rather than writing the cell again inside the loop: the network is built "
                     "from the cell you already wrote.", wrong.rnn_forward_does_not_use_cell),
        )),
        Exercise("lstm_cell_forward", points=2, cases=_cell_cases(_lstm_cell_inputs, CELL_SHAPES), misconceptions=(
            _mistake("lstm-cell-concat-swapped", "The gates' weights multiply concat = [a_prev; xt], a_prev on top: "
                     "the first n_a columns of each W belong to the hidden state. Stacking xt first gives the right "
                     "shape but pairs every weight with the wrong input.", wrong.lstm_cell_concat_swapped),
            _mistake("lstm-cell-a-next-no-tanh", "The output gate filters a squashed memory: a_next = ot * "
                     "tanh(c_next), not ot * c_next.", wrong.lstm_cell_a_next_no_tanh),
            _mistake("lstm-cell-softmax-wrong-axis", "Each column of Wy a_next + by is one example: the softmax "
                     "normalises over axis 0 so that every example's probabilities sum to 1.",
                     wrong.lstm_cell_softmax_wrong_axis),
        )),
        Exercise("lstm_forward", points=2,
                 cases=_cell_cases(_lstm_inputs, LSTM_SHAPES, LSTM_NOTE, LSTM_CELL_FORWARD), misconceptions=(
            _mistake("lstm-forward-c-aliases-a", "`c = a` gives a second name to the same array, it does not copy "
                     "it: writing the memory states into c overwrites the hidden states in a. Create c with its "
                     "own np.zeros.", wrong.lstm_forward_c_aliases_a),
            _mistake("lstm-forward-a0-every-step", "a0 is only the hidden state before the first step: each step "
                     "receives the a_next (and c_next) the previous step returned.", wrong.lstm_forward_a0_every_step),
            _mistake("lstm-forward-c0-from-a0", "Only the hidden state starts at a0: the memory cell c starts at "
                     "zeros, of a0's shape.", wrong.lstm_forward_c0_from_a0),
        )),
        Exercise("rnn_cell_backward", points=2,
                 cases=_cell_cases(_rnn_cell_backward_inputs, CELL_SHAPES, first="the notebook's shapes: "), misconceptions=(
            _mistake("rnn-cell-backward-no-tanh-derivative", "a_next is tanh of the pre-activation, so the gradient "
                     "passes through tanh's derivative, 1 - a_next ** 2, times da_next, before reaching the weights, "
                     "the bias and the inputs.", wrong.rnn_cell_backward_no_tanh_derivative),
            _mistake("rnn-cell-backward-tanh-applied-twice", "a_next is already tanh(z): the derivative of tanh is "
                     "1 - a_next ** 2, without applying tanh to a_next again.",
                     wrong.rnn_cell_backward_tanh_applied_twice),
            _mistake("rnn-cell-backward-dba-mean", "ba is added to every example's pre-activation, so its gradient is "
                     "the sum of dtanh over the examples (axis 1), like dWax's products; a mean divides it by m.",
                     wrong.rnn_cell_backward_dba_mean),
        )),
        Exercise("rnn_backward", points=2,
                 cases=_cell_cases(_rnn_backward_inputs, RNN_SHAPES, RNN_BACK_NOTE, RNN_CELL_BACKWARD,
                                   first="the notebook's shapes: "),
                 misconceptions=(
            _mistake("rnn-backward-no-recurrent-gradient", "a<t> affects the cost directly (da[:, :, t]) and through "
                     "every later step: the cell at step t gets da[:, :, t] plus the da_prev the step after it "
                     "returned.", wrong.rnn_backward_no_recurrent_gradient),
            _mistake("rnn-backward-overwrites-gradients", "The same Wax, Waa and ba are used at every time step, so "
                     "their gradients are the sum over the steps: add each step's gradient (+=) instead of "
                     "replacing the total.", wrong.rnn_backward_overwrites_gradients),
            _mistake("rnn-backward-whole-caches", "caches holds one cache per time step: the cell at step t takes "
                     "caches[t], not the whole list.", wrong.rnn_backward_whole_caches),
        )),
        Exercise("lstm_cell_backward", points=3,
                 cases=_cell_cases(_lstm_cell_backward_inputs, CELL_SHAPES, first="the notebook's shapes: "), misconceptions=(
            _mistake("lstm-cell-backward-dcct-no-tanh-derivative", "The candidate cct is tanh of its pre-activation: "
                     "dcct carries the factor 1 - cct ** 2, as the gates' gradients carry the sigmoid's g (1 - g).",
                     wrong.lstm_cell_backward_dcct_no_tanh_derivative),
            _mistake("lstm-cell-backward-dc-prev-misses-da-next", "c_prev reaches the cost through c_next, which "
                     "gets gradient both from dc_next and from da_next (a_next = ot * tanh(c_next)): dc_prev = "
                     "(dc_next + ot (1 - tanh(c_next)^2) da_next) * ft.",
                     wrong.lstm_cell_backward_dc_prev_misses_da_next),
            _mistake("lstm-cell-backward-bias-mean", "Each bias is added to every example, so its gradient is the sum "
                     "of the gate's gradient over the examples (axis 1); a mean divides it by m.",
                     wrong.lstm_cell_backward_bias_mean),
        )),
        Exercise("lstm_backward", points=3,
                 cases=(Case("the notebook's test: x (3, 10, 7), da (5, 10, 4)" + LSTM_BACK_NOTE,
                             args=_course_lstm_backward_inputs(), substitutes=LSTM_CELL_BACKWARD),)
                 + _cell_cases(_lstm_backward_inputs, LSTM_SHAPES[1:], LSTM_BACK_NOTE, LSTM_CELL_BACKWARD),
                 misconceptions=(
            _mistake("lstm-backward-no-propagation", "Both states carry gradient back in time: the cell at step t "
                     "gets da[:, :, t] plus the da_prev of step t+1, and the dc_prev of step t+1; the v3 "
                     "notebook's expected output was computed without them.", wrong.lstm_backward_no_propagation),
            _mistake("lstm-backward-dc-not-propagated", "The memory cell links the steps too: pass the dc_prev the "
                     "step after returned as dc_next, not zeros.", wrong.lstm_backward_dc_not_propagated),
            _mistake("lstm-backward-overwrites-gradients", "The gates' weights are shared by all time steps, so "
                     "their gradients are summed over the steps: add each step's gradient (+=).",
                     wrong.lstm_backward_overwrites_gradients),
            _mistake("lstm-backward-whole-caches", "caches holds one cache per time step: the cell at step t takes "
                     "caches[t], not the whole list.", wrong.lstm_backward_whole_caches),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
