"""Building your Deep Neural Network: Step by Step (course 1, week 4): reference, cases and known mistakes."""
