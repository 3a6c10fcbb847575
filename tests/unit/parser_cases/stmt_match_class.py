match x:
    case C():
        pass
    case C(a):
        pass
    case C(a, b):
        pass
    case C(x=1):
        pass
    case C(a, x=1, y=b):
        pass
    case mod.C(a,):
        pass
    case C(x=[1, 2], y={1: _}):
        pass
