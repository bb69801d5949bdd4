"""Cases, tolerances and points of the Convolution model - Step by Step assignment.

The course's own tests use stride 1 or stride 2 with tiny outputs, where an ignored stride can pass; the hidden cases
here use strides 2 and 3 on non-square inputs (n_H != n_W) with several channels, n_C_prev != n_C and pad > 0
(filters stay f x f: the course's `(f, f, n_C_prev, n_C) = W.shape` supports square filters only). conv_forward,
conv_backward and pool_backward call the student's own zero_pad, conv_single_step, create_mask_from_window and
distribute_value (no substitutes: a correct earlier function of any generation gives the same values, and inline
code is as correct); conv_forward also accepts the 2017 conv_single_step's bias convention.
"""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Convention, Exercise, KnownMistake

from . import accepted
from . import misconceptions as wrong
from .reference import conv_forward, pool_forward


def _rng(seed):
    """np.random.RandomState(seed) draws what np.random.seed(seed) then np.random.randn draws (the course's tests)."""
    return np.random.RandomState(seed)


# ---------------------------------------------------------------- zero_pad

def _zero_pad_cases():
    def case(case_id, seed, shape, pad, visibility=HIDDEN):
        return Case(f"{case_id}X {shape}, pad={pad}", args=(_rng(seed).randn(*shape), pad), visibility=visibility)
    return (case("the notebook's test (2021+): ", 1, (4, 3, 3, 2), 3, PUBLIC),
            case("the 2017-2020 notebook's test: ", 1, (4, 3, 3, 2), 2, PUBLIC),
            case("", 11, (3, 5, 2, 4), 1),
            case("", 12, (2, 2, 6, 3), 2),
            case("one grey image: ", 13, (1, 4, 3, 1), 1))


# ---------------------------------------------------------------- conv_single_step

def _conv_single_step_cases():
    def case(case_id, seed, shape, visibility=HIDDEN):
        rng = _rng(seed)
        a_slice_prev, W, b = rng.randn(*shape), rng.randn(*shape), rng.randn(1, 1, 1)
        return Case(f"{case_id}a_slice_prev and W {shape}, b (1, 1, 1)", args=(a_slice_prev, W, b),
                    visibility=visibility)
    return (case("the notebook's test: ", 1, (4, 4, 3), PUBLIC),
            case("", 21, (3, 3, 5)),
            case("", 22, (2, 2, 1)),
            case("", 23, (5, 5, 2)))


# ---------------------------------------------------------------- conv_forward

def _conv_inputs(seed, a_shape, w_shape, pad, stride):
    rng = _rng(seed)
    A_prev = rng.randn(*a_shape)
    W = rng.randn(*w_shape)
    b = rng.randn(1, 1, 1, w_shape[3])
    return A_prev, W, b, {"pad": pad, "stride": stride}


def _conv_case_id(case_id, inputs):
    A_prev, W, _, hp = inputs
    return f"{case_id}A_prev {A_prev.shape}, W {W.shape}, pad={hp['pad']}, stride={hp['stride']}"


CONV_SHAPES = (  # (seed, A_prev shape, W shape, pad, stride, visibility, note)
    (1, (2, 5, 7, 4), (3, 3, 4, 8), 1, 2, PUBLIC, "the notebook's test (2021+): "),
    (1, (10, 4, 4, 3), (2, 2, 3, 8), 2, 2, PUBLIC, "the 2017-2020 notebook's test: "),
    (31, (2, 5, 7, 3), (3, 3, 3, 4), 1, 2, HIDDEN, ""),
    (32, (3, 6, 9, 2), (2, 2, 2, 3), 2, 3, HIDDEN, ""),
    (33, (1, 8, 6, 3), (4, 4, 3, 2), 0, 2, HIDDEN, "no padding: "),
    (34, (2, 4, 5, 2), (3, 3, 2, 3), 1, 1, HIDDEN, "stride 1: "),
)


