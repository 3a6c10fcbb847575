# wsgiref: a WSGI application run through wsgiref.validate and the
# SimpleHandler with an in-memory environ, headers helpers, and
# util.setup_testing_defaults / request_uri / shift_path_info.
import io
import sys
from wsgiref import simple_server, util
from wsgiref.handlers import SimpleHandler
from wsgiref.headers import Headers
from wsgiref.validate import validator


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/fail":
        start_response("500 Internal Server Error", [("Content-Type", "text/plain")])
        return [b"failure\n"]
    body = f"method={environ['REQUEST_METHOD']} path={path} query={environ.get('QUERY_STRING', '')}\n"
    if environ["REQUEST_METHOD"] == "POST":
        n = int(environ.get("CONTENT_LENGTH") or 0)
        body += "posted=" + environ["wsgi.input"].read(n).decode() + "\n"
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("X-App", "demo")])
    return [body.encode()]


def run(method, path, query="", body=b""):
    environ = {}
    util.setup_testing_defaults(environ)
    environ.update({"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
                    "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body)})
    out, err = io.BytesIO(), io.StringIO()
    handler = SimpleHandler(environ["wsgi.input"], out, err, environ, multithread=False, multiprocess=False)
    handler.server_software = "Demo/1"
    handler.run(validator(app))
    text = out.getvalue().decode()
    lines = [l for l in text.split("\r\n") if not l.startswith("Date:")]
    print(lines)
    print(repr(err.getvalue()))


run("GET", "/hello", "a=1")
run("POST", "/form", body=b"x=1&y=2")
run("GET", "/fail")

env = {}
util.setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith("wsgi.")), env["wsgi.url_scheme"], env["SERVER_NAME"])
env.update({"SCRIPT_NAME": "/app", "PATH_INFO": "/a/b/c", "QUERY_STRING": "q=1"})
print(util.request_uri(env), util.request_uri(env, include_query=False), util.application_uri(env))
print(util.shift_path_info(env), env["SCRIPT_NAME"], env["PATH_INFO"], util.shift_path_info(env), util.shift_path_info(env), util.shift_path_info(env))
print(util.is_hop_by_hop("Connection"), util.is_hop_by_hop("Content-Type"))
h = Headers([("Content-Type", "text/html")])
h.add_header("Set-Cookie", "a=1", path="/", secure=None)
h["X-Thing"] = "v"
h.setdefault("X-Thing", "other")
print(str(h).replace("\r\n", "|"), h.get_all("set-cookie"), len(h), "x-thing" in h, h.keys())
del h["x-thing"]
print(h.items())
print(util.FileWrapper(io.BytesIO(b"abcdef"), blksize=4).__next__())
print(simple_server.WSGIRequestHandler.server_version.split("/")[0], simple_server.demo_app.__name__)
