// The marshal format. Data types are written as CPython writes them (type
// codes, little-endian sizes, 15-bit digits for large ints, FLAG_REF
// back-references from version 3 on, short forms from version 4). Code
// objects use Taipan's own layout after the 'c' code: kCodeFormatVersion,
// the counts, the generic (unquickened) instructions, the packed source
// positions (compiler/code_positions.cpp), the exception table, the slot
// kinds, then the object fields.
// The reader checks every size and index against what it has read, so
// truncated or corrupt input is an exception, never a crash.
#include "runtime/marshal.h"

#include <gmp.h>

#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "compiler/code.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/specialize.h"

namespace taipan {

namespace {

// Type codes (CPython's marshal.c).
constexpr char kNull = '0';
constexpr char kNone = 'N';
constexpr char kFalse = 'F';
constexpr char kTrue = 'T';
constexpr char kStopIteration = 'S';
constexpr char kEllipsis = '.';
constexpr char kInt = 'i';
constexpr char kLong = 'l';
constexpr char kFloat = 'f';
constexpr char kBinaryFloat = 'g';
constexpr char kComplex = 'x';
constexpr char kBinaryComplex = 'y';
constexpr char kString = 's';
constexpr char kInterned = 't';
constexpr char kRef = 'r';
constexpr char kTuple = '(';
constexpr char kSmallTuple = ')';
constexpr char kList = '[';
constexpr char kDict = '{';
constexpr char kCode = 'c';
constexpr char kUnicode = 'u';
constexpr char kSet = '<';
constexpr char kFrozenSet = '>';
constexpr char kAscii = 'a';
constexpr char kAsciiInterned = 'A';
constexpr char kShortAscii = 'z';
constexpr char kShortAsciiInterned = 'Z';
constexpr uint8_t kFlagRef = 0x80;

constexpr int kMaxDepth = 2000;  // CPython's MAX_MARSHAL_STACK_DEPTH

// --- Writing ------------------------------------------------------------------

class Writer {
 public:
  Writer(std::string* out, int version) : out_(*out), version_(version) {}

  bool write(Value v) {
    if (++depth_ > kMaxDepth) {
      raise(exc::ValueError, "object too deeply nested to marshal");
      return false;
    }
    bool ok = write_object(v);
    --depth_;
    return ok;
  }

 private:
  void byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  void int32(int32_t v) {
    uint32_t u = static_cast<uint32_t>(v);
    for (int i = 0; i < 4; ++i) byte(static_cast<uint8_t>(u >> (8 * i)));
  }
  void raw(std::string_view data) { out_.append(data); }
  void sized(std::string_view data) {
    int32(static_cast<int32_t>(data.size()));
    raw(data);
  }
  void double_bits(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    for (int i = 0; i < 8; ++i) byte(static_cast<uint8_t>(bits >> (8 * i)));
  }
  void double_text(double d) {
    std::string text = float_repr(d);
    byte(static_cast<uint8_t>(text.size()));
    raw(text);
  }

  // FLAG_REF bookkeeping, as CPython's: an object referred to from
  // elsewhere too (refcount above 1) gets the flag, and meeting it again
  // writes a back-reference. Immediate ints and floats stand for CPython's
  // shared int and float objects. Returns true when `v` was written as a
  // back-reference.
  bool reference(Value v, size_t* flag_at) {
    *flag_at = std::string::npos;
    if (version_ < 3) return false;
    if (v.is_object() && v.as_object()->refcnt <= 1 && !is_immortal(v.as_object())) return false;
    auto found = refs_.find(v.bits());
    if (found != refs_.end()) {
      byte(kRef);
      int32(found->second);
      return true;
    }
    refs_.emplace(v.bits(), static_cast<int32_t>(refs_.size()));
    *flag_at = out_.size();
    return false;
  }

  // Writes v through write_value, flagged or as a back-reference.
  template <class WriteValue>
  bool with_reference(Value v, WriteValue write_value) {
    size_t flag_at;
    if (reference(v, &flag_at)) return true;
    if (!write_value()) return false;
    if (flag_at != std::string::npos) out_[flag_at] = static_cast<char>(out_[flag_at] | kFlagRef);
    return true;
  }

