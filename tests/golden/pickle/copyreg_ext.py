# copyreg: pickle functions for a type, the extension registry (EXT opcodes).
import copyreg, pickle

class Money:
    def __init__(self, cents):
        self.cents = cents

def pickle_money(m):
    return Money, (m.cents,)

copyreg.pickle(Money, pickle_money)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.dumps(Money(250), proto), pickle.loads(pickle.dumps(Money(250), proto)).cents)

class Registered:
    pass

for code in (1, 300, 70000):
    copyreg.add_extension(__name__, 'Registered', code)
    for proto in (1, 2, 4):
        data = pickle.dumps(Registered, proto)
        print(code, proto, data, pickle.loads(data) is Registered)
    copyreg.remove_extension(__name__, 'Registered', code)
    copyreg.clear_extension_cache()
try:
    pickle.loads(b'\x80\x02\x82\x07.')
except ValueError as e:
    print(e)
print(pickle.loads(b'\x80\x02c__builtin__\nset\n)\x85R.'), pickle.dumps(set([3]), 2))
print(pickle.dumps(range(3), 2), pickle.dumps(slice(1, 2), 0))
