# Caret markers of traceback.format_exc in the corner cases CPython 3.11's
# traceback module has: operators next to parentheses, spaced subscripts,
# non-ASCII text, trailing whitespace, multi-line expressions, calls.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[3:]))


zero = 0
items = [1]
name = None
show(lambda: (1 + 2) / zero)
show(lambda: 1 / (zero))
show(lambda: items [ 5 ])
show(lambda: items[2 - 1])
show(lambda: "é" + zero)
show(lambda: {"ключ": 1}["é"])
show(lambda: zero // zero)
show(lambda: zero ** -1 + name)
show(lambda: items[0] < name)
show(lambda: name.attr.more)
show(lambda: len(zero))
show(lambda: zero  %  zero)
show(lambda: 1/zero   )   
show(lambda: items[1] + items[0])
show(lambda: [x for x in zero])


def multi_line():
    return (1 +
            name)


def multi_call():
    return len(
        zero,
    )


def nested_subscript():
    table = {"a": {"b": None}}
    return table["a"]["b"]["c"]


def with_tab():
	return zero / zero


show(multi_line)
show(multi_call)
show(nested_subscript)
show(with_tab)