  bool write_object(Value v) {
    if (v.is_null()) {
      byte(kNull);
      return true;
    }
    if (v.is_none()) return byte(kNone), true;
    if (v.is_bool()) return byte(v.is_true() ? kTrue : kFalse), true;
    if (v.is_small_int()) return with_reference(v, [&] { return write_int(v); });
    if (v.is_double()) return with_reference(v, [&] { return write_float(v.as_double()); });
    Object* o = v.as_object();
    if (o == ellipsis) return byte(kEllipsis), true;
    if (o == static_cast<Object*>(exc::StopIteration)) return byte(kStopIteration), true;
    return with_reference(v, [&] { return write_heap(v); });
  }

  bool write_heap(Value v) {
    Type* t = type_of(v);
    if (t == &int_type) return write_int(v);
    if (t == &float_type) return write_float(float_value(v));
    if (t == &complex_type) {
      Complex* c = v.as<Complex>();
      if (version_ > 1) {
        byte(kBinaryComplex);
        double_bits(c->real);
        double_bits(c->imag);
      } else {
        byte(kComplex);
        double_text(c->real);
        double_text(c->imag);
      }
      return true;
    }
    if (t == &str_type) return write_str(v.as<Str>());
    if (t == &tuple_type) {
      Tuple* tuple = v.as<Tuple>();
      if (version_ >= 4 && tuple->size < 256) {
        byte(kSmallTuple);
        byte(static_cast<uint8_t>(tuple->size));
      } else {
        byte(kTuple);
        int32(static_cast<int32_t>(tuple->size));
      }
      for (int64_t i = 0; i < tuple->size; ++i) {
        if (!write(tuple->items[i])) return false;
      }
      return true;
    }
    if (t == &list_type) {
      List* list = v.as<List>();
      byte(kList);
      int32(static_cast<int32_t>(list->size));
      for (int64_t i = 0; i < list->size; ++i) {
        if (!write(list->items[i])) return false;
      }
      return true;
    }
    if (t == &dict_type) {
      byte(kDict);
      int64_t pos = 0;
      Value key, value;
      while (dict_next(v.as<Dict>(), &pos, &key, &value)) {
        if (!write(key) || !write(value)) return false;
      }
      byte(kNull);
      return true;
    }
    if (t == &set_type || t == &frozenset_type) {
      Set* s = v.as<Set>();
      byte(t == &set_type ? kSet : kFrozenSet);
      int32(static_cast<int32_t>(s->used));
      int64_t pos = 0, hash;
      Value key;
      while (set_next(s, &pos, &key, &hash)) {
        if (!write(key)) return false;
      }
      return true;
    }
    if (t == &code_type) return write_code(v.as<Code>());
    Buffer buffer;
    if (get_buffer(v, &buffer)) {
      byte(kString);
      sized(buffer.data);
      return true;
    }
    raise(exc::ValueError, "unmarshallable object");
    return false;
  }

