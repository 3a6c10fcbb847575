# When text written to a TextIOWrapper reaches the buffer: gathered until
# flush(), per line with line_buffering, per write with write_through.
import io


class Recorder(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.calls = []

    def write(self, b):
        self.calls.append(bytes(b))
        return super().write(b)

    def flush(self):
        self.calls.append("flush")
        return super().flush()


for kw in [{}, {"line_buffering": True}, {"write_through": True}]:
    rec = Recorder()
    t = io.TextIOWrapper(rec, encoding="utf-8", **kw)
    t.write("one ")
    t.write("two\nthree")
    print("with", kw, rec.calls)
    print("line", file=t)
    t.writelines(["a\n", "b"])
    print("later", rec.calls)
    t.flush()
    print("flushed", rec.calls)
rec = Recorder()
t = io.TextIOWrapper(rec, encoding="utf-8")
t.write("x" * 9000)
print([len(c) if isinstance(c, bytes) else c for c in rec.calls])
t.close()
print([len(c) if isinstance(c, bytes) else c for c in rec.calls], rec.closed)
