"""What a student handed in: the files found, their code chunks and the definitions in them (imports: material, sandbox)."""
