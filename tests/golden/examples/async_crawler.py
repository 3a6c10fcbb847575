# Runs examples/async_crawler.py: a crawler with a TaskGroup, a Semaphore,
# timeouts and retries against a local server (tools/test.sh runs it under
# the libuv loop too).
import os
example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "async_crawler.py")
exec(compile(open(example, encoding="utf-8").read(), example, "exec"), {"__name__": "__main__"})
