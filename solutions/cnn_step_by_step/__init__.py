"""Convolution model - Step by Step (course 4, week 1): reference, cases and known mistakes."""
