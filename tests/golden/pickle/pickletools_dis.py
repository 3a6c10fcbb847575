# pickletools.dis over what the native pickler writes.
import pickle, pickletools

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for proto in (0, 1, 2, 3, 4, 5):
    print('--- protocol', proto)
    pickletools.dis(pickle.dumps([1, 'two', (3.0, b'4'), {'five': None}, Point(6, 7)], proto))
