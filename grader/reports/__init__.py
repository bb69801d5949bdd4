"""What people read: the terminal summary, the HTML feedback, the class report, CSV and Gradescope exports (imports: judging, material)."""
