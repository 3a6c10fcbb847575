# StringIO splits lines as its newline argument says: '' at CR, LF and CRLF, '\r' at CR, the others at LF.
import io
for nl in (None, '', '\n', '\r', '\r\n'):
    print(repr(nl), list(io.StringIO('a\rb\r\nc\nd', newline=nl)), repr(io.StringIO('a\rb\r\nc\nd', newline=nl).getvalue()))
    f = io.StringIO(newline=nl); f.write('x\ry\r\nz\n'); f.seek(0); print(list(f), repr(f.read()))
