// _pickle.Pickler and the module's dump/dumps: turns objects into pickle
// opcodes, byte for byte as CPython's C pickler writes them (the same
// opcode choices, memo numbering, batching of 1000 items and protocol 4
// framing), with its error messages. A `Pickling` holds one pickler's
// state; a Pickler object owns one, dumps() uses one on the C++ stack.
#include <gmp.h>

#include <bit>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "modules/pickle/pickle.h"
#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/function.h"

namespace taipan::pickle {

Type pickler_type;

namespace {

constexpr int64_t kFrameSizeTarget = 64 * 1024;
constexpr int64_t kFrameHeaderSize = 9;
constexpr int64_t kFrameSizeMin = 4;
constexpr int kFastNestingLimit = 50;

// Object identity -> memo index (open addressing, linear probing); holds a
// reference to each key so that no id is reused while it is remembered.
class MemoTable {
 public:
  MemoTable() = default;
  MemoTable(const MemoTable&) = delete;
  MemoTable& operator=(const MemoTable&) = delete;
  ~MemoTable() { clear(); }

  int64_t size() const { return used_; }

  int64_t get(Object* o) const {
    if (used_ == 0) return -1;
    size_t mask = slots_.size() - 1;
    for (size_t i = slot_of(o);; i = (i + 1) & mask) {
      if (slots_[i].key == o) return slots_[i].index;
      if (slots_[i].key == nullptr) return -1;
    }
  }

  // o must not be present yet.
  void put(Object* o, int64_t index) {
    if ((used_ + 1) * 3 >= static_cast<int64_t>(slots_.size()) * 2) grow();
    incref(o);
    insert(o, index);
    ++used_;
  }

  void clear() {
    std::vector<Slot> old;
    old.swap(slots_);
    used_ = 0;
    for (const Slot& s : old) {
      if (s.key != nullptr) decref(s.key);
    }
  }

  template <class F>
  void for_each(F f) const {
    for (const Slot& s : slots_) {
      if (s.key != nullptr) f(s.key, s.index);
    }
  }

 private:
  struct Slot {
    Object* key;
    int64_t index;
  };
  // Fibonacci hashing: the top bits of the product pick the slot.
  size_t slot_of(Object* o) const { return (reinterpret_cast<uintptr_t>(o) * 0x9E3779B97F4A7C15ull) >> shift_; }
  void insert(Object* o, int64_t index) {
    size_t mask = slots_.size() - 1;
    size_t i = slot_of(o);
    while (slots_[i].key != nullptr) i = (i + 1) & mask;
    slots_[i] = Slot{o, index};
  }
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2, Slot{nullptr, 0});
    old.swap(slots_);
    shift_ = 64 - std::countr_zero(slots_.size());
    for (const Slot& s : old) {
      if (s.key != nullptr) insert(s.key, s.index);
    }
  }
  std::vector<Slot> slots_;
  int64_t used_ = 0;
  int shift_ = 64;
};

bool is_callable(Value v) { return type_of(v)->call != nullptr; }
bool is_iterator(Value v) { return type_of(v)->next != nullptr; }

class Pickling {
 public:
  int proto = kDefaultProtocol;
  bool bin = true;
  bool fix_imports = false;
  int64_t fast = 0;
  Ref write;            // file.write; null for dumps()
  Ref pers_func;        // persistent_id, or null
  bool pers_unbound = false;  // pers_func is a function to call with the Pickler first
  Value self;           // the Pickler object (borrowed), or null
  Ref dispatch_table;   // the pickler's own dispatch_table, or null for copyreg's
  Ref reducer_override;
  Ref buffer_callback;
  MemoTable memo;
  std::string out;

  // pickle.dump's whole job: PROTO, the object, STOP.
  bool dump(Value obj) {
    reducer_override.reset();
    if (!self.is_null()) {
      reducer_override = getattr_optional(self, INTERNED("reducer_override"));
      if (!reducer_override && error_occurred()) return false;
    }
    bool ok = dump_body(obj);
    framing_ = false;
    frame_start_ = -1;
    reducer_override.reset();
    return ok;
  }

  // Hands the buffered output to file.write and empties the buffer.
  bool flush_to_file() {
    Ref data = bytes_from_string(out);
    out.clear();
    if (!data) return false;
    Ref write_fn = write;  // held: the call may re-initialise the Pickler
    if (!write_fn) return uninitialized();
    Ref result = call(write_fn.get(), {data.get()});
    return static_cast<bool>(result);
  }

  // A Pickler whose __init__ failed while it was dumping has no file.
  static bool uninitialized() {
    raise(exc::ValueError, "I/O operation on uninitialized object");
    return false;
  }

  void visit_refs(VisitFn visit, void* arg) const {
    for (const Ref* r : {&write, &pers_func, &dispatch_table, &reducer_override, &buffer_callback}) {
      if (*r) visit(r->get(), arg);
    }
    memo.for_each([&](Object* key, int64_t) { visit(Value::object(key), arg); });
  }

  void clear_refs() {
    write.reset();
    pers_func.reset();
    dispatch_table.reset();
    reducer_override.reset();
    buffer_callback.reset();
    memo.clear();
  }

 private:
  bool framing_ = false;
  int64_t frame_start_ = -1;
  int fast_nesting_ = 0;
  std::unordered_set<Object*> fast_memo_;

  bool dump_body(Value obj) {
    if (proto >= 2) {
      char header[2] = {static_cast<char>(PROTO), static_cast<char>(proto)};
      put(header, 2);
      if (proto >= 4) framing_ = true;
    }
    if (!save(obj, false)) return false;
    put_op(STOP);
    commit_frame();
    return true;
  }

  // ---- output ----

  void put(const char* data, size_t n) {
    if (framing_ && frame_start_ == -1) {
      frame_start_ = static_cast<int64_t>(out.size());
      out.append(kFrameHeaderSize, '\0');
    }
    out.append(data, n);
  }
  void put(std::string_view s) { put(s.data(), s.size()); }
  void put_op(unsigned char op) {
    char c = static_cast<char>(op);
    put(&c, 1);
  }
  // An opcode followed by an n-byte little-endian unsigned argument.
  void put_op_le(unsigned char op, uint64_t value, int n) {
    char buf[9];
    buf[0] = static_cast<char>(op);
    for (int i = 0; i < n; ++i) buf[1 + i] = static_cast<char>((value >> (8 * i)) & 0xff);
    put(buf, static_cast<size_t>(n) + 1);
  }

