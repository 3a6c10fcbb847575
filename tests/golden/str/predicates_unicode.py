samples = ["é", "É", "ǅ", "ß", "²", "½", "٣", "①", "Ⅷ", "一", "〇", "\u3000", "\xa0", "\u200b", "\xad", "\u2028", "ª", "ʰ",
           "Ⓐ", "ⓐ", "😀", "中文", "ﬁ", "\u0301", "a\u0301", "𝟘", "१२३", "Ω", "ǈ", "\ud800", "\U000e0001", "ǅa", "ǅA", "Σσς", "½²"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" ".join(n[2:] for n in names))
for s in samples:
    print(ascii(s), " ".join("T" if getattr(s, n)() else "." for n in names))
