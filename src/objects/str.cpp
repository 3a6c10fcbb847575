// str: storage (1/2/4 bytes per code point), creation, the UTF-8 cache,
// hashing, interning, comparison, repr, and the str type's slots (operators,
// indexing, iteration, the constructor). Methods live in str_methods.cpp,
// formatting in str_format.cpp and str_percent.cpp.
#include "objects/str.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/hash_bytes.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/result_size.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "parser/utf8.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type str_type;
Type str_iterator_type;
Type str_ascii_iterator_type;

namespace {

int kind_for(uint32_t maxchar) { return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4; }

void store_char(Str* s, int64_t i, uint32_t cp) {
  switch (s->kind) {
    case 1: s->data[i] = static_cast<unsigned char>(cp); break;
    case 2: reinterpret_cast<uint16_t*>(s->data)[i] = static_cast<uint16_t>(cp); break;
    default: reinterpret_cast<uint32_t*>(s->data)[i] = cp; break;
  }
}

Str* alloc_typed(Type* type, int64_t n, uint32_t maxchar) {
  int kind = kind_for(maxchar);
  size_t extra = type == &str_type ? 0 : static_cast<size_t>(type->basic_size) - sizeof(Str);
  Str* s = new_object<Str>(type, sizeof(Str) + static_cast<size_t>(n + 1) * static_cast<size_t>(kind) + extra);
  if (s == nullptr) return nullptr;
  s->length = n;
  s->hash = -1;
  s->kind = static_cast<uint8_t>(kind);
  s->ascii = maxchar < 128;
  if (s->ascii) {
    s->utf8 = reinterpret_cast<char*>(s->data);
    s->utf8_length = n;
  }
  return s;
}

Str* g_empty = nullptr;
Str* g_latin1_chars[256];

Str* make_immortal(Str* s) {
  s->refcnt = kImmortalRefcnt;
  return s;
}

void init_constants() {
  g_empty = make_immortal(alloc_typed(&str_type, 0, 0));
  for (uint32_t c = 0; c < 256; ++c) {
    Str* s = alloc_typed(&str_type, 1, c);
    s->data[0] = static_cast<unsigned char>(c);
    g_latin1_chars[c] = make_immortal(s);
  }
}

bool all_ascii(std::string_view text) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < n; ++i)
    if (p[i] & 0x80) return false;
  return true;
}

}  // namespace

// ---- Creation ----

Str* str_alloc(int64_t n, uint32_t maxchar) {
  if (n < 0 || n > (int64_t{1} << 40)) {
    raise_no_memory();
    return nullptr;
  }
  return alloc_typed(&str_type, n, maxchar);
}

Str* str_empty() {
  if (g_empty == nullptr) init_constants();
  return g_empty;
}

Ref str_from_char(uint32_t cp) {
  if (cp < 256) {
    if (g_empty == nullptr) init_constants();
    return Ref::borrow(g_latin1_chars[cp]);
  }
  Str* s = str_alloc(1, cp);
  if (s == nullptr) return nullptr;
  store_char(s, 0, cp);
  return Ref::steal(s);
}

Ref str_from_code_points(const uint32_t* cps, int64_t n) {
  if (n == 0) return Ref::borrow(str_empty());
  if (n == 1) return str_from_char(cps[0]);
  uint32_t maxchar = 0;
  for (int64_t i = 0; i < n; ++i) maxchar = std::max(maxchar, cps[i]);
  Str* s = str_alloc(n, maxchar);
  if (s == nullptr) return nullptr;
  for (int64_t i = 0; i < n; ++i) store_char(s, i, cps[i]);
  return Ref::steal(s);
}

Ref str_from_latin1(std::string_view bytes) {
  int64_t n = static_cast<int64_t>(bytes.size());
  if (n == 0) return Ref::borrow(str_empty());
  if (n == 1) return str_from_char(static_cast<unsigned char>(bytes[0]));
  uint32_t maxchar = all_ascii(bytes) ? 127 : 255;
  Str* s = str_alloc(n, maxchar);
  if (s == nullptr) return nullptr;
  std::memcpy(s->data, bytes.data(), bytes.size());
  return Ref::steal(s);
}

