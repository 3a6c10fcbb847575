# textwrap (fill/shorten/indent/dedent with options), difflib (unified and
# context diffs, ndiff, SequenceMatcher opcodes, get_close_matches, HtmlDiff
# table) and pprint of nested structures and dataclasses.
import dataclasses
import difflib
import pprint
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(TEXT, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word and more words", width=10, break_on_hyphens=True))
print(textwrap.wrap("averyveryverylongwordwithoutbreaks x", width=8, break_long_words=False))
print(textwrap.shorten(TEXT, width=40, placeholder=" [...]"), textwrap.shorten("  a   b  ", 10))
print(textwrap.wrap("tabs\there\tand  spaces", width=12, expand_tabs=True, tabsize=4, replace_whitespace=True))
print(repr(textwrap.dedent("    line one\n      line two\n\n    line three\n")))
print(textwrap.indent("a\n\nb\n", "+ "), textwrap.indent("a\n\nb\n", "- ", predicate=lambda l: True), sep="")
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="…", fix_sentence_endings=True, drop_whitespace=True)
print(w.wrap("Hello there. How are you? I am fine. Thanks for asking."))

a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n"]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2020-01-01", "2020-01-02", n=1)))
print("".join(difflib.context_diff(a, b, "a", "b")))
print("".join(difflib.ndiff(["abcde\n", "same\n"], ["abXde\n", "same\n"])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.get_opcodes(), sm.find_longest_match(0, 10, 0, 20))
print(list(sm.get_matching_blocks())[:3], round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(["a\n"], ["b\n"]), 2)), difflib.IS_CHARACTER_JUNK(" "))
html = difflib.HtmlDiff(wrapcolumn=20).make_table(["x = 1\n", "y = 2\n"], ["x = 1\n", "y = 3\n"], "old", "new")
print(html.count("<tr>"), "diff_chg" in html)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"f", b"g")))


@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)


data = {"points": [Point(1, 2, ["a"]), Point(3, 4)], "matrix": [[i * j for j in range(6)] for i in range(4)],
        "nested": {"level1": {"level2": {"level3": list(range(12))}}}, "text": "x" * 70, "set": {3, 1, 2}}
pprint.pprint(data, width=60)
pprint.pprint(data, depth=2, compact=True, width=50)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, [2, [3]]]), pprint.isreadable({1: 2}))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(" with id")[0], pprint.isrecursive(rec))
pprint.pp({"z": 1, "y": [1, 2]}, underscore_numbers=True)
print(pprint.pformat(1234567, underscore_numbers=True))
