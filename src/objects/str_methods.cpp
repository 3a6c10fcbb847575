// The methods of str (the MethodDef table), and the argument-checking helpers
// they share with bytes: searching, splitting, stripping, padding, case
// mapping with full Unicode rules, character-class predicates, translate.
#include <algorithm>
#include <string>

#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/result_size.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

// ---- Argument helpers ----

namespace {
std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}
}  // namespace

bool check_arity(const char* type_name, const char* method, Arity style, size_t nargs, Tuple* kwnames,
                 size_t min, size_t max) {
  std::string qual = std::string(type_name) + "." + method + "()";
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, qual + " takes no keyword arguments");
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  std::string given = std::to_string(nargs);
  switch (style) {
    case Arity::NoArgs:
      raise(exc::TypeError, qual + " takes no arguments (" + given + " given)");
      break;
    case Arity::One:
      raise(exc::TypeError, qual + " takes exactly one argument (" + given + " given)");
      break;
    case Arity::Clinic:
      if (min == max)
        raise(exc::TypeError, std::string(method) + " expected " + plural(min, "argument") + ", got " + given);
      else if (nargs < min)
        raise(exc::TypeError, std::string(method) + " expected at least " + plural(min, "argument") + ", got " + given);
      else
        raise(exc::TypeError, std::string(method) + " expected at most " + plural(max, "argument") + ", got " + given);
      break;
    case Arity::Varargs:
      if (min == max)
        raise(exc::TypeError, std::string(method) + "() takes exactly " + plural(min, "argument") + " (" + given + " given)");
      else if (nargs < min)
        raise(exc::TypeError, std::string(method) + "() takes at least " + plural(min, "argument") + " (" + given + " given)");
      else
        raise(exc::TypeError, std::string(method) + "() takes at most " + plural(max, "argument") + " (" + given + " given)");
      break;
  }
  return false;
}

bool bind_method_args(const char* method, const char* const* names, size_t count, const Value* args,
                      size_t nargs, Tuple* kwnames, Value* out) {
  if (nargs > count) {
    raise(exc::TypeError, std::string(method) + "() takes at most " + plural(count, "argument") + " (" +
                              std::to_string(nargs) + " given)");
    return false;
  }
  for (size_t i = 0; i < count; ++i) out[i] = i < nargs ? args[i] : Value();
  int64_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (int64_t k = 0; k < nkw; ++k) {
    std::string_view key = str_utf8(kwnames->items[k].as<Str>());
    size_t i = 0;
    while (i < count && key != names[i]) ++i;
    if (i == count) {
      raise(exc::TypeError, "'" + std::string(key) + "' is an invalid keyword argument for " + method + "()");
      return false;
    }
    if (i < nargs) {
      raise(exc::TypeError, std::string("argument for ") + method + "() given by name ('" + std::string(key) +
                                "') and position (" + std::to_string(i + 1) + ")");
      return false;
    }
    out[i] = args[nargs + static_cast<size_t>(k)];
  }
  return true;
}

const char* arg_type_name(Value v) { return v.is_none() ? "None" : type_name_of(v); }

Ref iter_for_join(Value iterable) {
  Ref it = iter(iterable);
  if (!it && error_matches(exc::TypeError) && type_of(iterable)->iter == nullptr) {
    clear_error();
    return raise(exc::TypeError, "can only join an iterable");
  }
  return it;
}