Ref str_from_utf8(std::string_view utf8) {
  if (all_ascii(utf8)) return str_from_latin1(utf8);
  std::u32string cps;
  cps.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) cps.push_back(parser::utf8_decode(utf8, i));
  return str_from_code_points(reinterpret_cast<const uint32_t*>(cps.data()), static_cast<int64_t>(cps.size()));
}

Ref str_substring(Str* s, int64_t start, int64_t end) {
  if (start <= 0 && end >= s->length && s->type == &str_type) return Ref::borrow(s);
  if (end <= start) return Ref::borrow(str_empty());
  if (end - start == 1) return str_from_char(str_char_at(s, start));
  if (s->kind == 1) {
    return str_from_latin1({reinterpret_cast<const char*>(s->data) + start, static_cast<size_t>(end - start)});
  }
  StrBuilder b;
  b.append(s, start, end);
  return b.finish();
}

// ---- StrBuilder ----

void StrBuilder::widen() {
  wide_buf_.reserve(narrow_.size() * 2 + 16);
  for (char c : narrow_) wide_buf_.push_back(static_cast<unsigned char>(c));
  narrow_.clear();
  wide_ = true;
}

void StrBuilder::append_wide(uint32_t cp) {
  if (!wide_) widen();
  wide_buf_.push_back(cp);
  if (cp > max_) max_ = cp;
}

void StrBuilder::append(Str* s) { append(s, 0, s->length); }

void StrBuilder::append(Str* s, int64_t start, int64_t end) {
  if (end <= start) return;
  if (s->kind == 1 && !wide_) {
    const unsigned char* p = s->data + start;
    size_t n = static_cast<size_t>(end - start);
    narrow_.append(reinterpret_cast<const char*>(p), n);
    if (!s->ascii && max_ < 128 && !all_ascii({reinterpret_cast<const char*>(p), n})) max_ = 255;
    return;
  }
  for (int64_t i = start; i < end; ++i) append(str_char_at(s, i));
}

void StrBuilder::append_ascii(std::string_view text) {
  if (wide_) {
    for (char c : text) wide_buf_.push_back(static_cast<unsigned char>(c));
  } else {
    narrow_.append(text);
  }
}

void StrBuilder::append_utf8(std::string_view text) {
  if (all_ascii(text)) {
    append_ascii(text);
    return;
  }
  for (size_t i = 0; i < text.size();) append(parser::utf8_decode(text, i));
}

void StrBuilder::repeat(uint32_t cp, int64_t n) {
  if (n <= 0) return;
  if (cp < 256 && !wide_) {
    narrow_.append(static_cast<size_t>(n), static_cast<char>(cp));
    if (cp > max_) max_ = cp;
    return;
  }
  if (!wide_) widen();
  wide_buf_.append(static_cast<size_t>(n), cp);
  if (cp > max_) max_ = cp;
}

Ref StrBuilder::finish() {
  if (!wide_) {
    if (narrow_.size() == 1) return str_from_char(static_cast<unsigned char>(narrow_[0]));
    if (narrow_.empty()) return Ref::borrow(str_empty());
    Str* s = str_alloc(static_cast<int64_t>(narrow_.size()), max_);
    if (s == nullptr) return nullptr;
    std::memcpy(s->data, narrow_.data(), narrow_.size());
    return Ref::steal(s);
  }
  int64_t n = size();
  Str* s = str_alloc(n, max_);
  if (s == nullptr) return nullptr;
  switch (s->kind) {
    case 1:
      for (int64_t i = 0; i < n; ++i) s->data[i] = static_cast<unsigned char>(wide_buf_[static_cast<size_t>(i)]);
      break;
    case 2: {
      auto* d = reinterpret_cast<uint16_t*>(s->data);
      for (int64_t i = 0; i < n; ++i) d[i] = static_cast<uint16_t>(wide_buf_[static_cast<size_t>(i)]);
      break;
    }
    default:
      std::memcpy(s->data, wide_buf_.data(), static_cast<size_t>(n) * 4);
      break;
  }
  return Ref::steal(s);
}

