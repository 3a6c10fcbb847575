# encoding='locale', io.text_encoding, reconfigure(), io constants and the io class hierarchy.
import io, os
name = "_io_defaults.txt"
with open(name, "w", encoding="locale") as f:
    print(f.encoding)
print(io.text_encoding(None), io.text_encoding("latin-1"))
with open(name, "w") as f:
    print(f.encoding, f.errors, f.line_buffering, f.write_through)
f = open(name)
f.reconfigure(encoding="latin-1", errors="replace", newline="\r\n", line_buffering=True)
print(f.encoding, f.errors, f.line_buffering)
f.close()
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation.__mro__[1:3])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase), hasattr(io, "BufferedIOBase"))
os.remove(name)
