# statistics (means, medians, modes, spread, quantiles, correlation and
# regression, NormalDist) and fractions (arithmetic, limit_denominator,
# parsing, rounding, mixed-type operations).
import math
import statistics as st
from decimal import Decimal
from fractions import Fraction as F

data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 3.25]
print(st.mean(data), st.fmean(data), st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4], interval=1))
print(st.mode("aabbbc"), st.multimode("aabbcc"), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5], n=10, method="inclusive"))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
print(st.mean([F(1, 3), F(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([F(1, 2), F(1, 3)]))
nd = st.NormalDist(mu=100, sigma=15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), round(nd.pdf(100), 6), nd.quantiles(4))
print(round(nd.overlap(st.NormalDist(110, 15)), 6), nd + 5, nd * 2, round(nd.zscore(130), 3), st.NormalDist.from_samples([1, 2, 3]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.geometric_mean([0, -1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)

a, b = F(3, 4), F("5/6")
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, -a, abs(-a), a // b, a % b, divmod(b, a))
print(F(0.1), F(0.1).limit_denominator(100), F("3.1415926").limit_denominator(1000), F(Decimal("1.25")), F("-2e-3"))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), int(F(-7, 2)))
print(a < b, a == 0.75, F(1, 2) == Decimal("0.5") if False else F(1, 2) + 1, a + 0.25, a * 2j if False else a.as_integer_ratio())
print(F(6, 4).numerator, F(6, 4).denominator, hash(F(1, 2)) == hash(0.5), F(10, 5).is_integer() if hasattr(F, "is_integer") else True)
print(repr(F(1, 3)), str(F(4, 1)), format(float(F(1, 3)), ".5f"), F.from_float(0.5), F.from_decimal(Decimal("0.25")))
for bad in [lambda: F(1, 0), lambda: F("1/x"), lambda: F(float("nan")), lambda: F("1.5/2")]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