// ---- UTF-8, hash, equality ----

std::string_view str_utf8(Str* s) {
  if (s->utf8 == nullptr) {
    std::string out;
    out.reserve(static_cast<size_t>(s->length) * 2);
    for (int64_t i = 0; i < s->length; ++i) parser::utf8_append(out, str_char_at(s, i));
    char* buf = new char[out.size() + 1];
    std::memcpy(buf, out.data(), out.size() + 1);
    s->utf8 = buf;
    s->utf8_length = static_cast<int64_t>(out.size());
  }
  return {s->utf8, static_cast<size_t>(s->utf8_length)};
}

int64_t str_hash(Str* s) {
  if (s->hash == -1) s->hash = hash_bytes(s->data, static_cast<size_t>(s->length) * s->kind);
  return s->hash;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->length != b->length || a->kind != b->kind) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, static_cast<size_t>(a->length) * a->kind) == 0;
}

int str_compare(Str* a, Str* b) {
  int64_t n = std::min(a->length, b->length);
  if (a->kind == 1 && b->kind == 1) {
    int c = std::memcmp(a->data, b->data, static_cast<size_t>(n));
    if (c != 0) return c;
  } else {
    for (int64_t i = 0; i < n; ++i) {
      uint32_t x = str_char_at(a, i), y = str_char_at(b, i);
      if (x != y) return x < y ? -1 : 1;
    }
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

Ref str_concat(Str* a, Str* b) {
  if (a->length == 0 && b->type == &str_type) return Ref::borrow(b);
  if (b->length == 0 && a->type == &str_type) return Ref::borrow(a);
  int64_t n = a->length + b->length;
  uint32_t maxchar = 0;
  int kind = std::max(a->kind, b->kind);
  if (kind == 1) {
    maxchar = a->ascii && b->ascii ? 127 : 255;
  } else {
    for (Str* s : {a, b})
      if (s->kind == kind)
        for (int64_t i = 0; i < s->length; ++i) maxchar = std::max(maxchar, str_char_at(s, i));
  }
  Str* r = str_alloc(n, maxchar);
  if (r == nullptr) return nullptr;
  if (a->kind == kind && b->kind == kind) {
    std::memcpy(r->data, a->data, static_cast<size_t>(a->length) * kind);
    std::memcpy(r->data + a->length * kind, b->data, static_cast<size_t>(b->length) * kind);
  } else {
    for (int64_t i = 0; i < a->length; ++i) store_char(r, i, str_char_at(a, i));
    for (int64_t i = 0; i < b->length; ++i) store_char(r, a->length + i, str_char_at(b, i));
  }
  return Ref::steal(r);
}

Ref str_append(Str* a, Str* b) {
  bool in_place = a->refcnt == 1 && a->type == &str_type && b->type == &str_type && !a->interned &&
                  a->kind == b->kind && a->length > 0 && b->length > 0;
  if (!in_place) {
    Ref r = str_concat(a, b);
    decref(a);
    return r;
  }
  size_t kind = a->kind;
  int64_t n = a->length + b->length;
  auto* s = static_cast<Str*>(grow_object(a, sizeof(Str) + static_cast<size_t>(n + 1) * kind));
  if (s == nullptr) {
    decref(a);
    return nullptr;
  }
  std::memcpy(s->data + static_cast<size_t>(s->length) * kind, b->data, static_cast<size_t>(b->length) * kind);
  std::memset(s->data + static_cast<size_t>(n) * kind, 0, kind);
  s->length = n;
  s->hash = -1;
  if (s->utf8 != nullptr && !s->ascii) delete[] s->utf8;
  s->ascii = s->ascii && b->ascii;
  s->utf8 = s->ascii ? reinterpret_cast<char*>(s->data) : nullptr;
  s->utf8_length = s->ascii ? n : 0;
  return Ref::steal(s);
}

// ---- Interning ----

namespace {
std::unordered_map<std::string_view, Str*>& intern_table() {
  static std::unordered_map<std::string_view, Str*> table;
  return table;
}
}  // namespace

Str* intern(std::string_view utf8) {
  auto& table = intern_table();
  auto it = table.find(utf8);
  if (it != table.end()) return it->second;
  Ref s = str_from_utf8(utf8);
  if (!s) return nullptr;
  Str* str = s.as<Str>();
  if (str->refcnt < kImmortalRefcnt) {
    str->refcnt = kImmortalRefcnt;
    (void)s.release();
  }
  str->interned = true;
  table.emplace(str_utf8(str), str);
  return str;
}

Str* intern_str(Str* s) {
  if (s->interned) return s;
  auto& table = intern_table();
  auto it = table.find(str_utf8(s));
  if (it != table.end()) return it->second;
  if (s->type != &str_type) return intern(str_utf8(s));
  s->refcnt = kImmortalRefcnt;
  s->interned = true;
  table.emplace(str_utf8(s), s);
  return s;
}

// ---- Search ----

namespace {

template <class H, class N>
int64_t find_in(const H* hay, int64_t hay_len, const N* needle, int64_t n, bool reverse) {
  if (n == 0) return reverse ? hay_len : 0;
  if (n > hay_len) return -1;
  uint32_t first = needle[0];
  if (!reverse) {
    for (int64_t i = 0; i + n <= hay_len; ++i) {
      if (hay[i] != first) continue;
      int64_t j = 1;
      while (j < n && hay[i + j] == needle[j]) ++j;
      if (j == n) return i;
    }
  } else {
    for (int64_t i = hay_len - n; i >= 0; --i) {
      if (hay[i] != first) continue;
      int64_t j = 1;
      while (j < n && hay[i + j] == needle[j]) ++j;
      if (j == n) return i;
    }
  }
  return -1;
}

template <class H>
int64_t find_dispatch(const H* hay, int64_t hay_len, Str* needle, bool reverse) {
  switch (needle->kind) {
    case 1: return find_in(hay, hay_len, needle->data, needle->length, reverse);
    case 2: return find_in(hay, hay_len, reinterpret_cast<const uint16_t*>(needle->data), needle->length, reverse);
    default: return find_in(hay, hay_len, reinterpret_cast<const uint32_t*>(needle->data), needle->length, reverse);
  }
}

}  // namespace

int64_t str_find(Str* s, Str* needle, int64_t start, int64_t end, bool reverse) {
  if (start < 0) start = 0;
  if (end > s->length) end = s->length;
  if (end - start < needle->length) return -1;
  if (needle->kind > s->kind) return -1;
  int64_t len = end - start, r;
  if (!reverse && needle->length == 1 && s->kind == 1) {
    const void* p = std::memchr(s->data + start, needle->data[0], static_cast<size_t>(len));
    return p == nullptr ? -1 : static_cast<const unsigned char*>(p) - s->data;
  }
  switch (s->kind) {
    case 1: r = find_dispatch(s->data + start, len, needle, reverse); break;
    case 2: r = find_dispatch(reinterpret_cast<const uint16_t*>(s->data) + start, len, needle, reverse); break;
    default: r = find_dispatch(reinterpret_cast<const uint32_t*>(s->data) + start, len, needle, reverse); break;
  }
  return r < 0 ? -1 : r + start;
}

// ---- repr ----

Ref str_repr(Str* s, bool ascii_only) {
  bool has_single = false, has_double = false;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c == '\'') has_single = true;
    else if (c == '"') has_double = true;
  }
  uint32_t quote = has_single && !has_double ? '"' : '\'';
  StrBuilder b;
  b.reserve(s->length + 2);
  b.append(quote);
  static const char hex[] = "0123456789abcdef";
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c == quote || c == '\\') {
      b.append('\\');
      b.append(c);
    } else if (c == '\n') {
      b.append_ascii("\\n");
    } else if (c == '\t') {
      b.append_ascii("\\t");
    } else if (c == '\r') {
      b.append_ascii("\\r");
    } else if (c >= 0x20 && c < 0x7F) {
      b.append(c);
    } else if (c >= 0x7F && !ascii_only && unicode::is_printable(c)) {
      b.append(c);
    } else {
      int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
      b.append('\\');
      b.append(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
      for (int d = digits - 1; d >= 0; --d) b.append(static_cast<uint32_t>(hex[(c >> (4 * d)) & 0xF]));
    }
  }
  b.append(quote);
  return b.finish();
}

