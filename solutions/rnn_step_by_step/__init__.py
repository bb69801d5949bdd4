"""Building your Recurrent Neural Network - Step by Step (course 5, week 1)."""
