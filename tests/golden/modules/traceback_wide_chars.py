# Caret markers under source lines holding East Asian wide characters and
# emoji, which take two terminal columns each.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print("".join(traceback.format_exc().splitlines(True)[3:]), end="")


値 = 0
show(lambda: "漢字" + 値)
show(lambda: {"日本": 1}["中文"] + 1)
show(lambda: 1 / 値 + len("😀😀"))
show(lambda: ("ｆｕｌｌ", 値)[0] + 値)
show(lambda: "é\u0301" + 値)
show(lambda: "\ud800" + 値)
show(lambda: ["한국어"][1])


def mixed():
    return "ａ" * 2 + 値 + "b"


show(mixed)
