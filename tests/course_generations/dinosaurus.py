"""Character level language model - Dinosaurus Island: each course generation's notebook as students received and completed it.

Three generations whose files or code differ (every one has clip(gradients, maxValue), sample(parameters, char_to_ix,
seed) reseeding with np.random.seed(counter+seed) before each draw and seed += 1 after it, and
optimize(X, Y, a_prev, parameters, learning_rate = 0.01) returning (loss, gradients, a[len(X)-1])):
- 2018 (final - v3): "Dinosaurus Island -- Character level language model final - v3.ipynb", clip clips the
  caller's arrays in place, `### GRADED FUNCTION: clip` (three hashes) over clip;
- 2019-2020 (final_v3a): "Dinosaurus_Island_Character_level_language_model_final_v3a.ipynb", the same code, longer
  hints (2D arrays, np.random.choice over range(len(...)));
- 2021+: "Dinosaurus_Island_Character_level_language_model.ipynb", `# UNQ_C1 (UNIQUE CELL IDENTIFIER, DO NOT
  EDIT)` lines, clip starts with gradients = copy.deepcopy(gradients), the first cell imports pprint and copy.
Solved code follows the notebooks as completed in public repositories; the unfilled templates are written from them
(the code regions emptied as the course shipped them: `x = None`, `None` for a call, `x[None] = None`).
"""

TITLE = "Character level language model - Dinosaurus Island"

_CLIP_DOC = """    '''
    Clips the gradients' values between minimum and maximum.
    
    Arguments:
    gradients -- a dictionary containing the gradients "dWaa", "dWax", "dWya", "db", "dby"
    maxValue -- everything above this number is set to this number, and everything less than -maxValue is set to -maxValue
    
    Returns: 
    gradients -- a dictionary with the clipped gradients.
    '''
"""

_SAMPLE_DOC = '''    """
    Sample a sequence of characters according to a sequence of probability distributions output of the RNN

    Arguments:
    parameters -- python dictionary containing the parameters Waa, Wax, Wya, by, and b. 
    char_to_ix -- python dictionary mapping each character to an index.
    seed -- used for grading purposes. Do not worry about it.

    Returns:
    indices -- a list of length n containing the indices of the sampled characters.
    """
'''

_OPTIMIZE_DOC = '''    """
    Execute one step of the optimization to train the model.
    
    Arguments:
    X -- list of integers, where each integer is a number that maps to a character in the vocabulary.
    Y -- list of integers, exactly the same as X but shifted one index to the left.
    a_prev -- previous hidden state.
    parameters -- python dictionary containing:
                        Wax -- Weight matrix multiplying the input, numpy array of shape (n_a, n_x)
                        Waa -- Weight matrix multiplying the hidden state, numpy array of shape (n_a, n_a)
                        Wya -- Weight matrix relating the hidden-state to the output, numpy array of shape (n_y, n_a)
                        b --  Bias, numpy array of shape (n_a, 1)
                        by -- Bias relating the hidden-state to the output, numpy array of shape (n_y, 1)
    learning_rate -- learning rate for the model.
    
    Returns:
    loss -- value of the loss function (cross-entropy)
    gradients -- python dictionary containing:
                        dWax -- Gradients of input-to-hidden weights, of shape (n_a, n_x)
                        dWaa -- Gradients of hidden-to-hidden weights, of shape (n_a, n_a)
                        dWya -- Gradients of hidden-to-output weights, of shape (n_y, n_a)
                        db -- Gradients of bias vector, of shape (n_a, 1)
                        dby -- Gradients of output bias vector, of shape (n_y, 1)
    a[len(X)-1] -- the last hidden state, of shape (n_a, 1)
    """
'''


def _clip(deepcopy: bool, body: str) -> str:
    copy_line = "    gradients = copy.deepcopy(gradients)\n    \n" if deepcopy else "    \n"
    return ("def clip(gradients, maxValue):\n" + _CLIP_DOC + copy_line +
            "    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']\n"
            "   \n"
            "    ### START CODE HERE ###\n"
            "    # clip to mitigate exploding gradients, loop over [dWax, dWaa, dWya, db, dby]. (≈2 lines)\n"
            + body +
            "    ### END CODE HERE ###\n"
            "    \n"
            '    gradients = {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}\n'
            "    \n"
            "    return gradients\n")


_CLIP_SOLVED_BODY = ("    for gradient in [dWax, dWaa, dWya, db, dby]:\n"
                     "        np.clip(gradient, -maxValue, maxValue, out=gradient)\n")
