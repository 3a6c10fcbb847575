# mock_open with read_data: read, readline, readlines, iteration, the
# handle's write calls; wraps= passing calls through to a real object,
# and return_value overriding it.
from unittest import mock

m = mock.mock_open(read_data="line one\nline two\nline three\n")
with mock.patch("builtins.open", m):
    with open("any.txt") as f:
        print(repr(f.readline()))
        print(f.readlines())
    with open("any.txt") as f:
        print([line for line in f])
    with open("any.txt") as f:
        print(repr(f.read()))
    with open("out.txt", "w") as f:
        f.write("hello")
        f.write(" world")
print(m.call_args_list)
handle = m()
print(handle.write.call_args_list)
m.assert_called_with()

binary = mock.mock_open(read_data=b"\x00\x01")
with mock.patch("builtins.open", binary):
    with open("b", "rb") as f:
        print(f.read())


class Real:
    def total(self, a, b):
        return a + b

    def name(self):
        return "real"


wrapped = mock.Mock(wraps=Real())
print(wrapped.total(2, 3), wrapped.name())
print(wrapped.total.call_args, wrapped.method_calls)
wrapped.name.return_value = "overridden"
print(wrapped.name())
func = mock.MagicMock(wraps=len)
print(func([1, 2]), func.call_count)
try:
    wrapped.missing()
except AttributeError as e:
    print("AttributeError:", e)
