# mock_open, PropertyMock, wraps, sentinel, DEFAULT, call chaining and
# call_list(), attach_mock and the order of calls across mocks.
from unittest import mock

opener = mock.mock_open(read_data="line 1\nline 2\n")
with mock.patch("builtins.open", opener):
    with open("settings.txt") as f:
        print(f.readline(), end="")
        print(f.read(), end="")
    with open("settings.txt") as f:
        print(list(f))
    with open("out.txt", "w") as f:
        f.write("written")
print(opener.call_args_list)
opener().write.assert_called_once_with("written")


class Thermo:
    @property
    def temperature(self):
        return 20


with mock.patch.object(Thermo, "temperature", new_callable=mock.PropertyMock) as temp:
    temp.return_value = 35
    t = Thermo()
    print(t.temperature)
    t.temperature = 40
    print(temp.mock_calls)


def real(x):
    return x + 1


spy = mock.Mock(wraps=real)
print(spy(1), spy.call_args)
print(mock.sentinel.token is mock.sentinel.token, mock.sentinel.token)
print(mock.DEFAULT)
chain = mock.call(1).method(2).attr(3)
print(chain.call_list())
manager = mock.Mock()
a = mock.Mock(return_value=None)
b = mock.Mock(return_value=None)
manager.attach_mock(a, "first")
manager.attach_mock(b, "second")
b(2)
a(1)
print(manager.mock_calls)
print(manager.mock_calls == [mock.call.second(2), mock.call.first(1)])
m = mock.Mock()
m.connect().cursor().execute("sql")
print(m.mock_calls)
m.connect.return_value.cursor.return_value.execute.assert_called_with("sql")
print("chained ok")
