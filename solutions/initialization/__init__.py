"""Initialization: zeros, large random and He initialization of a deep network's parameters."""
