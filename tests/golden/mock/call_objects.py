# call objects: comparison with tuples, args/kwargs, names in mock_calls,
# call_count of children, mock_add_spec, and side_effect returning DEFAULT.
from unittest import mock

m = mock.MagicMock()
m(1, b=2)
c = m.call_args
print(c == ((1,), {"b": 2}), c == mock.call(1, b=2), c.args, c.kwargs)
print(tuple(c) == ((1,), {"b": 2}), len(c))
m.child.method(3)
m.child.method(4)
print(m.child.method.call_count, m.mock_calls)
print([name for name, args, kwargs in m.mock_calls])
print(m.mock_calls[1] == mock.call.child.method(3))
m.mock_add_spec(["allowed"])
print(m.allowed is not None)
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
d = mock.Mock(return_value="normal")
d.side_effect = lambda x: mock.DEFAULT if x > 0 else "special"
print(d(1), d(-1))
print(mock.call(1, 2) in [mock.call(1, 2)], mock.call("x") in m.mock_calls)
print(repr(mock.call.a.b(1, k=2)))
print(mock.call(1) != mock.call(1), mock.call(1) == mock.ANY)
