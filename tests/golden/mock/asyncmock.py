# AsyncMock: awaiting it, return_value and side_effect, await counts and the
# assert_await* methods, and the AsyncMock that MagicMock makes for async specs.
import asyncio
from unittest import mock


async def main():
    m = mock.AsyncMock(return_value=10)
    print(asyncio.iscoroutinefunction(m))
    print(await m(1), m.await_count, m.await_args)
    m.assert_awaited()
    m.assert_awaited_once_with(1)
    m.side_effect = [1, 2]
    print(await m(), await m(), m.await_args_list)
    m.side_effect = ValueError("bad")
    try:
        await m()
    except ValueError as e:
        print("ValueError", e)
    try:
        m.assert_awaited_with(99)
    except AssertionError as e:
        print("AssertionError:", e)
    m.reset_mock()
    try:
        m.assert_awaited()
    except AssertionError as e:
        print("AssertionError:", e)

    class Client:
        async def get(self, url):
            return url

        def close(self):
            pass

    c = mock.MagicMock(spec=Client)
    print(type(c.get).__name__, type(c.close).__name__)
    c.get.return_value = "page"
    print(await c.get("u"))
    c.get.assert_awaited_once_with("u")

    cm = mock.MagicMock()
    cm.__aenter__.return_value = "entered"
    async with cm as value:
        print(value)
    cm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in cm])


asyncio.run(main())
