# A context manager that logs enter/exit, shared by the with-statement tests.
class Logged:
    def __init__(self, name, result=None, suppress=False):
        self.name = name
        self.result = result if result is not None else name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.result

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress
