# SystemExit unwinds through finally blocks and context managers.
import sys


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False


def work():
    try:
        with Manager():
            sys.exit(4)
    finally:
        print("finally runs")


work()
