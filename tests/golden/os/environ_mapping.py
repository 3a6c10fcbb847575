# os.environ over posix.environ (bytes): set, delete, copy, environb, getenv, putenv.
import os

os.environ["TAIPAN_TEST_A"] = "one"
print(os.environ["TAIPAN_TEST_A"], os.getenv("TAIPAN_TEST_A"), os.environb[b"TAIPAN_TEST_A"])
os.environ["TAIPAN_TEST_A"] = "two"
print(os.environ.get("TAIPAN_TEST_A"), "TAIPAN_TEST_A" in os.environ)
del os.environ["TAIPAN_TEST_A"]
print(os.environ.get("TAIPAN_TEST_A"), os.getenv("TAIPAN_TEST_A", "default"))
os.environb[b"TAIPAN_TEST_B"] = b"bee"
print(os.environ["TAIPAN_TEST_B"])
print(os.environ.pop("TAIPAN_TEST_B"), "TAIPAN_TEST_B" in os.environ)
try:
    os.environ["TAIPAN_TEST_C"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    os.environ["BAD=NAME"] = "x"
except ValueError as e:
    print("ValueError", e)
try:
    os.putenv("", "x")
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
try:
    os.environ["A\0B"] = "x"
except ValueError as e:
    print("ValueError", e)
c = os.environ.copy()
print(type(c).__name__, type(os.environ).__name__)
os.environ.setdefault("TAIPAN_TEST_D", "dee")
print(os.environ["TAIPAN_TEST_D"])
os.environ.update({"TAIPAN_TEST_E": "e"})
print(sorted(k for k in os.environ if k.startswith("TAIPAN_TEST")))
os.environ.clear() if False else None
import posix
print(type(posix.environ).__name__, all(isinstance(k, bytes) for k in posix.environ))
print(os.get_exec_path({"PATH": "/a:/b"}))
print(repr(os.environ)[:8])
