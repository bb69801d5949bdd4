"""What people read: terminal summary, HTML feedback, class report, CSV and Gradescope exports (imports: judging, material, sandbox)."""