_CLIP_V3_TEMPLATE_BODY = "    for gradient in None:\n        None\n"
_CLIP_NEW_TEMPLATE_BODY = "    for gradient in None:\n        np.clip(None, None, None, out = None)\n"


def _sample(step1, step2, step3, step4, a_update, append, newline="char_to_ix['\\n']", idx_init="-1",
            indices="[]") -> str:
    return ("def sample(parameters, char_to_ix, seed):\n" + _SAMPLE_DOC +
            "    \n"
            "    # Retrieve parameters and relevant shapes from \"parameters\" dictionary\n"
            "    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']\n"
            "    vocab_size = by.shape[0]\n"
            "    n_a = Waa.shape[1]\n"
            "    \n"
            "    ### START CODE HERE ###\n"
            "    # Step 1: Create the a zero vector x that can be used as the one-hot vector \n"
            "    # representing the first character (initializing the sequence generation). (≈1 line)\n"
            f"    x = {step1[0]}\n"
            "    # Step 1': Initialize a_prev as zeros (≈1 line)\n"
            f"    a_prev = {step1[1]}\n"
            "    \n"
            "    # Create an empty list of indices, this is the list which will contain the list of indices of the characters to generate (≈1 line)\n"
            f"    indices = {indices}\n"
            "    \n"
            "    # idx is the index of the one-hot vector x that is set to 1\n"
            "    # All other positions in x are zero.\n"
            "    # We will initialize idx to -1\n"
            f"    idx = {idx_init}\n"
            "    \n"
            "    # Loop over time-steps t. At each time-step:\n"
            "    # sample a character from a probability distribution \n"
            "    # and append its index (`idx`) to the list \"indices\". \n"
            "    # We'll stop if we reach 50 characters \n"
            "    # (which should be very unlikely with a well trained model).\n"
            "    # Setting the maximum number of characters helps with debugging and prevents infinite loops. \n"
            "    counter = 0\n"
            f"    newline_character = {newline}\n"
            "    \n"
            "    while (idx != newline_character and counter != 50):\n"
            "        \n"
            "        # Step 2: Forward propagate x using the equations (1), (2) and (3)\n"
            f"        a = {step2[0]}\n"
            f"        z = {step2[1]}\n"
            f"        y = {step2[2]}\n"
            "        \n"
            "        # for grading purposes\n"
            "        np.random.seed(counter+seed) \n"
            "        \n"
            "        # Step 3: Sample the index of a character within the vocabulary from the probability distribution y\n"
            "        # (see additional hints above)\n"
            f"        idx = {step3}\n"
            "\n"
            "        # Append the index to \"indices\"\n"
            f"        {append}\n"
            "        \n"
            "        # Step 4: Overwrite the input x with one that corresponds to the sampled index `idx`.\n"
            "        # (see additional hints above)\n"
            f"        x = {step4[0]}\n"
            f"        {step4[1]}\n"
            "        \n"
            "        # Update \"a_prev\" to be \"a\"\n"
            f"        a_prev = {a_update}\n"
            "        \n"
            "        # for grading purposes\n"
            "        seed += 1\n"
            "        counter +=1\n"
            "        \n"
            "    ### END CODE HERE ###\n"
            "\n"
            "    if (counter == 50):\n"
            "        indices.append(char_to_ix['\\n'])\n"
            "    \n"
            "    return indices\n")


_SAMPLE_SOLVED = _sample(("np.zeros((vocab_size, 1))", "np.zeros((n_a, 1))"),
                         ("np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)", "np.dot(Wya, a) + by", "softmax(z)"),
                         "np.random.choice(list(range(vocab_size)), p=y.ravel())",
                         ("np.zeros((vocab_size, 1))", "x[idx] = 1"), "a", "indices.append(idx)")
_SAMPLE_V3_TEMPLATE = _sample(("None", "None"), ("None", "None", "None"), "None", ("None", "x[None] = None"), "None",
                              "None", indices="None")
_SAMPLE_NEW_SOLVED = _sample(("np.zeros((vocab_size,1))", "np.zeros((n_a,1))"),
                             ("np.tanh(np.dot(Waa,a_prev)+np.dot(Wax,x)+b)", "np.dot(Wya,a)+by", "softmax(z)"),
                             "np.random.choice(range(vocab_size), p = y.ravel())",
                             ("np.zeros((vocab_size,1))", "x[idx] = 1"), "a", "indices.append(idx)")