bool arg_to_index(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool arg_to_c_int(Value v, int64_t* out) {
  Ref i = index(v);
  if (!i) return false;
  if (!int_to_int64(*i, out) || *out < INT32_MIN || *out > INT32_MAX) {
    raise(exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  return true;
}

namespace {
bool slice_bound(Value v, int64_t length, int64_t* out) {
  if (v.is_null() || v.is_none()) return true;
  if (!is_int(v) && type_of(v)->number.index == nullptr) {
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Ref i = index(v);
  if (!i) return false;
  int64_t x;
  if (!int_to_int64(*i, &x)) x = int_sign(*i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  if (x < 0) {
    x += length;
    if (x < 0) x = 0;
  }
  *out = x;
  return true;
}
}  // namespace

bool arg_slice_bounds(Value start, Value end, int64_t length, int64_t* out_start, int64_t* out_end) {
  *out_start = 0;
  *out_end = length;
  if (!slice_bound(start, length, out_start) || !slice_bound(end, length, out_end)) return false;
  if (*out_end > length) *out_end = length;
  return true;
}

namespace {

Str* self_str(Value self) { return self.as<Str>(); }

bool require_str(Value v, const std::string& prefix, Str** out) {
  if (!is_str(v)) {
    // Argument-clinic messages ("replace() argument 1 must be ...") say None; bare ones NoneType.
    raise(exc::TypeError, prefix + "must be str, not " + (prefix.empty() ? type_name_of(v) : arg_type_name(v)));
    return false;
  }
  *out = v.as<Str>();
  return true;
}

Ref new_list() { return Ref::steal(list_new(0)); }

bool append_owned(const Ref& list, Ref item) {
  if (!item) return false;
  return list_append(list.as<List>(), *item) == 0;
}

// ---- Searching ----

// find/rfind/index/rindex/count share this: (sub[, start[, end]]).
bool parse_search_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, Str* s, Str** sub,
                       int64_t* start, int64_t* end) {
  if (!check_arity("str", name, Arity::Varargs, nargs, kwnames, 1, 3)) return false;
  if (!require_str(args[0], "", sub)) return false;
  return arg_slice_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), s->length, start, end);
}

Ref search(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse,
           bool raise_missing) {
  Str* s = self_str(self);
  Str* sub;
  int64_t start, end;
  if (!parse_search_args(name, args, nargs, kwnames, s, &sub, &start, &end)) return nullptr;
  int64_t r = start > s->length ? -1 : str_find(s, sub, start, end, reverse);
  if (r < 0 && raise_missing) return raise(exc::ValueError, "substring not found");
  return Ref::small_int(r);
}

Ref str_find_method(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return search("find", self, args, nargs, kw, false, false);
}
Ref str_rfind(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return search("rfind", self, args, nargs, kw, true, false);
}
Ref str_index(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return search("index", self, args, nargs, kw, false, true);
}
Ref str_rindex(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return search("rindex", self, args, nargs, kw, true, true);
}

int64_t count_occurrences(Str* s, Str* sub, int64_t start, int64_t end, int64_t limit) {
  if (start > s->length || end < start) return 0;
  if (sub->length == 0) return std::min(end - start + 1, limit);
  int64_t n = 0;
  while (n < limit) {
    int64_t at = str_find(s, sub, start, end, false);
    if (at < 0) break;
    ++n;
    start = at + sub->length;
  }
  return n;
}

Ref str_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Str* s = self_str(self);
  Str* sub;
  int64_t start, end;
  if (!parse_search_args("count", args, nargs, kwnames, s, &sub, &start, &end)) return nullptr;
  return Ref::small_int(count_occurrences(s, sub, start, end, INT64_MAX));
}

bool matches_at(Str* s, Str* part, int64_t start, int64_t end, bool at_end) {
  if (start > s->length) return false;
  if (end - start < part->length) return false;
  int64_t pos = at_end ? end - part->length : start;
  for (int64_t i = 0; i < part->length; ++i)
    if (str_char_at(s, pos + i) != str_char_at(part, i)) return false;
  return true;
}

Ref affix_match(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool at_end) {
  if (!check_arity("str", name, Arity::Varargs, nargs, kwnames, 1, 3)) return nullptr;
  Str* s = self_str(self);
  int64_t start, end;
  if (!arg_slice_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), s->length, &start, &end))
    return nullptr;
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items[i])) {
        return raise(exc::TypeError, std::string("tuple for ") + name + " must only contain str, not " +
                                         type_name_of(t->items[i]));
      }
      if (matches_at(s, t->items[i].as<Str>(), start, end, at_end)) return Ref::boolean(true);
    }
    return Ref::boolean(false);
  }
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string(name) + " first arg must be str or a tuple of str, not " +
                                     type_name_of(args[0]));
  }
  return Ref::boolean(matches_at(s, args[0].as<Str>(), start, end, at_end));
}

Ref str_startswith(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return affix_match("startswith", self, args, nargs, kw, false);
}
Ref str_endswith(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return affix_match("endswith", self, args, nargs, kw, true);
}

// ---- Splitting and joining ----

