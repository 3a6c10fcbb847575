# str and bytes methods and operators.
s = "Hello, World"
b = b"bytes"
s.lower().split(",")[0].strip()
s.replace("l", 1)  # E: Argument 2 to "replace" of "str" has incompatible type "int"; expected "str"  [arg-type]
s.find(1)  # E: Argument 1 to "find" of "str" has incompatible type "int"; expected "str"  [arg-type]
s.encode().decode().upper()
b.decode() + s
b + s  # E: Unsupported operand types for + ("bytes" and "str")  [operator]
s + b  # E: Unsupported operand types for + ("str" and "bytes")  [operator]
b.hex().upper()
s.format(1, 2).zfill("3")  # E: Argument 1 to "zfill" of "str" has incompatible type "str"; expected "SupportsIndex"  [arg-type]
f"{s!r:>10}".upper()
len(s) + len(b)
s[1:3].upper()
b[0] + 1
b[0].upper()  # E: "int" has no attribute "upper"  [attr-defined]
s.join(["a", 1])  # E: List item 1 has incompatible type "int"; expected "str"  [list-item]
"-".join(s.split())
s.startswith(("a", "b"))
s.count("l") + 1.5
s * 2.5  # E: Unsupported operand types for * ("str" and "float")  [operator]
