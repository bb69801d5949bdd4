"""Grading material for the Autonomous Driving - Car Detection (YOLO) assignment: its NumPy exercise, iou."""
