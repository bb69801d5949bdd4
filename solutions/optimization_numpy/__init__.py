"""Grading material for the Optimization and normalization, in NumPy assignment."""
