# Python 2 pickles: STRING and BINSTRING decoded as asked, INST/OBJ, old names.
import pickle

py2_str = b"S'caf\\xe9'\np0\n."
print(pickle.loads(py2_str, encoding='latin1'), pickle.loads(py2_str, encoding='bytes'))
try:
    pickle.loads(py2_str)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(pickle.loads(py2_str, errors='replace'))
print(pickle.loads(b'U\x03abcq\x00.'), pickle.loads(b'T\x02\x00\x00\x00hi.', encoding='bytes'))
print(pickle.loads(b"(lp0\nS'a'\np1\naI1\naF2.5\naL10L\na.", encoding='ascii'))
print(pickle.loads(b'(i__builtin__\nlist\n(I1\nI2\ntp0\nb.') if False else 'skip')
print(pickle.loads(b'c__builtin__\nset\n((lp0\nI1\naI2\natp1\nRp2\n.'))
print(pickle.loads(b'(c__builtin__\ncomplex\nI1\nI2\no.'))
print(pickle.loads(b'(icollections\nOrderedDict\n.'))
print(pickle.loads(b'cUserDict\nUserDict\n)\x81}b.'))
print(pickle.loads(b"I01\nI00\nI2\n\x86."))
print(pickle.loads(b'\x80\x02cexceptions\nValueError\nU\x04oopsq\x00\x85R.'))
print(pickle.loads(b'V\\u20ac\\U0001f600\\\\\n.'))
print(pickle.loads(b'I0x10\n.'), pickle.loads(b'I010\n.'), pickle.loads(b'I99999999999999999999\n.'))
print(pickle.loads(b'F-1e5\n.'), pickle.loads(b'Finf\n.'), pickle.loads(b'Fnan\n.'))
