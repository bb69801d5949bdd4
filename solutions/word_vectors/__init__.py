"""Operations on Word Vectors (course 5, week 2): cosine similarity, word analogies, debiasing."""
