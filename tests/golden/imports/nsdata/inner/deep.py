from ..values import NUMBERS

TOTAL = sum(NUMBERS)
