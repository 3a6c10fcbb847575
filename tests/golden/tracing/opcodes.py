# f_trace_opcodes: opcode events arrive, and each line that runs shows
# at least one (the count per instruction depends on the bytecode).
import sys

seen = {}


def tracer(frame, event, arg):
    if frame.f_code.co_name != "work":
        return None
    frame.f_trace_opcodes = True
    seen.setdefault(event, set()).add(frame.f_lineno)
    return tracer


def work(n):
    s = 0
    for i in range(n):
        s += i
    return s


sys.settrace(tracer)
work(2)
sys.settrace(None)
print(sorted(seen))
print(sorted(seen["opcode"]))
print(sorted(seen["line"]))
print(seen["opcode"] >= seen["line"])
