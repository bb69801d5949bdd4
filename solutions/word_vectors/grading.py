"""Cases, tolerances and points of the Operations on Word Vectors assignment.

The GloVe file is not available (the notebook's top-level loading never runs), so the cases pass small synthetic
word-vector maps built here on fixed seeds: dozens of words, 50 dimensions (some 30 or 80), in which gendered pairs
differ by a common offset, countries sit next to their language and capital, adjectives next to their
comparatives, and the other words carry a little "gender" bias, so that analogies and biases exist.

complete_analogy is graded on its own logic in most cases: cosine_similarity is replaced by a stand-in of
word_vectors_substitutes (minus the squared Euclidean distance, not the cosine), so a mistake in the student's
cosine_similarity does not fail complete_analogy too; the public cases (the notebook's own test map) and one hidden
case use the student's cosine_similarity. Course generations differ, and the material accepts both:
- complete_analogy skips the three input words up to 2020 and only word_c since 2021 (accepted.complete_analogy_2017);
  the cases are chosen so that both conventions give the same word except the notebook's ('a', 'c', 'a') test.
- cosine_similarity returns 1 for equal vectors and 0 when a norm is 0 since 2021; before, a zero vector gave nan
  (accepted.cosine_similarity_2017), which only the zero-vector case tells apart. The notebook's first test, u = v = a,
  is answered by the given special case before the code markers (the unfilled stub passes it): the first case here
  is u = a, v = 3 a instead, parallel but not equal, which the student's own formula must take to 1.
- equalize's equations (9)-(10) divide by ||(e_w1 - mu_orth) - mu_B|| and take sqrt(|1 - ||mu_orth||^2|) up to 2020,
  by ||e_w1 - mu_B|| with sqrt(1 - ||mu_orth||^2) since 2021 (accepted.equalize_2017); equalize's cases use
  unit-length vectors, as the 2021 notebook does, so that ||mu_orth|| < 1.
neutralize and equalize are optional (ungraded) in the course's notebooks; they are graded here.
"""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Convention, Exercise, KnownMistake

from . import accepted
from . import misconceptions as wrong

STAND_IN = {"cosine_similarity": "word_vectors_substitutes:similarity_negative_distance"}
STAND_IN_TEXT = "cosine_similarity replaced by a stand-in: minus the squared distance ||u - v||^2"

PAIRS = [("man", "woman"), ("boy", "girl"), ("king", "queen"), ("father", "mother"), ("actor", "actress"),
         ("brother", "sister"), ("grandfather", "grandmother"), ("uncle", "aunt")]
COUNTRIES = [("italy", "italian", "rome"), ("spain", "spanish", "madrid"), ("france", "french", "paris"),
             ("japan", "japanese", "tokyo"), ("india", "hindi", "delhi"), ("germany", "german", "berlin")]
COMPARATIVES = [("small", "smaller"), ("large", "larger"), ("big", "bigger"), ("tall", "taller")]
OTHERS = ["receptionist", "doctor", "engineer", "technology", "literature", "computer", "teacher", "pilot",
          "science", "arts", "fashion", "guns", "tree", "ball", "crocodile", "singer", "babysit", "warrior"]


def word_map(seed, dim=50, unit=False, shuffle=True):
    """A map word -> float vector of shape (dim,), on a fixed seed (see the module docstring); unit: every vector
    divided by its norm, as the 2021 notebook does before debiasing."""
    rng = np.random.RandomState(seed)
    gender, language, capital, comparative = (rng.randn(dim) for _ in range(4))
    found = {}
    for male, female in PAIRS:
        base = rng.randn(dim)
        found[male] = base - gender / 2 + 0.1 * rng.randn(dim)
        found[female] = base + gender / 2 + 0.1 * rng.randn(dim)
    for country, spoken, city in COUNTRIES:
        base = rng.randn(dim)
        found[country] = base + 0.1 * rng.randn(dim)
        found[spoken] = base + language + 0.1 * rng.randn(dim)
        found[city] = base + capital + 0.1 * rng.randn(dim)
    for adjective, comparative_form in COMPARATIVES:
        base = rng.randn(dim)
        found[adjective] = base + 0.1 * rng.randn(dim)
        found[comparative_form] = base + comparative + 0.1 * rng.randn(dim)
    for word in OTHERS:
        found[word] = rng.randn(dim) + rng.uniform(-0.6, 0.6) * gender
    words = list(found)
    if shuffle:
        words = [words[i] for i in rng.permutation(len(words))]
    if unit:
        return {word: found[word] / np.linalg.norm(found[word]) for word in words}
    return {word: found[word] for word in words}


