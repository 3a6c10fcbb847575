ba = bytearray(b"0123456789")
ba[0] = 65; ba[-1] = 66; print(ba)
ba[1:3] = b"xyz"; print(ba)
ba[5:5] = b"INS"; print(ba)
ba[:2] = []; print(ba)
ba[::2] = b"#" * len(ba[::2]); print(ba)
del ba[0]; print(ba)
del ba[::3]; print(ba)
del ba[2:4]; print(ba)
ba[len(ba):] = [1, 2, 3]; print(ba)
ba[0:1] = bytearray(b"bb"); print(ba)
ba[1:2] = memoryview(b"MV"); print(ba)
cases = ["ba[0] = 256", "ba[0] = 'a'", "ba[100] = 1", "ba['x'] = 1", "ba[0:2] = 5", "ba[0:2] = 'ab'", "ba[::2] = b'x'", "del ba[100]"]
for c in cases:
    try:
        exec(c)
        print("ok", ba)
    except Exception as e:
        print(type(e).__name__, e)
