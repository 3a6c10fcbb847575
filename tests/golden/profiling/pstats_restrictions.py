# pstats restrictions and listings: print_stats with a count, a fraction
# and a regular expression, print_callers/print_callees with restrictions,
# sort keys by their names and SortKey, get_stats_profile's function
# profiles (call counts only), reverse_order; times masked.
import cProfile
import io
import pstats
import re
from pstats import SortKey


def leaf(x):
    return x + 1


def middle(n):
    return sum(leaf(i) for i in range(n))


def top():
    return [middle(3) for _ in range(2)] + [leaf(0)]


def masked(text):
    out = []
    for line in text.splitlines():
        line = re.sub(r"\d+\.\d+", "T", line).rstrip()
        if "method 'disable'" in line:
            continue
        out.append(line)
    return "\n".join(out)


pr = cProfile.Profile()
pr.enable()
top()
pr.disable()


def show(action, *restrictions, sort=("ncalls", "name")):
    s = io.StringIO()
    st = pstats.Stats(pr, stream=s).strip_dirs().sort_stats(*sort)
    getattr(st, action)(*restrictions)
    print(f"--- {action}{restrictions} sorted by {sort}")
    print(masked(s.getvalue()).split("\n", 3)[-1])


show("print_stats", 2)
show("print_stats", 0.5)
show("print_stats", "leaf|middle")
show("print_stats", "genexpr", 1)
show("print_callers", "leaf")
show("print_callees", "top")
show("print_stats", sort=(SortKey.CALLS, SortKey.NAME))
show("print_stats", sort=("nfl",))
show("print_stats", sort=("stdname",))
profile = pstats.Stats(pr).get_stats_profile()
for name in sorted(profile.func_profiles):
    fp = profile.func_profiles[name]
    print(name, fp.ncalls, fp.line_number)
st = pstats.Stats(pr, stream=io.StringIO()).sort_stats("calls", "name")
print([func[2] for func in st.fcn_list][:3])
st.reverse_order()
print([func[2] for func in st.fcn_list][-3:])
try:
    st.sort_stats("nonsense")
except KeyError as e:
    print("KeyError:", e)