Ref split_whitespace(Str* s, int64_t maxsplit, bool reverse) {
  Ref list = new_list();
  int64_t n = s->length;
  if (!reverse) {
    int64_t i = 0;
    while (true) {
      while (i < n && unicode::is_space(str_char_at(s, i))) ++i;
      if (i == n) break;
      if (maxsplit-- == 0) {
        if (!append_owned(list, str_substring(s, i, n))) return nullptr;
        break;
      }
      int64_t j = i;
      while (j < n && !unicode::is_space(str_char_at(s, j))) ++j;
      if (!append_owned(list, str_substring(s, i, j))) return nullptr;
      i = j;
    }
    return list;
  }
  int64_t j = n;
  while (true) {
    while (j > 0 && unicode::is_space(str_char_at(s, j - 1))) --j;
    if (j == 0) break;
    if (maxsplit-- == 0) {
      if (!append_owned(list, str_substring(s, 0, j))) return nullptr;
      break;
    }
    int64_t i = j;
    while (i > 0 && !unicode::is_space(str_char_at(s, i - 1))) --i;
    if (!append_owned(list, str_substring(s, i, j))) return nullptr;
    j = i;
  }
  List* l = list.as<List>();
  std::reverse(l->items, l->items + l->size);
  return list;
}

Ref split_on(Str* s, Str* sep, int64_t maxsplit, bool reverse) {
  Ref list = new_list();
  if (!reverse) {
    int64_t start = 0;
    while (maxsplit-- != 0) {
      int64_t at = str_find(s, sep, start, s->length, false);
      if (at < 0) break;
      if (!append_owned(list, str_substring(s, start, at))) return nullptr;
      start = at + sep->length;
    }
    if (!append_owned(list, str_substring(s, start, s->length))) return nullptr;
    return list;
  }
  int64_t end = s->length;
  while (maxsplit-- != 0) {
    int64_t at = str_find(s, sep, 0, end, true);
    if (at < 0) break;
    if (!append_owned(list, str_substring(s, at + sep->length, end))) return nullptr;
    end = at;
  }
  if (!append_owned(list, str_substring(s, 0, end))) return nullptr;
  List* l = list.as<List>();
  std::reverse(l->items, l->items + l->size);
  return list;
}

Ref split_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse) {
  static const char* const names[] = {"sep", "maxsplit"};
  Value a[2];
  if (!bind_method_args(name, names, 2, args, nargs, kwnames, a)) return nullptr;
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !arg_to_index(a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = -1;
  Str* s = self_str(self);
  if (a[0].is_null() || a[0].is_none()) return split_whitespace(s, maxsplit, reverse);
  if (!is_str(a[0])) return raise(exc::TypeError, std::string("must be str or None, not ") + type_name_of(a[0]));
  Str* sep = a[0].as<Str>();
  if (sep->length == 0) return raise(exc::ValueError, "empty separator");
  return split_on(s, sep, maxsplit, reverse);
}

Ref str_split(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return split_common("split", self, args, nargs, kw, false);
}
Ref str_rsplit(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return split_common("rsplit", self, args, nargs, kw, true);
}

Ref str_splitlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"keepends"};
  Value a[1];
  if (!bind_method_args("splitlines", names, 1, args, nargs, kwnames, a)) return nullptr;
  bool keepends = false;
  if (!a[0].is_null()) {
    if (is_float(a[0])) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
    int t = is_true(a[0]);
    if (t < 0) return nullptr;
    keepends = t != 0;
  }
  Str* s = self_str(self);
  Ref list = new_list();
  int64_t i = 0, n = s->length;
  while (i < n) {
    int64_t j = i;
    while (j < n && !unicode::is_linebreak(str_char_at(s, j))) ++j;
    int64_t eol = j;
    if (j < n) {
      if (str_char_at(s, j) == '\r' && j + 1 < n && str_char_at(s, j + 1) == '\n') j += 2;
      else ++j;
    }
    if (!append_owned(list, str_substring(s, i, keepends ? j : eol))) return nullptr;
    i = j;
  }
  return list;
}

