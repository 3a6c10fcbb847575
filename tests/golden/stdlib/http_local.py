# http.server serving on localhost in a thread, queried with http.client
# and urllib.request: GET/POST/HEAD, headers, status codes, chunked reads,
# and HTTPError handling.
import http.client
import http.server
import json
import threading
import urllib.error
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "Demo/1.0"
    sys_version = ""

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/json"):
            body = json.dumps({"path": self.path, "ua": self.headers.get("User-Agent", "")[:6]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/json?from=redirect")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404, "Nothing here")

    def do_HEAD(self):
        self.send_response(204)
        self.send_header("X-Demo", "yes")
        self.end_headers()

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        body = data[::-1]
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Echo-Type", self.headers.get_content_type())
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
thread.start()
try:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", "/json?x=1", headers={"User-Agent": "tester"})
    r = conn.getresponse()
    print(r.status, r.reason, r.getheader("Content-Type"), r.getheader("Server"), json.loads(r.read()))
    conn.request("POST", "/echo", body=b"hello world", headers={"Content-Type": "text/plain; charset=utf-8"})
    r = conn.getresponse()
    print(r.status, r.reason, r.getheader("X-Echo-Type"), r.read(5), r.read())
    conn.request("HEAD", "/")
    r = conn.getresponse()
    print(r.status, r.getheader("X-Demo"), r.read())
    conn.request("GET", "/missing")
    r = conn.getresponse()
    print(r.status, r.reason, b"Nothing here" in r.read())
    conn.close()

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/redirect", timeout=5) as resp:
        print(resp.status, resp.geturl().split(str(port))[1], json.loads(resp.read())["path"])
    req = urllib.request.Request(f"http://127.0.0.1:{port}/post", data=b"abc", method="POST",
                                 headers={"Content-Type": "application/octet-stream"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        print(resp.status, resp.read(), resp.headers["X-Echo-Type"])
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/nope", timeout=5)
    except urllib.error.HTTPError as e:
        print("HTTPError", e.code, e.reason, e.headers.get_content_type())
        e.close()
    print(http.client.responses[418], http.HTTPStatus(404).phrase, http.HTTPStatus.OK.description)
finally:
    server.shutdown()
    server.server_close()
    thread.join()
print("done")
