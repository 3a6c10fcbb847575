# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("x" * 20, 10, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=12, break_long_words=False, break_on_hyphens=True, max_lines=3, placeholder=" [..]")
print(w.wrap("supercalifragilistic well-known long-hyphenated-words are here and there"))
print(textwrap.wrap("a\tb\tc", width=10, expand_tabs=True, tabsize=4), textwrap.wrap("one.  Two", fix_sentence_endings=True, width=40))
print(textwrap.wrap("  leading and trailing  ", width=8, drop_whitespace=False))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError", e)
