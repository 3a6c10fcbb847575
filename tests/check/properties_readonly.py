# Properties: read-only without a setter, setters typed by the getter,
# cached_property writable, a property read from its class is its getter.
from functools import cached_property
from typing import List


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @cached_property
    def history(self) -> List[float]:
        return [self._celsius]


class Sub(Temperature):
    def reset(self) -> None:
        self.fahrenheit = 0.0  # E: Property "fahrenheit" defined in "Temperature" is read-only  [misc]
        self.celsius = 0


t = Temperature(20.0)
t.celsius = 25
t.celsius = "hot"  # E: Incompatible types in assignment (expression has type "str", variable has type "float")  [assignment]
t.fahrenheit = 80.0  # E: Property "fahrenheit" defined in "Temperature" is read-only  [misc]
t.history = [1.0]
reveal_type(t.fahrenheit)  # N: Revealed type is "builtins.float"
reveal_type(Temperature.fahrenheit)  # N: Revealed type is "def (self: properties_readonly.Temperature) -> builtins.float"
reveal_type(t.history)  # N: Revealed type is "builtins.list[builtins.float]"
t.kelvin = 3  # E: "Temperature" has no attribute "kelvin"  [attr-defined]
