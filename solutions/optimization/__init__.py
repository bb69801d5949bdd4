"""Grading material for the Optimization assignment."""