  void commit_frame() {
    if (!framing_ || frame_start_ == -1) return;
    int64_t frame_len = static_cast<int64_t>(out.size()) - frame_start_ - kFrameHeaderSize;
    char* header = out.data() + frame_start_;
    if (frame_len >= kFrameSizeMin) {
      header[0] = static_cast<char>(FRAME);
      for (int i = 0; i < 8; ++i) header[1 + i] = static_cast<char>((static_cast<uint64_t>(frame_len) >> (8 * i)) & 0xff);
    } else {
      out.erase(static_cast<size_t>(frame_start_), kFrameHeaderSize);
    }
    frame_start_ = -1;
  }

  // Between opcodes: a frame that reached its target size is closed (and
  // written out when pickling to a file).
  bool opcode_boundary() {
    if (!framing_ || frame_start_ == -1) return true;
    if (static_cast<int64_t>(out.size()) - frame_start_ - kFrameHeaderSize < kFrameSizeTarget) return true;
    commit_frame();
    return !write || flush_to_file();
  }

  // header + payload; a payload of a frame's size or more goes outside frames.
  bool put_payload(const char* header, size_t header_size, std::string_view data) {
    if (static_cast<int64_t>(data.size()) < kFrameSizeTarget) {
      put(header, header_size);
      put(data);
      return true;
    }
    commit_frame();
    bool was_framing = framing_;
    framing_ = false;
    put(header, header_size);
    if (write) {
      if (!flush_to_file()) return false;
      Ref payload = bytes_from_string(data);
      Ref write_fn = write;
      if (!payload) return false;
      if (!write_fn) return uninitialized();
      if (!call(write_fn.get(), {payload.get()})) return false;
    } else {
      put(data);
    }
    framing_ = was_framing;
    return true;
  }

  // ---- the memo ----

  void memo_put(Value obj) {
    if (fast) return;
    int64_t index = memo.size();
    if (proto >= 4) {
      put_op(MEMOIZE);
    } else if (bin) {
      if (index < 256) {
        put_op_le(BINPUT, static_cast<uint64_t>(index), 1);
      } else {
        put_op_le(LONG_BINPUT, static_cast<uint64_t>(index), 4);
      }
    } else {
      put_op(PUT);
      put(std::to_string(index) + "\n");
    }
    memo.put(obj.as_object(), index);
  }

  void memo_get(int64_t index) {
    if (bin) {
      if (index < 256) {
        put_op_le(BINGET, static_cast<uint64_t>(index), 1);
      } else {
        put_op_le(LONG_BINGET, static_cast<uint64_t>(index), 4);
      }
    } else {
      put_op(GET);
      put(std::to_string(index) + "\n");
    }
  }

  // Emits a GET when obj was memoised meanwhile (a recursive structure).
  bool fetch_if_memoized(Value obj) {
    int64_t index = obj.is_object() ? memo.get(obj.as_object()) : -1;
    if (index < 0) return false;
    memo_get(index);
    return true;
  }

  bool fast_enter(Value obj) {
    if (++fast_nesting_ < kFastNestingLimit) return true;
    if (!fast_memo_.insert(obj.as_object()).second) {
      char address[32];
      std::snprintf(address, sizeof address, "%p", static_cast<void*>(obj.as_object()));
      raise(exc::ValueError, std::string("fast mode: can't pickle cyclic objects including object type ") +
                                 type_name_of(obj) + " at " + address);
      return false;
    }
    return true;
  }
  void fast_leave(Value obj) {
    if (fast_nesting_-- >= kFastNestingLimit) fast_memo_.erase(obj.as_object());
  }

  // ---- save ----

  bool save(Value obj, bool pers_save) {
    if (!enter_native_recursion(" while pickling an object")) return false;
    bool ok = opcode_boundary() && save_inner(obj, pers_save);
    leave_recursive_call();
    return ok;
  }

  bool save_inner(Value obj, bool pers_save) {
    if (!pers_save && pers_func) {
      int done = save_pers(obj);
      if (done != 0) return done > 0;
    }
    Type* type = type_of(obj);
    if (obj.is_none()) {
      put_op(NONE);
      return true;
    }
    if (obj.is_bool()) return save_bool(obj.is_true());
    if (type == &int_type) return save_long(obj);
    if (type == &float_type) return save_float(float_value(obj));
    if (fetch_if_memoized(obj)) return true;
    if (type == &bytes_type) return save_bytes(obj);
    if (type == &str_type) return save_str(obj);
    if (type == &dict_type) return save_dict(obj);
    if (type == &set_type) return save_set(obj);
    if (type == &frozenset_type) return save_frozenset(obj);
    if (type == &list_type) return save_list(obj);
    if (type == &tuple_type) return save_tuple(obj);
    if (type == &bytearray_type) return save_bytearray(obj);
    if (type == &pickle_buffer_type) return save_pickle_buffer(obj);

    if (reducer_override) {
      Ref override = reducer_override;
      Ref rv = call(override.get(), {obj});
      if (!rv) return false;
      if (rv.get() != not_implemented_value()) return save_reduce_value(obj, rv.get());
    }
    if (type == &type_type) return save_type(obj);
    if (type == &function_type) return save_global(obj, Value());
    Ref reduce_func;
    if (!dispatch_table) {
      Value found = dict_get(state().dispatch_table.as<Dict>(), Value::object(type));
      if (found.is_null() && error_occurred()) return false;
      if (!found.is_null()) reduce_func = Ref::borrow(found);
    } else {
      Ref table = dispatch_table;
      reduce_func = getitem(table.get(), Value::object(type));
      if (!reduce_func) {
        if (!error_matches(exc::KeyError)) return false;
        clear_error();
      }
    }
    Ref rv;
    if (reduce_func) {
      rv = call(reduce_func.get(), {obj});
    } else if (type_is_subtype(type, &type_type)) {
      return save_global(obj, Value());
    } else {
      Ref method = getattr_optional(obj, INTERNED("__reduce_ex__"));
      if (method) {
        rv = call(method.get(), {Value::small_int(proto)});
      } else {
        if (error_occurred()) return false;
        method = getattr_optional(obj, INTERNED("__reduce__"));
        if (!method) {
          if (error_occurred()) return false;
          Ref r = repr(obj);
          if (!r) return false;
          raise_pickling(std::string("can't pickle '") + type->name + "' object: " + str_to_std(r.as<Str>()));
          return false;
        }
        rv = call(method.get(), nullptr, 0);
      }
    }
    if (!rv) return false;
    return save_reduce_value(obj, rv.get());
  }

  bool save_reduce_value(Value obj, Value rv) {
    if (is_str(rv)) return save_global(obj, rv);
    if (!is_tuple(rv)) {
      raise_pickling("__reduce__ must return a string or tuple");
      return false;
    }
    return save_reduce(rv.as<Tuple>(), obj);
  }

