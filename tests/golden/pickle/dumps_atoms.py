# The exact bytes pickle.dumps writes for atoms under every protocol.
import pickle

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
          2**63, -2**63 - 1, 10**40, -10**40, -128, -129, 127, 128, 0.0, -0.0, 1.5, 1e100, 1e-300,
          float('inf'), float('-inf')]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        print(proto, repr(v), pickle.dumps(v, proto))
print(pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 2))
