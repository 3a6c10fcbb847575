"""A web crawler against a local HTTP-style server, with asyncio.

The server (asyncio.start_server on 127.0.0.1, port 0) serves a small site
of linked pages; some of them misbehave: a slow page answers too late the
first time, a flaky page breaks the connection and then answers 503 before
it works, one page never answers and one does not exist. The crawler walks
the site from "/" in a TaskGroup, at most CONCURRENCY requests at a time (a
Semaphore), each attempt bounded by asyncio.timeout and retried with a short
backoff on timeouts, broken connections and 5xx answers. The report is
sorted, so it is the same on every run.

Run: taipan examples/async_crawler.py  (-X uvloop: on Taipan's libuv loop)
"""
import asyncio

CONCURRENCY = 4
ATTEMPTS = 3
TIMEOUT = 0.2  # seconds per attempt
BACKOFF = 0.01  # seconds before the second attempt, doubled for each further one

# The site: path -> (title, links). Pages named slow/flaky/never misbehave.
SITE = {
    "/": ("Home", ["/news", "/docs", "/blog", "/about", "/shop", "/missing"]),
    "/news": ("News", ["/news/1", "/news/2", "/news/3", "/"]),
    "/news/1": ("Launch", ["/news/2"]),
    "/news/2": ("Release", ["/news/3", "/slow/report"]),
    "/news/3": ("Roadmap", ["/news"]),
    "/docs": ("Docs", ["/docs/intro", "/docs/api", "/flaky/faq"]),
    "/docs/intro": ("Introduction", ["/docs/api"]),
    "/docs/api": ("API", ["/docs/intro", "/never/changelog"]),
    "/blog": ("Blog", ["/blog/a", "/blog/b"]),
    "/blog/a": ("Async all the way", ["/blog/b", "/docs"]),
    "/blog/b": ("Backpressure", ["/blog/a"]),
    "/about": ("About", ["/"]),
    "/shop": ("Shop", ["/shop/cart"]),
    "/shop/cart": ("Cart", ["/shop"]),
    "/slow/report": ("Annual report", []),
    "/flaky/faq": ("FAQ", ["/docs"]),
    "/never/changelog": ("Changelog", []),
}


class Site:
    """The server side: answers GET requests for SITE's pages."""

    def __init__(self):
        self.requests = {}  # path -> how many requests it received

    async def handle(self, reader, writer):
        try:
            request = await reader.readuntil(b"\r\n\r\n")
            path = request.split(b" ")[1].decode()
            seen = self.requests[path] = self.requests.get(path, 0) + 1
            await self.answer(writer, path, seen)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away
        finally:
            writer.close()

    async def answer(self, writer, path, seen):
        if path.startswith("/never/"):
            await asyncio.sleep(10 * TIMEOUT)
        elif path.startswith("/slow/") and seen == 1:
            await asyncio.sleep(3 * TIMEOUT)
        elif path.startswith("/flaky/") and seen == 1:
            writer.write(b"HTTP/1.0 200 OK\r\nContent-Le")  # and the connection breaks
            return
        elif path.startswith("/flaky/") and seen == 2:
            await self.respond(writer, 503, "Service Unavailable", "try again")
            return
        if path not in SITE:
            await self.respond(writer, 404, "Not Found", "no such page")
            return
        title, links = SITE[path]
        body = "<title>%s</title>\n" % title + "".join('<a href="%s">%s</a>\n' % (link, link) for link in links)
        await self.respond(writer, 200, "OK", body)

    async def respond(self, writer, status, reason, body):
        data = body.encode()
        writer.write(b"HTTP/1.0 %d %s\r\nContent-Length: %d\r\n\r\n" % (status, reason.encode(), len(data)) + data)
        await writer.drain()


class RetryableError(Exception):
    pass


class Crawler:
    """The client side: fetches pages, follows their links, retries failures."""

    def __init__(self, port):
        self.port = port
        self.limit = asyncio.Semaphore(CONCURRENCY)
        self.in_flight = 0
        self.most_in_flight = 0
        self.results = {}  # path -> (outcome, attempts)

    async def fetch_once(self, path):
        async with self.limit:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            try:
                async with asyncio.timeout(TIMEOUT):
                    return await self.get(path)
            finally:
                self.in_flight -= 1

    async def get(self, path):
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            writer.write(b"GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" % path.encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode().split("\r\n")
            status = int(lines[0].split()[1])
            length = next(int(line.split(":")[1]) for line in lines if line.startswith("Content-Length:"))
            body = (await reader.readexactly(length)).decode()
        except asyncio.IncompleteReadError as e:
            raise RetryableError("connection broken after %d bytes" % len(e.partial)) from None
        finally:
            writer.close()
        if status >= 500:
            raise RetryableError("status %d" % status)
        return status, body

    async def fetch(self, path):
        errors = []
        for attempt in range(1, ATTEMPTS + 1):
            if attempt > 1:
                await asyncio.sleep(BACKOFF * 2 ** (attempt - 2))
            try:
                status, body = await self.fetch_once(path)
                return status, body, attempt, errors
            except TimeoutError:
                errors.append("timeout")
            except RetryableError as e:
                errors.append(str(e))
        return None, None, ATTEMPTS, errors

    async def crawl(self, path, group):
        status, body, attempts, errors = await self.fetch(path)
        if status is None:
            self.results[path] = ("gave up: " + ", ".join(errors), attempts)
            return
        if status != 200:
            self.results[path] = ("status %d" % status, attempts)
            return
        title = body.split("<title>")[1].split("</title>")[0]
        links = [part.split('"')[0] for part in body.split('<a href="')[1:]]
        retried = " after " + ", ".join(errors) if errors else ""
        self.results[path] = ("%r, %d links%s" % (title, len(links), retried), attempts)
        for link in links:
            if link not in self.results:
                self.results[link] = None  # claimed: crawled once
                group.create_task(self.crawl(link, group), name="crawl " + link)

    async def run(self):
        self.results["/"] = None
        async with asyncio.TaskGroup() as group:
            group.create_task(self.crawl("/", group))


async def main():
    site = Site()
    server = await asyncio.start_server(site.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        crawler = Crawler(port)
        await crawler.run()
    for path in sorted(crawler.results):
        outcome, attempts = crawler.results[path]
        print("%-18s %d %-8s  %s" % (path, attempts, "attempt" if attempts == 1 else "attempts", outcome))
    fetched = sum(1 for outcome, _ in crawler.results.values() if outcome.startswith("'"))
    print("pages: %d fetched, %d failed" % (fetched, len(crawler.results) - fetched))
    print("requests served:", sum(site.requests.values()))
    print("most requests in flight:", crawler.most_in_flight, "of", CONCURRENCY)


if __name__ == "__main__":
    asyncio.run(main())