  bool write_int(Value v) {
    int64_t small;
    if (int_to_int64(v, &small) && small >= INT32_MIN && small <= INT32_MAX) {
      byte(kInt);
      int32(static_cast<int32_t>(small));
      return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    int sign = mpz_sgn(z);
    mpz_abs(z, z);
    size_t count = 0;
    std::vector<uint16_t> digits((mpz_sizeinbase(z, 2) + 14) / 15 + 1);
    mpz_export(digits.data(), &count, -1, sizeof(uint16_t), -1, 1, z);
    mpz_clear(z);
    byte(kLong);
    int32(static_cast<int32_t>(sign < 0 ? -static_cast<int64_t>(count) : static_cast<int64_t>(count)));
    for (size_t i = 0; i < count; ++i) {
      byte(static_cast<uint8_t>(digits[i]));
      byte(static_cast<uint8_t>(digits[i] >> 8));
    }
    return true;
  }

  bool write_float(double d) {
    if (version_ > 1) {
      byte(kBinaryFloat);
      double_bits(d);
    } else {
      byte(kFloat);
      double_text(d);
    }
    return true;
  }

  bool write_str(Str* s) {
    std::string_view utf8 = str_utf8(s);
    if (version_ >= 4 && s->ascii) {
      if (utf8.size() < 256) {
        byte(s->interned ? kShortAsciiInterned : kShortAscii);
        byte(static_cast<uint8_t>(utf8.size()));
        raw(utf8);
      } else {
        byte(s->interned ? kAsciiInterned : kAscii);
        sized(utf8);
      }
      return true;
    }
    byte(s->interned && version_ >= 1 ? kInterned : kUnicode);
    sized(utf8);
    return true;
  }

  bool write_code(Code* c) {
    byte(kCode);
    int32(kCodeFormatVersion);
    for (int32_t field : {c->argcount, c->posonlyargcount, c->kwonlyargcount, static_cast<int32_t>(c->flags),
                          c->stacksize, c->firstlineno, c->nlocalsplus, c->nlocals, c->ncellvars, c->nfreevars,
                          c->code_size, c->exception_table_size}) {
      int32(field);
    }
    // Instructions in their generic form with empty caches: quickening
    // starts over in the process that loads them.
    for (int32_t i = 0; i < c->code_size;) {
      CodeUnit unit = c->code[i];
      Opcode op = generic_opcode(static_cast<uint8_t>(unit & 0xFF));
      CodeUnit generic = make_unit(op, unit_arg(unit));
      byte(static_cast<uint8_t>(generic));
      byte(static_cast<uint8_t>(generic >> 8));
      int caches = kOpcodeCacheUnits[static_cast<int>(op)];
      for (int k = 0; k < caches && i + 1 + k < c->code_size; ++k) {
        CodeUnit empty = make_unit(Opcode::CACHE, 0);
        byte(static_cast<uint8_t>(empty));
        byte(static_cast<uint8_t>(empty >> 8));
      }
      i += 1 + caches;
    }
    if (c->packed_positions != nullptr) {
      sized(std::string_view(reinterpret_cast<const char*>(c->packed_positions),
                             static_cast<size_t>(c->packed_positions_size)));
    } else {
      std::string packed;
      pack_positions(c->positions, c->code_size, &packed);
      sized(packed);
    }
    for (int32_t i = 0; i < c->exception_table_size; ++i) {
      const ExceptionTableEntry& e = c->exception_table[i];
      int32(e.start);
      int32(e.end);
      int32(e.target);
      int32(e.depth);
      byte(e.push_lasti ? 1 : 0);
    }
    for (int32_t i = 0; i < c->nlocalsplus; ++i) byte(c->localspluskinds[i]);
    for (Value field : {c->localsplusnames, c->consts, c->names, c->filename, c->name, c->qualname}) {
      if (!write(field)) return false;
    }
    return true;
  }

  std::string& out_;
  int version_;
  int depth_ = 0;
  std::unordered_map<uint64_t, int32_t> refs_;  // Value bits -> index
};

// --- Reading ------------------------------------------------------------------

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  size_t position() const { return pos_; }

  Ref read() {
    if (++depth_ > kMaxDepth) {
      --depth_;
      return raise(exc::ValueError, "recursion limit exceeded");
    }
    Ref v = read_object();
    --depth_;
    if (!v && !error_occurred()) raise(exc::ValueError, "bad marshal data (unknown type code)");
    return v;
  }

 private:
  Ref short_data() { return raise(exc::EOFError, "marshal data too short"); }

