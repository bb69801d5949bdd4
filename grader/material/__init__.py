"""The grading material: its spec, loading and checking it, the student stubs and their release (imports: sandbox)."""
