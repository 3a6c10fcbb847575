// str: immutable Unicode strings stored as code points with O(1) length and
// indexing. Each string keeps its code points at the narrowest width that
// holds them (1, 2 or 4 bytes), so ASCII text takes the fast 1-byte path.
#pragma once

#include <string>
#include <string_view>

#include "objects/type.h"

namespace taipan {

struct Str : Object {
  int64_t length;      // code points
  int64_t hash;        // -1 until computed
  uint8_t kind;        // bytes per code point: 1, 2 or 4
  bool ascii;          // every code point < 128 (then data is also valid UTF-8)
  bool interned;
  char* utf8;          // cached UTF-8 encoding (owned), or null; == data when ascii
  int64_t utf8_length;
  alignas(8) unsigned char data[];  // length code points of `kind` bytes, then a 0
};

extern Type str_type;

inline bool is_str(Value v) {
  return v.is_object() && (v.as_object()->type == &str_type ||
                           type_has_flag(v.as_object()->type, kTypeStrSubclass));
}
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == &str_type; }

// New strings. UTF-8 input may hold encoded surrogates (generalized UTF-8).
Ref str_from_utf8(std::string_view utf8);
Ref str_from_latin1(std::string_view bytes);
Ref str_from_code_points(const uint32_t* cps, int64_t n);
Ref str_from_char(uint32_t cp);
// An interned, immortal string: use for identifiers and attribute names.
Str* intern(std::string_view utf8);
// intern(literal), looked up once per place it is written: for hot paths.
#define INTERNED(literal)                      \
  ([]() -> Str* {                              \
    static Str* const interned_ = intern(literal); \
    return interned_;                          \
  }())
// Interns s in place if possible (returns the canonical interned Str, borrowed).
Str* intern_str(Str* s);

inline uint32_t str_char_at(const Str* s, int64_t i) {
  switch (s->kind) {
    case 1: return s->data[i];
    case 2: return reinterpret_cast<const uint16_t*>(s->data)[i];
    default: return reinterpret_cast<const uint32_t*>(s->data)[i];
  }
}
// UTF-8 of s (cached in the object; valid while s lives).
std::string_view str_utf8(Str* s);
inline std::string str_to_std(Str* s) { return std::string(str_utf8(s)); }

int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
// Concatenation and comparison used by the VM's fast paths.
Ref str_concat(Str* a, Str* b);
// a + b, consuming the caller's reference to a: when that is the only one,
// a itself grows (so `s += t` in a loop is amortised linear, as in CPython).
Ref str_append(Str* a, Str* b);
int str_compare(Str* a, Str* b);  // <0, 0, >0 by code point

// ---- Extensions used across the text files ----

extern Type str_iterator_type;
extern Type str_ascii_iterator_type;

// An uninitialised string of n code points wide enough for maxchar; the caller
// fills data (and must only store code points <= maxchar, at least one of them
// equal to maxchar when maxchar > 127 so the width stays canonical).
Str* str_alloc(int64_t n, uint32_t maxchar);
// The immortal empty string (borrowed).
Str* str_empty();
// Code points [start, end) of s (clamped by the caller).
Ref str_substring(Str* s, int64_t start, int64_t end);
// repr(s) exactly as CPython prints it; ascii_only escapes every non-ASCII char (ascii()).
Ref str_repr(Str* s, bool ascii_only = false);
// Index of needle in s[start:end], -1 if absent; reverse searches from the right.
int64_t str_find(Str* s, Str* needle, int64_t start, int64_t end, bool reverse);
Ref str_join(Str* sep, Value iterable);
// str % args and str.format(*args, **kwargs).
Ref str_percent_format(Str* format, Value args);
Ref str_format_call(Str* format, const Value* args, size_t nargs, Tuple* kwnames, Value mapping);
// format(s, spec) for strings.
Ref str_format_spec(Str* s, Str* spec);
// The MethodDef table of str (str_methods.cpp).
const MethodDef* str_method_table();

// Collects code points and builds the narrowest Str holding them. Text stays
// one byte per character until a code point >= 256 arrives (bulk appends of
// 1-byte strings are then memcpy), and widens to 4 bytes per character after.
class StrBuilder {
 public:
  void append(uint32_t cp) {
    if (cp < 256 && !wide_) {
      narrow_.push_back(static_cast<char>(cp));
      if (cp > max_) max_ = cp;
    } else {
      append_wide(cp);
    }
  }
  void append(Str* s);
  void append(Str* s, int64_t start, int64_t end);
  void append_ascii(std::string_view text);  // text must be ASCII
  void append_utf8(std::string_view text);
  void repeat(uint32_t cp, int64_t n);
  int64_t size() const { return static_cast<int64_t>(wide_ ? wide_buf_.size() : narrow_.size()); }
  void reserve(int64_t n) { narrow_.reserve(static_cast<size_t>(n)); }
  Ref finish();

 private:
  void append_wide(uint32_t cp);
  void widen();
  std::string narrow_;      // while every code point is < 256
  std::u32string wide_buf_;  // after the first code point >= 256
  bool wide_ = false;
  uint32_t max_ = 0;
};

// For sequence operators that raise their own TypeError (str + 1): lets a
// class right operand (__radd__, __rmul__) answer first. Null with no error
// set when it declines or has no such slot.
Ref try_reflected(Value a, Value b, BinaryFn ours, BinaryFn theirs);


// ---- Argument checking shared by the str and bytes methods, with CPython's messages ----

enum class Arity {
  NoArgs,   // "str.upper() takes no arguments (1 given)"
  One,      // "str.join() takes exactly one argument (0 given)"
  Clinic,   // "center expected at least 1 argument, got 0"
  Varargs,  // "find() takes at least 1 argument (0 given)"
};
// Checks nargs in [min, max] and that no keywords were passed; raises TypeError.
bool check_arity(const char* type_name, const char* method, Arity style, size_t nargs, Tuple* kwnames,
                 size_t min, size_t max);
// Binds positional-or-keyword parameters (split(sep=None, maxsplit=-1) style);
// out[i] is null where not given.
bool bind_method_args(const char* method, const char* const* names, size_t count, const Value* args,
                      size_t nargs, Tuple* kwnames, Value* out);
// The type name shown in "argument must be str, not X" messages ("None" for None).
const char* arg_type_name(Value v);
// iter() for join(): "can only join an iterable" for non-iterables.
Ref iter_for_join(Value iterable);
// An integer argument (via __index__); OverflowError beyond int64.
bool arg_to_index(Value v, int64_t* out);
// The same for a C int argument (expandtabs' tabsize): OverflowError beyond int.
bool arg_to_c_int(Value v, int64_t* out);
// The optional start/end of find/count/startswith...: None or an index,
// adjusted like a slice to [0, length].
bool arg_slice_bounds(Value start, Value end, int64_t length, int64_t* out_start, int64_t* out_end);

int init_str_type();

}  // namespace taipan
