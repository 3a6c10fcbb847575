"""IsolatedAsyncioTestCase tests shared by the async_case goldens:
asyncSetUp/asyncTearDown, awaiting in tests, addAsyncCleanup, failures in
coroutines."""
import asyncio
import unittest

log = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.queue = asyncio.Queue()

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def setUp(self):
        log.append("setUp")

    def tearDown(self):
        log.append("tearDown")

    async def test_await(self):
        await self.queue.put(5)
        value = await asyncio.wait_for(self.queue.get(), 1)
        self.assertEqual(value, 5)
        log.append("test_await")

    async def test_gather_fails(self):
        async def double(x):
            await asyncio.sleep(0)
            return 2 * x
        results = await asyncio.gather(double(1), double(2))
        self.assertEqual(results, [2, 5])

    async def test_cleanup(self):
        async def close(name):
            await asyncio.sleep(0)
            log.append("async cleanup " + name)
        self.addAsyncCleanup(close, "resource")
        log.append("test_cleanup")

    async def test_error(self):
        await asyncio.sleep(0)
        raise KeyError("lost")

    def test_sync_method(self):
        log.append("sync test")

