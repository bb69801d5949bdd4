"""The trust boundary: everything student code runs under or talks through, and the only code to audit for cheating (imports nothing else of the grader)."""
