# patch as a decorator on functions and classes: the mocks passed in
# bottom-up order, new= values, patch.object, patch.multiple, autospec.
import os
import os.path
from unittest import mock


class Store:
    size = 1

    def load(self, key):
        return "real " + key


@mock.patch("os.getcwd", return_value="/fake")
@mock.patch("os.path.exists")
def check(exists, getcwd):
    exists.return_value = False
    print(os.getcwd(), os.path.exists("x"), exists.call_args)
    return getcwd


g = check()
print(g.called, os.getcwd() != "/fake")


@mock.patch.object(Store, "load", return_value="fake")
def use_store(load):
    print(Store().load("k"), load.call_args)


use_store()
print(Store().load("k"))


@mock.patch.object(Store, "size", 99)
def sized():
    print(Store.size)


sized()
print(Store.size)


@mock.patch.multiple(Store, size=5, load=mock.DEFAULT)
def multiple(load):
    print(Store.size, repr(load).split(" id=")[0])


multiple()
print(Store.size)


@mock.patch("os.getpid", new=lambda: 1234)
class Tests:
    def test_pid(self):
        return os.getpid()

    def helper(self):
        return os.getpid() == 1234


t = Tests()
print(t.test_pid(), t.helper())


@mock.patch.object(Store, "load", autospec=True)
def specced(load):
    load.return_value = "spec"
    s = Store()
    print(s.load("a"))
    load.assert_called_once_with(s, "a")
    try:
        s.load()
    except TypeError as e:
        print("TypeError:", e)


specced()
