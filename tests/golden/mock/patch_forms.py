# patch forms: class decorator (every test_ method patched), new_callable,
# patch.multiple with DEFAULT, patch.dict with clear=True and as a
# decorator, start/stop and stopall, create=True, autospec=True checking
# call signatures, and the errors for missing attributes.
import os
import unittest
from unittest import mock

import _target


@mock.patch("_target.fetch", return_value="patched")
class Decorated:
    def test_one(self, fetch):
        return _target.use_fetch(), fetch.call_args

    def test_two(self, fetch):
        return fetch is _target.fetch

    def helper(self):
        return _target.fetch is _target.original_fetch


d = Decorated()
print(d.test_one())
print(d.test_two(), d.helper())

with mock.patch("_target.fetch", new_callable=mock.PropertyMock) as prop:
    print(type(_target.fetch).__name__, prop is _target.fetch)

with mock.patch.multiple("_target", fetch=mock.DEFAULT, LIMIT=99) as values:
    print(sorted(values), _target.LIMIT, isinstance(_target.fetch, mock.MagicMock))
print(_target.LIMIT)

config = {"a": 1, "b": 2}
with mock.patch.dict(config, {"c": 3}, clear=True):
    print(sorted(config.items()))
print(sorted(config.items()))


@mock.patch.dict(os.environ, {"TAIPAN_GOLDEN_VAR": "on"})
def read_env():
    return os.environ.get("TAIPAN_GOLDEN_VAR")


print(read_env(), os.environ.get("TAIPAN_GOLDEN_VAR"))

p1 = mock.patch("_target.LIMIT", 1)
p2 = mock.patch.object(_target, "fetch", lambda *a: "lambda")
p1.start()
p2.start()
print(_target.LIMIT, _target.use_fetch())
mock.patch.stopall()
print(_target.LIMIT, _target.use_fetch())

with mock.patch("_target.brand_new", create=True, new="created"):
    print(_target.brand_new)
print(hasattr(_target, "brand_new"))
try:
    with mock.patch("_target.brand_new"):
        pass
except AttributeError as e:
    print("AttributeError:", e)

with mock.patch("_target.fetch", autospec=True) as auto:
    auto.return_value = "auto"
    print(_target.fetch("u", timeout=2))
    try:
        _target.fetch()
    except TypeError as e:
        print("TypeError:", e)
    auto.assert_called_once_with("u", timeout=2)
    print(auto.call_args_list)


class Case(unittest.TestCase):
    @mock.patch("_target.LIMIT", 7)
    @mock.patch("_target.fetch")
    def test_stack(self, fetch):
        fetch.return_value = "stacked"
        self.assertEqual(_target.use_fetch(), "stacked")
        self.assertEqual(_target.LIMIT, 7)


result = unittest.TextTestRunner(stream=open(os.devnull, "w")).run(unittest.defaultTestLoader.loadTestsFromTestCase(Case))
print(result.wasSuccessful(), result.testsRun)
