# Protocol 0 is text: every opcode's argument is a line.
import pickle, pickletools

class Obj:
    def __init__(self):
        self.name = 'n\xe9\n'
        self.values = [1, -2, 3.25, 10**20, None, True]
        self.pair = ('a', b'b')

data = pickle.dumps(Obj(), 0)
print(data)
pickletools.dis(data)
back = pickle.loads(data)
print(back.name, back.values, back.pair)
print(pickle.dumps({'a': frozenset([1])}, 0))
print(pickle.dumps(set(), 0), pickle.dumps(frozenset(), 1))
