// The methods bytes and bytearray share (ASCII semantics for case and
// character classes). Each reads self through its buffer and builds a result
// of self's own kind: bytes for bytes, bytearray for bytearray.
#include <algorithm>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/result_size.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

std::string_view view_of(Value self) {
  return is_bytearray(self) ? bytearray_view(self.as<ByteArray>()) : bytes_view(self.as<Bytes>());
}
const char* kind_of(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

Ref make_like(Value self, std::string_view data) {
  return is_bytearray(self) ? bytearray_from_string(data) : bytes_from_string(data);
}
// Bytes methods that may return self unchanged do so only for exact bytes.
Ref same_or_copy(Value self, std::string_view data) {
  if (self.as_object()->type == &bytes_type && data == view_of(self)) return Ref::borrow(self);
  return make_like(self, data);
}

bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
char to_lower(char c) { return is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c; }
char to_upper(char c) { return is_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c; }

bool arity(Value self, const char* name, Arity style, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  return check_arity(kind_of(self), name, style, nargs, kwnames, min, max);
}

// A needle for find/count/index/in: an int byte or a bytes-like object.
bool needle_arg(Value v, std::string* out) {
  if (is_int(v)) {
    unsigned char c;
    if (!bytes_item_value(v, &c)) return false;
    out->assign(1, static_cast<char>(c));
    return true;
  }
  Buffer b;
  if (!get_buffer(v, &b)) {
    raise(exc::TypeError, std::string("argument should be integer or bytes-like object, not '") + type_name_of(v) + "'");
    return false;
  }
  out->assign(b.data);
  return true;
}

bool buffer_arg(Value v, std::string* out) {
  Buffer b;
  if (!require_buffer(v, &b)) return false;
  out->assign(b.data);
  return true;
}

Ref new_list() { return Ref::steal(list_new(0)); }

bool append_owned(const Ref& list, Ref item) {
  if (!item) return false;
  return list_append(list.as<List>(), *item) == 0;
}

// ---- Searching ----

bool search_args(Value self, const char* name, const Value* args, size_t nargs, Tuple* kwnames, std::string* sub,
                 int64_t* start, int64_t* end) {
  if (!arity(self, name, Arity::Varargs, nargs, kwnames, 1, 3) || !needle_arg(args[0], sub)) return false;
  return arg_slice_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(),
                          static_cast<int64_t>(view_of(self).size()), start, end);
}

int64_t find_in(std::string_view s, std::string_view sub, int64_t start, int64_t end, bool reverse) {
  if (start > static_cast<int64_t>(s.size()) || end - start < static_cast<int64_t>(sub.size())) return -1;
  std::string_view window = s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t at = reverse ? window.rfind(sub) : window.find(sub);
  return at == std::string_view::npos ? -1 : static_cast<int64_t>(at) + start;
}

Ref search(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse, bool must) {
  std::string sub;
  int64_t start, end;
  if (!search_args(self, name, args, nargs, kwnames, &sub, &start, &end)) return nullptr;
  int64_t r = find_in(view_of(self), sub, start, end, reverse);
  if (r < 0 && must) return raise(exc::ValueError, "subsection not found");
  return Ref::small_int(r);
}

Ref b_find(Value self, const Value* a, size_t n, Tuple* k) { return search("find", self, a, n, k, false, false); }
Ref b_rfind(Value self, const Value* a, size_t n, Tuple* k) { return search("rfind", self, a, n, k, true, false); }
Ref b_index(Value self, const Value* a, size_t n, Tuple* k) { return search("index", self, a, n, k, false, true); }
Ref b_rindex(Value self, const Value* a, size_t n, Tuple* k) { return search("rindex", self, a, n, k, true, true); }

Ref b_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string sub;
  int64_t start, end;
  if (!search_args(self, "count", args, nargs, kwnames, &sub, &start, &end)) return nullptr;
  std::string_view s = view_of(self);
  if (start > end || start > static_cast<int64_t>(s.size())) return Ref::small_int(0);
  if (sub.empty()) return Ref::small_int(end - start + 1);
  int64_t count = 0;
  while (true) {
    int64_t at = find_in(s, sub, start, end, false);
    if (at < 0) break;
    ++count;
    start = at + static_cast<int64_t>(sub.size());
  }
  return Ref::small_int(count);
}

