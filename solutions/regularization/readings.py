"""How the student's dropout masks were drawn, read from them (Exercise.readings): the course draws
D = np.random.rand(...) < keep_prob after np.random.seed(1), D1 then D2; other ways give other masks under this seed."""

import numpy as np

from grader.material.spec import Reading


def _masks(got):
    """(D1, D2) from the student's (A3, cache), or None."""
    try:
        cache = got[1]
        return np.asarray(cache[1], dtype=float), np.asarray(cache[6], dtype=float)
    except (TypeError, IndexError, ValueError):
        return None


def _drawn(shapes, draw):
    np.random.seed(1)
    return tuple(draw(shape) for shape in shapes)


def _drawn_as(draw):
    """A Reading's test: whether the student's masks are the ones draw(shape) gives after np.random.seed(1)."""
    def test(got, expected, inputs):
        masks = _masks(got)
        if masks is None:
            return False
        drawn = _drawn([mask.shape for mask in masks], lambda shape: draw(shape, inputs.get("keep_prob", 0.5)))
        return all(np.array_equal(mask, mine.astype(float)) for mask, mine in zip(masks, drawn))
    return test


FORWARD_DROPOUT = (
    # NumPy draws binomial(1, p) from the same uniform numbers as rand > 1 - p: one reading for both
    Reading(_drawn_as(lambda shape, keep_prob: np.random.rand(*shape) > 1 - keep_prob),
            "the masks are np.random.binomial(1, keep_prob) draws, or keep np.random.rand(...) > 1 − keep_prob (the "
            "same masks): a valid dropout, but not the course's np.random.rand(...) < keep_prob, which gives other "
            "masks under this seed"),
    Reading(_drawn_as(lambda shape, keep_prob: np.random.rand(*shape) < 1 - keep_prob),
            "the masks keep the numbers below 1 − keep_prob: each neuron is then kept with probability "
            "1 − keep_prob, not keep_prob"),
    Reading(_drawn_as(lambda shape, keep_prob: np.random.binomial(1, keep_prob, size=shape)),
            "the masks are np.random.binomial(1, keep_prob) draws: a valid dropout, but not the course's "
            "np.random.rand(...) < keep_prob, which gives other masks under this seed"),  # where they differ
    Reading(_drawn_as(lambda shape, keep_prob: np.random.randn(*shape) < keep_prob),
            "the masks come from np.random.randn (normal numbers): np.random.rand draws the uniform numbers in "
            "[0, 1) that make each neuron kept with probability keep_prob"),
)