def course_analogy_map():
    """The 2021 notebook's complete_analogy_test map: 2-d integer vectors around a and c."""
    vectors = {'a': [3, 3], 'synonym_of_a': [3, 3], 'a_nw': [2, 4], 'a_s': [3, 2], 'c': [-2, 1],
               'c_n': [-2, 2], 'c_ne': [-1, 2], 'c_e': [-1, 1], 'c_se': [-1, 0], 'c_s': [-2, 0],
               'c_sw': [-3, 0], 'c_w': [-3, 1], 'c_nw': [-3, 2]}
    return {word: np.array(vector) for word, vector in vectors.items()}


def with_long_offset(words, a, b, c, name, factor):
    """The map with one more word, inserted first: e_c + factor (e_b - e_a), whose offset from c has the direction of
    e_b - e_a (the largest cosine similarity) but not its length (far from it in distance)."""
    return {name: words[c] + factor * (words[b] - words[a]), **words}


def with_synonym(words, word, synonym):
    """The map with one more word whose vector is a copy of word's (inserted first, so it is met first)."""
    return {synonym: words[word].copy(), **words}


def with_near_synonym(words, word, synonym, seed):
    """The map with one more word, inserted first, whose vector is word's plus a little noise (0.01 randn): e_b - e_a
    is short but not zero, so word_c's own (zero) offset is the nearest, and every cosine is defined."""
    noise = 0.01 * np.random.RandomState(seed).randn(*words[word].shape)
    return {synonym: words[word] + noise, **words}


# ---------------------------------------------------------------- cosine_similarity

def _cosine_cases():
    rng = np.random.RandomState(1)
    a = rng.uniform(-10, 10, 10)
    b = rng.uniform(-10, 10, 10)
    c = rng.uniform(-1, 1, 23)
    words = word_map(1)
    small = word_map(3, dim=30)
    unit = word_map(2, unit=True)
    return (
        Case("u = a, v = 3 a (the notebook's vector a of 10 values: parallel vectors, similarity 1)",
             args=(a, 3 * a)),
        Case("u = (c >= 0) * 1, v = (c < 0) * 1 (the notebook's test: orthogonal integer vectors of 23 values)",
             args=((c >= 0) * 1, (c < 0) * 1)),
        Case("u = a, v = -a (the notebook's test)", args=(a, -a)),
        Case("u = a * 2, v = b * 4 (the notebook's test)", args=(a * 2, b * 4)),
        Case("father, mother: word vectors of 50 values", args=(words["father"], words["mother"]),
             visibility=HIDDEN),
        Case("france - paris, rome - italy: differences of word vectors",
             args=(words["france"] - words["paris"], words["rome"] - words["italy"]), visibility=HIDDEN),
        Case("ball, crocodile: word vectors of 30 values", args=(small["ball"], small["crocodile"]),
             visibility=HIDDEN),
        Case("two vectors of 3 values", args=(np.array([0.5, -1.5, 2.0]), np.array([3.0, 0.25, -0.75])),
             visibility=HIDDEN),
        Case("u the zero vector of 50 values, v a word vector", args=(np.zeros(50), words["tree"]),
             visibility=HIDDEN),
        # ||u|| ||v|| = 1: the zero-norm test must compare the product with 0, not with another constant
        Case("king, queen: unit-length word vectors of 50 values", args=(unit["king"], unit["queen"]),
             visibility=HIDDEN),
    )


# ---------------------------------------------------------------- complete_analogy