Ref partition_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse) {
  if (!check_arity("str", name, Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  Str* s = self_str(self);
  Str* sep;
  if (!require_str(args[0], "", &sep)) return nullptr;
  if (sep->length == 0) return raise(exc::ValueError, "empty separator");
  int64_t at = str_find(s, sep, 0, s->length, reverse);
  Ref empty = Ref::borrow(str_empty());
  if (at < 0) {
    Ref whole = str_substring(s, 0, s->length);
    if (!whole) return nullptr;
    return reverse ? tuple_pack({*empty, *empty, *whole}) : tuple_pack({*whole, *empty, *empty});
  }
  Ref head = str_substring(s, 0, at);
  Ref tail = str_substring(s, at + sep->length, s->length);
  if (!head || !tail) return nullptr;
  return tuple_pack({*head, args[0], *tail});
}

Ref str_partition(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return partition_common("partition", self, args, nargs, kw, false);
}
Ref str_rpartition(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return partition_common("rpartition", self, args, nargs, kw, true);
}

Ref str_join_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "join", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  return str_join(self_str(self), args[0]);
}

Ref str_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "replace", Arity::Clinic, nargs, kwnames, 2, 3)) return nullptr;
  Str *old_s, *new_s;
  if (!require_str(args[0], "replace() argument 1 ", &old_s)) return nullptr;
  if (!require_str(args[1], "replace() argument 2 ", &new_s)) return nullptr;
  int64_t count = -1;
  if (nargs > 2 && !arg_to_index(args[2], &count)) return nullptr;
  if (count < 0) count = INT64_MAX;
  Str* s = self_str(self);
  // The result's size first (reserved at once, as CPython allocates it).
  int64_t matches = 0;
  if (old_s->length == 0) {
    matches = std::min(count, s->length + 1);
  } else {
    for (int64_t at = 0; matches < count; ++matches, at += old_s->length) {
      at = str_find(s, old_s, at, s->length, false);
      if (at < 0) break;
    }
  }
  if (matches == 0) return str_substring(s, 0, s->length);
  int64_t size;
  if (!replaced_size(s->length, matches, old_s->length, new_s->length, "replace string is too long", &size)) {
    return nullptr;
  }
  StrBuilder b;
  b.reserve(size);
  if (old_s->length == 0) {
    for (int64_t i = 0; i <= s->length; ++i) {
      if (i < matches) b.append(new_s);
      if (i < s->length) b.append(str_char_at(s, i));
    }
    return b.finish();
  }
  int64_t start = 0;
  for (int64_t done = 0; done < matches; ++done) {
    int64_t at = str_find(s, old_s, start, s->length, false);
    b.append(s, start, at);
    b.append(new_s);
    start = at + old_s->length;
  }
  b.append(s, start, s->length);
  return b.finish();
}

// ---- Stripping and affixes ----

Ref strip_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool left, bool right) {
  if (!check_arity("str", name, Arity::Clinic, nargs, kwnames, 0, 1)) return nullptr;
  Str* s = self_str(self);
  Str* chars = nullptr;
  if (nargs == 1 && !args[0].is_none()) {
    if (!is_str(args[0])) return raise(exc::TypeError, std::string(name) + " arg must be None or str");
    chars = args[0].as<Str>();
  }
  auto strip_this = [chars](uint32_t c) {
    if (chars == nullptr) return unicode::is_space(c);
    for (int64_t k = 0; k < chars->length; ++k)
      if (str_char_at(chars, k) == c) return true;
    return false;
  };
  int64_t i = 0, j = s->length;
  if (left)
    while (i < j && strip_this(str_char_at(s, i))) ++i;
  if (right)
    while (j > i && strip_this(str_char_at(s, j - 1))) --j;
  return str_substring(s, i, j);
}

Ref str_strip(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common("strip", self, args, nargs, kw, true, true);
}
Ref str_lstrip(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common("lstrip", self, args, nargs, kw, true, false);
}
Ref str_rstrip(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common("rstrip", self, args, nargs, kw, false, true);
}

