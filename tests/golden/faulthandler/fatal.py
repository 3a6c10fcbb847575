# On a fatal signal, once enabled (enable(), -X faulthandler,
# PYTHONFAULTHANDLER), faulthandler writes "Fatal Python error: ..." and the
# Python stack of every thread before the process dies of the signal (a
# thread that crashes while the main one waits in join()).
import os
import re
import subprocess
import sys

CRASH = """
import faulthandler, signal, sys, threading, time
{enable}
def crash():
    signal.pthread_kill(threading.get_ident(), signal.{sig})
def outer():
    if {in_thread}:
        time.sleep(0.5)
    crash()
if {in_thread}:
    t = threading.Thread(target=outer)
    t.start()
    t.join()
else:
    outer()
"""


def run(sig, enable="faulthandler.enable()", in_thread=False, args=(), env=None):
    source = CRASH.format(enable=enable, sig=sig, in_thread=in_thread)
    proc = subprocess.run([sys.executable, *args, "-c", source], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})))
    err = re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", proc.stderr)
    err = err.replace(os.path.dirname(os.__file__), "LIB")
    print(f"-- {sig} {enable or args or env} thread={in_thread}: exit {proc.returncode}")
    print(err, end="")


run("SIGSEGV")
run("SIGABRT")
run("SIGFPE", enable="faulthandler.enable(all_threads=False)")
run("SIGBUS", in_thread=True)
run("SIGSEGV", enable="", args=("-X", "faulthandler"))
run("SIGILL", enable="", env={"PYTHONFAULTHANDLER": "1"})
run("SIGSEGV", enable="faulthandler.enable(); faulthandler.disable()")
