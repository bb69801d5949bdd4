"""What a wrong prediction means in predict (Exercise.readings): the boundary examples predicted 1, or no bias."""

import numpy as np

from grader.material.spec import Reading


def _activations(inputs, with_bias=True):
    w, b, X = (np.asarray(inputs[name], dtype=float) for name in ("w", "b", "X"))
    return 1 / (1 + np.exp(-(np.dot(w.reshape(X.shape[0], 1).T, X) + (b if with_bias else 0.0))))


def _wrong(got, expected, shape):
    """got as floats, when it has the shape of the predictions and is not the expected result; else None."""
    got = np.asarray(got, dtype=float)
    return got if got.shape == shape and not np.array_equal(got, np.asarray(expected, dtype=float)) else None


def _boundary_predicted_one(got, expected, inputs):
    """The result is 1 where the activation is >= 0.5: right everywhere but on the examples whose activation is
    exactly 0.5 (w^T x + b = 0), which the task predicts 0."""
    activations = _activations(inputs)
    on_boundary = int(np.count_nonzero(activations == 0.5))
    got = _wrong(got, expected, activations.shape)
    if not on_boundary or got is None or not np.array_equal(got, (activations >= 0.5).astype(float)):
        return False
    examples = "the example" if on_boundary == 1 else f"the {on_boundary} examples"
    others = ", the others are right" if on_boundary < activations.size else ""
    return (f"{examples} whose activation is exactly 0.5 (w^T x + b = 0) {'is' if on_boundary == 1 else 'are'} "
            f"predicted 1{others}")


def _without_bias(got, expected, inputs):
    """The result is what the activations sigmoid(w^T X), without b, give."""
    activations = _activations(inputs, with_bias=False)
    got = _wrong(got, expected, activations.shape)
    return got is not None and np.array_equal(got, (activations > 0.5).astype(float))


PREDICT = (Reading(_boundary_predicted_one, "the examples whose activation is exactly 0.5 are predicted 1, the "
                                            "others are right"),
           Reading(_without_bias, "the predictions are those of the activations without b, sigmoid(w^T X)"))
