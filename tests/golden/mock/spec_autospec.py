# spec, spec_set, create_autospec: attributes and signatures checked, with
# CPython's error messages; isinstance through __class__.
from unittest import mock


class Account:
    rate = 0.5

    def deposit(self, amount, *, note=""):
        return amount

    @staticmethod
    def bank():
        return "bank"

    @property
    def balance(self):
        return 0


m = mock.Mock(spec=Account)
print(isinstance(m, Account), m.deposit(3) is not None)
try:
    m.withdraw
except AttributeError as e:
    print("AttributeError:", e)
m.new_attribute = 1
print(m.new_attribute)
s = mock.Mock(spec_set=Account)
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)
s.rate = 0.7
print(s.rate)

auto = mock.create_autospec(Account)
inst = auto()
inst.deposit(10, note="x")
inst.deposit.assert_called_once_with(10, note="x")
try:
    inst.deposit()
except TypeError as e:
    print("TypeError:", e)
try:
    inst.deposit(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(repr(auto.bank()).split(" id=")[0])


def add(a, b=2):
    return a + b


fake = mock.create_autospec(add, return_value=0)
print(fake(1), fake(1, b=5))
fake.assert_called_with(1, b=5)
try:
    fake(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    fake.assert_called_with(7)
except AssertionError as e:
    print("AssertionError:", e)
print(fake.call_args_list)
f2 = mock.Mock(spec=add)
f2(1, 2)
f2.assert_called_with(a=1, b=2)
print("matched by signature")
sealed = mock.Mock()
sealed.known.value = 1
mock.seal(sealed)
try:
    sealed.unknown
except AttributeError as e:
    print("AttributeError:", e)
