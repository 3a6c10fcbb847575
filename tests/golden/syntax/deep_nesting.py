for depth in (100, 10000):
    src = "(" * depth + "1" + ")" * depth
    try:
        print(depth, eval(src))
    except SyntaxError as e:
        print(depth, "SyntaxError:", e.msg)
    except MemoryError:
        print(depth, "MemoryError")
src = "[" * 5000 + "]" * 5000
try:
    eval(src)
except SyntaxError as e:
    print("lists:", e.msg)
except MemoryError:
    print("lists: MemoryError")
