# The fuzzing driver (docs/architecture.md, "Fuzzing"): runs mutants of the
# golden programs, and compile() of random and mutated bytes, each in a child
# interpreter under a time and address-space limit, and reports every child
# killed by a signal (SIGSEGV, SIGABRT, SIGBUS ...), every sanitizer report
# and every hang past the limit, saving a reproducer for each. Runs under
# Taipan itself (CI has no CPython) or under CPython.
#
#   taipan tools/fuzz/fuzz.py --taipan build/release/taipan --seed 1 --count 200
#
# Exit status 1 when a child crashed (hangs are reported; a mutant may well
# loop forever in CPython too), 0 otherwise. Reproducers go to --out.
import argparse
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "tests", "golden")

# Programs that touch processes, signals, files or sockets are left out: a
# mutant could signal its parent, fill the disk or wait on the network.
UNSAFE = ("import os", "subprocess", "signal", "socket", "shutil", "multiprocessing", "tempfile", "open(",
          "sys.stdin", "input(", "ctypes", "faulthandler", "resource", "select", "asyncio", "threading",
          "_thread", "mmap", "fcntl", "pty", "time.sleep", "atexit", "from os")

HUGE = ["10**20", "-10**20", "2**63", "-2**63", "2**31", "-1", "0", "10**6", "-10**6", "1 << 100", "10**100"]
KEYWORDS = ["(", ")", "[", "]", "{", "}", ":", ",", "*", "**", "lambda", "yield", "await", "not", "del",
            "global x", "return", "async", "@", "=", ":=", "...", "None", "\\"]
SIGNAL_NAMES = {getattr(signal, n): n for n in dir(signal) if n.startswith("SIG") and not n.startswith("SIG_")
                and isinstance(getattr(signal, n), int)}