def _conv_forward_cases():
    cases = []
    for seed, a_shape, w_shape, pad, stride, visibility, note in CONV_SHAPES:
        inputs = _conv_inputs(seed, a_shape, w_shape, pad, stride)
        cases.append(Case(_conv_case_id(note, inputs), args=inputs, visibility=visibility))
    return tuple(cases)


# ---------------------------------------------------------------- pool_forward

POOL_SHAPES = (  # (seed, A_prev shape, f, stride, mode, visibility, note)
    (1, (2, 5, 5, 3), 3, 1, "max", PUBLIC, "the notebook's test (2021+): "),
    (1, (2, 5, 5, 3), 3, 1, "average", PUBLIC, "the notebook's test (2021+): "),
    (1, (2, 5, 5, 3), 2, 2, "max", PUBLIC, "the notebook's second test (2021+): "),
    (1, (2, 4, 4, 3), 3, 2, "average", PUBLIC, "the 2017-2020 notebook's test: "),
    (41, (2, 7, 9, 3), 3, 2, "max", HIDDEN, ""),
    (41, (2, 7, 9, 3), 3, 2, "average", HIDDEN, ""),
    (42, (1, 6, 10, 2), 2, 3, "max", HIDDEN, ""),
    (42, (1, 6, 10, 2), 2, 3, "average", HIDDEN, ""),
    (43, (3, 5, 4, 4), 2, 1, "max", HIDDEN, "stride 1: "),
)


def _pool_inputs(seed, shape, f, stride):
    return _rng(seed).randn(*shape), {"stride": stride, "f": f}


def _pool_forward_cases():
    return tuple(Case(f"{note}A_prev {shape}, f={f}, stride={stride}, mode={mode!r}",
                      args=_pool_inputs(seed, shape, f, stride), kwargs={"mode": mode}, visibility=visibility)
                 for seed, shape, f, stride, mode, visibility, note in POOL_SHAPES)


# ---------------------------------------------------------------- conv_backward

def _conv_backward_cases():
    def case(note, seed, a_shape, w_shape, pad, stride, visibility=HIDDEN, dZ_is_Z=False):
        inputs = _conv_inputs(seed, a_shape, w_shape, pad, stride)
        Z, cache = conv_forward(*inputs)
        dZ = Z if dZ_is_Z else _rng(seed + 100).randn(*Z.shape)
        return Case(_conv_case_id(note, inputs) + (", dZ = Z" if dZ_is_Z else f", dZ {Z.shape}"),
                    args=(dZ, cache), visibility=visibility)
    # pad > 0 everywhere: the course's hint `X[pad:-pad, pad:-pad, :]` is empty for pad = 0.
    return (case("the notebook's test: ", 1, (10, 4, 4, 3), (2, 2, 3, 8), 2, 2, PUBLIC, dZ_is_Z=True),
            case("", 51, (2, 5, 7, 3), (3, 3, 3, 4), 1, 2),
            case("", 52, (3, 6, 9, 2), (2, 2, 2, 3), 2, 3),
            case("stride 1: ", 53, (2, 4, 5, 2), (3, 3, 2, 3), 1, 1))


# ---------------------------------------------------------------- create_mask_from_window, distribute_value

def _mask_cases():
    return (Case("x (2, 3) (the notebook's test)", args=(_rng(1).randn(2, 3),)),
            Case("x (3, 3)", args=(_rng(61).randn(3, 3),), visibility=HIDDEN),
            Case("x (4, 2)", args=(_rng(62).randn(4, 2),), visibility=HIDDEN),
            Case("x (2, 5)", args=(_rng(63).randn(2, 5),), visibility=HIDDEN))


def _distribute_cases():
    return (Case("dz=2, shape=(2, 2) (the notebook's test)", args=(2, (2, 2))),
            Case("dz=3.0, shape=(3, 2)", args=(3.0, (3, 2)), visibility=HIDDEN),
            Case("dz=-1.5, shape=(2, 4)", args=(-1.5, (2, 4)), visibility=HIDDEN),
            Case("dz=0.6, shape=(3, 3)", args=(0.6, (3, 3)), visibility=HIDDEN),
            # the notebook's (2, 2) has n_H * n_W == n_H + n_W: a public window where the two differ
            Case("dz=5.0, shape=(4, 2)", args=(5.0, (4, 2))))


