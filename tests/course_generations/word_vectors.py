"""Operations on Word Vectors: each course generation's notebook as students received and completed it.

Sources: the 2018-20 notebook ("Operations on word vectors - v2.ipynb" on the Coursera hub) and the 2021+ notebook
("Operations_on_word_vectors_v2a.ipynb"), as found in public repositories (the graded cells confirmed from solved
copies; the unfilled templates are those cells with the solution lines as `x = None`, as both generations shipped
them). Differences: 2021+ cosine_similarity returns 1 for equal vectors and 0 for a zero norm (the 2018 one has a
`distance = 0.0` line and no special cases); 2018's complete_analogy skips all three input words, 2021+'s only
word_c; equalize's equations (9)-(10) changed in 2021 (see solutions/word_vectors/grading.py). In both generations
neutralize and equalize are the optional, ungraded section, without `# GRADED FUNCTION` lines: "markers" tells
whether the graded cells (cosine_similarity and complete_analogy) have them.
"""

_COS_DOC = '''    """
    Cosine similarity reflects the degree of similarity between u and v
        
    Arguments:
        u -- a word vector of shape (n,)          
        v -- a word vector of shape (n,)

    Returns:
        cosine_similarity -- the cosine similarity between u and v defined by the formula above.
    """
'''
_ANALOGY_DOC = '''    """
    Performs the word analogy task as explained above: a is to b as c is to ____. 
    
    Arguments:
    word_a -- a word, string
    word_b -- a word, string
    word_c -- a word, string
    word_to_vec_map -- dictionary that maps words to their corresponding vectors. 
    
    Returns:
    best_word --  the word such that v_b - v_a is close to v_best_word - v_c, as measured by cosine similarity
    """
'''
_NEUTRALIZE_DOC = '''    """
    Removes the bias of "word" by projecting it on the space orthogonal to the bias axis. 
    This function ensures that gender neutral words are zero in the gender subspace.
    
    Arguments:
        word -- string indicating the word to debias
        g -- numpy-array of shape (50,), corresponding to the bias axis (such as gender)
        word_to_vec_map -- dictionary mapping words to their corresponding vectors.
    
    Returns:
        e_debiased -- neutralized word vector representation of the input "word"
    """
'''
_EQUALIZE_DOC = '''    """
    Debias gender specific words by following the equalize method described in the figure above.
    
    Arguments:
    pair -- pair of strings of gender specific words to debias, e.g. ("actress", "actor") 
    bias_axis -- numpy-array of shape (50,), vector corresponding to the bias axis, e.g. gender
    word_to_vec_map -- dictionary mapping words to their corresponding vectors
    
    Returns
    e_1 -- word vector corresponding to the first word
    e_2 -- word vector corresponding to the second word
    """
'''


def _fill(text, values):
    """text with each `name = <name>` placeholder replaced by values[name] (the solution) or None (the template)."""
    for name, value in values.items():
        text = text.replace(f"<{name}>", value)
    return text


def _cosine(new, solved):
    v = {"dot": "np.dot(u, v)", "norm_u": "np.sqrt(np.sum(u * u))", "norm_v": "np.sqrt(np.sum(v * v))",
         "cos": "dot / (norm_u * norm_v)"}
    v = v if solved else {key: "None" for key in v}
    head = ("    # Special case. Consider the case u = [0, 0], v=[0, 0]\n    if np.all(u == v):\n        return 1\n    \n"
            if new else "    distance = 0.0\n    \n")
    guard = ("    # Avoid division by 0\n    if np.isclose(norm_u * norm_v, 0, atol=1e-32):\n        return 0\n    \n"
             if new else "")
    return _fill("def cosine_similarity(u, v):\n" + _COS_DOC + "    \n" + head +
                 "    ### START CODE HERE ###\n"
                 "    # Compute the dot product between u and v (≈1 line)\n    dot = <dot>\n"
                 "    # Compute the L2 norm of u (≈1 line)\n    norm_u = <norm_u>\n    \n"
                 "    # Compute the L2 norm of v (≈1 line)\n    norm_v = <norm_v>\n    \n" + guard +
                 "    # Compute the cosine similarity defined by formula (1) (≈1 line)\n"
                 "    cosine_similarity = <cos>\n    ### END CODE HERE ###\n    \n    return cosine_similarity\n", v)


def _analogy(new, solved):
    v = {"emb": "word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]",
         "sim": "cosine_similarity(e_b - e_a, word_to_vec_map[w] - e_c)",
         "cond": "cosine_sim > max_cosine_sim", "max": "cosine_sim", "best": "w"}
    v = v if solved else {"emb": "None, None, None", "sim": "None", "cond": "None > None", "max": "None",
                          "best": "None"}
    skip = ("        # to avoid best_word being one the input words, skip the input word_c\n"
            "        # skip word_c from query\n        if w == word_c:\n            continue\n" if new else
            "        # to avoid best_word being one of the input words, pass on them.\n"
            "        if w in [word_a, word_b, word_c] :\n            continue\n")
    return _fill("def complete_analogy(word_a, word_b, word_c, word_to_vec_map):\n" + _ANALOGY_DOC + "    \n"
                 "    # convert words to lowercase\n"
                 "    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()\n    \n"
                 "    ### START CODE HERE ###\n    # Get the word embeddings e_a, e_b and e_c (≈1-3 lines)\n"
                 "    e_a, e_b, e_c = <emb>\n    ### END CODE HERE ###\n    \n"
                 "    words = word_to_vec_map.keys()\n"
                 "    max_cosine_sim = -100              # Initialize max_cosine_sim to a large negative number\n"
                 "    best_word = None                   # Initialize best_word with None, it will help keep "
                 "track of the word to output\n    \n"
                 "    # loop over the whole word vector set\n    for w in words:   \n" + skip + "        \n"
                 "        ### START CODE HERE ###\n"
                 "        # Compute cosine similarity between the vector (e_b - e_a) and the vector ((w's vector "
                 "representation) - e_c)  (≈1 line)\n        cosine_sim = <sim>\n        \n"
                 "        # If the cosine_sim is more than the max_cosine_sim seen so far,\n"
                 "            # then: set the new max_cosine_sim to the current cosine_sim and the best_word to "
                 "the current word (≈3 lines)\n"
                 "        if <cond>:\n            max_cosine_sim = <max>\n            best_word = <best>\n"
                 "        ### END CODE HERE ###\n        \n    return best_word\n", v)