  // 1: a persistent id was written; 0: none; -1: error.
  int save_pers(Value obj) {
    Ref fn = pers_func;
    Ref pid = pers_unbound ? call(fn.get(), {self, obj}) : call(fn.get(), {obj});
    if (!pid) return -1;
    if (pid.get().is_none()) return 0;
    if (bin) {
      if (!save(pid.get(), true)) return -1;
      put_op(BINPERSID);
      return 1;
    }
    Ref text = str(pid.get());
    if (!text) return -1;
    if (!text.as<Str>()->ascii) {
      raise_pickling("persistent IDs in protocol 0 must be ASCII strings");
      return -1;
    }
    put_op(PERSID);
    put(str_utf8(text.as<Str>()));
    put("\n");
    return 1;
  }

  bool save_bool(bool value) {
    if (proto >= 2) {
      put_op(value ? NEWTRUE : NEWFALSE);
    } else {
      put(value ? "I01\n" : "I00\n");
    }
    return true;
  }

  bool save_long(Value obj) {
    int64_t v;
    bool fits = int_to_int64(obj, &v);
    if (fits && v >= INT32_MIN && v <= INT32_MAX) {
      if (!bin) {
        put_op(INT);
        put(std::to_string(v) + "\n");
      } else {
        uint32_t u = static_cast<uint32_t>(v);
        if ((u >> 16) != 0) {
          put_op_le(BININT, u, 4);
        } else if ((u >> 8) != 0) {
          put_op_le(BININT2, u, 2);
        } else {
          put_op_le(BININT1, u, 1);
        }
      }
      return true;
    }
    if (proto < 2) {
      put_op(LONG);
      put(int_to_decimal(obj));
      put("L\n");
      return true;
    }
    std::string encoded = encode_long(obj);
    if (encoded.size() < 256) {
      put_op_le(LONG1, encoded.size(), 1);
    } else {
      put_op_le(LONG4, encoded.size(), 4);
    }
    put(encoded);
    return true;
  }

  // Two's complement, little-endian, in as few bytes as hold the sign.
  static std::string encode_long(Value obj) {
    mpz_t v, abs_v;
    mpz_init(v);
    mpz_init(abs_v);
    int_to_mpz(obj, v);
    mpz_abs(abs_v, v);
    std::string bytes;
    if (mpz_sgn(v) != 0) {
      size_t nbytes = (mpz_sizeinbase(abs_v, 2) >> 3) + 1;
      if (mpz_sgn(v) < 0) {
        mpz_t modulus;
        mpz_init(modulus);
        mpz_ui_pow_ui(modulus, 2, 8 * nbytes);
        mpz_add(v, v, modulus);
        mpz_clear(modulus);
      }
      bytes.assign(nbytes, '\0');
      size_t written = 0;
      mpz_export(bytes.data(), &written, -1, 1, 0, 0, v);
      if (mpz_sgn(abs_v) != 0 && obj_is_negative(obj) && nbytes > 1 &&
          static_cast<unsigned char>(bytes[nbytes - 1]) == 0xff && (static_cast<unsigned char>(bytes[nbytes - 2]) & 0x80)) {
        bytes.pop_back();
      }
    }
    mpz_clear(v);
    mpz_clear(abs_v);
    return bytes;
  }
  static bool obj_is_negative(Value obj) { return int_sign(obj) < 0; }

  bool save_float(double d) {
    if (bin) {
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      char buf[9];
      buf[0] = static_cast<char>(BINFLOAT);
      for (int i = 0; i < 8; ++i) buf[1 + i] = static_cast<char>((bits >> (56 - 8 * i)) & 0xff);
      put(buf, 9);
    } else {
      put_op(FLOAT);
      put(float_repr(d) + "\n");
    }
    return true;
  }

  bool save_bytes(Value obj) {
    std::string_view data = bytes_view(obj.as<Bytes>());
    if (proto < 3) {
      // Before protocol 3 there is no bytes opcode: codecs.encode(latin-1 text, 'latin1').
      Ref rv;
      if (data.empty()) {
        rv = tuple_pack({Value::object(&bytes_type), Value::object(empty_tuple())});
      } else {
        Ref text = str_from_latin1(data);
        Ref args = text ? tuple_pack({text.get(), Value::object(INTERNED("latin1"))}) : nullptr;
        if (!args) return false;
        rv = tuple_pack({state().codecs_encode, args.get()});
      }
      return rv && save_reduce(rv.as<Tuple>(), obj);
    }
    return save_bytes_data(obj, data);
  }

  bool save_bytes_data(Value obj, std::string_view data) {
    char header[9];
    size_t header_size;
    uint64_t size = data.size();
    if (size <= 0xff) {
      header[0] = static_cast<char>(SHORT_BINBYTES);
      header_size = 2;
    } else if (size <= 0xffffffffull) {
      header[0] = static_cast<char>(BINBYTES);
      header_size = 5;
    } else if (proto >= 4) {
      header[0] = static_cast<char>(BINBYTES8);
      header_size = 9;
    } else {
      raise(exc::OverflowError, "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher");
      return false;
    }
    for (size_t i = 1; i < header_size; ++i) header[i] = static_cast<char>((size >> (8 * (i - 1))) & 0xff);
    if (!put_payload(header, header_size, data)) return false;
    memo_put(obj);
    return true;
  }

  bool save_bytearray(Value obj) {
    std::string_view data = bytearray_view(obj.as<ByteArray>());
    if (proto < 5) {
      Ref rv;
      if (data.empty()) {
        rv = tuple_pack({Value::object(&bytearray_type), Value::object(empty_tuple())});
      } else {
        Ref copy = bytes_from_string(data);
        Ref args = copy ? tuple_pack({copy.get()}) : nullptr;
        if (!args) return false;
        rv = tuple_pack({Value::object(&bytearray_type), args.get()});
      }
      return rv && save_reduce(rv.as<Tuple>(), obj);
    }
    return save_bytearray_data(obj, data);
  }

  bool save_bytearray_data(Value obj, std::string_view data) {
    char header[9];
    header[0] = static_cast<char>(BYTEARRAY8);
    for (int i = 0; i < 8; ++i) header[1 + i] = static_cast<char>((static_cast<uint64_t>(data.size()) >> (8 * i)) & 0xff);
    if (!put_payload(header, 9, data)) return false;
    memo_put(obj);
    return true;
  }

