match x:
    case {}:
        pass
    case {1: a}:
        pass
    case {"k": v, **rest}:
        pass
    case {**rest}:
        pass
    case {a.b: 1, -1: 2, None: 3, True: 4, "s": 5}:
        pass
    case {1: a,}:
        pass
