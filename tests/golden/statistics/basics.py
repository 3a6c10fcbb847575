# statistics: averages, spread, quantiles, NormalDist, correlation, regression and errors.
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 7.0]
print(st.mean(data), st.fmean(data), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))
print(st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.mode([1, 1, 2, 3]), st.multimode("aabbbbccddddeeffffgg"), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5], n=3, method="inclusive"))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("0.5"), Decimal("0.75")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
n = st.NormalDist(100, 15)
print(n, round(n.cdf(130), 6), round(n.inv_cdf(0.9), 6), round(n.pdf(100), 8), n.mean, n.stdev, n + 5, n * 2)
print(round(n.overlap(st.NormalDist(110, 10)), 6), [round(q, 4) for q in n.quantiles()], st.NormalDist.from_samples([1, 2, 3, 4]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1]), lambda: st.correlation([1, 1], [1, 2])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)
