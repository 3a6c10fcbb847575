words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "", "123abc", "a1b2c3", "they're bill's friends", "mIxEd-CaSe_words here"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize(), w.casefold())
