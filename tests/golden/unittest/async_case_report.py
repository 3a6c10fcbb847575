# IsolatedAsyncioTestCase's text report, tracebacks of failing coroutines included.
import _support
from _async_tests import AsyncTests

_support.run(AsyncTests, verbosity=2)
