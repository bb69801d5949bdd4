"""Python Basics with Numpy: each course generation's notebook as students received and completed it.

Sources: the 2017-19 v3 notebook ("Python Basics With Numpy v3.ipynb" on the Coursera hub), the 2017 v2 copy, the
2019-20 v3a notebook and the 2021+ notebook ("Python_Basics_with_Numpy.ipynb"), as found in public repositories.
The graded code of v2 and v3 is the same; v3a changed softmax's docstring from (n, m) to (m, n); 2021+ renamed
normalizeRows to normalize_rows and replaced `### START CODE HERE ###` / `x = None` by commented hints and an empty
`# YOUR CODE STARTS HERE` / `# YOUR CODE ENDS HERE` region.

These notebooks have no import cell of their own: `import math` opens basic_sigmoid's graded cell (with
`from public_tests import *` in 2021+), and `import numpy as np` stands in sigmoid's graded cell up to 2020 and in the
example cell before it (every generation). "imports" holds those lines.

Keys beyond the common ones:
- "names": exercise -> the function's name in that generation where it differs (normalizeRows before 2021).
- "marker_text": exercise -> the marker line as that generation wrote it, where it is not `# GRADED FUNCTION: name`.
"""

_BASIC_SIGMOID_DOC = '''    """
    Compute sigmoid of x.

    Arguments:
    x -- A scalar

    Return:
    s -- sigmoid(x)
    """
'''
_SIGMOID_DOC = '''    """
    Compute the sigmoid of x

    Arguments:
    x -- A scalar or numpy array of any size

    Return:
    s -- sigmoid(x)
    """
'''
_SIGMOID_DERIVATIVE_DOC = '''    """
    Compute the gradient (also called the slope or derivative) of the sigmoid function with respect to its input x.
    You can store the output of the sigmoid function into variables and then use it to calculate the gradient.

    Arguments:
    x -- A scalar or numpy array

    Return:
    ds -- Your computed gradient.
    """
'''
_IMAGE2VECTOR_DOC = '''    """
    Argument:
    image -- a numpy array of shape (length, height, depth)

    Returns:
    v -- a vector of shape (length*height*depth, 1)
    """
'''
_NORMALIZE_ROWS_DOC = '''    """
    Implement a function that normalizes each row of the matrix x (to have unit length).

    Argument:
    x -- A numpy matrix of shape (n, m)

    Returns:
    x -- The normalized (by row) numpy matrix. You are allowed to modify x.
    """
'''
_SOFTMAX_DOC_NM = '''    """Calculates the softmax for each row of the input x.

    Your code should work for a row vector and also for matrices of shape (n, m).

    Argument:
    x -- A numpy matrix of shape (n,m)

    Returns:
    s -- A numpy matrix equal to the softmax of x, of shape (n,m)
    """
'''
_SOFTMAX_DOC_MN = _SOFTMAX_DOC_NM.replace("(n, m)", "(m,n)").replace("(n,m)", "(m,n)")
_L1_DOC = '''    """
    Arguments:
    yhat -- vector of size m (predicted labels)
    y -- vector of size m (true labels)

    Returns:
    loss -- the value of the L1 loss function defined above
    """
'''
_L2_DOC = _L1_DOC.replace("L1 loss", "L2 loss")


def _old(signature, doc, lines, body, ret):
    """A 2017-20 cell: ### START CODE HERE ### (≈ lines) ... ### END CODE HERE ###, then the return."""
    return (f"def {signature}:\n{doc}    \n    ### START CODE HERE ### (≈ {lines})\n{body}"
            f"    ### END CODE HERE ###\n    \n    return {ret}\n")


def _new(signature, doc, hints, body, ret):
    """A 2021+ cell: commented hints, then code (empty in the template) between YOUR CODE STARTS/ENDS HERE."""
    return (f"def {signature}:\n{doc}    \n{hints}    # YOUR CODE STARTS HERE\n{body or '    ' + chr(10) + '    ' + chr(10)}"
            f"    # YOUR CODE ENDS HERE\n    \n    return {ret}\n")


