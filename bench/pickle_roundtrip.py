# pickle round trips of realistic data: dicts of lists of class instances
# (with str, int, float, bool, None, tuple and nested dict attributes),
# through every binary protocol, as a cache or a process pool would.
import pickle


class Order:
    def __init__(self, ident, customer, lines, total, paid, note):
        self.ident = ident
        self.customer = customer
        self.lines = lines
        self.total = total
        self.paid = paid
        self.note = note
        self.tags = ('web', 'priority') if ident % 3 == 0 else ()
        self.meta = {'source': 'api', 'version': ident % 7}


def make_data(n_customers, orders_each):
    data = {}
    for c in range(n_customers):
        name = 'customer-%04d' % c
        data[name] = [
            Order(c * 100 + i, name, [('sku-%d' % (i * 7 % 50), i % 4 + 1, 9.99 + i) for i in range(i % 5 + 1)],
                  123.45 + i * 1.5, i % 2 == 0, None if i % 4 else 'gift wrap')
            for i in range(orders_each)
        ]
    return data


def main():
    data = make_data(200, 25)
    total = 0
    for _ in range(6):
        for proto in (2, 4, 5):
            blob = pickle.dumps(data, proto)
            back = pickle.loads(blob)
            total += len(blob) + len(back)
    first = back['customer-0000'][3]
    print(total, first.ident, first.lines, first.total, first.tags, first.meta)


main()
