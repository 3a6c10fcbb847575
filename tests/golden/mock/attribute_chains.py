# Mock attribute chains: calls recorded on children in mock_calls and
# method_calls, return_value chains, attach_mock and call comparisons.
from unittest import mock

m = mock.Mock()
m.db.connect("host").cursor().execute("SELECT 1")
m.log("done")
print(m.mock_calls)
print(m.method_calls)
print(m.db.connect.return_value.cursor.return_value.execute.call_args)
parent = mock.Mock()
child = mock.Mock(return_value=7)
parent.attach_mock(child, "child")
parent.child(1)
print(parent.mock_calls)
print(parent.mock_calls == [mock.call.child(1)])
print(mock.call(1, a=2) == mock.call(1, a=2), mock.call(1) == mock.call(2))
print(m.db.connect.call_args.args, m.log.call_args.kwargs)
