"""The course's w2v_utils, numpy only: read_glove_vecs returns a small synthetic word-vector map (the GloVe file is
not shipped), the skip-gram helpers are stand-ins, relu/softmax/initialize_parameters as the course has them."""

import numpy as np

window_size = 3
vector_dim = 300
epochs = 1000

valid_size = 16     # Random set of words to evaluate similarity on.
valid_window = 100  # Only pick dev samples in the head of the distribution.
valid_examples = np.random.RandomState(0).choice(valid_window, valid_size, replace=False)

_PAIRS = [("man", "woman"), ("boy", "girl"), ("king", "queen"), ("father", "mother"), ("actor", "actress"),
          ("brother", "sister"), ("grandfather", "grandmother")]
_COUNTRIES = [("italy", "italian", "rome"), ("spain", "spanish", "madrid"), ("france", "french", "paris"),
              ("japan", "japanese", "tokyo"), ("india", "hindi", "delhi")]
_COMPARATIVES = [("small", "smaller"), ("large", "larger"), ("big", "bigger")]
_OTHERS = ["john", "marie", "sophie", "ronaldo", "priya", "rahul", "danielle", "reza", "katy", "yasmin",
           "lipstick", "guns", "science", "arts", "literature", "warrior", "doctor", "tree", "receptionist",
           "technology", "fashion", "teacher", "engineer", "pilot", "computer", "singer", "ball", "crocodile",
           "babysit"]


def _synthetic_map(seed=1, dim=50):
    """A deterministic map word -> vector of shape (dim,): pairs that differ by a gender offset, countries with
    their language and capital, adjectives with their comparatives, other words with a little gender bias."""
    rng = np.random.RandomState(seed)
    gender, language, capital, comparative = (rng.randn(dim) for _ in range(4))
    word_to_vec_map = {}
    for male, female in _PAIRS:
        base = rng.randn(dim)
        word_to_vec_map[male] = base - gender / 2 + 0.1 * rng.randn(dim)
        word_to_vec_map[female] = base + gender / 2 + 0.1 * rng.randn(dim)
    for country, spoken, city in _COUNTRIES:
        base = rng.randn(dim)
        word_to_vec_map[country] = base + 0.1 * rng.randn(dim)
        word_to_vec_map[spoken] = base + language + 0.1 * rng.randn(dim)
        word_to_vec_map[city] = base + capital + 0.1 * rng.randn(dim)
    for adjective, comparative_form in _COMPARATIVES:
        base = rng.randn(dim)
        word_to_vec_map[adjective] = base + 0.1 * rng.randn(dim)
        word_to_vec_map[comparative_form] = base + comparative + 0.1 * rng.randn(dim)
    for word in _OTHERS:
        word_to_vec_map[word] = rng.randn(dim) + rng.uniform(-0.6, 0.6) * gender
    return word_to_vec_map


def read_glove_vecs(glove_file):
    """(words, word_to_vec_map): the set of words and the map word -> vector of shape (50,). The GloVe file is not
    read: a small synthetic vocabulary stands in for it."""
    word_to_vec_map = _synthetic_map()
    words = set(word_to_vec_map)
    return words, word_to_vec_map


def read_data(filename):
    """The words of the text8 corpus in the course; here the synthetic vocabulary, repeated."""
    return sorted(_synthetic_map()) * 3


def build_dataset(words, n_words):
    """(data, count, dictionary, reversed_dictionary) of the n_words most common words, as the course builds them."""
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    count = [["UNK", -1]] + sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n_words - 1]
    dictionary = {word: index for index, (word, _) in enumerate(count)}
    data = [dictionary.get(word, 0) for word in words]
    count[0][1] = sum(1 for word in words if word not in dictionary)
    reversed_dictionary = {index: word for word, index in dictionary.items()}
    return data, count, dictionary, reversed_dictionary


def collect_data(vocabulary_size=10000):
    """(data, count, dictionary, reverse_dictionary) of the synthetic corpus."""
    return build_dataset(read_data(None), vocabulary_size)


class SimilarityCallback:
    """The course's Keras similarity printer: a no-op here."""

    def run_sim(self):
        pass

    @staticmethod
    def _get_sim(valid_word_idx):
        return np.zeros((1,))


def relu(x):
    """Compute the relu of x

    Arguments:
    x -- A scalar or numpy array of any size.

    Return:
    s -- relu(x)
    """
    s = np.maximum(0, x)
    return s


def initialize_parameters(vocab_size, n_h):
    """
    Arguments:
    layer_dims -- python array (list) containing the dimensions of each layer in our network

    Returns:
    parameters -- python dictionary containing your parameters "W1", "b1", "W2", "b2":
                    W1 -- weight matrix of shape (n_h, vocab_size)
                    b1 -- bias vector of shape (n_h, 1)
                    W2 -- weight matrix of shape (vocab_size, n_h)
                    b2 -- bias vector of shape (vocab_size, 1)
    """
    np.random.seed(3)
    parameters = {}
    parameters['W1'] = np.random.randn(n_h, vocab_size) / np.sqrt(vocab_size)
    parameters['b1'] = np.zeros((n_h, 1))
    parameters['W2'] = np.random.randn(vocab_size, n_h) / np.sqrt(n_h)
    parameters['b2'] = np.zeros((vocab_size, 1))
    return parameters


def softmax(x):
    """Compute softmax values for each sets of scores in x."""
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum()
