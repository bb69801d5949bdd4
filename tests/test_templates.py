"""A function still the course's template is not_implemented without running; a partly filled one runs, and where
it fails the feedback names the lines still unfilled (grader/submission/templates.py on each generation's forms)."""

from __future__ import annotations

import ast
import textwrap

import pytest

from grader.sandbox.loading import code_lines
from grader.submission import templates


def verdict(source: str, module_names=frozenset({"np"})):
    source = textwrap.dedent(source)
    lines = code_lines(source)
    filling = templates.analyse(ast.parse(source).body[0], lines)
    return templates.resolved(filling, lines, frozenset(module_names))


TEMPLATES = {
    "2017-2020: x = None between the markers": """
        def sigmoid(x):
            ### START CODE HERE ### (≈ 1 line of code)
            s = None
            ### END CODE HERE ###
            return s
        """,
    "a computation with None": """
        def backward(dZ3, A2, m):
            ### START CODE HERE ### (≈ 2 lines)
            dW3 = 1./m * np.dot(dZ3, None) + None
            db3 = None
            ### END CODE HERE ###
            return dW3, db3
        """,
    "2021+: an empty region, then a name bound nowhere": """
        def sigmoid(z):
            # s = ...
            # YOUR CODE STARTS HERE

            # YOUR CODE ENDS HERE
            return s
        """,
    "2021+: an empty region whose hint names what it assigns": """
        def compute_cost(AL, Y):
            m = Y.shape[1]
            # cost = ...
            # YOUR CODE STARTS HERE

            # YOUR CODE ENDS HERE
            cost = np.squeeze(cost)
            return cost
        """,
    "a placeholder the provided code reads back (w = parameters['w'])": """
        def model(X, Y):
            ### START CODE HERE ###
            w, b = None
            parameters, grads, costs = None
            w = parameters["w"]
            ### END CODE HERE ###
            return {"w": w, "costs": costs}
        """,
    "a loop the course provides inside the region": """
        def update_parameters(parameters, grads, learning_rate):
            L = len(parameters) // 2
            ### START CODE HERE ### (≈ 3 lines of code)
            for l in range(L):
                parameters["W" + str(l+1)] = None
                parameters["b" + str(l+1)] = None
            ### END CODE HERE ###
            return parameters
        """,
    "the v2 convolution notebook's END CODE without HERE": """
        def zero_pad(X, pad):
            ### START CODE HERE ### (≈ 1 line)
            X_pad = None
            ### END CODE ###
            return X_pad
        """,
    "a loop over None around a call with only None (Dinosaurus clip, 2019+)": """
        def clip(gradients, maxValue):
            dWaa, dWax = gradients['dWaa'], gradients['dWax']
            ### START CODE HERE ###
            for gradient in None:
                np.clip(None, None, None, out = None)
            ### END CODE HERE ###
            return {"dWaa": dWaa, "dWax": dWax}
        """,
    "a loop over None around a bare None (Dinosaurus clip, 2018)": """
        def clip(gradients, maxValue):
            dWaa, dWax = gradients['dWaa'], gradients['dWax']
            ### START CODE HERE ###
            for gradient in None:
                None
            ### END CODE HERE ###
            return {"dWaa": dWaa, "dWax": dWax}
        """,
    "the course's own lines inside the region (Dinosaurus sample)": """
        def sample(parameters, char_to_ix, seed):
            vocab_size = parameters['by'].shape[0]
            ### START CODE HERE ###
            x = None
            indices = None
            idx = -1
            counter = 0
            newline_character = char_to_ix['\\n']
            while (idx != newline_character and counter != 50):
                y = None
                np.random.seed(counter + seed)
                idx = None
                None
                x = None
                seed += 1
                counter += 1
            ### END CODE HERE ###
            return indices
        """,
    "markers stripped, only placeholders left": """
        def update_lr(learning_rate0, epoch_num, decay_rate):
            learning_rate = None
            return learning_rate
        """,
}

FILLED = {
    "the region filled": """
        def sigmoid(x):
            ### START CODE HERE ### (≈ 1 line of code)
            s = 1 / (1 + np.exp(-x))
            ### END CODE HERE ###
            return s
        """,
    "the region left empty, the code written below it": """
        def sigmoid(z):
            # s = ...
            # YOUR CODE STARTS HERE

            # YOUR CODE ENDS HERE
            s = 1 / (1 + np.exp(-z))
            return s
        """,
    "x = None where the student overwrites it before using it": """
        def sigmoid(x):
            ### START CODE HERE ###
            s = None
            ### END CODE HERE ###
            s = 1 / (1 + np.exp(-x))
            return s
        """,
    "np.clip with None as its open bound (YOLO iou)": """
        def iou(box1, box2):
            ### START CODE HERE
            xi1 = max(box1[0], box2[0])
            xi2 = min(box1[2], box2[2])
            inter_width = np.clip(xi2 - xi1, 0, None)
            ### END CODE HERE
            return inter_width
        """,
    "ordinary code that starts from None, without markers": """
        def best(values):
            best = None
            for value in values:
                if best is None or value > best:
                    best = value
            return best
        """,
}


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_course_template_in_each_form_is_recognised(name):
    template, _ = verdict(TEMPLATES[name])
    assert template


@pytest.mark.parametrize("name", FILLED)
def test_filled_code_is_never_taken_for_the_template(name):
    template, still = verdict(FILLED[name])
    assert not template and still == ()


def test_a_partly_filled_function_names_the_lines_still_unfilled():
    template, still = verdict("""
        def backward(dZ3, A2, m):
            ### START CODE HERE ### (≈ 2 lines)
            dW3 = 1./m * np.dot(dZ3, A2.T)
            db3 = 1./m * np.sum(dZ3, axis=1, keepdims=True) + None
            ### END CODE HERE ###
            return dW3, db3
        """)
    assert not template and still == ((5, "db3 = 1./m * np.sum(dZ3, axis=1, keepdims=True) + None"),)


def test_a_region_partly_filled_beside_the_courses_own_lines_runs_and_names_what_is_left():
    """The student's lines count beside the course's (`counter = 0`, `np.random.seed(...)` in Dinosaurus' sample)."""
    template, still = verdict("""
        def sample(parameters, char_to_ix, seed):
            ### START CODE HERE ###
            x = np.zeros((parameters['by'].shape[0], 1))
            counter = 0
            while counter != 50:
                a = np.tanh(np.dot(parameters['Wax'], x))
                idx = None
                np.random.seed(counter + seed)
                counter += 1
            ### END CODE HERE ###
            return idx
        """)
    assert not template and still == ((8, "idx = None"),)


def test_a_2021_template_that_does_not_parse_yet_is_recognised():
    assert templates.empty_region("def f(x):\n    for i in range(3):\n        # YOUR CODE STARTS HERE\n\n"
                                  "        # YOUR CODE ENDS HERE\n    return x\n")
    assert not templates.empty_region("def f(x):\n    # YOUR CODE STARTS HERE\n    y = x\n    # YOUR CODE ENDS HERE\n")
