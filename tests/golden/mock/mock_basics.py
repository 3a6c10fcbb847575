# Mock: attributes made on demand, return_value, side_effect (function,
# iterable, exception), call_count, call_args, call_args_list, mock_calls,
# method_calls, reset_mock, configure_mock and reprs with names.
from unittest import mock

m = mock.Mock(name="service")
print(repr(m)[:len("<Mock name='service' id=")])
m.return_value = 42
print(m(1, key="v"), m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
m.fetch.return_value = "data"
print(m.fetch("url"), m.fetch.call_args_list)
print(m.mock_calls)
print(m.method_calls)
m.side_effect = lambda x, key=None: x * 2
print(m(5))
m.side_effect = [1, 2, StopIteration]
print(m(), m())
try:
    m()
except StopIteration:
    print("StopIteration")
m.side_effect = KeyError("gone")
try:
    m()
except KeyError as e:
    print("KeyError", e)
m.side_effect = None
print(m.call_count)
m.reset_mock()
print(m.call_count, m.call_args, m.mock_calls)
m.configure_mock(**{"size": 3, "open.return_value": "opened"})
print(m.size, m.open())
child = m.child.grandchild
print(repr(child).split(" id=")[0])
print(isinstance(m.anything, mock.Mock), m.anything is m.anything)
n = mock.Mock(return_value=mock.sentinel.result)
print(n() is mock.sentinel.result, mock.sentinel.result)
print(mock.call(1, 2, a=3), mock.call.method(4))
print(mock.call(1) == mock.call(1), mock.call(1) == mock.call(2))
print(mock.ANY == 5, [mock.call(mock.ANY)] == [mock.call("x")])
