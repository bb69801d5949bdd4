"""The trust boundary: all that student code runs under or talks through, the code to audit for cheating (imports: nothing else of the grader)."""
