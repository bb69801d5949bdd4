"""Stand-ins for the function complete_analogy builds on (numpy only), so that complete_analogy is graded on its own
logic whatever the student's cosine_similarity does.

similarity_negative_distance keeps cosine_similarity's signature but is not the cosine similarity: it is minus the
squared Euclidean distance between u and v (larger when the vectors are closer, 0 when they are equal).
"""

import numpy as np


def similarity_negative_distance(u, v):
    """-||u - v||^2, a number: the analogy search then picks the word w whose offset e_w - e_c is nearest to
    e_b - e_a."""
    difference = np.asarray(u, dtype=float) - np.asarray(v, dtype=float)
    return -float(np.sum(difference ** 2))
