words = ["straße", "ß", "ǆemal", "ǅ", "ǲ", "ﬀ", "ﬁre", "ŉ", "İstanbul", "ΑΣ", "ΑΣ Σ", "ΣΑΣ", "ΌΣΟΣ", "Σ", "aΣ.", "ΣΑ",
         "ﬃ", "ẞ", "café", "ÉCOLE", "ǈ", "ᾳ", "ᾼ", "ΐ", "Ω", "µ", "ÿ", "ſ", "ꭰ", "𐐀", "Ⅷ", "ⓐ"]
for w in words:
    print(w, repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper().lower(), "STRASSE".casefold() == "straße".casefold())
