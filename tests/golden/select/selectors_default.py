# selectors over select, poll and epoll: DefaultSelector and each kind
# explicitly, with register/modify/unregister, select timeouts and the map.
import os
import selectors

for kind in (selectors.DefaultSelector, selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    r, w = os.pipe()
    with kind() as sel:
        key = sel.register(r, selectors.EVENT_READ, "reader")
        print(kind.__name__, key.fd == r, key.events, key.data)
        print(sel.select(0))
        sel.register(w, selectors.EVENT_WRITE, "writer")
        print([(k.data, ev) for k, ev in sel.select(0.05)])
        os.write(w, b"ping")
        print(sorted((k.data, ev) for k, ev in sel.select(timeout=1)))
        sel.modify(w, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
        print(sel.get_key(w).data, sel.get_key(w).events)
        print(len(sel.get_map()), sorted(k.data for k in sel.get_map().values()))
        sel.unregister(r)
        print([(k.data, ev) for k, ev in sel.select(None)])
        try:
            sel.get_key(r)
        except KeyError as e:
            print("KeyError", "is not registered" in str(e))
        try:
            sel.register(w, selectors.EVENT_READ)
        except KeyError as e:
            print("KeyError", "is already registered" in str(e))
        try:
            sel.register(r, 0)
        except ValueError as e:
            print("ValueError", e)
    print(sel.get_map() is None)
    os.close(r)
    os.close(w)
print(selectors.DefaultSelector is selectors.EpollSelector)
