# pickle dumps/loads round trips of records, nested containers, user class
# instances and shared references, with protocol 2 and the highest protocol.
import sys
import pickle


class Account:
    def __init__(self, ident, owner, balance, history):
        self.ident = ident
        self.owner = owner
        self.balance = balance
        self.history = history


def make_data(n):
    owners = ['Ada', 'Grace', 'Linus', 'Guido', 'Barbara', 'Ken']
    shared = ('EUR', 2)
    accounts = [Account(i, owners[i % 6], i * 1.25, [(j, shared, -j * 0.5) for j in range(i % 7)])
                for i in range(n)]
    table = {'k%d' % i: [i, str(i), {i: (i, None, True)}, b'x' * (i % 5)] for i in range(n)}
    return {'accounts': accounts, 'table': table, 'big': 10 ** 40, 'set': {1, 2, 3}}


def checksum(data):
    accts = data['accounts']
    return (len(accts), sum(a.balance for a in accts), sum(len(a.history) for a in accts),
            len(data['table']), data['big'] % 97)


data = make_data(2000)
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 20
for _ in range(reps):
    for proto in (2, pickle.HIGHEST_PROTOCOL):
        blob = pickle.dumps(data, protocol=proto)
        back = pickle.loads(blob)
# Not the pickles' sizes: memo and framing choices differ between picklers.
print(checksum(back), reps)