Ref remove_affix(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool suffix) {
  if (!check_arity("str", name, Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  Str* s = self_str(self);
  Str* affix;
  if (!require_str(args[0], std::string(name) + "() argument ", &affix)) return nullptr;
  if (affix->length > 0 && matches_at(s, affix, 0, s->length, suffix)) {
    return suffix ? str_substring(s, 0, s->length - affix->length) : str_substring(s, affix->length, s->length);
  }
  return str_substring(s, 0, s->length);
}

Ref str_removeprefix(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return remove_affix("removeprefix", self, args, nargs, kw, false);
}
Ref str_removesuffix(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return remove_affix("removesuffix", self, args, nargs, kw, true);
}

// ---- Padding ----

Ref pad(Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return str_substring(s, 0, s->length);
  StrBuilder b;
  b.reserve(s->length + left + right);
  b.repeat(fill, left);
  b.append(s);
  b.repeat(fill, right);
  return b.finish();
}

bool parse_fill(const Value* args, size_t nargs, uint32_t* fill) {
  *fill = ' ';
  if (nargs < 2) return true;
  if (!is_str(args[1])) {
    raise(exc::TypeError, std::string("The fill character must be a unicode character, not ") + type_name_of(args[1]));
    return false;
  }
  Str* f = args[1].as<Str>();
  if (f->length != 1) {
    raise(exc::TypeError, "The fill character must be exactly one character long");
    return false;
  }
  *fill = str_char_at(f, 0);
  return true;
}

enum class Justify { Left, Right, Center };

Ref justify(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, Justify how) {
  if (!check_arity("str", name, Arity::Clinic, nargs, kwnames, 1, 2)) return nullptr;
  int64_t width;
  uint32_t fill;
  if (!arg_to_index(args[0], &width) || !parse_fill(args, nargs, &fill)) return nullptr;
  Str* s = self_str(self);
  int64_t total = width - s->length;
  if (total <= 0) return str_substring(s, 0, s->length);
  switch (how) {
    case Justify::Left: return pad(s, 0, total, fill);
    case Justify::Right: return pad(s, total, 0, fill);
    default: {
      int64_t left = total / 2 + (total & width & 1);
      return pad(s, left, total - left, fill);
    }
  }
}

Ref str_ljust(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return justify("ljust", self, args, nargs, kw, Justify::Left);
}
Ref str_rjust(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return justify("rjust", self, args, nargs, kw, Justify::Right);
}
Ref str_center(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return justify("center", self, args, nargs, kw, Justify::Center);
}

Ref str_zfill(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "zfill", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  int64_t width;
  if (!arg_to_index(args[0], &width)) return nullptr;
  Str* s = self_str(self);
  if (width <= s->length) return str_substring(s, 0, s->length);
  StrBuilder b;
  int64_t start = 0;
  if (s->length > 0 && (str_char_at(s, 0) == '+' || str_char_at(s, 0) == '-')) {
    b.append(str_char_at(s, 0));
    start = 1;
  }
  b.repeat('0', width - s->length);
  b.append(s, start, s->length);
  return b.finish();
}

Ref str_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"tabsize"};
  Value a[1];
  if (!bind_method_args("expandtabs", names, 1, args, nargs, kwnames, a)) return nullptr;
  int64_t tabsize = 8;
  if (!a[0].is_null() && !arg_to_c_int(a[0], &tabsize)) return nullptr;
  Str* s = self_str(self);
  StrBuilder b;
  int64_t column = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        b.repeat(' ', spaces);
        column += spaces;
      }
    } else {
      b.append(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return b.finish();
}

// ---- Case mapping ----

// Σ lowers to final ς when it ends a word: preceded by a cased letter and not
// followed by one (case-ignorable characters are skipped on both sides).
bool is_final_sigma(Str* s, int64_t i) {
  int64_t j = i - 1;
  while (j >= 0 && unicode::is_case_ignorable(str_char_at(s, j))) --j;
  if (j < 0 || !unicode::is_cased(str_char_at(s, j))) return false;
  int64_t k = i + 1;
  while (k < s->length && unicode::is_case_ignorable(str_char_at(s, k))) ++k;
  return k == s->length || !unicode::is_cased(str_char_at(s, k));
}

void append_mapped(StrBuilder& b, int (*map)(uint32_t, uint32_t*), uint32_t c) {
  uint32_t out[3];
  int n = map(c, out);
  for (int k = 0; k < n; ++k) b.append(out[k]);
}

void append_lower(StrBuilder& b, Str* s, int64_t i) {
  uint32_t c = str_char_at(s, i);
  if (c == 0x3A3) b.append(is_final_sigma(s, i) ? 0x3C2u : 0x3C3u);
  else append_mapped(b, unicode::to_lower, c);
}

enum class CaseOp { Lower, Upper, Casefold, Swapcase, Title, Capitalize };

Ref ascii_case(Str* s, CaseOp op) {
  Str* r = str_alloc(s->length, 127);
  if (r == nullptr) return nullptr;
  bool prev_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    unsigned char c = s->data[i];
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    bool to_upper;
    switch (op) {
      case CaseOp::Upper: to_upper = true; break;
      case CaseOp::Swapcase: to_upper = lower; break;
      case CaseOp::Title: to_upper = !prev_cased; break;
      case CaseOp::Capitalize: to_upper = i == 0; break;
      default: to_upper = false; break;
    }
    if (to_upper && lower) c = static_cast<unsigned char>(c - 32);
    else if (!to_upper && upper) c = static_cast<unsigned char>(c + 32);
    prev_cased = lower || upper;
    r->data[i] = c;
  }
  return Ref::steal(r);
}

