# logging: levels, formatters, handlers, propagation, filters, LoggerAdapter, exceptions, dictConfig.
import io
import logging
import logging.config

stream = io.StringIO()
root = logging.getLogger()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
root.addHandler(h)
root.setLevel(logging.INFO)
log = logging.getLogger("app.db")
log.debug("hidden")
log.info("connected to %s", "db1")
log.warning("slow query %d ms", 120)
log.error("failed: %r", {"k": 1})
child = logging.getLogger("app.db.pool")
child.setLevel(logging.DEBUG)
child.debug("pool size %s", 4)
print(child.parent is log, child.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(25), logging.getLevelName("WARNING"))


class OnlyPool(logging.Filter):
    def filter(self, record):
        return "pool" in record.name


h.addFilter(OnlyPool())
log.info("dropped")
child.info("kept")
h.removeFilter(h.filters[0])
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.info("adapted")
log.propagate = False
log.critical("not shown at root")
log.propagate = True
print(stream.getvalue().replace("\n", "|\n"))
out = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "[%(levelname)-8s] %(name)s - %(message)s"}},
    "handlers": {"s": {"class": "logging.StreamHandler", "stream": out, "formatter": "f", "level": "DEBUG"}},
    "loggers": {"cfg": {"handlers": ["s"], "level": "DEBUG", "propagate": False}},
})
cfg = logging.getLogger("cfg")
cfg.debug("debug %s", 1)
cfg.log(logging.WARNING, "warn")
print(out.getvalue(), end="")
rec = logging.LogRecord("n", logging.INFO, "p.py", 10, "msg %s", ("x",), None)
print(rec.getMessage(), rec.levelname, rec.lineno, logging.Formatter("%(message)s|%(lineno)d").format(rec))
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
print(logging.getLogger().handlers[0] is h, logging.root.manager.loggerDict.keys() >= {"app.db", "cfg"})
