# A SystemExit code that is neither None nor an int is printed; status 1.
raise SystemExit([1, "two"])