// ---- join ----

namespace {
Ref raise_join_item(int64_t index, Value item) {
  return raise(exc::TypeError, "sequence item " + std::to_string(index) + ": expected str instance, " +
                                   type_name_of(item) + " found");
}


// Joins items already gathered (appending strs runs no Python code, so a
// list's array stays put): the result's size is summed first and reserved
// at once, as CPython's join allocates it.
Ref join_items(Str* sep, const Value* items, int64_t n) {
  if (n == 1 && is_exact_str(items[0])) return Ref::borrow(items[0]);
  int64_t total = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) return raise_join_item(i, items[i]);
    if (!add_result_size(&total, items[i].as<Str>()->length + (i > 0 ? sep->length : 0),
                         "join() result is too long for a Python string")) {
      return nullptr;
    }
  }
  StrBuilder b;
  b.reserve(total);
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) b.append(sep);
    b.append(items[i].as<Str>());
  }
  return b.finish();
}
}  // namespace

Ref str_join(Str* sep, Value iterable) {
  if (iterable.is_object() && iterable.as_object()->type == &tuple_type) {
    return join_items(sep, iterable.as<Tuple>()->items, iterable.as<Tuple>()->size);
  }
  Ref list;
  if (iterable.is_object() && iterable.as_object()->type == &list_type) {
    list = Ref::borrow(iterable);
  } else {
    Ref it = iter_for_join(iterable);
    if (!it) return nullptr;
    list = list_from_iterable(*it);
    if (!list) return nullptr;
  }
  return join_items(sep, list.as<List>()->items, list.as<List>()->size);
}