def _old_generation(softmax_doc, normalize_name):
    cells = {
        "basic_sigmoid": ("basic_sigmoid(x)", _BASIC_SIGMOID_DOC, "1 line of code", "s",
                          "    s = None\n", "    s = 1 / (1 + math.exp(-x))\n"),
        "sigmoid": ("sigmoid(x)", _SIGMOID_DOC, "1 line of code", "s",
                    "    s = None\n", "    s = 1 / (1 + np.exp(-x))\n"),
        "sigmoid_derivative": ("sigmoid_derivative(x)", _SIGMOID_DERIVATIVE_DOC, "2 lines of code", "ds",
                               "    s = None\n    ds = None\n", "    s = sigmoid(x)\n    ds = s * (1 - s)\n"),
        "image2vector": ("image2vector(image)", _IMAGE2VECTOR_DOC, "1 line of code", "v",
                         "    v = None\n",
                         "    v = image.reshape((image.shape[0] * image.shape[1] * image.shape[2], 1))\n"),
        "normalize_rows": (
            f"{normalize_name}(x)", _NORMALIZE_ROWS_DOC, "2 lines of code", "x",
            "    # Compute x_norm as the norm 2 of x. Use np.linalg.norm(..., ord = 2, axis = ..., keepdims = True)\n"
            "    x_norm = None\n    \n    # Divide x by its norm.\n    x = None\n",
            "    # Compute x_norm as the norm 2 of x. Use np.linalg.norm(..., ord = 2, axis = ..., keepdims = True)\n"
            "    x_norm = np.linalg.norm(x, ord = 2, axis = 1, keepdims = True)\n    \n"
            "    # Divide x by its norm.\n    x = x / x_norm\n"),
        "softmax": (
            "softmax(x)", softmax_doc, "3 lines of code", "s",
            "    # Apply exp() element-wise to x. Use np.exp(...).\n    x_exp = None\n\n"
            "    # Create a vector x_sum that sums each row of x_exp. Use np.sum(..., axis = 1, keepdims = True).\n"
            "    x_sum = None\n    \n"
            "    # Compute softmax(x) by dividing x_exp by x_sum. It should automatically use numpy broadcasting.\n"
            "    s = None\n\n",
            "    # Apply exp() element-wise to x. Use np.exp(...).\n    x_exp = np.exp(x)\n\n"
            "    # Create a vector x_sum that sums each row of x_exp. Use np.sum(..., axis = 1, keepdims = True).\n"
            "    x_sum = np.sum(x_exp, axis = 1, keepdims = True)\n    \n"
            "    # Compute softmax(x) by dividing x_exp by x_sum. It should automatically use numpy broadcasting.\n"
            "    s = x_exp / x_sum\n\n"),
        "L1": ("L1(yhat, y)", _L1_DOC, "1 line of code", "loss",
               "    loss = None\n", "    loss = np.sum(np.abs(y - yhat))\n"),
        "L2": ("L2(yhat, y)", _L2_DOC, "1 line of code", "loss",
               "    loss = None\n", "    loss = np.sum(np.dot(y - yhat, y - yhat))\n"),
    }
    return ({name: _old(signature, doc, lines, solved, ret)
             for name, (signature, doc, lines, ret, _, solved) in cells.items()},
            {name: _old(signature, doc, lines, template, ret)
             for name, (signature, doc, lines, ret, template, _) in cells.items()})


