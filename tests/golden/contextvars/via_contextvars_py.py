# contextvars.py re-exports _contextvars: the usual usage patterns.
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
print(contextvars.__all__, request_id.get())


def handle(rid):
    request_id.set(rid)
    return log("handled")


def log(message):
    return f"[{request_id.get()}] {message}"


results = [contextvars.copy_context().run(handle, i) for i in range(3)]
print(results, request_id.get())
token = request_id.set("outer")
print(log("outer"), contextvars.copy_context()[request_id])
request_id.reset(token)
print(request_id.get(), isinstance(token, contextvars.Token), type(contextvars.Context()).__name__)