// ---- Slots ----

Ref try_reflected(Value a, Value b, BinaryFn ours, BinaryFn theirs) {
  if (theirs == nullptr || theirs == ours || !type_has_flag(type_of(b), kTypeHeap)) return Ref();
  Ref r = theirs(a, b);
  if (r && is_not_implemented(*r)) return Ref();
  return r;
}

namespace {

Str* as_str(Value v) { return v.as<Str>(); }

void str_dealloc(Object* o) {
  Str* s = static_cast<Str*>(o);
  if (s->utf8 != nullptr && s->utf8 != reinterpret_cast<char*>(s->data)) delete[] s->utf8;
  free_object(o);
}

Ref str_repr_slot(Value self) { return str_repr(as_str(self)); }

Ref str_str_slot(Value self) {
  Str* s = as_str(self);
  if (s->type == &str_type) return Ref::borrow(self);
  StrBuilder b;
  b.append(s);
  return b.finish();
}

int64_t str_hash_slot(Value self) { return str_hash(as_str(self)); }

Ref str_richcompare(Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return ref_not_implemented();
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CompareOp::Eq) return Ref::boolean(str_equal(x, y));
  if (op == CompareOp::Ne) return Ref::boolean(!str_equal(x, y));
  int c = str_compare(x, y);
  switch (op) {
    case CompareOp::Lt: return Ref::boolean(c < 0);
    case CompareOp::Le: return Ref::boolean(c <= 0);
    case CompareOp::Gt: return Ref::boolean(c > 0);
    default: return Ref::boolean(c >= 0);
  }
}

