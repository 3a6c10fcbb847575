// Time arguments in seconds (int or float) converted to nanoseconds as
// CPython's _PyTime_FromSecondsObject does, with its messages: used by the
// blocking calls of _signal and select, which then wait against a deadline
// on the monotonic clock and recompute what is left after EINTR (PEP 475).
#pragma once

#include <cstdint>
#include <ctime>

#include "objects/type.h"

namespace taipan {

enum class TimeRounding { Ceiling, Up };  // Up: away from zero (_PyTime_ROUND_TIMEOUT)

// `unit_ns` is what one unit of the argument is worth: 1e9 for seconds, 1e6
// for poll()'s milliseconds. False with ValueError (NaN), OverflowError or
// TypeError ("'str' object cannot be interpreted as an integer") set.
bool time_arg_ns(Value v, TimeRounding rounding, int64_t* out, int64_t unit_ns = 1000000000);

// A timeout for poll()/epoll_wait() in milliseconds, rounded up: -1 (forever)
// for a negative one; false with OverflowError past INT_MAX.
bool timeout_to_ms(int64_t timeout_ns, int* out);

int64_t monotonic_ns();
timespec ns_to_timespec(int64_t ns);  // ns >= 0

}  // namespace taipan
