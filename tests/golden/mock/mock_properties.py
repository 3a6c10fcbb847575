# Mock's own attributes: return_value defaults to a child mock, name and
# parent in reprs, _mock_children via dir(), side_effect iterators running
# out, and NonCallableMock.
from unittest import mock

m = mock.Mock()
rv = m()
print(rv is m(), rv is m.return_value, repr(rv).split(" id=")[0])
named = mock.Mock(name="db")
print(repr(named.query().first).split(" id=")[0])
m.side_effect = iter([1])
print(m())
try:
    m()
except StopIteration:
    print("StopIteration when the iterator runs out")
print("query" in dir(named), "not_used" in dir(named))
nc = mock.NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
print(mock.Mock(spec=["a", "b"]).a is not None)
try:
    mock.Mock(spec=["a"]).c
except AttributeError as e:
    print("AttributeError:", e)
try:
    mock.Mock().assret_called()
except AttributeError as e:
    print("AttributeError:", e)
