# Mock side_effect as an exception, an iterable and a function, return_value
# after side_effect, reset_mock, and configure_mock.
from unittest import mock

m = mock.Mock(side_effect=[1, 2, StopIteration("end")])
print(m(), m())
try:
    m()
except StopIteration as e:
    print("raised", e)
f = mock.Mock(side_effect=lambda x: x * 10)
print(f(4))
err = mock.Mock(side_effect=KeyError("nope"))
try:
    err()
except KeyError as e:
    print("KeyError", e)
d = mock.Mock(side_effect=lambda: mock.DEFAULT, return_value="default")
print(d())
m.reset_mock(side_effect=True)
print(m.call_count, m.side_effect)
c = mock.Mock()
c.configure_mock(**{"method.return_value": 3, "attr": "x"})
print(c.method(), c.attr)