  bool need(size_t n) {
    if (data_.size() - pos_ >= n) return true;
    short_data();
    return false;
  }
  // A container of n items needs at least n more bytes: checked before
  // allocating, so a forged size cannot ask for gigabytes.
  bool need_items(size_t n) {
    if (data_.size() - pos_ >= n) return true;
    raise(exc::EOFError, "EOF read where object expected");
    return false;
  }
  bool byte(uint8_t* out) {
    if (!need(1)) return false;
    *out = static_cast<uint8_t>(data_[pos_++]);
    return true;
  }
  bool int32(int32_t* out) {
    if (!need(4)) return false;
    uint32_t u = 0;
    for (int i = 0; i < 4; ++i) u |= static_cast<uint32_t>(static_cast<uint8_t>(data_[pos_ + i])) << (8 * i);
    pos_ += 4;
    *out = static_cast<int32_t>(u);
    return true;
  }
  bool bytes(size_t n, std::string_view* out) {
    if (!need(n)) return false;
    *out = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  // A size field: non-negative and within what is left.
  bool size(int32_t* out, const char* what) {
    if (!int32(out)) return false;
    if (*out < 0) {
      raise(exc::ValueError, std::string("bad marshal data (") + what + " size out of range)");
      return false;
    }
    return true;
  }
  bool double_bits(double* out) {
    std::string_view raw;
    if (!bytes(8, &raw)) return false;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(static_cast<uint8_t>(raw[i])) << (8 * i);
    std::memcpy(out, &bits, sizeof bits);
    return true;
  }
  bool double_text(double* out) {
    uint8_t n;
    std::string_view text;
    if (!byte(&n) || !bytes(n, &text)) return false;
    if (!parse_float_literal(text, out)) {
      raise(exc::ValueError, "bad marshal data (float)");
      return false;
    }
    return true;
  }

  // Registers the object a FLAG_REF code announced (index reserved first,
  // so containers can refer to themselves as CPython's reader allows).
  int64_t reserve(bool flagged) {
    if (!flagged) return -1;
    refs_.push_back(Ref());
    return static_cast<int64_t>(refs_.size()) - 1;
  }
  Ref keep(int64_t slot, Ref v) {
    if (v && slot >= 0) refs_[static_cast<size_t>(slot)] = Ref::borrow(v.get());
    return v;
  }

  Ref read_object() {
    if (pos_ >= data_.size()) return raise(exc::EOFError, "EOF read where object expected");
    uint8_t code = static_cast<uint8_t>(data_[pos_++]);
    bool flagged = (code & kFlagRef) != 0;
    char type = static_cast<char>(code & ~kFlagRef);
    switch (type) {
      case kNull: return raise(exc::TypeError, "NULL object in marshal data for object");
      case kNone: return Ref::none();
      case kFalse: return Ref::boolean(false);
      case kTrue: return Ref::boolean(true);
      case kEllipsis: return Ref::borrow(ellipsis_value());
      case kStopIteration: return Ref::borrow(Value::object(exc::StopIteration));
      case kRef: {
        int32_t index;
        if (!int32(&index)) return nullptr;
        if (index < 0 || static_cast<size_t>(index) >= refs_.size() || !refs_[static_cast<size_t>(index)]) {
          return raise(exc::ValueError, "bad marshal data (invalid reference)");
        }
        return Ref::borrow(refs_[static_cast<size_t>(index)].get());
      }
      default: break;
    }
    int64_t slot = reserve(flagged);
    switch (type) {
      case kInt: {
        int32_t v;
        if (!int32(&v)) return nullptr;
        return keep(slot, Ref::small_int(v));
      }
      case kLong: return keep(slot, read_long());
      case kFloat: case kBinaryFloat: {
        double d;
        if (!(type == kFloat ? double_text(&d) : double_bits(&d))) return nullptr;
        return keep(slot, Ref::from_double(d));
      }
      case kComplex: case kBinaryComplex: {
        double re, im;
        bool ok = type == kComplex ? double_text(&re) && double_text(&im) : double_bits(&re) && double_bits(&im);
        if (!ok) return nullptr;
        return keep(slot, complex_new(re, im));
      }
      case kString: {
        int32_t n;
        std::string_view raw;
        if (!size(&n, "bytes object") || !bytes(static_cast<size_t>(n), &raw)) return nullptr;
        return keep(slot, bytes_from_string(raw));
      }
      case kUnicode: case kInterned: case kAscii: case kAsciiInterned: case kShortAscii:
      case kShortAsciiInterned: {
        size_t n;
        if (type == kShortAscii || type == kShortAsciiInterned) {
          uint8_t small;
          if (!byte(&small)) return nullptr;
          n = small;
        } else {
          int32_t big;
          if (!size(&big, "string")) return nullptr;
          n = static_cast<size_t>(big);
        }
        std::string_view text;
        if (!bytes(n, &text)) return nullptr;
        bool interned = type == kInterned || type == kAsciiInterned || type == kShortAsciiInterned;
        if (interned) return keep(slot, Ref::borrow(Value::object(intern(text))));
        return keep(slot, str_from_utf8(text));
      }
      case kTuple: case kSmallTuple: {
        int64_t n;
        if (type == kSmallTuple) {
          uint8_t small;
          if (!byte(&small)) return nullptr;
          n = small;
        } else {
          int32_t big;
          if (!size(&big, "tuple")) return nullptr;
          n = big;
        }
        if (!need_items(static_cast<size_t>(n))) return nullptr;
        Tuple* tuple = tuple_new(n);
        if (tuple == nullptr) return nullptr;
        Ref result = Ref::steal(static_cast<Object*>(tuple));
        for (int64_t i = 0; i < n; ++i) {
          Ref item = read();
          if (!item) return nullptr;
          tuple->items[i] = item.release();
        }
        return keep(slot, std::move(result));
      }
      case kList: {
        int32_t n;
        if (!size(&n, "list") || !need_items(static_cast<size_t>(n))) return nullptr;
        Ref result = Ref::steal(static_cast<Object*>(list_new(0)));
        if (!result) return nullptr;
        keep(slot, Ref::borrow(result.get()));
        for (int32_t i = 0; i < n; ++i) {
          Ref item = read();
          if (!item || list_append(result.as<List>(), item.get()) < 0) return nullptr;
        }
        return result;
      }
      case kDict: {
        Ref result = Ref::steal(static_cast<Object*>(dict_new()));
        if (!result) return nullptr;
        keep(slot, Ref::borrow(result.get()));
        for (;;) {
          if (!need(1)) return nullptr;
          if (data_[pos_] == kNull) {
            ++pos_;
            return result;
          }
          Ref key = read();
          if (!key) return nullptr;
          Ref value = read();
          if (!value || dict_set(result.as<Dict>(), key.get(), value.get()) < 0) return nullptr;
        }
      }
      case kSet: case kFrozenSet: {
        int32_t n;
        if (!size(&n, "set") || !need_items(static_cast<size_t>(n))) return nullptr;
        Ref result = type == kSet ? set_new(Value()) : frozenset_new(Value());
        if (!result) return nullptr;
        if (type == kSet) keep(slot, Ref::borrow(result.get()));
        for (int32_t i = 0; i < n; ++i) {
          Ref item = read();
          if (!item || set_add(result.as<Set>(), item.get()) < 0) return nullptr;
        }
        return type == kSet ? result : keep(slot, std::move(result));
      }
      case kCode: return keep(slot, read_code());
      default: return nullptr;
    }
  }

  Ref read_long() {
    int32_t n;
    if (!int32(&n)) return nullptr;
    if (n == INT32_MIN) return raise(exc::ValueError, "bad marshal data (long size out of range)");
    size_t count = static_cast<size_t>(n < 0 ? -n : n);
    std::string_view raw;
    if (!bytes(count * 2, &raw)) return nullptr;
    std::vector<uint16_t> digits(count);
    for (size_t i = 0; i < count; ++i) {
      digits[i] = static_cast<uint16_t>(static_cast<uint8_t>(raw[2 * i]) | (static_cast<uint8_t>(raw[2 * i + 1]) << 8));
      if (digits[i] > 0x7FFF) return raise(exc::ValueError, "bad marshal data (digit out of range in long)");
    }
    if (count > 0 && digits[count - 1] == 0) return raise(exc::ValueError, "bad marshal data (unnormalized long data)");
    mpz_t z;
    mpz_init(z);
    if (count > 0) mpz_import(z, count, -1, sizeof(uint16_t), -1, 1, digits.data());
    if (n < 0) mpz_neg(z, z);
    Ref result = int_from_mpz(z);
    mpz_clear(z);
    return result;
  }

  Ref bad_code(const char* what) { return raise(exc::ValueError, std::string("bad marshal data (code: ") + what + ")"); }

  // Whether `v` is a tuple of exactly `n` str (n < 0: any length).
  static bool is_str_tuple(Value v, int64_t n) {
    if (!v.is_object() || type_of(v) != &tuple_type) return false;
    Tuple* t = v.as<Tuple>();
    if (n >= 0 && t->size != n) return false;
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_exact_str(t->items[i])) return false;
    }
    return true;
  }

