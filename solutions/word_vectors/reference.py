"""Operations on Word Vectors: cosine similarity, word analogies, and debiasing word vectors.

Because word embeddings are very computationally expensive to train, most ML practitioners load a pre-trained set
of embeddings. Here you load, measure the similarity between, and modify pre-trained 50-dimensional GloVe vectors:
read_glove_vecs gives `words` (the vocabulary) and `word_to_vec_map` (a dictionary word -> vector of shape (50,)).

1) cosine_similarity(u, v): how similar two word vectors are,
       CosineSimilarity(u, v) = u . v / (||u||_2 ||v||_2) = cos(theta)
   where u . v is the dot product and ||u||_2 = sqrt(sum_i u_i^2) the norm (length) of u. Similar words have a
   cosine similarity close to 1, dissimilar ones a smaller value. Two equal vectors have similarity 1; if one of
   them is the zero vector, return 0 instead of dividing by 0 (the code for both is given).

2) complete_analogy(word_a, word_b, word_c, word_to_vec_map): "a is to b as c is to ____" (man is to woman as
   king is to queen). Find the word d whose vector satisfies e_b - e_a ~ e_d - e_c, as measured by the cosine
   similarity between e_b - e_a and e_d - e_c: loop over the vocabulary, skip the input word_c, and keep the word
   with the largest similarity. Return that word (a string).

3) Debiasing (Bolukbasi et al., 2016). g = e_woman - e_man roughly encodes "gender".
   - neutralize(word, g, word_to_vec_map): remove the bias of a gender-neutral word such as "receptionist" by
     removing its projection on the bias direction g:
         e_biascomponent = (e . g) / ||g||_2^2 * g
         e_debiased = e - e_biascomponent
   - equalize(pair, bias_axis, word_to_vec_map): make a gender-specific pair such as ("actress", "actor") differ
     only in the bias direction, equidistant from every neutralized word:
         mu = (e_w1 + e_w2) / 2
         mu_B = (mu . bias_axis) / ||bias_axis||_2^2 * bias_axis          mu_orth = mu - mu_B
         e_w1B = (e_w1 . bias_axis) / ||bias_axis||_2^2 * bias_axis      (e_w2B likewise)
         corrected_e_w1B = sqrt(1 - ||mu_orth||_2^2) * (e_w1B - mu_B) / ||e_w1 - mu_B||_2   (w2 likewise)
         e1 = corrected_e_w1B + mu_orth,  e2 = corrected_e_w2B + mu_orth
     and return (e1, e2). The notebook applies it to unit-length word vectors.
"""

import numpy as np
from w2v_utils import *


# GRADED FUNCTION: cosine_similarity

def cosine_similarity(u, v):
    """
    Cosine similarity reflects the degree of similarity between u and v

    Arguments:
        u -- a word vector of shape (n,)
        v -- a word vector of shape (n,)

    Returns:
        cosine_similarity -- the cosine similarity between u and v defined by the formula above.
    """

    # Special case. Consider the case u = [0, 0], v=[0, 0]
    if np.all(u == v):
        return 1

    ### START CODE HERE ###
    # Compute the dot product between u and v
    dot = np.dot(u, v)
    # Compute the L2 norm of u
    norm_u = np.sqrt(np.sum(u * u))
    # Compute the L2 norm of v
    norm_v = np.sqrt(np.sum(v * v))
    ### END CODE HERE ###

    # Avoid division by 0
    if np.isclose(norm_u * norm_v, 0, atol=1e-32):
        return 0

    ### START CODE HERE ###
    # Compute the cosine similarity defined by formula (1)
    cosine_similarity = dot / (norm_u * norm_v)
    ### END CODE HERE ###

    return cosine_similarity


# GRADED FUNCTION: complete_analogy

