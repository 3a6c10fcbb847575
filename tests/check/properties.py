# Properties, staticmethods and classmethods.
from typing import List


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def zero() -> "Temperature":
        return Temperature(0)

    @classmethod
    def from_list(cls, xs: List[float]) -> "Temperature":
        return cls(xs[0])


t = Temperature(10)
t.fahrenheit + 1
t.fahrenheit.upper()  # E: "float" has no attribute "upper"  [attr-defined]
t.fahrenheit()  # E: "float" not callable  [operator]
Temperature.zero().fahrenheit
Temperature.zero(1)  # E: Too many arguments for "zero" of "Temperature"  [call-arg]
Temperature.from_list([1.0]).fahrenheit
Temperature.from_list(["a"])  # E: List item 0 has incompatible type "str"; expected "float"  [list-item]
t.from_list([2.0])
