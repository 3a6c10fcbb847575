# pickletools.optimize drops unused PUTs; the result still loads.
import pickle, pickletools

data = pickle.dumps([[1, 2], {'a': (3, 4)}, 'x' * 3], 2)
opt = pickletools.optimize(data)
print(data)
print(opt)
print(pickle.loads(opt))
