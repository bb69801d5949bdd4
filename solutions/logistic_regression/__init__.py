"""Grading material for the Logistic Regression with a Neural Network mindset assignment."""