  bool save_pickle_buffer(Value obj) {
    if (proto < 5) {
      raise_pickling("PickleBuffer can only pickled with protocol >= 5");
      return false;
    }
    Value view = pickle_buffer_view(obj);
    if (view.is_null()) return false;
    Buffer buffer;
    if (!get_buffer(view, &buffer)) {
      if (!error_occurred()) raise(exc::ValueError, "operation forbidden on released PickleBuffer object");
      return false;
    }
    if (view.as<MemoryView>()->step != view.as<MemoryView>()->itemsize) {
      raise_pickling("PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
      return false;
    }
    bool in_band = true;
    if (buffer_callback) {
      Ref callback = buffer_callback;
      Ref answer = call(callback.get(), {obj});
      if (!answer) return false;
      int truth = is_true(answer.get());
      if (truth < 0) return false;
      in_band = truth != 0;
    }
    if (in_band) {
      std::string data(buffer.data);
      return buffer.readonly ? save_bytes_data(obj, data) : save_bytearray_data(obj, data);
    }
    put_op(NEXT_BUFFER);
    if (buffer.readonly) put_op(READONLY_BUFFER);
    return true;
  }

  bool save_str(Value obj) {
    Str* s = obj.as<Str>();
    if (bin) {
      std::string_view utf8 = str_utf8(s);
      uint64_t size = utf8.size();
      char header[9];
      size_t header_size;
      if (size <= 0xff && proto >= 4) {
        header[0] = static_cast<char>(SHORT_BINUNICODE);
        header_size = 2;
      } else if (size > 0xffffffffull && proto >= 4) {
        header[0] = static_cast<char>(BINUNICODE8);
        header_size = 9;
      } else if (size <= 0xffffffffull) {
        header[0] = static_cast<char>(BINUNICODE);
        header_size = 5;
      } else {
        raise(exc::OverflowError, "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
        return false;
      }
      for (size_t i = 1; i < header_size; ++i) header[i] = static_cast<char>((size >> (8 * (i - 1))) & 0xff);
      if (!put_payload(header, header_size, utf8)) return false;
    } else {
      put_op(UNICODE);
      put(raw_unicode_escape(s));
      put("\n");
    }
    memo_put(obj);
    return true;
  }

  // raw-unicode-escape, with backslash, NUL, newlines and ^Z escaped too.
  static std::string raw_unicode_escape(Str* s) {
    std::string text;
    text.reserve(static_cast<size_t>(s->length));
    char buf[12];
    for (int64_t i = 0; i < s->length; ++i) {
      uint32_t c = str_char_at(s, i);
      if (c >= 0x10000) {
        std::snprintf(buf, sizeof buf, "\\U%08x", c);
        text += buf;
      } else if (c >= 256 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a) {
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        text += buf;
      } else {
        text.push_back(static_cast<char>(c));
      }
    }
    return text;
  }

  bool save_tuple(Value obj) {
    Tuple* t = obj.as<Tuple>();
    int64_t n = t->size;
    if (n == 0) {
      if (proto > 0) {
        put_op(EMPTY_TUPLE);
      } else {
        put_op(MARK);
        put_op(TUPLE);
      }
      return true;
    }
    bool short_form = n <= 3 && proto >= 2;
    if (!short_form) put_op(MARK);
    for (int64_t i = 0; i < n; ++i) {
      if (!save(t->items[i], false)) return false;
    }
    int64_t index = memo.get(obj.as_object());
    if (index >= 0) {
      // Recursive: drop what was pushed and take the memoised tuple.
      if (short_form) {
        for (int64_t i = 0; i < n; ++i) put_op(POP);
      } else if (bin) {
        put_op(POP_MARK);
      } else {
        for (int64_t i = 0; i <= n; ++i) put_op(POP);
      }
      memo_get(index);
      return true;
    }
    put_op(static_cast<unsigned char>(short_form ? TUPLE1 + n - 1 : int64_t{TUPLE}));
    memo_put(obj);
    return true;
  }

  bool save_list(Value obj) {
    if (fast && !fast_enter(obj)) return false;
    bool ok = save_list_body(obj);
    if (fast) fast_leave(obj);
    return ok;
  }

  bool save_list_body(Value obj) {
    if (bin) {
      put_op(EMPTY_LIST);
    } else {
      put_op(MARK);
      put_op(LIST);
    }
    memo_put(obj);
    List* list = obj.as<List>();
    if (list->size == 0) return true;
    if (proto == 0) {
      Ref it = iter(obj);
      return it && batch_list(it.get());
    }
    // The items of an exact list count one more level, as in CPython.
    if (!enter_native_recursion(" while pickling an object")) return false;
    bool ok = batch_list_exact(list);
    leave_recursive_call();
    return ok;
  }

  bool batch_list_exact(List* list) {
    if (list->size == 1) {
      Ref item = Ref::borrow(list->items[0]);
      if (!save(item.get(), false)) return false;
      put_op(APPEND);
      return true;
    }
    int64_t total = 0;
    do {
      put_op(MARK);
      int64_t in_batch = 0;
      while (total < list->size) {
        Ref item = Ref::borrow(list->items[total]);
        if (!save(item.get(), false)) return false;
        ++total;
        if (++in_batch == kBatchSize) break;
      }
      put_op(APPENDS);
    } while (total < list->size);
    return true;
  }

  // The items of an iterator as APPEND / MARK ... APPENDS.
  bool batch_list(Value it) {
    if (proto == 0) {
      while (true) {
        Ref item = next(it);
        if (!item) return !error_occurred();
        if (!save(item.get(), false)) return false;
        put_op(APPEND);
      }
    }
    int n;
    do {
      Ref first = next(it);
      if (!first) return !error_occurred();
      Ref item = next(it);
      if (!item) {
        if (error_occurred() || !save(first.get(), false)) return false;
        put_op(APPEND);
        return true;
      }
      put_op(MARK);
      if (!save(first.get(), false)) return false;
      n = 1;
      while (item) {
        if (!save(item.get(), false)) return false;
        if (++n == kBatchSize) break;
        item = next(it);
        if (!item && error_occurred()) return false;
      }
      put_op(APPENDS);
    } while (n == kBatchSize);
    return true;
  }

  bool save_dict(Value obj) {
    if (fast && !fast_enter(obj)) return false;
    bool ok = save_dict_body(obj);
    if (fast) fast_leave(obj);
    return ok;
  }

  bool save_dict_body(Value obj) {
    if (bin) {
      put_op(EMPTY_DICT);
    } else {
      put_op(MARK);
      put_op(DICT);
    }
    memo_put(obj);
    Dict* d = obj.as<Dict>();
    if (dict_size(d) == 0) return true;
    if (proto == 0) {
      Ref items = call_method(obj, "items", {});
      Ref it = items ? iter(items.get()) : nullptr;
      return it && batch_dict(it.get());
    }
    if (!enter_native_recursion(" while pickling an object")) return false;
    bool ok = batch_dict_exact(d);
    leave_recursive_call();
    return ok;
  }

  bool batch_dict_exact(Dict* d) {
    int64_t size = dict_size(d);
    int64_t pos = 0;
    Value key, value;
    if (size == 1) {
      dict_next(d, &pos, &key, &value);
      Ref k = Ref::borrow(key), v = Ref::borrow(value);
      if (!save(k.get(), false) || !save(v.get(), false)) return false;
      put_op(SETITEM);
      return true;
    }
    int64_t in_batch;
    do {
      in_batch = 0;
      put_op(MARK);
      while (dict_next(d, &pos, &key, &value)) {
        Ref k = Ref::borrow(key), v = Ref::borrow(value);
        if (!save(k.get(), false) || !save(v.get(), false)) return false;
        if (++in_batch == kBatchSize) break;
      }
      put_op(SETITEMS);
      if (dict_size(d) != size) {
        raise(exc::RuntimeError, "dictionary changed size during iteration");
        return false;
      }
    } while (in_batch == kBatchSize);
    return true;
  }

  // (key, value) pairs of an iterator as SETITEM / MARK ... SETITEMS.
  bool batch_dict(Value it) {
    auto next_pair = [&](Ref* pair) -> bool {
      *pair = next(it);
      if (!*pair) return !error_occurred();
      if (!is_tuple(pair->get()) || pair->as<Tuple>()->size != 2) {
        raise(exc::TypeError, "dict items iterator must return 2-tuples");
        return false;
      }
      return true;
    };
    auto save_pair = [&](const Ref& pair) {
      return save(pair.as<Tuple>()->items[0], false) && save(pair.as<Tuple>()->items[1], false);
    };
    Ref pair;
    if (proto == 0) {
      while (true) {
        if (!next_pair(&pair)) return false;
        if (!pair) return true;
        if (!save_pair(pair)) return false;
        put_op(SETITEM);
      }
    }
    int n;
    do {
      Ref first;
      if (!next_pair(&first)) return false;
      if (!first) return true;
      if (!next_pair(&pair)) return false;
      if (!pair) {
        if (!save_pair(first)) return false;
        put_op(SETITEM);
        return true;
      }
      put_op(MARK);
      if (!save_pair(first)) return false;
      n = 1;
      while (pair) {
        if (!save_pair(pair)) return false;
        if (++n == kBatchSize) break;
        if (!next_pair(&pair)) return false;
      }
      put_op(SETITEMS);
    } while (n == kBatchSize);
    return true;
  }

  // Before protocol 4 a set or frozenset is a reduce: (type, (list(items),)).
  bool save_set_as_reduce(Value obj, Type* type) {
    Ref items = list_from_iterable(obj);
    Ref args = items ? tuple_pack({items.get()}) : nullptr;
    Ref rv = args ? tuple_pack({Value::object(type), args.get()}) : nullptr;
    return rv && save_reduce(rv.as<Tuple>(), obj);
  }

  bool save_set(Value obj) {
    if (proto < 4) return save_set_as_reduce(obj, &set_type);
    put_op(EMPTY_SET);
    memo_put(obj);
    Set* s = obj.as<Set>();
    int64_t size = set_size(s);
    if (size == 0) return true;
    int64_t pos = 0, in_batch;
    Value key;
    int64_t hash_value;
    do {
      in_batch = 0;
      put_op(MARK);
      while (set_next(s, &pos, &key, &hash_value)) {
        Ref item = Ref::borrow(key);
        if (!save(item.get(), false)) return false;
        if (++in_batch == kBatchSize) break;
      }
      put_op(ADDITEMS);
      if (set_size(s) != size) {
        raise(exc::RuntimeError, "set changed size during iteration");
        return false;
      }
    } while (in_batch == kBatchSize);
    return true;
  }

  bool save_frozenset(Value obj) {
    if (proto < 4) return save_set_as_reduce(obj, &frozenset_type);
    if (fast && !fast_enter(obj)) return false;
    bool ok = save_frozenset_body(obj);
    if (fast) fast_leave(obj);
    return ok;
  }

  bool save_frozenset_body(Value obj) {
    put_op(MARK);
    Set* s = obj.as<Set>();
    int64_t pos = 0, hash_value;
    Value key;
    while (set_next(s, &pos, &key, &hash_value)) {
      Ref item = Ref::borrow(key);
      if (!save(item.get(), false)) return false;
    }
    int64_t index = memo.get(obj.as_object());
    if (index >= 0) {
      put_op(POP_MARK);
      memo_get(index);
      return true;
    }
    put_op(FROZENSET);
    memo_put(obj);
    return true;
  }

  bool save_type(Value obj) {
    Value singleton;
    if (obj.as_object() == &none_type) {
      singleton = Value::none();
    } else if (obj.as_object() == &ellipsis_type) {
      singleton = ellipsis_value();
    } else if (obj.as_object() == &not_implemented_type) {
      singleton = not_implemented_value();
    } else {
      return save_global(obj, Value());
    }
    Ref args = tuple_pack({singleton});
    Ref rv = args ? tuple_pack({Value::object(&type_type), args.get()}) : nullptr;
    return rv && save_reduce(rv.as<Tuple>(), obj);
  }

  // The module a global lives in: its __module__, else the first module
  // in sys.modules holding it at that path, else __main__.
  static Ref which_module(Value obj, Value path) {
    Ref module_name = getattr_optional(obj, INTERNED("__module__"));
    if (module_name && !module_name.get().is_none()) return module_name;
    if (error_occurred()) return nullptr;
    Value modules = sys_modules();
    Ref items = modules.is_object() && is_dict(modules) ? dict_items_list(modules.as<Dict>()) : nullptr;
    for (int64_t i = 0; items && i < items.as<List>()->size; ++i) {
      Tuple* pair = items.as<List>()->items[i].as<Tuple>();
      Value name = pair->items[0], module = pair->items[1];
      if (!is_str(name) || str_utf8(name.as<Str>()) == "__main__" || module.is_none()) continue;
      Ref found = deep_attribute(module, path, nullptr);
      if (found && found.get() == obj) return Ref::borrow(name);
      if (error_occurred()) return nullptr;
    }
    return Ref::borrow(Value::object(INTERNED("__main__")));
  }

  bool save_global(Value obj, Value name) {
    Ref global_name;
    if (!name.is_null()) {
      global_name = Ref::borrow(name);
    } else {
      global_name = getattr_optional(obj, INTERNED("__qualname__"));
      if (!global_name) {
        if (error_occurred()) return false;
        global_name = getattr(obj, INTERNED("__name__"));
        if (!global_name) return false;
      }
    }
    Ref path = dotted_path(Value(), global_name.get());
    Ref module_name = path ? which_module(obj, path.get()) : nullptr;
    if (!module_name) return false;
    Ref module = import_by_name(module_name.get());
    if (!module) {
      Ref obj_repr = repr(obj);
      Ref name_repr = obj_repr ? repr(module_name.get()) : nullptr;
      if (!name_repr) return false;
      raise_pickling("Can't pickle " + str_to_std(obj_repr.as<Str>()) + ": import of module " +
                     str_to_std(name_repr.as<Str>()) + " failed");
      return false;
    }
    List* parts = path.as<List>();
    Ref last_name = Ref::borrow(parts->items[parts->size - 1]);
    Ref parent;
    Ref found = deep_attribute(module.get(), path.get(), &parent);
    if (!found || found.get() != obj) {
      if (!found && error_occurred()) return false;
      Ref obj_repr = repr(obj);
      Ref global_text = obj_repr ? str(global_name.get()) : nullptr;
      Ref module_text = global_text ? str(module_name.get()) : nullptr;
      if (!module_text) return false;
      std::string o = str_to_std(obj_repr.as<Str>()), g = str_to_std(global_text.as<Str>()),
                  m = str_to_std(module_text.as<Str>());
      if (!found) {
        raise_pickling("Can't pickle " + o + ": attribute lookup " + g + " on " + m + " failed");
      } else {
        raise_pickling("Can't pickle " + o + ": it's not the same object as " + m + "." + g);
      }
      return false;
    }
    if (proto >= 2) {
      int extension = save_extension(obj, module_name.get(), global_name.get());
      if (extension != 0) return extension > 0;
    }
    if (parent.get() == module.get()) global_name = last_name;
    if (proto >= 4) {
      if (!save(module_name.get(), false) || !save(global_name.get(), false)) return false;
      put_op(STACK_GLOBAL);
    } else if (parent.get() != module.get()) {
      Ref args = tuple_pack({parent.get(), last_name.get()});
      Ref rv = args ? tuple_pack({state().getattr, args.get()}) : nullptr;
      if (!rv || !save_reduce(rv.as<Tuple>(), Value())) return false;
    } else if (!write_global_text(module_name, global_name)) {
      return false;
    }
    memo_put(obj);
    return true;
  }

  // EXT1/2/4 for a global in copyreg's extension registry: 1 written, 0 not
  // registered, -1 error.
  int save_extension(Value obj, Value module_name, Value global_name) {
    Ref key = tuple_pack({module_name, global_name});
    if (!key) return -1;
    Value code_obj = dict_get(state().extension_registry.as<Dict>(), key.get());
    if (code_obj.is_null()) return error_occurred() ? -1 : 0;
    Ref obj_repr = repr(obj);
    if (!obj_repr) return -1;
    int64_t code;
    if (!is_int(code_obj)) {
      Ref code_repr = repr(code_obj);
      if (!code_repr) return -1;
      raise_pickling("Can't pickle " + str_to_std(obj_repr.as<Str>()) + ": extension code " +
                     str_to_std(code_repr.as<Str>()) + " isn't an integer");
      return -1;
    }
    if (!int_to_int64(code_obj, &code) || code <= 0 || code > 0x7fffffff) {
      raise_pickling("Can't pickle " + str_to_std(obj_repr.as<Str>()) + ": extension code " +
                     int_to_decimal(code_obj) + " is out of range");
      return -1;
    }
    if (code <= 0xff) {
      put_op_le(EXT1, static_cast<uint64_t>(code), 1);
    } else if (code <= 0xffff) {
      put_op_le(EXT2, static_cast<uint64_t>(code), 2);
    } else {
      put_op_le(EXT4, static_cast<uint64_t>(code), 4);
    }
    return 1;
  }

  // GLOBAL module\nname\n, with Python 2 names before protocol 3.
  bool write_global_text(Ref module_name, Ref global_name) {
    if (proto < 3 && fix_imports && !map_to_python2(&module_name, &global_name)) return false;
    put_op(GLOBAL);
    for (auto [what, name] : {std::pair{"module", &module_name}, std::pair{"global", &global_name}}) {
      Str* s = name->as<Str>();
      if (proto != 3 && !s->ascii) {
        raise_pickling(std::string("can't pickle ") + what + " identifier '" + str_to_std(s) +
                       "' using pickle protocol " + std::to_string(proto));
        return false;
      }
      put(str_utf8(s));
      put("\n");
    }
    return true;
  }

  static bool map_to_python2(Ref* module_name, Ref* global_name) {
    State& st = state();
    Ref key = tuple_pack({module_name->get(), global_name->get()});
    if (!key) return false;
    Value item = dict_get(st.name_mapping_3to2.as<Dict>(), key.get());
    if (!item.is_null()) {
      if (!is_tuple(item) || item.as<Tuple>()->size != 2) {
        raise(exc::RuntimeError, std::string("_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ") +
                                     type_name_of(item));
        return false;
      }
      Value m = item.as<Tuple>()->items[0], g = item.as<Tuple>()->items[1];
      if (!is_str(m) || !is_str(g)) {
        raise(exc::RuntimeError, std::string("_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (") +
                                     type_name_of(m) + ", " + type_name_of(g) + ")");
        return false;
      }
      *module_name = Ref::borrow(m);
      *global_name = Ref::borrow(g);
      return true;
    }
    if (error_occurred()) return false;
    item = dict_get(st.import_mapping_3to2.as<Dict>(), module_name->get());
    if (item.is_null()) return !error_occurred();
    if (!is_str(item)) {
      raise(exc::RuntimeError, std::string("_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not ") +
                                   type_name_of(item));
      return false;
    }
    *module_name = Ref::borrow(item);
    return true;
  }

  bool save_reduce(Tuple* rv, Value obj) {
    if (rv->size < 2 || rv->size > 6) {
      raise_pickling("tuple returned by __reduce__ must contain 2 through 6 elements");
      return false;
    }
    Value callable = rv->items[0], argtup = rv->items[1];
    auto optional = [&](int64_t i) { return i < rv->size && !rv->items[i].is_none() ? rv->items[i] : Value(); };
    Value state_value = optional(2), listitems = optional(3), dictitems = optional(4), setter = optional(5);
    if (!is_callable(callable)) {
      raise_pickling("first item of the tuple returned by __reduce__ must be callable");
      return false;
    }
    if (!is_tuple(argtup)) {
      raise_pickling("second item of the tuple returned by __reduce__ must be a tuple");
      return false;
    }
    if (!listitems.is_null() && !is_iterator(listitems)) {
      raise_pickling(std::string("fourth element of the tuple returned by __reduce__ must be an iterator, not ") +
                     type_name_of(listitems));
      return false;
    }
    if (!dictitems.is_null() && !is_iterator(dictitems)) {
      raise_pickling(std::string("fifth element of the tuple returned by __reduce__ must be an iterator, not ") +
                     type_name_of(dictitems));
      return false;
    }
    if (!setter.is_null() && !is_callable(setter)) {
      raise_pickling(std::string("sixth element of the tuple returned by __reduce__ must be a function, not ") +
                     type_name_of(setter));
      return false;
    }
    bool use_newobj = false, use_newobj_ex = false;
    if (proto >= 2) {
      Ref name = getattr_optional(callable, INTERNED("__name__"));
      if (!name && error_occurred()) return false;
      if (name && is_str(name.get())) {
        std::string_view n = str_utf8(name.as<Str>());
        use_newobj_ex = n == "__newobj_ex__";
        use_newobj = n == "__newobj__";
      }
    }
    Tuple* args = argtup.as<Tuple>();
    if (use_newobj_ex) {
      if (!save_newobj_ex(args)) return false;
    } else if (use_newobj) {
      if (!save_newobj(args, obj)) return false;
    } else {
      if (!save(callable, false) || !save(argtup, false)) return false;
      put_op(REDUCE);
    }
    if (!obj.is_null()) {
      int64_t index = obj.is_object() ? memo.get(obj.as_object()) : -1;
      if (index >= 0) {
        put_op(POP);
        memo_get(index);
        return true;
      }
      if (obj.is_object()) memo_put(obj);
    }
    if (!listitems.is_null() && !batch_list(listitems)) return false;
    if (!dictitems.is_null() && !batch_dict(dictitems)) return false;
    if (!state_value.is_null()) {
      if (setter.is_null()) {
        if (!save(state_value, false)) return false;
        put_op(BUILD);
      } else {
        // setter(obj, state) through REDUCE, its result popped.
        if (!save(setter, false) || !save(obj, false) || !save(state_value, false)) return false;
        put_op(TUPLE2);
        put_op(REDUCE);
        put_op(POP);
      }
    }
    return true;
  }

  bool save_newobj_ex(Tuple* args) {
    if (args->size != 3) {
      raise_pickling("length of the NEWOBJ_EX argument tuple must be exactly 3, not " + std::to_string(args->size));
      return false;
    }
    Value cls = args->items[0], cls_args = args->items[1], kwargs = args->items[2];
    if (!is_type(cls)) {
      raise_pickling(std::string("first item from NEWOBJ_EX argument tuple must be a class, not ") + type_name_of(cls));
      return false;
    }
    if (!is_tuple(cls_args)) {
      raise_pickling(std::string("second item from NEWOBJ_EX argument tuple must be a tuple, not ") +
                     type_name_of(cls_args));
      return false;
    }
    if (!is_dict(kwargs)) {
      raise_pickling(std::string("third item from NEWOBJ_EX argument tuple must be a dict, not ") +
                     type_name_of(kwargs));
      return false;
    }
    if (proto >= 4) {
      if (!save(cls, false) || !save(cls_args, false) || !save(kwargs, false)) return false;
      put_op(NEWOBJ_EX);
      return true;
    }
    // Earlier protocols: partial(cls.__new__, cls, *args, **kwargs)().
    Ref cls_new = getattr(cls, INTERNED("__new__"));
    if (!cls_new) return false;
    Tuple* positional = cls_args.as<Tuple>();
    std::vector<Value> partial_args = {cls_new.get(), cls};
    partial_args.insert(partial_args.end(), positional->items, positional->items + positional->size);
    Ref packed = tuple_from_array(partial_args.data(), static_cast<int64_t>(partial_args.size()));
    Ref callable = packed ? call_with_tuple_dict(state().partial, packed.get(), kwargs) : nullptr;
    if (!callable || !save(callable.get(), false) || !save(Value::object(empty_tuple()), false)) return false;
    put_op(REDUCE);
    return true;
  }

  bool save_newobj(Tuple* args, Value obj) {
    if (args->size < 1) {
      raise_pickling("__newobj__ arglist is empty");
      return false;
    }
    Value cls = args->items[0];
    if (!is_type(cls)) {
      raise_pickling("args[0] from __newobj__ args is not a type");
      return false;
    }
    if (!obj.is_null()) {
      Ref obj_class = getattr(obj, INTERNED("__class__"));
      if (!obj_class) return false;
      if (obj_class.get() != cls) {
        raise_pickling("args[0] from __newobj__ args has the wrong class");
        return false;
      }
    }
    if (!save(cls, false)) return false;
    Ref rest = tuple_slice(args, 1, args->size);
    if (!rest || !save(rest.get(), false)) return false;
    put_op(NEWOBJ);
    return true;
  }
};

// ---- the Pickler type ----

struct PicklerObject : Object {
  Pickling* p;  // owned; null only while the object is torn down
};

Pickling* pickling_of(Value self) { return self.as<PicklerObject>()->p; }

bool set_protocol(Pickling* p, Value protocol, Value fix_imports) {
  int64_t proto = kDefaultProtocol;
  if (!protocol.is_null() && !protocol.is_none()) {
    proto = as_int64(protocol);
    if (proto == -1 && error_occurred()) return false;
    if (proto < 0) {
      proto = kHighestProtocol;
    } else if (proto > kHighestProtocol) {
      raise(exc::ValueError, "pickle protocol must be <= " + std::to_string(kHighestProtocol));
      return false;
    }
  }
  int fix = fix_imports.is_null() ? 1 : is_true(fix_imports);
  if (fix < 0) return false;
  p->proto = static_cast<int>(proto);
  p->bin = proto > 0;
  p->fix_imports = fix != 0 && proto < 3;
  return true;
}

bool set_buffer_callback(Pickling* p, Value callback) {
  if (callback.is_null() || callback.is_none()) {
    p->buffer_callback.reset();
    return true;
  }
  if (p->proto < 5) {
    raise(exc::ValueError, "buffer_callback needs protocol >= 5");
    return false;
  }
  p->buffer_callback = Ref::borrow(callback);
  return true;
}

bool set_output(Pickling* p, Value file) {
  p->write = getattr_optional(file, INTERNED("write"));
  if (p->write) return true;
  if (!error_occurred()) raise(exc::TypeError, "file must have a 'write' attribute");
  return false;
}

Ref pickler_new(Type* type, const Value*, size_t, Tuple*) {
  auto* self = new_object<PicklerObject>(type, static_cast<size_t>(type->basic_size));
  if (self == nullptr) return nullptr;
  self->p = new Pickling();
  self->p->self = Value::object(self);
  return Ref::steal(self);
}

int pickler_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"file", "protocol", "fix_imports", "buffer_callback"};
  Value a[4];
  if (!bind_args(ArgSpec{"Pickler", names, 4, 0, 1}, args, nargs, kwnames, a)) return -1;
  Pickling* p = pickling_of(self);
  p->clear_refs();
  p->fast = 0;
  if (!set_protocol(p, a[1], a[2]) || !set_output(p, a[0]) || !set_buffer_callback(p, a[3])) return -1;
  Ref persistent_id = getattr_optional(self, INTERNED("persistent_id"));
  if (!persistent_id && error_occurred()) return -1;
  p->pers_unbound = false;
  if (persistent_id && is_method(persistent_id.get()) && persistent_id.as<Method>()->self == self) {
    // Keep the function, not a bound method holding the Pickler (a cycle).
    p->pers_func = Ref::borrow(persistent_id.as<Method>()->func);
    p->pers_unbound = true;
  } else {
    p->pers_func = std::move(persistent_id);
  }
  p->dispatch_table = getattr_optional(self, INTERNED("dispatch_table"));
  return p->dispatch_table || !error_occurred() ? 0 : -1;
}

