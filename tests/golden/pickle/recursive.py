# Recursive lists, dicts, tuples through lists, and objects that contain themselves.
import pickle

lst = [1]
lst.append(lst)
d = {}
d['self'] = d
t_list = []
t = (t_list,)
t_list.append(t)

class Node:
    pass

n = Node()
n.me = n
n.others = [n, n]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    a = pickle.loads(pickle.dumps(lst, proto))
    b = pickle.loads(pickle.dumps(d, proto))
    c = pickle.loads(pickle.dumps(t, proto))
    m = pickle.loads(pickle.dumps(n, proto))
    print(proto, a[1] is a, b['self'] is b, c[0][0] is c, m.me is m, m.others[1] is m)
    print(pickle.dumps(lst, proto), pickle.dumps(t, proto))
