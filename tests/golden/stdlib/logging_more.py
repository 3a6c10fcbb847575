# logging: hierarchy and propagation, handlers with formatters and filters,
# LoggerAdapter, dictConfig, QueueHandler/QueueListener, exceptions with
# tracebacks, and lastResort behaviour, all into string streams.
import io
import logging
import logging.config
import logging.handlers
import queue

stream = io.StringIO()
root_handler = logging.StreamHandler(stream)
root_handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.addHandler(root_handler)
db = logging.getLogger("app.db")
db.info("connected to %s:%d", "localhost", 5432)
db.debug("query %r", "SELECT 1")
logging.getLogger("app.db.pool").warning("pool low: %(free)d free", {"free": 2})
print(db.parent is app, db.getEffectiveLevel(), logging.getLogger("app.db.pool").parent.name, app.hasHandlers())


class OnlyOdd(logging.Filter):
    def filter(self, record):
        record.custom = f"#{record.n}"
        return record.n % 2 == 1


h2 = logging.StreamHandler(stream)
h2.addFilter(OnlyOdd())
h2.setFormatter(logging.Formatter("{custom} {message} [{levelname:.1}]", style="{"))
jobs = logging.getLogger("jobs")
jobs.propagate = False
jobs.addHandler(h2)
for n in range(4):
    jobs.error("job %d done", n, extra={"n": n})
adapter = logging.LoggerAdapter(app, {"user": "ann"})
adapter.process = lambda msg, kw: (f"[{adapter.extra['user']}] {msg}", kw)
adapter.warning("adapted")
try:
    1 / 0
except ZeroDivisionError:
    app.exception("failed")
print(stream.getvalue().replace(__file__, "<file>"))

logging.config.dictConfig({
    "version": 1,
    "formatters": {"short": {"format": "%(name)s|%(levelname)s|%(message)s"}},
    "handlers": {"mem": {"class": "logging.StreamHandler", "formatter": "short", "stream": "ext://sys.stdout",
                         "level": "INFO"}},
    "loggers": {"cfg": {"handlers": ["mem"], "level": "DEBUG", "propagate": False}},
    "disable_existing_loggers": False,
})
cfg = logging.getLogger("cfg")
cfg.debug("hidden by handler level")
cfg.info("shown")
cfg.getChild("sub").error("child message")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
cfg.log(25, "custom level")

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
listener = logging.handlers.QueueListener(q, target)
ql = logging.getLogger("queued")
ql.propagate = False
ql.addHandler(qh)
listener.start()
for i in range(3):
    ql.warning("queued %d", i)
listener.stop()
print(out.getvalue().replace("MainThread", "T"))

mem = logging.handlers.MemoryHandler(capacity=2, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mem)
out.truncate(0)
out.seek(0)
ml.warning("one")
print(repr(out.getvalue()))
ml.warning("two")
print(repr(out.getvalue()))
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30, "name": "x"})
print(rec.getMessage(), rec.levelname if hasattr(rec, "levelname") else None, logging.Formatter("%(message)s").format(rec))
logging.disable(logging.CRITICAL)
cfg.critical("disabled")
logging.disable(logging.NOTSET)
print(logging.root.level, logging.lastResort.level)