int64_t str_len_slot(Value self) { return as_str(self)->length; }

Ref str_getitem(Value self, Value key) {
  Str* s = as_str(self);
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(s->length, &start, &stop, step);
    if (step == 1) return str_substring(s, start, start + n);
    StrBuilder b;
    b.reserve(n);
    for (int64_t i = 0, j = start; i < n; ++i, j += step) b.append(str_char_at(s, j));
    return b.finish();
  }
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else {
    if (!is_int(key) && type_of(key)->number.index == nullptr) {
      return raise(exc::TypeError, std::string("string indices must be integers, not '") + type_name_of(key) + "'");
    }
    Ref idx = index(key);
    if (!idx) return nullptr;
    if (!int_to_int64(*idx, &i)) return raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) return raise(exc::IndexError, "string index out of range");
  return str_from_char(str_char_at(s, i));
}

int str_contains(Value self, Value item) {
  if (!is_str(item)) {
    return fail(exc::TypeError, std::string("'in <string>' requires string as left operand, not ") + type_name_of(item));
  }
  Str* s = as_str(self);
  return str_find(s, as_str(item), 0, s->length, false) >= 0;
}

Ref str_add(Value a, Value b) {
  if (is_str(a) && is_str(b)) return str_concat(as_str(a), as_str(b));
  if (!is_str(a)) return ref_not_implemented();
  Ref r = try_reflected(a, b, str_add, type_of(b)->number.add);
  if (r || error_occurred()) return r;
  return raise(exc::TypeError, std::string("can only concatenate str (not \"") + type_name_of(b) + "\") to str");
}

Ref str_repeat(Str* s, int64_t count) {
  if (count <= 0 || s->length == 0) return Ref::borrow(str_empty());
  if (count == 1 && s->type == &str_type) return Ref::borrow(s);
  if (s->length > (int64_t{1} << 40) / count) return raise_no_memory();
  int64_t n = s->length * count;
  uint32_t maxchar = s->ascii ? 127 : 0;
  if (!s->ascii)
    for (int64_t i = 0; i < s->length; ++i) maxchar = std::max(maxchar, str_char_at(s, i));
  Str* r = str_alloc(n, maxchar);
  if (r == nullptr) return nullptr;
  size_t chunk = static_cast<size_t>(s->length) * s->kind;
  for (int64_t i = 0; i < count; ++i) std::memcpy(r->data + i * static_cast<int64_t>(chunk), s->data, chunk);
  return Ref::steal(r);
}

Ref str_multiply(Value a, Value b) {
  Value seq = is_str(a) ? a : b;
  Value count = is_str(a) ? b : a;
  if (is_str(a) && is_str(b)) {
    return raise(exc::TypeError, "can't multiply sequence by non-int of type 'str'");
  }
  if (!is_int(count) && type_of(count)->number.index == nullptr) {
    if (seq == a) {
      Ref r = try_reflected(a, b, str_multiply, type_of(b)->number.multiply);
      if (r || error_occurred()) return r;
    }
    return raise(exc::TypeError, std::string("can't multiply sequence by non-int of type '") + type_name_of(count) + "'");
  }
  Ref idx = index(count);
  if (!idx) return nullptr;
  int64_t n;
  if (!int_to_int64(*idx, &n)) return raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return str_repeat(as_str(seq), n);
}

Ref str_remainder(Value a, Value b) {
  if (!is_str(a)) return ref_not_implemented();
  return str_percent_format(as_str(a), b);
}

// ---- Iterator ----

struct StrIterator : Object {
  Value str;  // owned; null when exhausted
  int64_t index;
};

void str_iterator_dealloc(Object* o) {
  decref(static_cast<StrIterator*>(o)->str);
  free_object(o);
}

Ref str_iter(Value self) {
  StrIterator* it = new_object<StrIterator>(as_str(self)->ascii ? &str_ascii_iterator_type : &str_iterator_type);
  if (it == nullptr) return nullptr;
  incref(self);
  it->str = self;
  it->index = 0;
  return Ref::steal(it);
}

