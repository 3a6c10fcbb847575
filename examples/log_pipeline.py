"""A lazy log-processing pipeline: generators, itertools and context managers.

It writes a synthetic web-server log, then reads it back through a chain of
generators that parse, filter, group and summarise the records one line at
a time, so memory stays flat however large the file is.
Run it with `taipan examples/log_pipeline.py`.
"""
import itertools
import os
import random
from contextlib import contextmanager, ExitStack

PATHS = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/logout"]
STATUSES = [200] * 12 + [301, 404, 404, 500]
USERS = ["ann", "bob", "cy", "dee", "eve"]


def write_sample_log(path, lines, seed=7):
    """Writes `lines` log records: minute, user, method, path, status, bytes."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(lines):
            minute = i // 40
            method = "POST" if rng.random() < 0.2 else "GET"
            out.write(f"{minute:04d} {rng.choice(USERS)} {method} {rng.choice(PATHS)} "
                      f"{rng.choice(STATUSES)} {rng.randint(100, 5000)}\n")
            if i % 97 == 0:
                out.write("# rotated\n")


@contextmanager
def opened_logs(paths):
    """Opens every log for reading; all are closed however the block ends."""
    with ExitStack() as stack:
        yield [stack.enter_context(open(p, encoding="utf-8")) for p in paths]


def records(lines):
    """Parses lines lazily, skipping comments and blank lines."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        minute, user, method, path, status, size = line.split()
        yield {"minute": int(minute), "user": user, "method": method,
               "path": path, "status": int(status), "bytes": int(size)}


def errors_only(recs):
    return (r for r in recs if r["status"] >= 400)


def per_minute(recs):
    """(minute, records of that minute), relying on the log being in time order."""
    for minute, group in itertools.groupby(recs, key=lambda r: r["minute"]):
        yield minute, list(group)


def running_totals(values):
    yield from itertools.accumulate(values)


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_sample_access.log")
    write_sample_log(path, 2000)
    try:
        with opened_logs([path]) as (log,):
            recs = records(log)
            first, rest = itertools.tee(recs)
            print("first three:", [(r["user"], r["path"], r["status"]) for r in itertools.islice(first, 3)])
            busiest = []
            status_counts = {}
            bytes_per_minute = []
            for minute, group in per_minute(rest):
                bytes_per_minute.append(sum(r["bytes"] for r in group))
                for r in group:
                    status_counts[r["status"]] = status_counts.get(r["status"], 0) + 1
                busiest.append((len(group), minute))
            print("minutes:", len(bytes_per_minute), "busiest:", max(busiest))
            print("status counts:", sorted(status_counts.items()))
            print("running bytes (first 5 minutes):", list(itertools.islice(running_totals(bytes_per_minute), 5)))
        with open(path, encoding="utf-8") as log:
            errors = errors_only(records(log))
            by_user = {}
            for r in errors:
                by_user.setdefault(r["user"], []).append(r["path"])
            for user, paths in sorted(by_user.items()):
                top = max(sorted(set(paths)), key=paths.count)
                print(f"{user}: {len(paths)} errors, most on {top}")
        with open(path, encoding="utf-8") as log:
            pairs = itertools.pairwise(r["minute"] for r in records(log))
            print("time goes forward:", all(a <= b for a, b in pairs))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