# ---------------------------------------------------------------- pool_backward

def _pool_backward_cases():
    def case(note, seed, shape, f, stride, mode, visibility=HIDDEN):
        A_prev, hparameters = _pool_inputs(seed, shape, f, stride)
        A, cache = pool_forward(A_prev, hparameters)
        dA = _rng(seed + 100).randn(*A.shape)
        return Case(f"{note}A_prev {shape}, f={f}, stride={stride}, dA {A.shape}, mode={mode!r}",
                    args=(dA, cache), kwargs={"mode": mode}, visibility=visibility)
    return (case("the notebook's windows: ", 1, (5, 5, 3, 2), 2, 1, "max", PUBLIC),
            case("the notebook's windows: ", 1, (5, 5, 3, 2), 2, 1, "average", PUBLIC),
            case("", 71, (2, 7, 9, 3), 3, 2, "max"),
            case("", 71, (2, 7, 9, 3), 3, 2, "average"),
            case("", 72, (1, 6, 10, 2), 2, 3, "max"),
            case("", 72, (1, 6, 10, 2), 2, 3, "average"),
            # the notebook's windows have stride 1, where a start without the stride is right: a public stride 2
            case("stride 2: ", 73, (2, 5, 7, 3), 2, 2, "max", PUBLIC),
            case("stride 2: ", 73, (2, 5, 7, 3), 2, 2, "average", PUBLIC))


def _mistake(mistake_id, hint, implementation):
    return KnownMistake(mistake_id, hint, implementation)


STRIDE_START_HINT = ("The window of output position (h, w) starts at row h * stride and column w * stride of the "
                     "input: with stride 1 the windows overlap by all but one row, with stride 2 or 3 they jump.")