def _analogy_cases():
    course = course_analogy_map()

    def stand_in(case_id, args, visibility=HIDDEN):
        return Case(f"{case_id} ({STAND_IN_TEXT})", args=args, visibility=visibility, substitutes=STAND_IN)

    return (
        Case("'a', 'a_nw', 'c' on the notebook's test map", args=('a', 'a_nw', 'c', course)),
        Case("'a', 'a_s', 'c' on the notebook's test map", args=('a', 'a_s', 'c', course)),
        Case("'a', 'c', 'a' on the notebook's test map", args=('a', 'c', 'a', course)),
        stand_in("'a', 'a_nw', 'c' on the notebook's test map", ('a', 'a_nw', 'c', course), PUBLIC),
        Case("'india', 'delhi', 'japan' on a map of 50-d vectors", args=('india', 'delhi', 'japan', word_map(2)),
             visibility=HIDDEN),
        stand_in("'man', 'woman', 'king' on a map of 50-d vectors", ('man', 'woman', 'king', word_map(1))),
        stand_in("'italy', 'italian', 'spain' on a map of 50-d vectors",
                 ('italy', 'italian', 'spain', word_map(2))),
        stand_in("'man', 'woman', 'king' on a map of 50-d vectors with one more word, 'empress', at e_king + "
                 "2.5 (e_woman - e_man)",
                 ('man', 'woman', 'king', with_long_offset(word_map(6), 'man', 'woman', 'king', 'empress', 2.5))),
        stand_in("'small', 'smaller', 'large' on a map of 30-d vectors",
                 ('small', 'smaller', 'large', word_map(3, dim=30))),
        stand_in("'Man', 'Woman', 'Boy' in capitals, on a map of 80-d vectors",
                 ('Man', 'Woman', 'Boy', word_map(4, dim=80))),
        stand_in("word_b a synonym of word_a (the same vector), on a map of 50-d vectors",
                 ('tall', 'lofty', 'japan', with_synonym(word_map(5), 'tall', 'lofty'))),
        # public twins of the last hidden ones: the notebook's map has no word that only the cosine or only the
        # stand-in prefers, and no analogy where word_c itself would win
        stand_in("'boy', 'girl', 'uncle' on a map of 30-d vectors with one more word, 'matriarch', at e_uncle + "
                 "2.5 (e_girl - e_boy)",
                 ('boy', 'girl', 'uncle', with_long_offset(word_map(7, dim=30), 'boy', 'girl', 'uncle', 'matriarch',
                                                           2.5)), PUBLIC),
        stand_in("word_b a near-synonym of word_a (its vector plus a little noise), on a map of 30-d vectors",
                 ('small', 'little', 'france', with_near_synonym(word_map(7, dim=30), 'small', 'little', 7)),
                 PUBLIC),
    )


# ---------------------------------------------------------------- neutralize

def _gender(words):
    return words["woman"] - words["man"]


def _neutralize_cases():
    first, second, third = word_map(1), word_map(2, unit=True), word_map(3, dim=30)
    fourth = word_map(4, dim=80)
    return (
        Case("'receptionist', g = e_woman - e_man, on a map of 50-d vectors",
             args=("receptionist", _gender(first), first)),
        Case("'technology', g = e_woman - e_man, on a map of unit-length 50-d vectors",
             args=("technology", _gender(second), second), visibility=HIDDEN),
        Case("'doctor', g = e_woman - e_man, on a map of 30-d vectors",
             args=("doctor", _gender(third), third), visibility=HIDDEN),
        Case("'computer', g = e_mother - e_father, on a map of 80-d vectors",
             args=("computer", fourth["mother"] - fourth["father"], fourth), visibility=HIDDEN),
        Case("'literature', another bias axis (e_italian - e_italy), on a map of 50-d vectors",
             args=("literature", first["italian"] - first["italy"], first), visibility=HIDDEN),
    )


# ---------------------------------------------------------------- equalize

def _equalize_cases():
    first, second = word_map(1, unit=True), word_map(2, unit=True)
    third, fourth = word_map(3, dim=30, unit=True), word_map(4, dim=80, unit=True)
    return (
        Case("('man', 'woman'), g = e_woman - e_man, on a map of unit-length 50-d vectors",
             args=(("man", "woman"), _gender(first), first)),
        Case("('actor', 'actress'), g = e_woman - e_man, unit-length 50-d vectors",
             args=(("actor", "actress"), _gender(second), second), visibility=HIDDEN),
        Case("('grandmother', 'grandfather'), g = e_woman - e_man, unit-length 30-d vectors",
             args=(("grandmother", "grandfather"), _gender(third), third), visibility=HIDDEN),
        Case("['boy', 'girl'] as a list, g = e_mother - e_father, unit-length 80-d vectors",
             args=(["boy", "girl"], fourth["mother"] - fourth["father"], fourth), visibility=HIDDEN),
    )


