# patch picks AsyncMock for async functions; patch's argument errors and
# the messages for impossible targets.
import asyncio
import json
from unittest import mock


async def fetch():
    return "real"


class Holder:
    value = 1

    async def get(self):
        return 1


with mock.patch("__main__.fetch") as patched:
    print(type(patched).__name__)
    patched.return_value = "fake"
    print(asyncio.run(fetch()))
with mock.patch.object(Holder, "get") as get:
    print(type(get).__name__)
for target in ["nodots", "no_such_module_xyz.attr"]:
    try:
        with mock.patch(target):
            pass
    except (TypeError, ModuleNotFoundError) as e:
        print(type(e).__name__ + ":", e)
try:
    mock.patch.object(Holder, "value", new=1, new_callable=list)
except ValueError as e:
    print("ValueError:", e)
try:
    mock.patch("json.dumps", new=1, autospec=True)
except TypeError as e:
    print("TypeError:", e)
try:
    mock.patch.object(Holder, "value", spec=True, spec_set=True, new=2).start()
except TypeError as e:
    print("TypeError:", e)
p = mock.patch("json.dumps")
print(p.stop())
with mock.patch("json.dumps", autospec=True) as dumps:
    dumps.return_value = "{}"
    print(json.dumps({"a": 1}))
    try:
        json.dumps()
    except TypeError as e:
        print("TypeError:", e)
