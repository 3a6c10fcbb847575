# Circular imports see partially initialised modules, as in CPython.
import circ.a

print(circ.a.use_b(), circ.b.use_a())
try:
    import circ.x
except ImportError as e:
    print(type(e).__name__, e)
