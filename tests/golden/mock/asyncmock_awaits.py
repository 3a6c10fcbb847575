# AsyncMock: awaited counts and arguments, assert_awaited_* failures,
# side_effect as an exception, an iterable and an async function; a
# MagicMock's async iteration and async context manager protocol; mocks
# of async functions via spec made AsyncMock automatically.
import asyncio
from unittest import mock


async def real_fetch(url):
    return url


async def main():
    m = mock.AsyncMock(return_value=5)
    print(await m(1, k=2), m.await_count, m.await_args, m.call_count)
    m.assert_awaited_once_with(1, k=2)
    try:
        m.assert_awaited_with(9)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        m.assert_not_awaited()
    except AssertionError as e:
        print("AssertionError:", e)
    coro = m(3)
    m.assert_called_with(3)
    print("awaits before:", m.await_count)
    await coro
    print(m.await_args_list)
    m.assert_any_await(3)
    m.assert_has_awaits([mock.call(1, k=2), mock.call(3)])

    failing = mock.AsyncMock(side_effect=KeyError("nope"))
    try:
        await failing()
    except KeyError as e:
        print("KeyError:", e)
    seq = mock.AsyncMock(side_effect=[1, 2])
    print(await seq(), await seq())
    try:
        await seq()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    async def effect(x):
        return x * 10
    print(await mock.AsyncMock(side_effect=effect)(4))

    mm = mock.MagicMock()
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    async with mm as entered:
        print("entered is aenter result:", entered is mm.__aenter__.return_value)
    print(mm.__aexit__.await_count)

    spec_mock = mock.create_autospec(real_fetch)
    print(type(spec_mock).__name__ in ("function", "AsyncMock"), asyncio.iscoroutinefunction(spec_mock))
    spec_mock.return_value = "spec"
    print(await spec_mock("u"))
    try:
        await spec_mock()
    except TypeError as e:
        print("TypeError:", e)

    class Service:
        async def get(self):
            return 1

        def sync(self):
            return 2
    s = mock.MagicMock(spec=Service)
    print(type(s.get).__name__, type(s.sync).__name__)


asyncio.run(main())
