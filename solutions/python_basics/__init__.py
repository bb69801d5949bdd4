"""Grading material for the Python Basics with Numpy assignment."""
