"""A class at once: its entries, the worker pool, the gradebook and the output folder (imports: the pipeline and every stage)."""
