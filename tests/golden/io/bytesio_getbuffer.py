# BytesIO.getbuffer(): a writable view; the BytesIO refuses to change while a
# view is alive and works again once all are released.
import io

b = io.BytesIO(b"abc")
m = b.getbuffer()
print(len(m), m.readonly, bytes(m))
for op in ['b.write(b"x")', 'b.truncate(1)', 'b.close()', 'b.seek(0)', 'b.read()', 'b.getvalue()',
           'b.writelines([b"x"])']:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, type(e).__name__, e)
m[0] = ord("Z")
print(b.getvalue())
m2 = b.getbuffer()
m.release()
try:
    b.write(b"no")
except BufferError as e:
    print("BufferError", e)
m2.release()
b.write(b"q")
print(b.getvalue())
with b.getbuffer() as view:
    view[1] = ord("Y")
print(b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)
