# patch.object, patch.dict (with clear=True) and patch.multiple, each as a
# context manager, and the originals restored afterwards.
import os
from unittest import mock


class Config:
    level = 1

    def describe(self):
        return f"level {self.level}"


settings = {"a": 1, "b": 2}
with mock.patch.object(Config, "level", 5):
    print(Config().describe())
print(Config().describe())
with mock.patch.dict(settings, {"c": 3}):
    print(sorted(settings.items()))
with mock.patch.dict(settings, {"z": 0}, clear=True):
    print(sorted(settings.items()))
print(sorted(settings.items()))
with mock.patch.multiple(Config, level=9, describe=mock.DEFAULT) as values:
    values["describe"].return_value = "mocked"
    print(Config.level, Config().describe())
print(Config.level)
with mock.patch.dict(os.environ, {"TAIPAN_TEST_VAR": "yes"}):
    print(os.environ["TAIPAN_TEST_VAR"])
print("TAIPAN_TEST_VAR" in os.environ)
