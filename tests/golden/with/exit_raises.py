class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from exit")

try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)

class NoExit:
    def __enter__(self):
        pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("not run")
except OSError as e:
    print("OSError", e)
