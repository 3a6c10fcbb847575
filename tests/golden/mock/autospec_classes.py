# create_autospec of a class and of an instance (instance=True): methods
# check signatures, missing attributes raise, classmethods and
# staticmethods; spec_set refusing new attributes; patch.object with
# autospec on a method keeps self out of the checked signature.
from unittest import mock


class Store:
    kind = "store"

    def __init__(self, path):
        self.path = path

    def get(self, key, default=None):
        return default

    @classmethod
    def open(cls, path):
        return cls(path)

    @staticmethod
    def version():
        return 1


Spec = mock.create_autospec(Store)
inst = Spec("p")
print(Spec.call_args, type(inst).__name__)
inst.get("k")
inst.get.assert_called_once_with("k")
for bad in (lambda: inst.get(), lambda: inst.get(1, 2, 3), lambda: Spec(), lambda: Spec.open()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    inst.missing
except AttributeError as e:
    print("AttributeError:", e)
Spec.version.return_value = 9
print(Spec.version(), Spec.kind.__class__.__name__)

instance = mock.create_autospec(Store, instance=True)
try:
    instance()
except TypeError as e:
    print("TypeError:", e)
instance.get("a", default=2)
print(instance.get.call_args_list)

strict = mock.Mock(spec_set=Store)
try:
    strict.new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)
strict.kind = "changed"
print(strict.kind)

with mock.patch.object(Store, "get", autospec=True) as get:
    get.return_value = "patched"
    s = Store("x")
    print(s.get("k"))
    print(get.call_args_list[0].args[0] is s)
    try:
        s.get()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(mock.Mock(spec=Store), Store), isinstance(Spec, type))
