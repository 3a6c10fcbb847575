samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", " \t\n", "a b", "_", "abc_1", "1abc", "Hello World", "Hello world",
           "HELLO WORLD", "hello world!", "\x7f", "~", "A1"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" ".join(n[2:] for n in names))
for s in samples:
    print(repr(s), " ".join("T" if getattr(s, n)() else "." for n in names))
