# IsolatedAsyncioTestCase: the order of setUp, asyncSetUp, the test,
# asyncTearDown, tearDown and cleanups (sync and async), a failing async
# test, an exception in asyncSetUp, enterAsyncContext, and that each test
# gets its own event loop.
import asyncio
import contextlib
import unittest

import _support

log = []


@contextlib.asynccontextmanager
async def resource(name):
    log.append(f"enter {name}")
    yield name.upper()
    log.append(f"exit {name}")


class Ordered(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")

    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.addAsyncCleanup(self.async_cleanup, "a")
        self.addCleanup(log.append, "sync cleanup")

    async def async_cleanup(self, tag):
        await asyncio.sleep(0)
        log.append(f"async cleanup {tag}")

    async def test_one(self):
        log.append("test_one")
        value = await self.enterAsyncContext(resource("db"))
        log.append(f"got {value}")
        self.loop_id = id(asyncio.get_running_loop())

    async def test_two_fails(self):
        log.append("test_two")
        await asyncio.sleep(0)
        self.assertEqual(1, 2, "async mismatch")

    def test_three_sync(self):
        log.append("test_three sync")

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")


class BrokenSetup(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        raise RuntimeError("setup broke")

    async def test_never(self):
        log.append("never")


result = _support.run(Ordered, BrokenSetup, verbosity=2)
for entry in log:
    print(entry)
print(len(result.failures), len(result.errors))
