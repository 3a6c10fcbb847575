ba = bytearray(b"hello")
ba.append(33); print(ba)
ba.extend(b" world"); print(ba)
ba.extend([65, 66]); print(ba)
ba.extend(bytearray(b"!")); ba.extend(x for x in b"?"); print(ba)
ba.insert(0, 62); ba.insert(-1, 60); ba.insert(100, 46); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l")); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(c, ba == ba.copy(), ba.copy() is ba)
ba += b"++"; print(ba)
ba *= 2; print(ba)
x = bytearray(b"ab"); y = x; x += b"c"; print(y is x, y)
cases = [lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
         lambda: bytearray(b"a").append("a"), lambda: bytearray(b"a").extend(1), lambda: bytearray(b"a").extend("abc"), lambda: bytearray(b"a").insert(),
         lambda: bytearray(b"a").insert(0, 999), lambda: hash(bytearray(b"a")), lambda: bytearray(b"a").extend([1, 300])]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
