# StreamReader / StreamWriter / StreamReaderWriter over in-memory files.
import codecs
import io

raw = io.BytesIO()
writer = codecs.getwriter("utf-16")(raw)
writer.write("line one\n")
writer.writelines(["caf\xe9\n", "\u20ac uro\n"])
print(raw.getvalue())
raw.seek(0)
reader = codecs.getreader("utf-16")(raw)
print(ascii(reader.readline()), ascii(reader.read(3)), ascii(reader.readlines()))

raw = io.BytesIO("alpha\r\nbeta\ngamma\u2028delta".encode("utf-8"))
reader = codecs.getreader("utf-8")(raw)
print(ascii(list(reader)))
raw.seek(0)
reader = codecs.getreader("utf-8")(raw)
print(ascii(reader.readline(keepends=False)), ascii(reader.read()))

raw = io.BytesIO(b"ok \xff bad")
reader = codecs.getreader("ascii")(raw, errors="replace")
print(ascii(reader.read()))

pair = codecs.StreamReaderWriter(io.BytesIO("x\xe9".encode("latin-1")), codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(ascii(pair.read()))
recoder = codecs.StreamRecoder(io.BytesIO("\u20ac".encode("utf-8")), codecs.getencoder("utf-16-le"), codecs.getdecoder("utf-16-le"),
                               codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(recoder.read())
info = codecs.lookup("utf-8")
print(info.name, info.encode("\xe9"), info.decode(b"\xc3\xa9"), repr(info)[:26])
print(codecs.encode("\xe9", "latin-1"), codecs.decode(b"\xe9", "latin-1"))