  Ref read_code() {
    int32_t format;
    if (!int32(&format)) return nullptr;
    if (format != kCodeFormatVersion) return bad_code("format version");
    int32_t f[12];
    for (int32_t& field : f) {
      if (!int32(&field)) return nullptr;
    }
    int32_t nlocalsplus = f[6], code_size = f[10], table_size = f[11];
    if (f[0] < 0 || f[1] < 0 || f[2] < 0 || f[4] < 0 || nlocalsplus < 0 || f[7] < 0 || f[8] < 0 || f[9] < 0 ||
        code_size <= 0 || table_size < 0 || f[7] > nlocalsplus || f[8] > nlocalsplus || f[9] > nlocalsplus ||
        f[0] + f[2] + ((f[3] & kCoVarargs) ? 1 : 0) + ((f[3] & kCoVarkeywords) ? 1 : 0) > nlocalsplus) {
      return bad_code("counts");
    }
    std::string_view units;
    if (!bytes(static_cast<size_t>(code_size) * 2, &units) || !need(static_cast<size_t>(code_size))) return nullptr;
    Code* c = new_object<Code>(&code_type);
    if (c == nullptr) return nullptr;
    Ref result = Ref::steal(static_cast<Object*>(c));
    c->localsplusnames = Value::none();
    c->consts = Value::none();
    c->names = Value::none();
    c->filename = Value::none();
    c->name = Value::none();
    c->qualname = Value::none();
    c->code = new CodeUnit[static_cast<size_t>(code_size)];
    c->exception_table = new ExceptionTableEntry[table_size > 0 ? static_cast<size_t>(table_size) : 1];
    c->localspluskinds = new uint8_t[nlocalsplus > 0 ? static_cast<size_t>(nlocalsplus) : 1];
    c->code_size = code_size;
    c->exception_table_size = table_size;
    c->argcount = f[0];
    c->posonlyargcount = f[1];
    c->kwonlyargcount = f[2];
    c->flags = static_cast<uint32_t>(f[3]);
    c->stacksize = f[4];
    c->firstlineno = f[5];
    c->nlocalsplus = nlocalsplus;
    c->nlocals = f[7];
    c->ncellvars = f[8];
    c->nfreevars = f[9];
    for (int32_t i = 0; i < code_size; ++i) {
      c->code[i] = static_cast<CodeUnit>(static_cast<uint8_t>(units[2 * i]) | (static_cast<uint8_t>(units[2 * i + 1]) << 8));
    }
    int32_t packed_size;
    std::string_view packed;
    if (!size(&packed_size, "positions") || !bytes(static_cast<size_t>(packed_size), &packed)) return nullptr;
    c->packed_positions = new uint8_t[packed_size > 0 ? static_cast<size_t>(packed_size) : 1];
    std::memcpy(c->packed_positions, packed.data(), packed.size());
    c->packed_positions_size = packed_size;
    for (int32_t i = 0; i < table_size; ++i) {
      ExceptionTableEntry& e = c->exception_table[i];
      uint8_t lasti;
      if (!int32(&e.start) || !int32(&e.end) || !int32(&e.target) || !int32(&e.depth) || !byte(&lasti)) return nullptr;
      if (e.start < 0 || e.end > code_size || e.start >= e.end || e.target < 0 || e.target >= code_size ||
          e.depth < 0 || e.depth > c->stacksize) {
        return bad_code("exception table");
      }
      e.push_lasti = lasti != 0;
    }
    std::string_view kinds;
    if (!bytes(static_cast<size_t>(nlocalsplus), &kinds)) return nullptr;
    std::memcpy(c->localspluskinds, kinds.data(), kinds.size());
    Value* fields[] = {&c->localsplusnames, &c->consts, &c->names, &c->filename, &c->name, &c->qualname};
    for (Value* field : fields) {
      Ref v = read();
      if (!v) return nullptr;
      Value old = *field;
      *field = v.release();
      decref(old);
    }
    if (!is_str_tuple(c->localsplusnames, nlocalsplus) || type_of(c->consts) != &tuple_type ||
        !is_str_tuple(c->names, -1) || !is_exact_str(c->filename) || !is_exact_str(c->name) ||
        !is_exact_str(c->qualname)) {
      return bad_code("fields");
    }
    if (!check_instructions(c)) return bad_code("instructions");
    return result;
  }

