# Reprs of collections that contain themselves.
from collections import defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList, deque
d = defaultdict(list); d[1] = d; print(d)
od = OrderedDict(); od[1] = [od]; print(od)
u = UserList(); u.append(u); print(u)
dq = deque(); dq.append([dq]); print(dq)
ud = UserDict(); ud['me'] = ud; print(ud)
cm = ChainMap(); cm["me"] = cm; print(cm)