_SAMPLE_NEW_TEMPLATE = _sample(("None", "None"), ("None", "None", "None"), "None", ("None", "x[None] = None"), "None",
                               "None", newline="None", idx_init="None", indices="None")


def _optimize(lines) -> str:
    return ("def optimize(X, Y, a_prev, parameters, learning_rate = 0.01):\n" + _OPTIMIZE_DOC +
            "    \n"
            "    ### START CODE HERE ###\n"
            "    \n"
            "    # Forward propagate through time (≈1 line)\n"
            f"    loss, cache = {lines[0]}\n"
            "    \n"
            "    # Backpropagate through time (≈1 line)\n"
            f"    gradients, a = {lines[1]}\n"
            "    \n"
            "    # Clip your gradients between -5 (min) and 5 (max) (≈1 line)\n"
            f"    gradients = {lines[2]}\n"
            "    \n"
            "    # Update parameters (≈1 line)\n"
            f"    parameters = {lines[3]}\n"
            "    \n"
            "    ### END CODE HERE ###\n"
            "    \n"
            "    return loss, gradients, a[len(X)-1]\n")


_OPTIMIZE_SOLVED = _optimize(("rnn_forward(X, Y, a_prev, parameters)", "rnn_backward(X, Y, parameters, cache)",
                              "clip(gradients, 5)", "update_parameters(parameters, gradients, learning_rate)"))
_OPTIMIZE_TEMPLATE = _optimize(("None", "None", "None", "None"))

_OLD_IMPORTS = "import numpy as np\nfrom utils import *\nimport random"
_V3A_IMPORTS = "import numpy as np\nfrom utils import *\nimport random\nimport pprint"
_NEW_IMPORTS = "import numpy as np\nfrom utils import *\nimport random\nimport pprint\nimport copy"

_OLD_MARKERS = {"clip": "### GRADED FUNCTION: clip"}
_NEW_MARKERS = {"clip": "# UNQ_C1 (UNIQUE CELL IDENTIFIER, DO NOT EDIT)\n### GRADED FUNCTION: clip",
                "sample": "# UNQ_C2 (UNIQUE CELL IDENTIFIER, DO NOT EDIT)\n# GRADED FUNCTION: sample",
                "optimize": "# UNQ_C3 (UNIQUE CELL IDENTIFIER, DO NOT EDIT)\n# GRADED FUNCTION: optimize"}

GENERATIONS = [
    {"generation": "2018 (final - v3)", "file": "Dinosaurus Island -- Character level language model final - v3.ipynb",
     "title": TITLE, "markers": True, "marker_text": _OLD_MARKERS, "imports": _OLD_IMPORTS,
     "solved": {"clip": _clip(False, _CLIP_SOLVED_BODY), "sample": _SAMPLE_SOLVED, "optimize": _OPTIMIZE_SOLVED},
     "template": {"clip": _clip(False, _CLIP_V3_TEMPLATE_BODY), "sample": _SAMPLE_V3_TEMPLATE,
                  "optimize": _OPTIMIZE_TEMPLATE}},
    {"generation": "2019-2020 (final_v3a)", "file": "Dinosaurus_Island_Character_level_language_model_final_v3a.ipynb",
     "title": TITLE, "markers": True, "marker_text": _OLD_MARKERS, "imports": _V3A_IMPORTS,
     "solved": {"clip": _clip(False, _CLIP_SOLVED_BODY), "sample": _SAMPLE_SOLVED, "optimize": _OPTIMIZE_SOLVED},
     "template": {"clip": _clip(False, _CLIP_NEW_TEMPLATE_BODY), "sample": _SAMPLE_V3_TEMPLATE,
                  "optimize": _OPTIMIZE_TEMPLATE}},
    {"generation": "2021+", "file": "Dinosaurus_Island_Character_level_language_model.ipynb",
     "title": TITLE, "markers": True, "marker_text": _NEW_MARKERS, "imports": _NEW_IMPORTS,
     "solved": {"clip": _clip(True, _CLIP_SOLVED_BODY), "sample": _SAMPLE_NEW_SOLVED, "optimize": _OPTIMIZE_SOLVED},
     "template": {"clip": _clip(True, _CLIP_NEW_TEMPLATE_BODY), "sample": _SAMPLE_NEW_TEMPLATE,
                  "optimize": _OPTIMIZE_TEMPLATE}},
]