def _generation_2021():
    cells = {
        "basic_sigmoid": ("basic_sigmoid(x)", _BASIC_SIGMOID_DOC, "    # (≈ 1 line of code)\n    # s = \n", "s",
                          "    s = 1 / (1 + math.exp(-x))\n"),
        "sigmoid": ("sigmoid(x)", _SIGMOID_DOC, "    # (≈ 1 line of code)\n    # s = \n", "s",
                    "    s = 1 / (1 + np.exp(-x))\n"),
        "sigmoid_derivative": ("sigmoid_derivative(x)", _SIGMOID_DERIVATIVE_DOC,
                               "    #(≈ 2 lines of code)\n    # s = \n    # ds = \n", "ds",
                               "    s = sigmoid(x)\n    ds = s * (1 - s)\n"),
        "image2vector": ("image2vector(image)", _IMAGE2VECTOR_DOC, "    # (≈ 1 line of code)\n    # v =\n", "v",
                         "    v = image.reshape(-1, 1)\n"),
        "normalize_rows": (
            "normalize_rows(x)", _NORMALIZE_ROWS_DOC,
            "    #(≈ 2 lines of code)\n"
            "    # Compute x_norm as the norm 2 of x. Use np.linalg.norm(..., ord = 2, axis = ..., keepdims = True)\n"
            "    # x_norm =\n    # Divide x by its norm.\n    # x =\n", "x",
            "    x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)\n    x = x / x_norm\n"),
        "softmax": (
            "softmax(x)", _SOFTMAX_DOC_MN,
            "    #(≈ 3 lines of code)\n    # Apply exp() element-wise to x. Use np.exp(...).\n    # x_exp = ...\n\n"
            "    # Create a vector x_sum that sums each row of x_exp. Use np.sum(..., axis = 1, keepdims = True).\n"
            "    # x_sum = ...\n    \n"
            "    # Compute softmax(x) by dividing x_exp by x_sum. It should automatically use numpy broadcasting.\n"
            "    # s = ...\n    \n", "s",
            "    x_exp = np.exp(x)\n    x_sum = np.sum(x_exp, axis=1, keepdims=True)\n    s = x_exp / x_sum\n"),
        "L1": ("L1(yhat, y)", _L1_DOC, "    #(≈ 1 line of code)\n    # loss = \n", "loss",
               "    loss = np.sum(abs(y - yhat))\n"),
        "L2": ("L2(yhat, y)", _L2_DOC, "    #(≈ 1 line of code)\n    # loss = ...\n", "loss",
               "    loss = np.dot(y - yhat, y - yhat)\n"),
    }
    return ({name: _new(signature, doc, hints, solved, ret) for name, (signature, doc, hints, ret, solved) in cells.items()},
            {name: _new(signature, doc, hints, "", ret) for name, (signature, doc, hints, ret, _) in cells.items()})


_V3_SOLVED, _V3_TEMPLATE = _old_generation(_SOFTMAX_DOC_NM, "normalizeRows")
_V3A_SOLVED, _V3A_TEMPLATE = _old_generation(_SOFTMAX_DOC_MN, "normalizeRows")
_2021_SOLVED, _2021_TEMPLATE = _generation_2021()

TITLE = "Python Basics with Numpy (optional assignment)"

GENERATIONS = [
    {"generation": "2017 (v2)", "file": "Python Basics With Numpy v2.ipynb", "title": TITLE, "markers": True,
     "imports": "import math\nimport numpy as np",
     "names": {"normalize_rows": "normalizeRows"},
     "solved": _V3_SOLVED, "template": _V3_TEMPLATE},
    {"generation": "2017-19 (v3)", "file": "Python Basics With Numpy v3.ipynb", "title": TITLE, "markers": True,
     "imports": "import math\nimport numpy as np",
     "names": {"normalize_rows": "normalizeRows"},
     "solved": _V3_SOLVED, "template": _V3_TEMPLATE},
    {"generation": "2019-20 (v3a)", "file": "Python_Basics_With_Numpy_v3a.ipynb", "title": TITLE, "markers": True,
     "imports": "import math\nimport numpy as np",
     "names": {"normalize_rows": "normalizeRows"},
     "solved": _V3A_SOLVED, "template": _V3A_TEMPLATE},
    {"generation": "2021+", "file": "Python_Basics_with_Numpy.ipynb", "title": TITLE, "markers": True,
     "imports": "import math\nfrom public_tests import *\nimport numpy as np",
     "marker_text": {"image2vector": "# GRADED FUNCTION:image2vector"},
     "solved": _2021_SOLVED, "template": _2021_TEMPLATE},
]
