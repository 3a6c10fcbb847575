# User-defined iterables and iterators: separate iterator objects, reuse and independence.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIterator(self.cards)
    def __len__(self):
        return len(self.cards)

class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.index = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.index >= len(self.cards):
            raise StopIteration
        card = self.cards[self.index]
        self.index += 1
        return card
    def __length_hint__(self):
        return len(self.cards) - self.index

deck = Deck(["A", "K", "Q"])
print(list(deck), list(deck))
a, b = iter(deck), iter(deck)
print(next(a), next(a), next(b))
import operator
print(operator.length_hint(a), operator.length_hint(b))
print([(x, y) for x in deck for y in deck if x < y])
print(sorted(deck), len(deck), "K" in deck)

class GeneratorIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i

g = GeneratorIter(4)
print(list(g), sum(g), type(iter(g)).__name__)

class StopValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored by for")
for _ in StopValue():
    print("never")
print("loop over StopValue ended")
print(dict.fromkeys(Deck("xy")), list(map(str.lower, deck)))
