"""Judging what came back: comparison with the reference, misconceptions, evidence, the results model and scores (imports: submission, material, sandbox)."""