Ref affix(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool at_end) {
  if (!arity(self, name, Arity::Varargs, nargs, kwnames, 1, 3)) return nullptr;
  std::string_view s = view_of(self);
  int64_t start, end;
  if (!arg_slice_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), static_cast<int64_t>(s.size()),
                        &start, &end))
    return nullptr;
  auto matches = [&](std::string_view part) {
    if (start > static_cast<int64_t>(s.size()) || end - start < static_cast<int64_t>(part.size())) return false;
    size_t pos = at_end ? static_cast<size_t>(end) - part.size() : static_cast<size_t>(start);
    return s.substr(pos, part.size()) == part;
  };
  Buffer b;
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->size; ++i) {
      if (!get_buffer(t->items[i], &b)) {
        return raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name_of(t->items[i]) + "'");
      }
      if (matches(b.data)) return Ref::boolean(true);
    }
    return Ref::boolean(false);
  }
  if (!get_buffer(args[0], &b)) {
    return raise(exc::TypeError, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                                     type_name_of(args[0]));
  }
  return Ref::boolean(matches(b.data));
}

Ref b_startswith(Value self, const Value* a, size_t n, Tuple* k) { return affix("startswith", self, a, n, k, false); }
Ref b_endswith(Value self, const Value* a, size_t n, Tuple* k) { return affix("endswith", self, a, n, k, true); }

// ---- Splitting, joining, replacing ----

Ref split_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse) {
  static const char* const names[] = {"sep", "maxsplit"};
  Value a[2];
  if (!bind_method_args(name, names, 2, args, nargs, kwnames, a)) return nullptr;
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !arg_to_index(a[1], &maxsplit)) return nullptr;
  std::string_view s = view_of(self);
  std::vector<std::string_view> parts;
  if (a[0].is_null() || a[0].is_none()) {
    int64_t n = static_cast<int64_t>(s.size());
    auto sp = [&](int64_t i) { return is_space(static_cast<unsigned char>(s[static_cast<size_t>(i)])); };
    if (!reverse) {
      int64_t i = 0;
      while (true) {
        while (i < n && sp(i)) ++i;
        if (i == n) break;
        int64_t j = i;
        if (maxsplit-- == 0) {
          j = n;
          parts.push_back(s.substr(static_cast<size_t>(i), static_cast<size_t>(j - i)));
          break;
        }
        while (j < n && !sp(j)) ++j;
        parts.push_back(s.substr(static_cast<size_t>(i), static_cast<size_t>(j - i)));
        i = j;
      }
    } else {
      int64_t j = n;
      while (true) {
        while (j > 0 && sp(j - 1)) --j;
        if (j == 0) break;
        int64_t i = j;
        if (maxsplit-- == 0) {
          i = 0;
          parts.push_back(s.substr(static_cast<size_t>(i), static_cast<size_t>(j - i)));
          break;
        }
        while (i > 0 && !sp(i - 1)) --i;
        parts.push_back(s.substr(static_cast<size_t>(i), static_cast<size_t>(j - i)));
        j = i;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string sep;
    if (!buffer_arg(a[0], &sep)) return nullptr;
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    if (!reverse) {
      size_t start = 0;
      while (maxsplit-- != 0) {
        size_t at = s.find(sep, start);
        if (at == std::string_view::npos) break;
        parts.push_back(s.substr(start, at - start));
        start = at + sep.size();
      }
      parts.push_back(s.substr(start));
    } else {
      size_t end = s.size();
      while (maxsplit-- != 0 && end >= sep.size()) {
        size_t at = s.substr(0, end).rfind(sep);
        if (at == std::string_view::npos) break;
        parts.push_back(s.substr(at + sep.size(), end - at - sep.size()));
        end = at;
      }
      parts.push_back(s.substr(0, end));
      std::reverse(parts.begin(), parts.end());
    }
  }
  Ref list = new_list();
  for (std::string_view p : parts)
    if (!append_owned(list, make_like(self, p))) return nullptr;
  return list;
}

Ref b_split(Value self, const Value* a, size_t n, Tuple* k) { return split_common("split", self, a, n, k, false); }
Ref b_rsplit(Value self, const Value* a, size_t n, Tuple* k) { return split_common("rsplit", self, a, n, k, true); }

Ref b_splitlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"keepends"};
  Value a[1];
  if (!bind_method_args("splitlines", names, 1, args, nargs, kwnames, a)) return nullptr;
  bool keepends = false;
  if (!a[0].is_null()) {
    int t = is_true(a[0]);
    if (t < 0) return nullptr;
    keepends = t != 0;
  }
  std::string_view s = view_of(self);
  Ref list = new_list();
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
    if (!append_owned(list, make_like(self, s.substr(i, (keepends ? j : eol) - i)))) return nullptr;
    i = j;
  }
  return list;
}

