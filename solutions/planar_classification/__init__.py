"""Grading material for the Planar data classification with one hidden layer assignment."""
