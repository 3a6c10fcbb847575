# The messages of failing mock assertions: assert_called_with,
# assert_called_once, assert_not_called, assert_any_call, assert_has_calls.
from unittest import mock

m = mock.Mock(name="service")
m(1, key="a")
m(2)
checks = [
    lambda: m.assert_called_with(1),
    lambda: m.assert_called_once(),
    lambda: m.assert_not_called(),
    lambda: m.assert_any_call(3),
    lambda: m.assert_has_calls([mock.call(2), mock.call(1, key="a")]),
    lambda: m.other.assert_called(),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
    print("--")
