# Constants in dumps: repr of ints, floats, complex, str, bytes, Ellipsis.
import ast

for s in ["0", "0x_ff", "0o17", "0b101", "1_000_000", "123456789012345678901234567890",
          "1.5", "1e300", "1e-7", "0.1", "1_0.0_1", "3j", "1.5e3J", "'a\\tb'", "'\\x00\\u1234'",
          "'\"'", "\"'\"", "b'\\xff\\x00a'", "...", "None", "True", "False", "'''\nx\n'''",
          "r'\\d'", "'\\N{BULLET}'", "'\\ud800'"]:
    node = ast.parse(s, mode='eval').body
    print(s, ast.dump(node), type(node.value).__name__, repr(node.value), node.kind)