def golden_programs():
    found = []
    for folder, _, files in os.walk(GOLDEN):
        for name in sorted(files):
            if not name.endswith(".py") or name.startswith("_"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if len(text) < 20000 and not any(u in text for u in UNSAFE):
                found.append((os.path.relpath(path, GOLDEN), text))
    found.sort()
    return found


def tokens_of(line):
    out, word = [], ""
    for ch in line:
        if ch.isalnum() or ch == "_":
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def mutate_line(rng, line):
    toks = tokens_of(line)
    if not toks:
        return line
    i = rng.randrange(len(toks))
    kind = rng.randrange(5)
    if kind == 0 or (toks[i].isdigit() and kind < 3):
        numbers = [k for k, t in enumerate(toks) if t.isdigit()]
        if numbers:
            toks[rng.choice(numbers)] = "(" + rng.choice(HUGE) + ")"
    elif kind == 1:
        del toks[i]
    elif kind == 2:
        toks.insert(i, toks[rng.randrange(len(toks))])
    elif kind == 3:
        j = rng.randrange(len(toks))
        toks[i], toks[j] = toks[j], toks[i]
    else:
        toks.insert(i, rng.choice(KEYWORDS))
    return "".join(toks)


def nest(rng, line):
    # Deep nesting of one expression: brackets, calls, unary operators.
    depth = rng.choice([50, 200, 1000, 5000, 30000])
    opener, closer = rng.choice([("(", ")"), ("[", "]"), ("-", ""), ("not ", ""), ("f(", ")"), ("{1:", "}")])
    indent = line[: len(line) - len(line.lstrip())]
    return indent + "x = " + opener * depth + "1" + closer * depth


def mutate(rng, text):
    lines = text.split("\n")
    for _ in range(rng.choice([1, 1, 2, 3, 5])):
        if not lines:
            break
        i = rng.randrange(len(lines))
        kind = rng.randrange(7)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 3:
            lines[i] = nest(rng, lines[i])
        else:
            lines[i] = mutate_line(rng, lines[i])
    return "\n".join(lines)


def random_source(rng, programs):
    # For the compiler: random bytes, or a program's bytes flipped and cut.
    if rng.randrange(3) == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    data = bytearray(rng.choice(programs)[1].encode("utf-8"))
    for _ in range(rng.randrange(1, 20)):
        if not data:
            break
        i = rng.randrange(len(data))
        op = rng.randrange(3)
        if op == 0:
            data[i] = rng.randrange(256)
        elif op == 1:
            del data[i: i + rng.randrange(1, 50)]
        else:
            data[i:i] = data[rng.randrange(len(data)):][: rng.randrange(1, 50)]
    return bytes(data)


# The child for compile targets: compiles each input file named on its
# command line in turn, any exception being a normal outcome.
COMPILE_CHILD = """
import sys
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        data = f.read()
    for mode in ('exec', 'eval', 'single'):
        try:
            compile(data, path, mode)
        except BaseException:
            pass
"""


class Runner:
    def __init__(self, args):
        self.taipan = os.path.abspath(args.taipan)
        self.time_limit = args.time_limit
        self.memory = args.memory_mb << 20
        self.out = os.path.abspath(args.out)
        self.crashes = 0
        self.hangs = 0
        self.runs = 0
        self.work = tempfile.mkdtemp(prefix="taipan-fuzz-")
        self.env = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C.UTF-8",
                        ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:handle_abort=0",
                        UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1")
        self.env.pop("PYTHONUNBUFFERED", None)

    def limits(self):
        # Sanitizer builds cannot run under an address-space limit.
        if self.memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (self.memory, self.memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    def run(self, argv, files, label):
        """Runs argv in a fresh folder; files: {name: bytes} written there first."""
        self.runs += 1
        folder = tempfile.mkdtemp(dir=self.work)
        for name, data in files.items():
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
        try:
            p = subprocess.run([self.taipan] + argv, cwd=folder, env=self.env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=self.time_limit, preexec_fn=self.limits,
                               start_new_session=True)
            code, err = p.returncode, p.stderr
        except subprocess.TimeoutExpired as e:
            code, err = None, e.stderr or b""
        shutil.rmtree(folder, ignore_errors=True)
        sanitizer = b"AddressSanitizer" in err or b"runtime error:" in err
        if code is not None and code >= 0 and not sanitizer:
            return None
        if code is None:
            what = "hang"
            self.hangs += 1
        else:
            what = SIGNAL_NAMES.get(-code, "sanitizer" if sanitizer else "signal %d" % -code)
            self.crashes += 1
        self.save(label, what, files, err)
        return what

    def save(self, label, what, files, err):
        os.makedirs(self.out, exist_ok=True)
        stem = "%s-%04d-%s" % (what.replace(" ", "_"), self.runs, label.replace("/", "_"))
        for name, data in files.items():
            with open(os.path.join(self.out, stem + "-" + name), "wb") as f:
                f.write(data)
        with open(os.path.join(self.out, stem + ".stderr"), "wb") as f:
            f.write(err[-20000:])
        print("%s: %s (%s)" % (what.upper(), label, os.path.join(self.out, stem + "-*")), flush=True)


def main():
    parser = argparse.ArgumentParser(description="Taipan's fuzzing driver")
    parser.add_argument("--taipan", default=os.path.join(ROOT, "build", "release", "taipan"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200, help="mutant programs to run (0: until --seconds)")
    parser.add_argument("--compile-batches", type=int, default=20, help="children compiling 50 inputs each")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long (0: no bound)")
    parser.add_argument("--time-limit", type=float, default=10, help="seconds per child")
    parser.add_argument("--memory-mb", type=int, default=2048, help="address-space limit per child (0: none)")
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "fuzz-findings"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    programs = golden_programs()
    runner = Runner(args)
    start = time.monotonic()

    def time_left():
        return args.seconds <= 0 or time.monotonic() - start < args.seconds

    batches = 0
    while batches < args.compile_batches and time_left():
        inputs = {"in%02d.py" % k: random_source(rng, programs) for k in range(50)}
        files = dict(inputs, **{"child.py": COMPILE_CHILD.encode()})
        if runner.run(["child.py"] + sorted(inputs), files, "compile-batch%d" % batches):
            # Which input: each alone.
            for name in sorted(inputs):
                runner.run(["child.py", name], {"child.py": COMPILE_CHILD.encode(), name: inputs[name]},
                           "compile-" + name)
        batches += 1
    mutants = 0
    while (args.count <= 0 or mutants < args.count) and time_left():
        label, text = rng.choice(programs)
        source = mutate(rng, text)
        runner.run(["mutant.py"], {"mutant.py": source.encode("utf-8", "surrogatepass")}, label)
        mutants += 1
    shutil.rmtree(runner.work, ignore_errors=True)
    print("fuzz: seed %d, %d compile batches, %d mutants of %d programs, %d children: %d crashes, %d hangs"
          % (args.seed, batches, mutants, len(programs), runner.runs, runner.crashes, runner.hangs))
    return 1 if runner.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
