"""Writing and shipping material: a new assignment's skeleton, the material's audit, the Gradescope bundle (imports: judging, material, pipeline, reports, sandbox, submission)."""
