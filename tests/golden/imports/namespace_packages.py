# Folders without __init__.py import as namespace packages (PEP 420).
import nsdata
import nsdata.values
from nsdata.inner import deep

print(nsdata.values.NUMBERS, deep.TOTAL)
print(hasattr(nsdata, "__file__") and nsdata.__file__, len(list(nsdata.__path__)))
print(nsdata.__spec__.origin, nsdata.__spec__.name, deep.__package__)