ASSIGNMENT = Assignment(
    name="cnn_step_by_step",
    title="Convolution model - Step by Step",
    order=1,
    course=4,
    week=1,
    file_names=("Convolution model - Step by Step", "Convolution_model_Step_by_Step"),
    titles=("Convolutional Neural Networks: Step by Step",),
    helpers_dir=Path(__file__).parent / "helpers",
    exercises=(
        Exercise("zero_pad", 1, _zero_pad_cases(), misconceptions=(
            _mistake("zero-pad-all-axes", "np.pad(X, pad) pads every axis, the batch and channel axes too: give one "
                     "(before, after) pair per axis and pad only the height and width.", wrong.zero_pad_all_axes),
            _mistake("zero-pad-batch-axis", "The first axis indexes the m images: padding it adds blank images. "
                     "Use (0, 0) for the batch axis.", wrong.zero_pad_batch_axis),
            _mistake("zero-pad-channel-axis", "The last axis holds the channels: padding it adds empty channels. "
                     "Use (0, 0) for the channel axis.", wrong.zero_pad_channel_axis))),
        Exercise("conv_single_step", 1, _conv_single_step_cases(), accepted=(Convention(
                     accepted.conv_single_step_2017, "the 2017 (v1) notebook: b added to each product before the sum "
                     "(its test expects Z = -23.16...); since v2 the sum comes first and float(b) is added once "
                     "(-6.99...). Both are accepted."),),
                 misconceptions=(
            _mistake("conv-single-step-bias-array", "Adding b, a (1, 1, 1) array, to the sum gives a (1, 1, 1) array: "
                     "Z must be a number. Cast the bias with float() before adding it.",
                     wrong.conv_single_step_bias_array),
            _mistake("conv-single-step-no-bias", "The bias is part of the step: Z is the sum of the products plus b.",
                     wrong.conv_single_step_no_bias),
            _mistake("conv-single-step-mean", "Z sums the element-wise products over the whole volume; averaging "
                     "them divides by f * f * n_C_prev.", wrong.conv_single_step_mean))),
        Exercise("conv_forward", 3, _conv_forward_cases(), accepted=(Convention(
                     accepted.conv_forward_2017, "the 2017 (v1) notebook's conv_single_step, which adds b to each "
                     "product of the window; since v2 b is added once per window. Both are accepted."),), misconceptions=(
            _mistake("conv-stride-ignored", "The stride sets both the output size, "
                     "n_H = int((n_H_prev - f + 2 pad) / stride) + 1, and where each window starts; here neither "
                     "uses it.", wrong.conv_stride_ignored),
            _mistake("conv-start-without-stride", STRIDE_START_HINT, wrong.conv_start_without_stride),
            _mistake("conv-size-without-pad", "The output size counts the padding: n_H_prev + 2 * pad rows are "
                     "scanned, not n_H_prev.", wrong.conv_size_without_pad),
            _mistake("conv-horiz-from-h", "The horizontal start of a window comes from the column index w, the "
                     "vertical one from the row index h.", wrong.conv_horiz_from_h))),
        Exercise("pool_forward", 2, _pool_forward_cases(), misconceptions=(
            _mistake("pool-start-without-stride", STRIDE_START_HINT, wrong.pool_start_without_stride),
            _mistake("pool-all-channels", "Pooling works on each channel separately: the window of output channel c "
                     "is A_prev[i, rows, columns, c], not all channels at once.", wrong.pool_all_channels),
            _mistake("pool-average-sum", "Average pooling takes the mean of the window, not its sum.",
                     wrong.pool_average_sum))),
        Exercise("conv_backward", 3, _conv_backward_cases(), misconceptions=(
            _mistake("conv-backward-start-without-stride", "The backward pass must visit the same windows as the "
                     "forward pass: " + STRIDE_START_HINT, wrong.conv_backward_start_without_stride),
            _mistake("conv-backward-padded-gradient", "dA_prev has the shape of A_prev: strip the padding from the "
                     "padded gradient before returning it.", wrong.conv_backward_padded_gradient),
            _mistake("conv-backward-db-assigned", "The bias gradient of channel c sums that channel's dZ over every "
                     "example and position: accumulate it with += instead of overwriting it.", wrong.conv_backward_db_assigned))),
        Exercise("create_mask_from_window", 1, _mask_cases(), misconceptions=(
            _mistake("mask-max-per-column", "The mask marks the maximum of the whole window, not of each column "
                     "(np.max without an axis).", wrong.mask_max_per_column),
            _mistake("mask-argmax-index", "The mask is a boolean array of the window's shape, True at the maximum; "
                     "np.argmax gives only the index.", wrong.mask_argmax_index))),
        Exercise("distribute_value", 1, _distribute_cases(), misconceptions=(
            _mistake("distribute-not-averaged", "Each of the n_H * n_W entries gets an equal share: dz divided by "
                     "the number of entries.", wrong.distribute_not_averaged),
            _mistake("distribute-divided-by-tuple", "Dividing by the shape tuple divides column by column; each of "
                     "the window's n_H * n_W entries gets an equal share of dz.", wrong.distribute_divided_by_tuple),
            _mistake("distribute-divided-by-sum", "The window has n_H * n_W entries, not n_H + n_W.",
                     wrong.distribute_divided_by_sum))),
        Exercise("pool_backward", 3, _pool_backward_cases(), misconceptions=(
            _mistake("pool-backward-start-without-stride", "The backward pass must visit the same windows as the "
                     "forward pass: " + STRIDE_START_HINT, wrong.pool_backward_start_without_stride),
            _mistake("pool-backward-average-not-averaged", "In average mode each input of the window contributed "
                     "1 / (f * f) of the output: spread da over the (f, f) window with distribute_value.",
                     wrong.pool_backward_average_not_averaged),
            _mistake("pool-backward-assigned", "Windows overlap when stride < f: add each window's gradient to "
                     "dA_prev (+=) instead of overwriting what earlier windows put there.",
                     wrong.pool_backward_assigned))),
    ),
)
