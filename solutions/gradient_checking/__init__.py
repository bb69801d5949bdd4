"""Grading material for the Gradient Checking assignment."""