Ref partition_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse) {
  if (!arity(self, name, Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  std::string sep;
  if (!buffer_arg(args[0], &sep)) return nullptr;
  if (sep.empty()) return raise(exc::ValueError, "empty separator");
  std::string_view s = view_of(self);
  size_t at = reverse ? s.rfind(sep) : s.find(sep);
  Ref parts[3];
  if (at == std::string_view::npos) {
    parts[reverse ? 2 : 0] = make_like(self, s);
    parts[reverse ? 0 : 2] = make_like(self, "");
    parts[1] = make_like(self, "");
  } else {
    parts[0] = make_like(self, s.substr(0, at));
    // bytes hands back the separator object itself, bytearray a copy (as CPython).
    parts[1] = is_bytearray(self) ? make_like(self, sep) : Ref::borrow(args[0]);
    parts[2] = make_like(self, s.substr(at + sep.size()));
  }
  if (!parts[0] || !parts[1] || !parts[2]) return nullptr;
  return tuple_pack({*parts[0], *parts[1], *parts[2]});
}

Ref b_partition(Value self, const Value* a, size_t n, Tuple* k) { return partition_common("partition", self, a, n, k, false); }
Ref b_rpartition(Value self, const Value* a, size_t n, Tuple* k) { return partition_common("rpartition", self, a, n, k, true); }

// The items are gathered and their sizes summed first; the result is
// reserved at once, as CPython's join allocates it.
Ref b_join(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity(self, "join", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  Ref it = iter_for_join(args[0]);
  if (!it) return nullptr;
  Ref list = list_from_iterable(*it);
  if (!list) return nullptr;
  const List* items = list.as<List>();
  std::string_view sep = view_of(self);
  std::vector<Buffer> buffers(static_cast<size_t>(items->size));  // never moved: views may point into them
  int64_t total = 0;
  for (int64_t i = 0; i < items->size; ++i) {
    Buffer& b = buffers[static_cast<size_t>(i)];
    if (!get_buffer(items->items[i], &b)) {
      return raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                       type_name_of(items->items[i]) + " found");
    }
    int64_t add = static_cast<int64_t>(b.data.size() + (i > 0 ? sep.size() : 0));
    if (!add_result_size(&total, add, "join() result is too long for bytes")) return nullptr;
  }
  std::string out;
  out.reserve(static_cast<size_t>(total));
  for (size_t i = 0; i < buffers.size(); ++i) {
    if (i > 0) out += sep;
    out.append(buffers[i].data);
  }
  return make_like(self, out);
}

Ref b_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity(self, "replace", Arity::Clinic, nargs, kwnames, 2, 3)) return nullptr;
  std::string old_s, new_s;
  if (!buffer_arg(args[0], &old_s) || !buffer_arg(args[1], &new_s)) return nullptr;
  int64_t count = -1;
  if (nargs > 2 && !arg_to_index(args[2], &count)) return nullptr;
  if (count < 0) count = INT64_MAX;
  std::string_view s = view_of(self);
  // The result's size first (reserved at once, as CPython allocates it).
  int64_t matches = 0;
  if (old_s.empty()) {
    matches = std::min(count, static_cast<int64_t>(s.size()) + 1);
  } else {
    for (size_t at = 0; matches < count; ++matches, at += old_s.size()) {
      at = s.find(old_s, at);
      if (at == std::string_view::npos) break;
    }
  }
  int64_t size;
  if (!replaced_size(static_cast<int64_t>(s.size()), matches, static_cast<int64_t>(old_s.size()),
                     static_cast<int64_t>(new_s.size()), "replace bytes is too long", &size)) {
    return nullptr;
  }
  std::string out;
  out.reserve(static_cast<size_t>(size));
  if (old_s.empty()) {
    for (size_t i = 0; i <= s.size(); ++i) {
      if (static_cast<int64_t>(i) < matches) out += new_s;
      if (i < s.size()) out.push_back(s[i]);
    }
    return make_like(self, out);
  }
  size_t start = 0;
  for (int64_t done = 0; done < matches; ++done) {
    size_t at = s.find(old_s, start);
    out.append(s.substr(start, at - start));
    out += new_s;
    start = at + old_s.size();
  }
  out.append(s.substr(start));
  return same_or_copy(self, out);
}

