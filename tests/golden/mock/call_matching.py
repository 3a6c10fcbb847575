# Matching calls: ANY, call objects for chained calls, mock_calls vs
# method_calls, call_args fields, assert_has_calls with any_order, the
# failure messages of assert_called_once and assert_has_calls,
# reset_mock(return_value=True, side_effect=True), configure_mock and
# attach_mock.
from unittest import mock
from unittest.mock import ANY, call

m = mock.MagicMock()
m.connect("db", port=5432).cursor().execute("select 1")
m.close()
print(m.mock_calls)
print(m.method_calls)
print(m.connect.call_args.args, m.connect.call_args.kwargs)
m.connect.assert_called_with(ANY, port=5432)
print(m.mock_calls == [call.connect("db", port=5432), call.connect().cursor(),
                       call.connect().cursor().execute("select 1"), call.close()])
m.assert_has_calls([call.close(), call.connect("db", port=5432)], any_order=True)
try:
    m.assert_has_calls([call.close(), call.connect("db", port=5432)])
except AssertionError as e:
    print("AssertionError:", str(e).splitlines()[0])

f = mock.Mock(return_value=3, side_effect=None)
f(1)
f(2)
try:
    f.assert_called_once()
except AssertionError as e:
    print("AssertionError:", e)
try:
    f.assert_called_once_with(1)
except AssertionError as e:
    print("AssertionError:", e)

f.side_effect = [10, 20]
f.reset_mock()
print(f.call_count, f(), f.return_value)
f.reset_mock(return_value=True, side_effect=True)
print(f.side_effect, type(f.return_value).__name__)

cfg = mock.Mock()
cfg.configure_mock(**{"name_attr": "x", "method.return_value": 3, "other.side_effect": KeyError})
print(cfg.name_attr, cfg.method())
try:
    cfg.other()
except KeyError:
    print("KeyError raised")

parent = mock.MagicMock()
child = mock.Mock(return_value=None)
parent.attach_mock(child, "child")
child(1)
parent.direct(2)
print(parent.mock_calls)
print(call(1, 2) == call(1, 2), call(1) == call(2), call.x(1) == call.y(1))
print(repr(call.a.b(1, k=2)), call(1, k=2).args, call(1, k=2).kwargs)
n = mock.Mock(name="named")
print(repr(n.attr.sub()).startswith("<Mock name='named.attr.sub()'"))