def complete_analogy(word_a, word_b, word_c, word_to_vec_map):
    """
    Performs the word analogy task as explained above: a is to b as c is to ____.

    Arguments:
    word_a -- a word, string
    word_b -- a word, string
    word_c -- a word, string
    word_to_vec_map -- dictionary that maps words to their corresponding vectors.

    Returns:
    best_word --  the word such that v_b - v_a is close to v_best_word - v_c, as measured by cosine similarity
    """

    # convert words to lowercase
    word_a, word_b, word_c = word_a.lower(), word_b.lower(), word_c.lower()

    ### START CODE HERE ###
    # Get the word embeddings e_a, e_b and e_c
    e_a, e_b, e_c = word_to_vec_map[word_a], word_to_vec_map[word_b], word_to_vec_map[word_c]
    ### END CODE HERE ###

    words = word_to_vec_map.keys()
    max_cosine_sim = -100              # Initialize max_cosine_sim to a large negative number
    best_word = None                   # Initialize best_word with None, it will help keep track of the word to output

    # loop over the whole word vector set
    for w in words:
        # to avoid best_word being one the input words, skip the input word_c
        # skip word_c from query
        if w == word_c:
            continue

        ### START CODE HERE ###
        # Compute cosine similarity between the vector (e_b - e_a) and the vector ((w's vector representation) - e_c)
        cosine_sim = cosine_similarity(e_b - e_a, word_to_vec_map[w] - e_c)
        ### END CODE HERE ###

        # If the cosine_sim is more than the max_cosine_sim seen so far,
        if cosine_sim > max_cosine_sim:
            ### START CODE HERE ###
            # then: set the new max_cosine_sim to the current cosine_sim and the best_word to the current word
            max_cosine_sim = cosine_sim
            best_word = w
            ### END CODE HERE ###

    return best_word


# GRADED FUNCTION: neutralize

def neutralize(word, g, word_to_vec_map):
    """
    Removes the bias of "word" by projecting it on the space orthogonal to the bias axis.
    This function ensures that gender neutral words are zero in the gender subspace.

    Arguments:
        word -- string indicating the word to debias
        g -- numpy-array of shape (50,), corresponding to the bias axis (such as gender)
        word_to_vec_map -- dictionary mapping words to their corresponding vectors.

    Returns:
        e_debiased -- neutralized word vector representation of the input "word"
    """

    ### START CODE HERE ###
    # Select word vector representation of "word". Use word_to_vec_map.
    e = word_to_vec_map[word]

    # Compute e_biascomponent using the formula given above.
    e_biascomponent = np.dot(e, g) / np.sum(g * g) * g

    # Neutralize e by subtracting e_biascomponent from it
    # e_debiased should be equal to its orthogonal projection.
    e_debiased = e - e_biascomponent
    ### END CODE HERE ###

    return e_debiased


# GRADED FUNCTION: equalize

def equalize(pair, bias_axis, word_to_vec_map):
    """
    Debias gender specific words by following the equalize method described in the figure above.

    Arguments:
    pair -- pair of strings of gender specific words to debias, e.g. ("actress", "actor")
    bias_axis -- numpy-array of shape (50,), vector corresponding to the bias axis, e.g. gender
    word_to_vec_map -- dictionary mapping words to their corresponding vectors

    Returns
    e_1 -- word vector corresponding to the first word
    e_2 -- word vector corresponding to the second word
    """

    ### START CODE HERE ###
    # Step 1: Select word vector representation of "word". Use word_to_vec_map.
    w1, w2 = pair
    e_w1, e_w2 = word_to_vec_map[w1], word_to_vec_map[w2]

    # Step 2: Compute the mean of e_w1 and e_w2
    mu = (e_w1 + e_w2) / 2

    # Step 3: Compute the projections of mu over the bias axis and the orthogonal axis
    mu_B = np.dot(mu, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis
    mu_orth = mu - mu_B

    # Step 4: Use equations (7) and (8) to compute e_w1B and e_w2B
    e_w1B = np.dot(e_w1, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis
    e_w2B = np.dot(e_w2, bias_axis) / np.sum(bias_axis * bias_axis) * bias_axis

    # Step 5: Adjust the Bias part of e_w1B and e_w2B using the formulas (9) and (10) given above
    corrected_e_w1B = np.sqrt(1 - np.sum(mu_orth * mu_orth)) * (e_w1B - mu_B) / np.linalg.norm(e_w1 - mu_B)
    corrected_e_w2B = np.sqrt(1 - np.sum(mu_orth * mu_orth)) * (e_w2B - mu_B) / np.linalg.norm(e_w2 - mu_B)

    # Step 6: Debias by equalizing e1 and e2 to the sum of their corrected projections
    e1 = corrected_e_w1B + mu_orth
    e2 = corrected_e_w2B + mu_orth
    ### END CODE HERE ###

    return e1, e2
