# mock.seal stops new attributes, sentinel objects keep their identity,
# mock_open reads and writes, and PropertyMock.
from unittest import mock

m = mock.Mock()
m.known.return_value = 1
mock.seal(m)
print(m.known())
try:
    m.unknown
except AttributeError as e:
    print("AttributeError", e)
print(mock.sentinel.token is mock.sentinel.token, mock.sentinel.token)
opener = mock.mock_open(read_data="line1\nline2\n")
with mock.patch("builtins.open", opener):
    with open("any.txt") as f:
        print(f.readlines())
    with open("out.txt", "w") as f:
        f.write("data")
print(opener.call_args_list)
opener().write.assert_called_once_with("data")


class Thing:
    @property
    def size(self):
        return 1


with mock.patch.object(Thing, "size", new_callable=mock.PropertyMock) as size:
    size.return_value = 42
    print(Thing().size)
    size.assert_called_once_with()
print(Thing().size)
