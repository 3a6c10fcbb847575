match x:
    case a if a > 0:
        pass
    case [a, b] if (c := a + b):
        pass
    case _ if True:
        pass
