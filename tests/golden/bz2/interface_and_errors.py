# _bz2: the compressor and decompressor objects, their argument errors, flush rules and max_length bookkeeping.
import _bz2, pickle
print(sorted(x for x in dir(_bz2) if not x.startswith('__')))
c=_bz2.BZ2Compressor()
print(type(c).__module__, type(c).__qualname__)
for f in [lambda: _bz2.BZ2Compressor(0), lambda: _bz2.BZ2Compressor('a'), lambda: _bz2.BZ2Compressor(1,2), lambda: _bz2.BZ2Compressor(compresslevel=3), lambda: pickle.dumps(c), lambda: _bz2.BZ2Decompressor(1), lambda: _bz2.BZ2Decompressor().decompress(b'xxxxxxxxxxxxxxxxxxxx'), lambda: c.compress('s'), lambda: pickle.dumps(_bz2.BZ2Decompressor())]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
c.flush()
for f in [lambda: c.flush(), lambda: c.compress(b'')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d=_bz2.BZ2Decompressor(); import bz2; data=bz2.compress(b'hello'*100)
print(d.eof, d.needs_input, d.unused_data, d.decompress(data+b'tail', max_length=10), d.needs_input, d.eof)
print(d.decompress(b'', 5000)[:20], d.eof, d.unused_data, d.needs_input)
try: d.decompress(b'x')
except Exception as e: print(type(e).__name__, e)
