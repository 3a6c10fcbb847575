# patch and patch.dict as context managers, start()/stop(), stopall, and
# what is restored afterwards (also after an exception).
import json
import os
import sys
from unittest import mock

config = {"mode": "prod", "level": 1}

with mock.patch("os.sep", "!") as sep:
    print(sep, os.sep)
print(os.sep)

with mock.patch("os.listdir") as listdir:
    listdir.return_value = ["a", "b"]
    print(os.listdir("/anything"))
    listdir.assert_called_once_with("/anything")
print(callable(os.listdir) and not isinstance(os.listdir, mock.Mock))

with mock.patch.dict(config, {"mode": "test", "extra": True}):
    print(sorted(config.items()))
print(sorted(config.items()))

with mock.patch.dict(config, clear=True):
    print(config)
print(sorted(config))

with mock.patch.dict(os.environ, {"TAIPAN_MOCK_VAR": "1"}):
    print(os.environ["TAIPAN_MOCK_VAR"])
print("TAIPAN_MOCK_VAR" in os.environ)

try:
    with mock.patch.object(sys, "platform", "plan9"):
        print(sys.platform)
        raise RuntimeError("inside")
except RuntimeError:
    pass
print(sys.platform != "plan9")

patcher = mock.patch("os.getcwd", return_value="/started")
started = patcher.start()
print(os.getcwd(), started.return_value)
patcher.stop()
print(os.getcwd() != "/started")

mock.patch("os.getpid", return_value=1).start()
mock.patch("os.getppid", return_value=2).start()
print(os.getpid(), os.getppid())
mock.patch.stopall()
print(os.getpid() != 1)

try:
    with mock.patch("json.no_such_function"):
        pass
except AttributeError as e:
    print("AttributeError:", e)
with mock.patch("os.no_such_function", create=True, new="made"):
    print(os.no_such_function)
print(hasattr(os, "no_such_function"))