void pickler_traverse(Object* self, VisitFn visit, void* arg) {
  Pickling* p = static_cast<PicklerObject*>(self)->p;
  if (p != nullptr) p->visit_refs(visit, arg);
}

void pickler_clear(Object* self) {
  Pickling* p = static_cast<PicklerObject*>(self)->p;
  if (p != nullptr) p->clear_refs();
}

void pickler_dealloc(Object* self) {
  auto* o = static_cast<PicklerObject*>(self);
  Pickling* p = o->p;
  o->p = nullptr;
  delete p;
  free_object(self);
}

Ref pickler_dump(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dump", kwnames) || !check_arg_count("dump", nargs, 1, 1)) return nullptr;
  Pickling* p = pickling_of(self);
  if (!p->write) {
    return raise_pickling(std::string("Pickler.__init__() was not called by ") + type_of(self)->name + ".__init__()");
  }
  Ref keep = Ref::borrow(self);
  p->out.clear();
  if (!p->dump(args[0]) || !p->flush_to_file()) return nullptr;
  return Ref::none();
}

Ref pickler_clear_memo(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("clear_memo", kwnames) || !check_arg_count("clear_memo", nargs, 0, 0)) return nullptr;
  pickling_of(self)->memo.clear();
  return Ref::none();
}

Ref pickler_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__sizeof__", kwnames) || !check_arg_count("__sizeof__", nargs, 0, 0)) return nullptr;
  Pickling* p = pickling_of(self);
  return int_from_int64(static_cast<int64_t>(sizeof(PicklerObject) + sizeof(Pickling) + p->out.capacity()));
}