Ref str_iterator_next(Value self) {
  StrIterator* it = self.as<StrIterator>();
  if (it->str.is_null()) return Ref();
  Str* s = as_str(it->str);
  if (it->index >= s->length) {
    Value old = it->str;
    it->str = Value();
    decref(old);
    return Ref();
  }
  return str_from_char(str_char_at(s, it->index++));
}

Ref str_iterator_length_hint(Value self, const Value*, size_t, Tuple*) {
  StrIterator* it = self.as<StrIterator>();
  if (it->str.is_null()) return Ref::small_int(0);
  return Ref::small_int(as_str(it->str)->length - it->index);
}

const MethodDef str_iterator_methods[] = {
    {"__length_hint__", str_iterator_length_hint, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Constructor ----

Ref make_subtype_instance(Type* type, Str* s) {
  uint32_t maxchar = s->ascii ? 127 : 0;
  for (int64_t i = 0; i < s->length && !s->ascii; ++i) maxchar = std::max(maxchar, str_char_at(s, i));
  Str* r = alloc_typed(type, s->length, maxchar);
  if (r == nullptr) return nullptr;
  std::memcpy(r->data, s->data, static_cast<size_t>(s->length) * s->kind);
  return Ref::steal(r);
}

Ref str_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"object", "encoding", "errors"};
  Value a[3];
  if (!bind_method_args("str", names, 3, args, nargs, kwnames, a)) return nullptr;
  Ref result;
  if (a[0].is_null()) {
    result = Ref::borrow(str_empty());
  } else if (a[1].is_null() && a[2].is_null()) {
    result = str(a[0]);
  } else {
    std::string encoding = "utf-8", errors = "strict";
    for (int i = 1; i < 3; ++i) {
      if (a[i].is_null()) continue;
      if (!is_str(a[i])) {
        return raise(exc::TypeError, std::string("str() argument '") + names[i] + "' must be str, not " + arg_type_name(a[i]));
      }
      (i == 1 ? encoding : errors) = str_to_std(as_str(a[i]));
    }
    if (is_str(a[0])) return raise(exc::TypeError, "decoding str is not supported");
    Buffer buf;
    if (!get_buffer(a[0], &buf)) {
      return raise(exc::TypeError, std::string("decoding to str: need a bytes-like object, ") + type_name_of(a[0]) + " found");
    }
    result = decode(buf.data, encoding, errors);
  }
  if (!result || type == &str_type) return result;
  return make_subtype_instance(type, as_str(*result));
}

}  // namespace

int init_str_type() {
  Type& t = str_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "str";
  t.basic_size = sizeof(Str);
  t.item_size = 1;
  t.flags = kTypeBaseType | kTypeStrSubclass;
  t.doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str";
  t.dealloc = str_dealloc;
  t.repr = str_repr_slot;
  t.str = str_str_slot;
  t.hash = str_hash_slot;
  t.richcompare = str_richcompare;
  t.iter = str_iter;
  t.new_ = str_new;
  t.len = str_len_slot;
  t.getitem = str_getitem;
  t.contains = str_contains;
  t.number.add = str_add;
  t.number.multiply = str_multiply;
  t.number.remainder = str_remainder;
  t.methods = str_method_table();

  // CPython names the iterator of an ASCII string differently; same behaviour.
  for (Type* it : {&str_iterator_type, &str_ascii_iterator_type}) {
    it->refcnt = kImmortalRefcnt;
    it->type = &type_type;
    it->name = it == &str_iterator_type ? "str_iterator" : "str_ascii_iterator";
    it->basic_size = sizeof(StrIterator);
    it->dealloc = str_iterator_dealloc;
    it->iter = iter_self;
    it->next = str_iterator_next;
    it->methods = str_iterator_methods;
    if (type_ready(it) < 0) return -1;
  }
  return type_ready(&t);
}

}  // namespace taipan
