"""Grading material for the Deep Neural Network for Image Classification: Application assignment."""
