# The sys module's facts and functions.
import sys

print(sys.version.startswith("3.11"), sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info.major)
print(type(sys.version_info).__name__, sys.version_info.minor, sys.version_info.releaselevel)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.maxsize == 2**63 - 1)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.hash_info.modulus)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, type(sys.argv).__name__, sys.argv[0])
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout is sys.__stdout__)
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getsizeof(1) > 0, sys.getrefcount(object()) > 0)
print("sys" in sys.builtin_module_names, sys.flags.optimize, sys.get_int_max_str_digits())
print(sys.getdefaultencoding(), sys.implementation.name == sys.implementation.name)
f = sys._getframe()
print(f.f_code.co_name, sys._getframe(0) is not None)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.stdout.write("written\n")
print(sys.stdout.write("abc\n"))