Ref map_case(Str* s, CaseOp op) {
  if (s->ascii) return ascii_case(s, op);
  StrBuilder b;
  b.reserve(s->length);
  bool prev_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    switch (op) {
      case CaseOp::Lower: append_lower(b, s, i); break;
      case CaseOp::Upper: append_mapped(b, unicode::to_upper, c); break;
      case CaseOp::Casefold: append_mapped(b, unicode::to_casefold, c); break;
      case CaseOp::Swapcase:
        if (unicode::is_upper(c)) append_lower(b, s, i);
        else if (unicode::is_lower(c)) append_mapped(b, unicode::to_upper, c);
        else b.append(c);
        break;
      case CaseOp::Title:
        if (prev_cased) append_lower(b, s, i);
        else append_mapped(b, unicode::to_title, c);
        prev_cased = unicode::is_cased(c);
        break;
      case CaseOp::Capitalize:
        if (i == 0) append_mapped(b, unicode::to_title, c);
        else append_lower(b, s, i);
        break;
    }
  }
  return b.finish();
}

template <CaseOp op, const char* name>
Ref case_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", name, Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  return map_case(self_str(self), op);
}

constexpr char kLower[] = "lower", kUpper[] = "upper", kCasefold[] = "casefold", kSwapcase[] = "swapcase",
               kTitle[] = "title", kCapitalize[] = "capitalize";

// ---- Predicates ----

template <bool (*pred)(uint32_t), const char* name>
Ref all_chars(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", name, Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  if (s->length == 0) return Ref::boolean(false);
  for (int64_t i = 0; i < s->length; ++i)
    if (!pred(str_char_at(s, i))) return Ref::boolean(false);
  return Ref::boolean(true);
}

constexpr char kIsalnum[] = "isalnum", kIsalpha[] = "isalpha", kIsdecimal[] = "isdecimal", kIsdigit[] = "isdigit",
               kIsnumeric[] = "isnumeric", kIsspace[] = "isspace";

Ref str_isascii(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "isascii", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  return Ref::boolean(self_str(self)->ascii);
}

Ref str_isprintable(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "isprintable", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  for (int64_t i = 0; i < s->length; ++i)
    if (!unicode::is_printable(str_char_at(s, i))) return Ref::boolean(false);
  return Ref::boolean(true);
}

Ref str_isidentifier(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "isidentifier", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  if (s->length == 0 || !unicode::is_xid_start(str_char_at(s, 0))) return Ref::boolean(false);
  for (int64_t i = 1; i < s->length; ++i)
    if (!unicode::is_xid_continue(str_char_at(s, i))) return Ref::boolean(false);
  return Ref::boolean(true);
}

// islower/isupper: at least one cased character and none of the other case.
template <bool upper, const char* name>
Ref cased_check(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", name, Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  bool cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    bool same = upper ? unicode::is_upper(c) : unicode::is_lower(c);
    bool other = upper ? unicode::is_lower(c) : unicode::is_upper(c);
    if (other || unicode::is_title(c)) return Ref::boolean(false);
    if (same) cased = true;
  }
  return Ref::boolean(cased);
}

constexpr char kIslower[] = "islower", kIsupper[] = "isupper";

Ref str_istitle(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "istitle", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  bool cased = false, prev_cased = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (prev_cased) return Ref::boolean(false);
      prev_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!prev_cased) return Ref::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref::boolean(cased);
}

// ---- translate / maketrans ----

