"""A class at once: its entries, the worker pool, the gradebook, the output folder (imports: judging, material, pipeline, reports, sandbox, submission)."""
