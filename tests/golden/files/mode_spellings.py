# Every spelling of open()'s mode: order of letters, '+' placement, and the invalid ones.
import os
name = "_mode_spellings.txt"
for mode in ["wt", "rt", "tr", "br", "bw", "w+t", "t+w", "+r", "ab+", "b+a", "x", "xb+", "at+", "rb+", "r+t", "wbt", "rw", "", "r++", "aa", "ra"]:
    try:
        if "x" in mode and os.path.exists(name):
            os.remove(name)
        with open(name, mode) as f:
            print(repr(mode), "->", f.mode, type(f).__name__, f.readable(), f.writable())
    except (ValueError, OSError) as e:
        print(repr(mode), type(e).__name__, e)
os.remove(name)
