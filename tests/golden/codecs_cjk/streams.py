# StreamReader and StreamWriter over byte streams, as codecs.getreader /
# getwriter and codecs.open give them.
import codecs
import io
from _show import show

text = "一行目 first\n二行目 second\r\n三行目\nlast 最後"
for name in ["shift_jis", "gb18030", "euc_kr", "iso2022_jp", "big5"]:
    data = text.replace("一", "").replace("二", "").replace("三", "").replace("最後", "")
    try:
        raw = data.encode(name)
    except UnicodeEncodeError:
        continue
    r = codecs.getreader(name)(io.BytesIO(raw))
    print(name, repr(r.read(3)), repr(r.readline()), repr(r.readline(5)), r.readlines())
    r = codecs.getreader(name)(io.BytesIO(raw))
    print(name, [line for line in r])
    out = io.BytesIO()
    w = codecs.getwriter(name)(out)
    w.write(data[:5])
    w.writelines([data[5:9], data[9:]])
    w.reset()
    print(name, out.getvalue() == raw, out.getvalue()[:12])
out = io.BytesIO()
w = codecs.getwriter("iso2022_jp")(out)
w.write("日本")
print(out.getvalue())
w.reset()
print(out.getvalue())
w.write("a")
print(out.getvalue(), w.stream is out, w.errors)
r = codecs.getreader("shift_jis")(io.BytesIO(b"abc\x82"), "replace")
print(repr(r.read()), r.errors)
r = codecs.getreader("shift_jis")(io.BytesIO(b"abc\x82"))
show("incomplete", r.read)
r = codecs.getreader("gbk")(io.BytesIO("中文字".encode("gbk")))
print(repr(r.read(1)), repr(r.read(1)), repr(r.read()))
show("non-bytes", lambda: codecs.getreader("gbk")(io.StringIO("x")).read())
show("write bytes", lambda: codecs.getwriter("gbk")(io.BytesIO()).write(b"x"))
