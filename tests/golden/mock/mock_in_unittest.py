# patch on TestCase methods and classes, and a mock assertion failing inside
# a test: the report the text runner prints.
import io
import os
import re
import unittest
from unittest import mock


class Service:
    def fetch(self):
        return os.getcwd()


@mock.patch("os.getcwd", return_value="/patched")
class ServiceTests(unittest.TestCase):
    def test_fetch(self, getcwd):
        self.assertEqual(Service().fetch(), "/patched")
        getcwd.assert_called_once_with()

    def test_wrong_call(self, getcwd):
        Service().fetch()
        getcwd.assert_called_once_with("arg")

    @mock.patch.object(Service, "fetch", return_value="inner")
    def test_nested(self, fetch, getcwd):
        self.assertEqual(Service().fetch(), "inner")
        self.assertFalse(getcwd.called)


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTests))
print(re.sub(r"in \d+\.\d+s", "in <T>s", stream.getvalue()), end="")
