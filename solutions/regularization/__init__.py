"""Regularization: L2 regularization and dropout for a 3-layer network."""