Ref str_translate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "translate", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  Str* s = self_str(self);
  Value table = args[0];
  StrBuilder b;
  b.reserve(s->length);
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    Ref mapped = getitem(table, Value::small_int(c));
    if (!mapped) {
      if (!error_matches(exc::LookupError)) return nullptr;
      clear_error();
      b.append(c);
      continue;
    }
    if (mapped.get().is_none()) continue;
    if (is_str(*mapped)) {
      b.append(mapped.as<Str>());
    } else if (is_int(*mapped)) {
      int64_t v;
      if (!int_to_int64(*mapped, &v) || v < 0 || v > 0x10FFFF) {
        return raise(exc::ValueError, "character mapping must be in range(0x110000)");
      }
      b.append(static_cast<uint32_t>(v));
    } else {
      return raise(exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return b.finish();
}

Ref str_maketrans(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "maketrans", Arity::Clinic, nargs, kwnames, 1, 3)) return nullptr;
  Ref result = Ref::steal(dict_new());
  Dict* d = result.as<Dict>();
  if (nargs == 1) {
    if (!is_dict(args[0])) {
      return raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    int64_t pos = 0;
    Value key, value;
    while (dict_next(args[0].as<Dict>(), &pos, &key, &value)) {
      if (is_str(key)) {
        Str* k = key.as<Str>();
        if (k->length != 1) return raise(exc::ValueError, "string keys in translate table must be of length 1");
        if (dict_set(d, Value::small_int(str_char_at(k, 0)), value) < 0) return nullptr;
      } else if (is_int(key)) {
        if (dict_set(d, key, value) < 0) return nullptr;
      } else {
        return raise(exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return result;
  }
  Str* strs[3] = {};
  for (size_t i = 0; i < nargs; ++i) {
    if (!require_str(args[i], "maketrans() argument " + std::to_string(i + 1) + " ", &strs[i])) return nullptr;
  }
  if (strs[0]->length != strs[1]->length) {
    return raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  }
  for (int64_t i = 0; i < strs[0]->length; ++i) {
    if (dict_set(d, Value::small_int(str_char_at(strs[0], i)), Value::small_int(str_char_at(strs[1], i))) < 0)
      return nullptr;
  }
  if (strs[2] != nullptr) {
    for (int64_t i = 0; i < strs[2]->length; ++i)
      if (dict_set(d, Value::small_int(str_char_at(strs[2], i)), Value::none()) < 0) return nullptr;
  }
  return result;
}

// ---- encode, format and dunders ----

Ref str_encode_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Value a[2];
  if (!bind_method_args("encode", names, 2, args, nargs, kwnames, a)) return nullptr;
  std::string parts[2] = {"utf-8", "strict"};
  for (int i = 0; i < 2; ++i) {
    if (a[i].is_null()) continue;
    if (!is_str(a[i])) {
      return raise(exc::TypeError, std::string("encode() argument '") + names[i] + "' must be str, not " +
                                       arg_type_name(a[i]));
    }
    parts[i] = str_to_std(a[i].as<Str>());
  }
  return encode(self_str(self), parts[0], parts[1]);
}

Ref str_format_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return str_format_call(self_str(self), args, nargs, kwnames, Value());
}

Ref str_format_map(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "format_map", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  return str_format_call(self_str(self), nullptr, 0, nullptr, args[0]);
}

Ref str_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "__format__", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("__format__() argument must be str, not ") + type_name_of(args[0]));
  }
  return str_format_spec(self_str(self), args[0].as<Str>());
}

Ref str_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "__getnewargs__", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  Ref copy = str_substring(s, 0, s->length);
  if (!copy) return nullptr;
  return tuple_pack({*copy});
}

Ref str_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arity("str", "__sizeof__", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  Str* s = self_str(self);
  return Ref::small_int(static_cast<int64_t>(sizeof(Str)) + (s->length + 1) * s->kind);
}

