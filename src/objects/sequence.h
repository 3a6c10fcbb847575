// Helpers shared by the sequence types (list, tuple, and the views and
// iterators built on them): index conversion, lexicographic comparison,
// the repr of a run of items, and argument checks in CPython's words.
#pragma once

#include <cstdint>
#include <string>

#include "objects/int.h"
#include "objects/type.h"

namespace taipan {

// Reads key as a sequence index: 1 with *out set, 0 when key is not an int and
// has no __index__ (no exception set; the caller raises its own TypeError),
// -1 with IndexError "cannot fit 'int' into an index-sized integer" or an
// error from __index__.
int sequence_index(Value key, int64_t* out);

// Lexicographic comparison of two item arrays, as list and tuple compare.
// The arrays are read through pointers because a list may change while its
// items' __eq__/__lt__ run; lengths and items are re-read at every step.
Ref sequence_compare(Value* const* a_items, const int64_t* a_size, Value* const* b_items,
                     const int64_t* b_size, CompareOp op);

// Appends "repr(item), repr(item), ..." of the items to out (re-reading the
// array after each repr, as above). False with an exception set on failure.
bool append_item_reprs(std::string& out, Value* const* items, const int64_t* size);

// Appends repr(v) to out, counting one level of native recursion (deeply
// nested containers raise RecursionError "... while getting the repr of an
// object"). False with an exception set on failure.
bool append_repr(std::string& out, Value v);

// How many times a repetition (seq * n) repeats: n clamped below at 0.
// 1 with *count set, 0 when n is not an integer, -1 on error.
int repeat_count(Value n, int64_t* count);

// Argument checks in CPython's words for methods taking exactly one argument:
// "list.append() takes exactly one argument (0 given)". False with TypeError.
bool check_one_arg(const char* qualified_name, size_t nargs, Tuple* kwnames);
// For methods taking none, check_no_args() ("list.copy() takes no arguments
// (1 given)") is declared in objects/int.h.

// An integer argument such as list.pop's index, in CPython's words:
// TypeError "'float' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C ssize_t".
bool index_arg(Value v, int64_t* out);

// The start/stop arguments of index(x, start, stop) methods, clamped to
// int64 ("slice indices must be integers or have an __index__ method").
bool index_bound_arg(Value v, int64_t* out);

}  // namespace taipan