def _neutralize(solved):
    v = {"e": "word_to_vec_map[word]", "bias": "np.dot(e, g) / np.sum(g * g) * g", "deb": "e - e_biascomponent"}
    v = v if solved else {key: "None" for key in v}
    return _fill("def neutralize(word, g, word_to_vec_map):\n" + _NEUTRALIZE_DOC + "    \n"
                 "    ### START CODE HERE ###\n"
                 "    # Select word vector representation of \"word\". Use word_to_vec_map. (≈ 1 line)\n"
                 "    e = <e>\n    \n"
                 "    # Compute e_biascomponent using the formula given above. (≈ 1 line)\n"
                 "    e_biascomponent = <bias>\n \n"
                 "    # Neutralize e by subtracting e_biascomponent from it \n"
                 "    # e_debiased should be equal to its orthogonal projection. (≈ 1 line)\n"
                 "    e_debiased = <deb>\n    ### END CODE HERE ###\n    \n    return e_debiased\n", v)


def _equalize(new, solved):
    projection = "np.dot({0}, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis"
    if new:
        scale, d1, d2 = "np.sqrt(1 - np.sum(mu_orth * mu_orth))", "e_w1 - mu_B", "e_w2 - mu_B"
    else:
        scale, d1, d2 = "np.sqrt(np.abs(1 - np.sum(mu_orth * mu_orth)))", "e_w1 - mu_orth - mu_B", \
            "e_w2 - mu_orth - mu_B"
    v = {"w": "pair", "e": "word_to_vec_map[w1], word_to_vec_map[w2]", "mu": "(e_w1 + e_w2) / 2",
         "mu_B": projection.format("mu"), "mu_orth": "mu - mu_B", "e_w1B": projection.format("e_w1"),
         "e_w2B": projection.format("e_w2"),
         "c1": f"{scale} * (e_w1B - mu_B) / np.linalg.norm({d1})",
         "c2": f"{scale} * (e_w2B - mu_B) / np.linalg.norm({d2})",
         "e1": "corrected_e_w1B + mu_orth", "e2": "corrected_e_w2B + mu_orth"}
    v = v if solved else {key: "None" for key in v}
    return _fill("def equalize(pair, bias_axis, word_to_vec_map):\n" + _EQUALIZE_DOC + "    \n"
                 "    ### START CODE HERE ###\n"
                 "    # Step 1: Select word vector representation of \"word\". Use word_to_vec_map. (≈ 2 lines)\n"
                 "    w1, w2 = <w>\n    e_w1, e_w2 = <e>\n    \n"
                 "    # Step 2: Compute the mean of e_w1 and e_w2 (≈ 1 line)\n    mu = <mu>\n\n"
                 "    # Step 3: Compute the projections of mu over the bias axis and the orthogonal axis (≈ 2 lines)\n"
                 "    mu_B = <mu_B>\n    mu_orth = <mu_orth>\n\n"
                 "    # Step 4: Use equations (7) and (8) to compute e_w1B and e_w2B (≈2 lines)\n"
                 "    e_w1B = <e_w1B>\n    e_w2B = <e_w2B>\n        \n"
                 "    # Step 5: Adjust the Bias part of e_w1B and e_w2B using the formulas (9) and (10) given "
                 "above (≈2 lines)\n    corrected_e_w1B = <c1>\n    corrected_e_w2B = <c2>\n\n"
                 "    # Step 6: Debias by equalizing e1 and e2 to the sum of their corrected projections (≈2 lines)\n"
                 "    e1 = <e1>\n    e2 = <e2>\n"
                 "                                                                \n"
                 "    ### END CODE HERE ###\n    \n    return e1, e2\n", v)


def _generation(label, file, title, new):
    def sources(solved):
        return {"cosine_similarity": _cosine(new, solved), "complete_analogy": _analogy(new, solved),
                "neutralize": _neutralize(solved), "equalize": _equalize(new, solved)}
    return {"generation": label, "file": file, "title": title, "markers": True,
            "imports": "import numpy as np\nfrom w2v_utils import *",
            "solved": sources(True), "template": sources(False)}


GENERATIONS = [
    _generation("2018-20 (v2)", "Operations on word vectors - v2.ipynb", "Operations on word vectors", new=False),
    _generation("2021+ (v2a)", "Operations_on_word_vectors_v2a.ipynb", "Operations on Word Vectors", new=True),
]
