names = ["utf-8", "UTF8", "utf_8", " utf-8 ", "Utf--8", "u8", "utf", "utf-8-sig", "UTF_8_SIG", "utf-16", "UTF16", "utf_16_le", "utf-16le", "UTF-16BE",
         "utf-32", "utf32", "utf_32_le", "utf-32BE", "latin-1", "latin1", "LATIN_1", "iso-8859-1", "iso8859_1", "8859", "cp819", "l1", "latin",
         "ascii", "US-ASCII", "646", "us", "klingon", "utf-9", ""]
for n in names:
    try:
        print(repr(n), "é".encode(n, "replace"), b"ab".decode(n, "replace") if "32" not in n else "-")
    except LookupError as e:
        print(repr(n), "LookupError", e)
