# Malformed pickle data raises as CPython's C unpickler does; never a crash.
import pickle

cases = [b'', b'.', b'N', b'(', b'(.', b'0', b'1', b'2', b'a', b'e', b's', b'u', b'b', b'R', b't', b'l', b'd',
         b'\xff', b'z', b"'", b'\\', b'\x80\x06.', b'\x80', b'K', b'J\x01\x02', b'M\x01', b'G\x00', b'I12', b'I1x\n.',
         b'Iabc\n.', b'L12\n.', b'Lxyz\n.', b'F1.5x\n.', b'Fabc\n.', b'S"abc\n.', b"S'abc'\n.", b'Sabc\n.',
         b'V\\u12\n.', b'X\x05\x00\x00\x00ab.', b'X\x02\x00\x00\x00\xff\xfe.', b'C\x05ab', b'B\xff\xff\xff\x7f.',
         b'\x8e\xff\xff\xff\xff\xff\xff\xff\xff.', b'\x8e\x00\x00\x00\x00\x00\x00\x00\x80.', b'\x8b\xff\xff\xff\xff.',
         b'T\xff\xff\xff\xff.', b'h\x05.', b'j\x05\x00\x00\x00.', b'g5\n.', b'gx\n.', b'p1\n.', b'Np-1\n.',
         b'Nr\xff\xff\xff\xff.', b'\x94.', b'N\x94h\x00.', b'(Nd.', b'(NNNu.', b'N(NN.', b'](NNNu.', b'}(Ne.',
         b'N\x85N\x86.', b'NN\x81.', b'\x8c\x01a\x8c\x01b\x93.', b'NN\x93.', b'K\x01K\x02\x93.', b'c__builtin__\nnope\n.',
         b'cno_such_module_x\nf\n.', b'cbuiltins\n', b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N', b'\x82\x00.',
         b'\x82\x7f.', b'\x97.', b'\x98.', b'Q.', b'Pabc\n.', b'NNR.', b'(N\x91.', b'N(\x91.', b'NN\x90.', b']N\x90.',
         b'(Ni__builtin__\nint\n.', b'(io\nx\n.', b'(o.', b'N\x8f(N\x90.', b'\x8c\x04json\x8c\x01x\x93.',
         b'N}b.', b'NNb.', b']Kxb.', b'NN\x92.', b'\x8c\x03abcN}\x92.']
for data in cases:
    try:
        print(repr(data), '->', repr(pickle.loads(data)))
    except Exception as e:
        print(repr(data), type(e).__module__, type(e).__name__, str(e)[:90])
