# The assert_* methods of mocks and their failure messages.
from unittest import mock

m = mock.Mock(name="api")


def show(check, *args, **kwargs):
    try:
        check(*args, **kwargs)
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)


show(m.assert_called)
show(m.assert_not_called)
m(1, 2)
m(3, key="v")
show(m.assert_called)
show(m.assert_called_once)
show(m.assert_not_called)
show(m.assert_called_with, 3, key="v")
show(m.assert_called_with, 1, 2)
show(m.assert_called_once_with, 3, key="v")
show(m.assert_any_call, 1, 2)
show(m.assert_any_call, 9)
show(m.assert_has_calls, [mock.call(1, 2), mock.call(3, key="v")])
show(m.assert_has_calls, [mock.call(3, key="v"), mock.call(1, 2)])
show(m.assert_has_calls, [mock.call(3, key="v"), mock.call(1, 2)], any_order=True)
show(m.assert_has_calls, [mock.call(4)])
m.method(5)
show(m.method.assert_called_once_with, 6)
fresh = mock.Mock()
show(fresh.assert_called_with, 1)
show(fresh.assert_called_once_with)
print(m.call_args_list == [mock.call(1, 2), mock.call(3, key="v")])
print(m.mock_calls)
