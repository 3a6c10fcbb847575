# difflib: SequenceMatcher, unified/context/ndiff diffs, get_close_matches, HtmlDiff table size.
import difflib

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the very lazy dog".split()
sm = difflib.SequenceMatcher(None, a, b)
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())
print(sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
print(list(sm.get_grouped_opcodes(1)))
x = ["one\n", "two\n", "three\n", "four\n", "five\n"]
y = ["one\n", "2\n", "three\n", "four\n", "five\n", "six\n"]
print("".join(difflib.unified_diff(x, y, "a.txt", "b.txt", "t1", "t2", n=1)))
print("".join(difflib.context_diff(x, y, "a", "b")))
print("".join(difflib.ndiff(["abcde\n", "same\n"], ["abXde\n", "same\n"])))
print(list(difflib.restore(difflib.ndiff(x, y), 2)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "wheels"], n=2, cutoff=0.5))
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 4), s.find_longest_match(0, 29, 0, 38))
html = difflib.HtmlDiff().make_table(x, y)
print(html.count("<tr>"), "diff_add" in html)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")))