const MethodDef kStrMethods[] = {
    {"capitalize", case_method<CaseOp::Capitalize, kCapitalize>, kMethodInstance, "capitalize($self, /)\n--\n\n"},
    {"casefold", case_method<CaseOp::Casefold, kCasefold>, kMethodInstance, "casefold($self, /)\n--\n\n"},
    {"center", str_center, kMethodInstance, "center($self, width, fillchar=' ', /)\n--\n\n"},
    {"count", str_count, kMethodInstance, nullptr},
    {"encode", str_encode_method, kMethodInstance, "encode($self, /, encoding='utf-8', errors='strict')\n--\n\n"},
    {"endswith", str_endswith, kMethodInstance, nullptr},
    {"expandtabs", str_expandtabs, kMethodInstance, "expandtabs($self, /, tabsize=8)\n--\n\n"},
    {"find", str_find_method, kMethodInstance, nullptr},
    {"format", str_format_method, kMethodInstance, nullptr},
    {"format_map", str_format_map, kMethodInstance, nullptr},
    {"index", str_index, kMethodInstance, nullptr},
    {"isalnum", all_chars<unicode::is_alnum, kIsalnum>, kMethodInstance, "isalnum($self, /)\n--\n\n"},
    {"isalpha", all_chars<unicode::is_alpha, kIsalpha>, kMethodInstance, "isalpha($self, /)\n--\n\n"},
    {"isascii", str_isascii, kMethodInstance, "isascii($self, /)\n--\n\n"},
    {"isdecimal", all_chars<unicode::is_decimal, kIsdecimal>, kMethodInstance, "isdecimal($self, /)\n--\n\n"},
    {"isdigit", all_chars<unicode::is_digit, kIsdigit>, kMethodInstance, "isdigit($self, /)\n--\n\n"},
    {"isidentifier", str_isidentifier, kMethodInstance, "isidentifier($self, /)\n--\n\n"},
    {"islower", cased_check<false, kIslower>, kMethodInstance, "islower($self, /)\n--\n\n"},
    {"isnumeric", all_chars<unicode::is_numeric, kIsnumeric>, kMethodInstance, "isnumeric($self, /)\n--\n\n"},
    {"isprintable", str_isprintable, kMethodInstance, "isprintable($self, /)\n--\n\n"},
    {"isspace", all_chars<unicode::is_space, kIsspace>, kMethodInstance, "isspace($self, /)\n--\n\n"},
    {"istitle", str_istitle, kMethodInstance, "istitle($self, /)\n--\n\n"},
    {"isupper", cased_check<true, kIsupper>, kMethodInstance, "isupper($self, /)\n--\n\n"},
    {"join", str_join_method, kMethodInstance, "join($self, iterable, /)\n--\n\n"},
    {"ljust", str_ljust, kMethodInstance, "ljust($self, width, fillchar=' ', /)\n--\n\n"},
    {"lower", case_method<CaseOp::Lower, kLower>, kMethodInstance, "lower($self, /)\n--\n\n"},
    {"lstrip", str_lstrip, kMethodInstance, "lstrip($self, chars=None, /)\n--\n\n"},
    {"maketrans", str_maketrans, kMethodStatic, nullptr},
    {"partition", str_partition, kMethodInstance, "partition($self, sep, /)\n--\n\n"},
    {"removeprefix", str_removeprefix, kMethodInstance, "removeprefix($self, prefix, /)\n--\n\n"},
    {"removesuffix", str_removesuffix, kMethodInstance, "removesuffix($self, suffix, /)\n--\n\n"},
    {"replace", str_replace, kMethodInstance, "replace($self, old, new, count=-1, /)\n--\n\n"},
    {"rfind", str_rfind, kMethodInstance, nullptr},
    {"rindex", str_rindex, kMethodInstance, nullptr},
    {"rjust", str_rjust, kMethodInstance, "rjust($self, width, fillchar=' ', /)\n--\n\n"},
    {"rpartition", str_rpartition, kMethodInstance, "rpartition($self, sep, /)\n--\n\n"},
    {"rsplit", str_rsplit, kMethodInstance, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"rstrip", str_rstrip, kMethodInstance, "rstrip($self, chars=None, /)\n--\n\n"},
    {"split", str_split, kMethodInstance, "split($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"splitlines", str_splitlines, kMethodInstance, "splitlines($self, /, keepends=False)\n--\n\n"},
    {"startswith", str_startswith, kMethodInstance, nullptr},
    {"strip", str_strip, kMethodInstance, "strip($self, chars=None, /)\n--\n\n"},
    {"swapcase", case_method<CaseOp::Swapcase, kSwapcase>, kMethodInstance, "swapcase($self, /)\n--\n\n"},
    {"title", case_method<CaseOp::Title, kTitle>, kMethodInstance, "title($self, /)\n--\n\n"},
    {"translate", str_translate, kMethodInstance, "translate($self, table, /)\n--\n\n"},
    {"upper", case_method<CaseOp::Upper, kUpper>, kMethodInstance, "upper($self, /)\n--\n\n"},
    {"zfill", str_zfill, kMethodInstance, "zfill($self, width, /)\n--\n\n"},
    {"__format__", str_format_dunder, kMethodInstance, "__format__($self, format_spec, /)\n--\n\n"},
    {"__getnewargs__", str_getnewargs, kMethodInstance, nullptr},
    {"__sizeof__", str_sizeof, kMethodInstance, "__sizeof__($self, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

const MethodDef* str_method_table() { return kStrMethods; }

}  // namespace taipan
