# xmlrpc client/server over localhost (functions, instance methods,
# multicall, faults, marshalling of types) and a socketserver echo server
# with a threading TCP server.
import socket
import socketserver
import threading
import xmlrpc.client
from datetime import datetime
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer


class Quiet(SimpleXMLRPCRequestHandler):
    def log_message(self, *args):
        pass


class Calc:
    def mul(self, a, b):
        return a * b

    def describe(self, value):
        if isinstance(value, xmlrpc.client.Binary):
            return f"Binary:{value.data!r}"
        if isinstance(value, xmlrpc.client.DateTime):
            return f"DateTime:{value.value}"
        return f"{type(value).__name__}:{value!r}"


server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet, allow_none=True, logRequests=False)
server.register_function(pow)
server.register_function(lambda *xs: sum(xs), "add")
server.register_function(lambda: 1 / 0, "explode")
server.register_instance(Calc())
server.register_introspection_functions()
server.register_multicall_functions()
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
try:
    proxy = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{port}", allow_none=True, use_builtin_types=True)
    print(proxy.pow(2, 10), proxy.add(1, 2, 3.5), proxy.mul("ab", 3))
    print(proxy.describe([1, "x", {"k": None}]), proxy.describe(b"\x00\x01"), proxy.describe(True))
    print(proxy.describe(datetime(2020, 1, 2, 3, 4, 5)))
    print(sorted(proxy.system.listMethods()))
    multi = xmlrpc.client.MultiCall(proxy)
    multi.pow(3, 2)
    multi.add(1, 1)
    multi.mul(2, 21)
    print(list(multi()))
    try:
        proxy.explode()
    except xmlrpc.client.Fault as f:
        print("Fault", f.faultCode, f.faultString)
    try:
        proxy.no_such_method()
    except xmlrpc.client.Fault as f:
        print("Fault", f.faultCode, f.faultString)
finally:
    server.shutdown()
    server.server_close()
    t.join()

payload = xmlrpc.client.dumps(({"a": [1, 2.5, "s"], "b": True},), methodname="m")
print(payload)
print(xmlrpc.client.loads(payload))
print(xmlrpc.client.dumps((xmlrpc.client.Fault(3, "bad"),) and xmlrpc.client.Fault(3, "bad"), methodresponse=True)[:80])


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"quit":
                self.wfile.write(b"bye\n")
                break
            self.wfile.write(line.upper())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", 0), Echo) as srv:
    th = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    replies = []
    for word in ("alpha", "beta"):
        with socket.create_connection(srv.server_address, timeout=5) as s:
            f = s.makefile("rwb")
            f.write(word.encode() + b"\nmore\nquit\n")
            f.flush()
            replies.append([f.readline(), f.readline(), f.readline()])
    srv.shutdown()
    th.join()
print(replies)
