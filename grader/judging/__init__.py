"""Judging what came back: comparison with the reference, misconceptions, evidence, the results model, scores (imports: material, sandbox, submission)."""
