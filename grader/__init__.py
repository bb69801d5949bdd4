"""An autograder for NumPy deep-learning assignments: isolated runs, hidden references, teaching feedback."""

__version__ = "0.1.0"