Ref get_persistent_id(Value self) {
  Pickling* p = pickling_of(self);
  if (!p->pers_func) return raise(exc::AttributeError, "persistent_id");
  if (!p->pers_unbound) return p->pers_func;
  return call_method(p->pers_func.get(), "__get__", {self, Value::object(type_of(self))});
}

int set_persistent_id(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "attribute deletion is not supported");
  if (!is_callable(v)) return fail(exc::TypeError, "persistent_id must be a callable taking one argument");
  Pickling* p = pickling_of(self);
  p->pers_func = Ref::borrow(v);
  p->pers_unbound = false;
  return 0;
}

Ref get_dispatch_table(Value self) {
  Pickling* p = pickling_of(self);
  if (!p->dispatch_table) {
    return raise(exc::AttributeError,
                 std::string("'") + type_of(self)->name + "' object has no attribute 'dispatch_table'");
  }
  return p->dispatch_table;
}

int set_dispatch_table(Value self, Value v) {
  Pickling* p = pickling_of(self);
  p->dispatch_table = v.is_null() ? Ref() : Ref::borrow(v);
  return 0;
}

Ref get_fast(Value self) { return int_from_int64(pickling_of(self)->fast); }
int set_fast(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "can't delete numeric/char attribute");
  int64_t fast = as_int64(v);
  if (fast == -1 && error_occurred()) return -1;
  pickling_of(self)->fast = fast;
  return 0;
}
Ref get_bin(Value self) { return Ref::small_int(pickling_of(self)->bin ? 1 : 0); }
int set_bin(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "can't delete numeric/char attribute");
  int64_t bin = as_int64(v);
  if (bin == -1 && error_occurred()) return -1;
  pickling_of(self)->bin = bin != 0;
  return 0;
}