ASSIGNMENT = Assignment(
    name="word_vectors",
    title="Operations on Word Vectors",
    order=1,
    course=5,
    week=2,
    # 2020-21+ "Operations_on_word_vectors_v2a" (the version suffix is ignored); 2018-19 "Operations on word
    # vectors - v2" on the Coursera hub, and as downloaded (URL-encoded spaces)
    file_names=("Operations_on_word_vectors", "Operations on word vectors - v2", "Operations on word vectors",
                "Operations+on+word+vectors+-+v2"),
    titles=("Operations on Word Vectors", "Operations on word vectors"),
    exercises=(
        Exercise("cosine_similarity", points=1, cases=_cosine_cases(), accepted=(Convention(
                     accepted.cosine_similarity_2017, "the 2017-2020 notebook: no special case for a zero vector "
                     "(0 / 0 gives nan); since 2021 equal vectors give 1 and a zero norm 0. Both are accepted."),),
                 misconceptions=(
            KnownMistake("cosine-no-norms", "The dot product alone grows with the lengths of the vectors: divide it "
                         "by the product of the two norms ||u||_2 ||v||_2, so that only the angle counts and the "
                         "result lies between -1 and 1.", wrong.cosine_no_norms),
            KnownMistake("cosine-squared-norms", "The norm ||u||_2 is the square root of the sum of the squares; "
                         "the sum of squares itself is ||u||_2 squared. Take the square root before you divide.",
                         wrong.cosine_squared_norms),
            KnownMistake("cosine-elementwise-product", "u * v multiplies element by element and gives a vector; "
                         "the dot product u . v is one number, the sum of those products (np.dot).",
                         wrong.cosine_elementwise_product),
        )),
        Exercise("complete_analogy", points=2, cases=_analogy_cases(), accepted=(Convention(
                     accepted.complete_analogy_2017, "the 2017-2020 notebook, which skips all three input words; since "
                     "2021 only word_c is skipped. Both are accepted."),),
                 misconceptions=(
            KnownMistake("analogy-no-skip", "word_c itself is a candidate: its offset e_c - e_c is the zero vector, "
                         "which can look most similar (or closest) to e_b - e_a. Skip word_c in the loop, as the "
                         "given `if w == word_c: continue` does.", wrong.analogy_no_skip),
            KnownMistake("analogy-maximizes-distance", "The best word is the one whose offset e_w - e_c is most "
                         "similar to e_b - e_a: the largest similarity, not the largest distance. A distance is "
                         "small for similar vectors.", wrong.analogy_maximizes_distance),
            KnownMistake("analogy-forgets-e-c", "Compare the two offsets, e_b - e_a and e_w - e_c: the candidate's "
                         "own vector e_w is not an offset. Subtract e_c from it.", wrong.analogy_forgets_e_c),
            KnownMistake("analogy-does-not-call-cosine-similarity", "Measure the similarity with your own "
                         "cosine_similarity(u, v) from Exercise 1 rather than a copy of its formula: some cases "
                         "replace it by another similarity and check that the search follows it.",
                         wrong.analogy_does_not_call_cosine_similarity),
        )),
        Exercise("neutralize", points=1, cases=_neutralize_cases(), misconceptions=(
            KnownMistake("neutralize-elementwise-projection", "The projection on g is a number times g: that "
                         "number is the dot product e . g (one number) divided by ||g||^2. e * g is a vector, so "
                         "the result is not along g any more.", wrong.neutralize_elementwise_projection),
            KnownMistake("neutralize-norm-not-squared", "Projecting on g divides by the squared norm ||g||_2^2 "
                         "(g . g), once for the dot product and once for the g it multiplies; dividing by ||g||_2 "
                         "is right only when g has length 1.", wrong.neutralize_norm_not_squared),
            KnownMistake("neutralize-returns-bias-component", "e_biascomponent is the part to remove: return what "
                         "is left of e once it is subtracted, the part orthogonal to g.",
                         wrong.neutralize_returns_bias_component),
        )),
        Exercise("equalize", points=2, cases=_equalize_cases(), accepted=(Convention(
                     accepted.equalize_2017, "the 2017-2020 notebook's equations (9)-(10), sqrt(|1 - ||mu_orth||^2|) "
                     "and the norm of (e_w1 - mu_orth) - mu_B; since 2021 the norm of e_w1 - mu_B. Both are "
                     "accepted."),),
                 misconceptions=(
            KnownMistake("equalize-elementwise-abs", "The bars in the denominator of equations (9) and (10) are a "
                         "norm, one number (np.linalg.norm), not np.abs element by element: dividing by a vector "
                         "rescales every coordinate differently.", wrong.equalize_elementwise_abs),
            KnownMistake("equalize-elementwise-square", "||mu_orth||_2^2 is one number, the sum of the squares of "
                         "mu_orth's coordinates; mu_orth ** 2 alone is a vector, and the square root factor must "
                         "scale both words by the same number.", wrong.equalize_elementwise_square),
            KnownMistake("equalize-e2-sign-flipped", "Both words are built the same way, e = corrected bias part + "
                         "mu_orth: the two corrected bias parts already point in opposite directions, so e2 needs "
                         "no minus sign of its own.", wrong.equalize_e2_sign_flipped),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
