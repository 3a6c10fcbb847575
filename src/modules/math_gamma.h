// math_gamma.h — the Gamma function and its logarithm as math.gamma and
// math.lgamma compute them (a Lanczos approximation), so that results agree
// with CPython's to the last bit rather than with the C library's.
#pragma once

namespace taipan {

// Γ(x). NaN at the poles (0 and negative integers) and for -inf; an
// infinity past the double range.
double lanczos_gamma(double x);

// log|Γ(x)|. NaN at the poles; +inf for infinities.
double lanczos_lgamma(double x);

}  // namespace taipan
