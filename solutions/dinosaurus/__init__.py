"""Character level language model - Dinosaurus Island (course 5, week 1): reference, cases and known mistakes."""