const MethodDef kPicklerMethods[] = {
    {"dump", pickler_dump, kMethodInstance, "Write a pickled representation of the given object to the open file."},
    {"clear_memo", pickler_clear_memo, kMethodInstance, "Clears the pickler's \"memo\"."},
    {"__sizeof__", pickler_sizeof, kMethodInstance, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kPicklerGetSets[] = {
    {"persistent_id", get_persistent_id, set_persistent_id, nullptr},
    {"dispatch_table", get_dispatch_table, set_dispatch_table, nullptr},
    {"fast", get_fast, set_fast, nullptr},
    {"bin", get_bin, set_bin, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// The arguments dump() and dumps() share after their own.
bool configure(Pickling* p, Value protocol, Value fix_imports, Value buffer_callback) {
  return set_protocol(p, protocol, fix_imports) && set_buffer_callback(p, buffer_callback);
}

}  // namespace

Ref py_dumps(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"obj", "protocol", "fix_imports", "buffer_callback"};
  Value a[4];
  if (!bind_args(ArgSpec{"dumps", names, 4, 0, 1, 2}, args, nargs, kwnames, a)) return nullptr;
  Pickling p;
  if (!configure(&p, a[1], a[2], a[3]) || !p.dump(a[0])) return nullptr;
  return bytes_from_string(p.out);
}

Ref py_dump(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"obj", "file", "protocol", "fix_imports", "buffer_callback"};
  Value a[5];
  if (!bind_args(ArgSpec{"dump", names, 5, 0, 2, 3}, args, nargs, kwnames, a)) return nullptr;
  Pickling p;
  if (!configure(&p, a[2], a[3], a[4]) || !set_output(&p, a[1]) || !p.dump(a[0]) || !p.flush_to_file()) {
    return nullptr;
  }
  return Ref::none();
}

int init_pickler_type() {
  Type& t = pickler_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_pickle.Pickler";
  t.doc = "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n"
          "--\n\nThis takes a binary file for writing a pickle data stream.";
  t.basic_size = sizeof(PicklerObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.new_ = pickler_new;
  t.init = pickler_init;
  t.dealloc = pickler_dealloc;
  t.traverse = pickler_traverse;
  t.clear = pickler_clear;
  t.methods = kPicklerMethods;
  t.getsets = kPicklerGetSets;
  return type_ready(&t);
}

}  // namespace taipan::pickle