// ---- Stripping and affixes ----

Ref strip_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool left, bool right) {
  if (!arity(self, name, Arity::Clinic, nargs, kwnames, 0, 1)) return nullptr;
  std::string chars;
  bool whitespace = nargs == 0 || args[0].is_none();
  if (!whitespace && !buffer_arg(args[0], &chars)) return nullptr;
  auto strip_this = [&](char c) {
    return whitespace ? is_space(static_cast<unsigned char>(c)) : chars.find(c) != std::string::npos;
  };
  std::string_view s = view_of(self);
  size_t i = 0, j = s.size();
  if (left)
    while (i < j && strip_this(s[i])) ++i;
  if (right)
    while (j > i && strip_this(s[j - 1])) --j;
  return same_or_copy(self, s.substr(i, j - i));
}

Ref b_strip(Value self, const Value* a, size_t n, Tuple* k) { return strip_common("strip", self, a, n, k, true, true); }
Ref b_lstrip(Value self, const Value* a, size_t n, Tuple* k) { return strip_common("lstrip", self, a, n, k, true, false); }
Ref b_rstrip(Value self, const Value* a, size_t n, Tuple* k) { return strip_common("rstrip", self, a, n, k, false, true); }

Ref remove_affix(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, bool suffix) {
  if (!arity(self, name, Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  std::string part;
  if (!buffer_arg(args[0], &part)) return nullptr;
  std::string_view s = view_of(self);
  if (!part.empty() && (suffix ? s.ends_with(part) : s.starts_with(part))) {
    return make_like(self, suffix ? s.substr(0, s.size() - part.size()) : s.substr(part.size()));
  }
  return same_or_copy(self, s);
}

Ref b_removeprefix(Value self, const Value* a, size_t n, Tuple* k) { return remove_affix("removeprefix", self, a, n, k, false); }
Ref b_removesuffix(Value self, const Value* a, size_t n, Tuple* k) { return remove_affix("removesuffix", self, a, n, k, true); }

// ---- Padding ----

enum class Justify { Left, Right, Center };

Ref justify(const char* name, Value self, const Value* args, size_t nargs, Tuple* kwnames, Justify how) {
  if (!arity(self, name, Arity::Clinic, nargs, kwnames, 1, 2)) return nullptr;
  int64_t width;
  if (!arg_to_index(args[0], &width)) return nullptr;
  char fill = ' ';
  if (nargs > 1) {
    Buffer b;
    if ((!is_bytes(args[1]) && !is_bytearray(args[1])) || !get_buffer(args[1], &b) || b.data.size() != 1) {
      return raise(exc::TypeError, std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                       type_name_of(args[1]));
    }
    fill = b.data[0];
  }
  std::string_view s = view_of(self);
  int64_t total = width - static_cast<int64_t>(s.size());
  if (total <= 0) return same_or_copy(self, s);
  int64_t left = how == Justify::Left ? 0 : how == Justify::Right ? total : total / 2 + (total & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out.append(s);
  out.append(static_cast<size_t>(total - left), fill);
  return make_like(self, out);
}

Ref b_ljust(Value self, const Value* a, size_t n, Tuple* k) { return justify("ljust", self, a, n, k, Justify::Left); }
Ref b_rjust(Value self, const Value* a, size_t n, Tuple* k) { return justify("rjust", self, a, n, k, Justify::Right); }
Ref b_center(Value self, const Value* a, size_t n, Tuple* k) { return justify("center", self, a, n, k, Justify::Center); }

Ref b_zfill(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!arity(self, "zfill", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  int64_t width;
  if (!arg_to_index(args[0], &width)) return nullptr;
  std::string_view s = view_of(self);
  if (width <= static_cast<int64_t>(s.size())) return same_or_copy(self, s);
  std::string out;
  size_t start = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out.push_back(s[0]);
    start = 1;
  }
  out.append(static_cast<size_t>(width) - s.size(), '0');
  out.append(s.substr(start));
  return make_like(self, out);
}

Ref b_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"tabsize"};
  Value a[1];
  if (!bind_method_args("expandtabs", names, 1, args, nargs, kwnames, a)) return nullptr;
  int64_t tabsize = 8;
  if (!a[0].is_null() && !arg_to_c_int(a[0], &tabsize)) return nullptr;
  std::string out;
  int64_t column = 0;
  for (char c : view_of(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.push_back(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return make_like(self, out);
}

// ---- Case and predicates ----

enum class CaseOp { Lower, Upper, Swapcase, Title, Capitalize };

template <CaseOp op, const char* name>
Ref case_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity(self, name, Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  std::string out(view_of(self));
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    unsigned char u = static_cast<unsigned char>(c);
    switch (op) {
      case CaseOp::Lower: out[i] = to_lower(c); break;
      case CaseOp::Upper: out[i] = to_upper(c); break;
      case CaseOp::Swapcase: out[i] = is_upper(u) ? to_lower(c) : to_upper(c); break;
      case CaseOp::Title: out[i] = prev_cased ? to_lower(c) : to_upper(c); break;
      case CaseOp::Capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
    }
    prev_cased = is_alpha(u);
  }
  return make_like(self, out);
}

constexpr char kLower[] = "lower", kUpper[] = "upper", kSwapcase[] = "swapcase", kTitle[] = "title",
               kCapitalize[] = "capitalize";

template <bool (*pred)(unsigned char), const char* name>
Ref all_bytes(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity(self, name, Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  std::string_view s = view_of(self);
  if (s.empty()) return Ref::boolean(false);
  for (char c : s)
    if (!pred(static_cast<unsigned char>(c))) return Ref::boolean(false);
  return Ref::boolean(true);
}

constexpr char kIsalnum[] = "isalnum", kIsalpha[] = "isalpha", kIsdigit[] = "isdigit", kIsspace[] = "isspace";

Ref b_isascii(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity(self, "isascii", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  for (char c : view_of(self))
    if (static_cast<unsigned char>(c) >= 128) return Ref::boolean(false);
  return Ref::boolean(true);
}

template <bool upper, const char* name>
Ref cased_check(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity(self, name, Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  bool cased = false;
  for (char c : view_of(self)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (upper ? is_lower(u) : is_upper(u)) return Ref::boolean(false);
    if (upper ? is_upper(u) : is_lower(u)) cased = true;
  }
  return Ref::boolean(cased);
}

constexpr char kIslower[] = "islower", kIsupper[] = "isupper";

Ref b_istitle(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!arity(self, "istitle", Arity::NoArgs, nargs, kwnames, 0, 0)) return nullptr;
  bool cased = false, prev_cased = false;
  for (char c : view_of(self)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (is_upper(u)) {
      if (prev_cased) return Ref::boolean(false);
      prev_cased = cased = true;
    } else if (is_lower(u)) {
      if (!prev_cased) return Ref::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Ref::boolean(cased);
}

// ---- hex / fromhex / decode / translate / maketrans ----

Ref b_hex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"sep", "bytes_per_sep"};
  Value a[2];
  if (!bind_method_args("hex", names, 2, args, nargs, kwnames, a)) return nullptr;
  std::string sep;
  if (!a[0].is_null()) {
    Buffer b;
    if (is_str(a[0])) {
      sep = str_to_std(a[0].as<Str>());
      if (!a[0].as<Str>()->ascii) return raise(exc::ValueError, "sep must be ASCII.");
    } else if (get_buffer(a[0], &b)) {
      sep.assign(b.data);
    } else {
      return raise(exc::TypeError, std::string("object of type '") + type_name_of(a[0]) + "' has no len()");
    }
    if (sep.size() != 1) return raise(exc::ValueError, "sep must be length 1.");
  }
  int64_t per = 1;
  if (!a[1].is_null() && !arg_to_index(a[1], &per)) return nullptr;
  std::string_view s = view_of(self);
  static const char hex[] = "0123456789abcdef";
  std::string out;
  int64_t n = static_cast<int64_t>(s.size()), group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    if (!sep.empty() && group > 0 && i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return str_from_latin1(out);
}

int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

Ref b_fromhex(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = cls.as<Type>();
  const char* kind = type_is_subtype(type, &bytearray_type) ? "bytearray" : "bytes";
  if (!check_arity(kind, "fromhex", Arity::One, nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("fromhex() argument must be str, not ") + arg_type_name(args[0]));
  }
  Str* s = args[0].as<Str>();
  std::string out;
  int64_t i = 0, n = s->length;
  while (i < n) {
    uint32_t c = str_char_at(s, i);
    if (c == ' ' || (c >= 9 && c <= 13)) {
      ++i;
      continue;
    }
    int hi = hex_digit(c);
    int lo = i + 1 < n ? hex_digit(str_char_at(s, i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      return raise(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                        std::to_string(hi < 0 ? i : i + 1));
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  Ref result = type_is_subtype(type, &bytearray_type) ? bytearray_from_string(out) : bytes_from_string(out);
  if (!result || type == &bytes_type || type == &bytearray_type) return result;
  return call(cls, {*result});
}

Ref b_decode(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Value a[2];
  if (!bind_method_args("decode", names, 2, args, nargs, kwnames, a)) return nullptr;
  std::string parts[2] = {"utf-8", "strict"};
  for (int i = 0; i < 2; ++i) {
    if (a[i].is_null()) continue;
    if (!is_str(a[i])) {
      return raise(exc::TypeError, std::string("decode() argument '") + names[i] + "' must be str, not " +
                                       arg_type_name(a[i]));
    }
    parts[i] = str_to_std(a[i].as<Str>());
  }
  return decode(view_of(self), parts[0], parts[1]);
}

Ref b_translate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"table", "delete"};
  Value a[2];
  if (!bind_method_args("translate", names, 2, args, nargs, kwnames, a)) return nullptr;
  if (a[0].is_null()) return raise(exc::TypeError, "translate() takes at least 1 positional argument (0 given)");
  std::string table, del;
  if (!a[0].is_none()) {
    if (!buffer_arg(a[0], &table)) return nullptr;
    if (table.size() != 256) return raise(exc::ValueError, "translation table must be 256 characters long");
  }
  if (!a[1].is_null() && !buffer_arg(a[1], &del)) return nullptr;
  std::string out;
  for (char c : view_of(self)) {
    if (del.find(c) != std::string::npos) continue;
    out.push_back(table.empty() ? c : table[static_cast<unsigned char>(c)]);
  }
  return same_or_copy(self, out);
}

Ref b_maketrans(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arity("bytes", "maketrans", Arity::Clinic, nargs, kwnames, 2, 2)) return nullptr;
  std::string from, to;
  if (!buffer_arg(args[0], &from) || !buffer_arg(args[1], &to)) return nullptr;
  if (from.size() != to.size()) return raise(exc::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_from_string(table);
}

const MethodDef kSharedMethods[] = {
    {"capitalize", case_method<CaseOp::Capitalize, kCapitalize>, kMethodInstance, nullptr},
    {"center", b_center, kMethodInstance, "center($self, width, fillchar=b' ', /)\n--\n\n"},
    {"count", b_count, kMethodInstance, nullptr},
    {"decode", b_decode, kMethodInstance, "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n"},
    {"endswith", b_endswith, kMethodInstance, nullptr},
    {"expandtabs", b_expandtabs, kMethodInstance, "expandtabs($self, /, tabsize=8)\n--\n\n"},
    {"find", b_find, kMethodInstance, nullptr},
    {"fromhex", b_fromhex, kMethodClass, "fromhex($type, string, /)\n--\n\n"},
    {"hex", b_hex, kMethodInstance, "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"},
    {"index", b_index, kMethodInstance, nullptr},
    {"isalnum", all_bytes<is_alnum, kIsalnum>, kMethodInstance, nullptr},
    {"isalpha", all_bytes<is_alpha, kIsalpha>, kMethodInstance, nullptr},
    {"isascii", b_isascii, kMethodInstance, nullptr},
    {"isdigit", all_bytes<is_digit, kIsdigit>, kMethodInstance, nullptr},
    {"islower", cased_check<false, kIslower>, kMethodInstance, nullptr},
    {"isspace", all_bytes<is_space, kIsspace>, kMethodInstance, nullptr},
    {"istitle", b_istitle, kMethodInstance, nullptr},
    {"isupper", cased_check<true, kIsupper>, kMethodInstance, nullptr},
    {"join", b_join, kMethodInstance, "join($self, iterable_of_bytes, /)\n--\n\n"},
    {"ljust", b_ljust, kMethodInstance, "ljust($self, width, fillchar=b' ', /)\n--\n\n"},
    {"lower", case_method<CaseOp::Lower, kLower>, kMethodInstance, nullptr},
    {"lstrip", b_lstrip, kMethodInstance, "lstrip($self, bytes=None, /)\n--\n\n"},
    {"maketrans", b_maketrans, kMethodStatic, nullptr},
    {"partition", b_partition, kMethodInstance, "partition($self, sep, /)\n--\n\n"},
    {"removeprefix", b_removeprefix, kMethodInstance, "removeprefix($self, prefix, /)\n--\n\n"},
    {"removesuffix", b_removesuffix, kMethodInstance, "removesuffix($self, suffix, /)\n--\n\n"},
    {"replace", b_replace, kMethodInstance, "replace($self, old, new, count=-1, /)\n--\n\n"},
    {"rfind", b_rfind, kMethodInstance, nullptr},
    {"rindex", b_rindex, kMethodInstance, nullptr},
    {"rjust", b_rjust, kMethodInstance, "rjust($self, width, fillchar=b' ', /)\n--\n\n"},
    {"rpartition", b_rpartition, kMethodInstance, "rpartition($self, sep, /)\n--\n\n"},
    {"rsplit", b_rsplit, kMethodInstance, "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"rstrip", b_rstrip, kMethodInstance, "rstrip($self, bytes=None, /)\n--\n\n"},
    {"split", b_split, kMethodInstance, "split($self, /, sep=None, maxsplit=-1)\n--\n\n"},
    {"splitlines", b_splitlines, kMethodInstance, "splitlines($self, /, keepends=False)\n--\n\n"},
    {"startswith", b_startswith, kMethodInstance, nullptr},
    {"strip", b_strip, kMethodInstance, "strip($self, bytes=None, /)\n--\n\n"},
    {"swapcase", case_method<CaseOp::Swapcase, kSwapcase>, kMethodInstance, nullptr},
    {"title", case_method<CaseOp::Title, kTitle>, kMethodInstance, nullptr},
    {"translate", b_translate, kMethodInstance, "translate($self, table, /, delete=b'')\n--\n\n"},
    {"upper", case_method<CaseOp::Upper, kUpper>, kMethodInstance, nullptr},
    {"zfill", b_zfill, kMethodInstance, "zfill($self, width, /)\n--\n\n"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

const MethodDef* bytes_shared_methods() { return kSharedMethods; }

}  // namespace taipan