  // Opcodes exist, caches are empty, and operands that index a table or
  // jump stay inside it. (The value stack's depth is trusted, as CPython
  // trusts marshalled code.)
  static bool check_instructions(Code* c) {
    int64_t nconsts = c->consts.as<Tuple>()->size;
    int64_t nnames = c->names.as<Tuple>()->size;
    uint32_t ext = 0;
    for (int32_t i = 0; i < c->code_size;) {
      CodeUnit unit = c->code[i];
      uint8_t raw_op = static_cast<uint8_t>(unit & 0xFF);
      if (raw_op >= static_cast<uint8_t>(Opcode::kCount)) return false;
      Opcode op = static_cast<Opcode>(raw_op);
      if (op == Opcode::CACHE) return false;
      uint32_t arg = (ext << 8) | unit_arg(unit);
      int caches = kOpcodeCacheUnits[raw_op];
      if (i + 1 + caches > c->code_size) return false;
      for (int k = 1; k <= caches; ++k) {
        if (c->code[i + k] != make_unit(Opcode::CACHE, 0)) return false;
      }
      int32_t next = i + 1 + caches;
      switch (op) {
        case Opcode::LOAD_CONST: case Opcode::KW_NAMES:
          if (arg >= nconsts) return false;
          break;
        case Opcode::LOAD_FAST: case Opcode::STORE_FAST: case Opcode::DELETE_FAST: case Opcode::MAKE_CELL:
        case Opcode::LOAD_CLOSURE: case Opcode::LOAD_DEREF: case Opcode::LOAD_CLASSDEREF:
        case Opcode::STORE_DEREF: case Opcode::DELETE_DEREF:
          if (arg >= static_cast<uint32_t>(c->nlocalsplus)) return false;
          break;
        case Opcode::LOAD_NAME: case Opcode::STORE_NAME: case Opcode::DELETE_NAME: case Opcode::STORE_GLOBAL:
        case Opcode::DELETE_GLOBAL: case Opcode::LOAD_ATTR: case Opcode::STORE_ATTR: case Opcode::DELETE_ATTR:
        case Opcode::LOAD_METHOD: case Opcode::IMPORT_NAME: case Opcode::IMPORT_FROM:
          if (arg >= nnames) return false;
          break;
        case Opcode::LOAD_GLOBAL:
          if ((arg >> 1) >= nnames) return false;
          break;
        case Opcode::JUMP_FORWARD: case Opcode::POP_JUMP_IF_FALSE: case Opcode::POP_JUMP_IF_TRUE:
        case Opcode::POP_JUMP_IF_NONE: case Opcode::POP_JUMP_IF_NOT_NONE: case Opcode::JUMP_IF_FALSE_OR_POP:
        case Opcode::JUMP_IF_TRUE_OR_POP: case Opcode::FOR_ITER:
          if (static_cast<int64_t>(next) + arg >= c->code_size) return false;
          break;
        case Opcode::JUMP_BACKWARD: case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
          if (static_cast<int64_t>(next) - static_cast<int64_t>(arg) < 0) return false;
          break;
        default: break;
      }
      ext = op == Opcode::EXTENDED_ARG ? arg : 0;
      i = next;
    }
    return true;
  }

  std::string_view data_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::vector<Ref> refs_;
};

}  // namespace

bool marshal_dump(Value v, int version, std::string* out) {
  Writer writer(out, version);
  return writer.write(v);
}

Ref marshal_load(std::string_view data, size_t* consumed) {
  Reader reader(data);
  Ref v = reader.read();
  *consumed = reader.position();
  return v;
}

}  // namespace taipan
