// _pickle.Unpickler and the module's load/loads: runs pickle opcodes on a
// value stack with a separate stack of marks, as CPython's C unpickler does,
// with its checks and messages for malformed data (every truncation,
// underflow and bad argument is an exception, never a crash). The loop is
// iterative, so deep nesting in the data needs no native stack.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/pickle/pickle.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/codecs_escape.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/function.h"

namespace taipan::pickle {

Type unpickler_type;

namespace {

constexpr int64_t kMemoVectorLimit = int64_t{1} << 22;  // larger memo indices go to a map

bool truncated() {
  raise_unpickling("pickle data was truncated");
  return false;
}

uint64_t read_le(const char* s, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[i]);
  return v;
}

// A C long argument from its text, as strtol with base 0 reads it.
bool parse_c_long(std::string_view line, long* out) {
  std::string text(line);
  char* end = nullptr;
  errno = 0;
  *out = std::strtol(text.c_str(), &end, 0);
  return errno == 0 && (*end == '\n' || *end == '\0');
}

class Unpickling {
 public:
  int proto = 0;
  bool fix_imports = true;
  std::string encoding = "ASCII";
  std::string errors = "strict";
  Ref read, readline;     // the file's methods; null for loads()
  Ref buffers;            // an iterator over out-of-band buffers, or null
  Ref pers_func;          // persistent_load, or null
  bool pers_unbound = false;
  Value self;             // the Unpickler object (borrowed), or null for loads()

  // Reads from a bytes-like object instead of a file.
  bool set_data(Value data) {
    Buffer buffer;
    if (!require_buffer(data, &buffer)) return false;
    if (is_bytes(data)) {
      data_ref_ = Ref::borrow(data);
      input_ = buffer.data;
    } else {
      chunk_.assign(buffer.data);
      input_ = chunk_;
    }
    pos_ = 0;
    return true;
  }

  Ref load() {
    clear_stack(0);
    marks_.clear();
    proto = 0;
    while (true) {
      const char* s;
      if (!read_n(1, &s)) {
        if (error_matches(state().UnpicklingError)) raise(exc::EOFError, "Ran out of input");
        return nullptr;
      }
      unsigned char op = static_cast<unsigned char>(*s);
      if (op == STOP) break;
      if (!dispatch(op)) return nullptr;
    }
    return pop();
  }

  void visit_refs(VisitFn visit, void* arg) const {
    for (const Ref* r : {&read, &readline, &buffers, &pers_func, &data_ref_}) {
      if (*r) visit(r->get(), arg);
    }
    for (Value v : stack_) visit(v, arg);
    for (Value v : memo_) {
      if (!v.is_null()) visit(v, arg);
    }
    for (const auto& [index, v] : far_memo_) visit(v, arg);
  }

  void clear_refs() {
    read.reset();
    readline.reset();
    buffers.reset();
    pers_func.reset();
    data_ref_.reset();
    clear_stack(0);
    clear_memo();
  }

  void clear_memo() {
    std::vector<Value> old;
    old.swap(memo_);
    std::unordered_map<int64_t, Value> old_far;
    old_far.swap(far_memo_);
    for (Value v : old) decref(v);
    for (const auto& [index, v] : old_far) decref(v);
  }

  ~Unpickling() { clear_refs(); }

  Ref find_class(Value module_name, Value global_name) {
    State& st = state();
    Ref module_ref = Ref::borrow(module_name), global_ref = Ref::borrow(global_name);
    if (proto < 3 && fix_imports) {
      Ref key = tuple_pack({module_name, global_name});
      if (!key) return nullptr;
      Value item = dict_get(st.name_mapping_2to3.as<Dict>(), key.get());
      if (!item.is_null()) {
        if (!is_tuple(item) || item.as<Tuple>()->size != 2) {
          return raise(exc::RuntimeError,
                       std::string("_compat_pickle.NAME_MAPPING values should be 2-tuples, not ") + type_name_of(item));
        }
        Value m = item.as<Tuple>()->items[0], g = item.as<Tuple>()->items[1];
        if (!is_str(m) || !is_str(g)) {
          return raise(exc::RuntimeError, std::string("_compat_pickle.NAME_MAPPING values should be pairs of str, not (") +
                                              type_name_of(m) + ", " + type_name_of(g) + ")");
        }
        module_ref = Ref::borrow(m);
        global_ref = Ref::borrow(g);
      } else if (error_occurred()) {
        return nullptr;
      } else {
        item = dict_get(st.import_mapping_2to3.as<Dict>(), module_name);
        if (!item.is_null()) {
          if (!is_str(item)) {
            return raise(exc::RuntimeError,
                         std::string("_compat_pickle.IMPORT_MAPPING values should be strings, not ") + type_name_of(item));
          }
          module_ref = Ref::borrow(item);
        } else if (error_occurred()) {
          return nullptr;
        }
      }
    }
    Ref module = import_by_name(module_ref.get());
    if (!module) return nullptr;
    Ref found;
    if (proto >= 4) {
      Ref path = dotted_path(module.get(), global_ref.get());
      if (!path) return nullptr;
      found = deep_attribute(module.get(), path.get(), nullptr);
    } else {
      if (!is_str(global_ref.get())) {
        return raise(exc::TypeError, std::string("attribute name must be string, not '") +
                                         type_name_of(global_ref.get()) + "'");
      }
      found = getattr_optional(module.get(), global_ref.as<Str>());
    }
    if (found || error_occurred()) return found;
    Ref name_repr = repr(global_ref.get());
    Ref module_repr = name_repr ? repr(module.get()) : nullptr;
    if (!module_repr) return nullptr;
    return raise(exc::AttributeError, "Can't get attribute " + str_to_std(name_repr.as<Str>()) + " on " +
                                          str_to_std(module_repr.as<Str>()));
  }

  Value memo_get(int64_t index) const {
    if (index >= 0 && index < static_cast<int64_t>(memo_.size())) return memo_[static_cast<size_t>(index)];
    auto it = far_memo_.find(index);
    return it == far_memo_.end() ? Value() : it->second;
  }

  void memo_put(int64_t index, Value v) {
    incref(v);
    if (index < kMemoVectorLimit) {
      if (index >= static_cast<int64_t>(memo_.size())) memo_.resize(static_cast<size_t>(index) + 1);
      Value old = memo_[static_cast<size_t>(index)];
      memo_[static_cast<size_t>(index)] = v;
      decref(old);
      return;
    }
    auto [it, inserted] = far_memo_.emplace(index, v);
    if (!inserted) {
      Value old = it->second;
      it->second = v;
      decref(old);
    }
  }

  int64_t memo_len() const { return static_cast<int64_t>(memo_.size() + far_memo_.size()); }

  // Index -> object pairs, for the memo attribute.
  Ref memo_dict() const {
    Dict* d = dict_new();
    if (d == nullptr) return nullptr;
    Ref result = Ref::steal(Value::object(d));
    for (size_t i = 0; i < memo_.size(); ++i) {
      if (!memo_[i].is_null() && dict_set(d, Value::small_int(static_cast<int64_t>(i)), memo_[i]) < 0) return nullptr;
    }
    for (const auto& [index, v] : far_memo_) {
      Ref key = int_from_int64(index);
      if (!key || dict_set(d, key.get(), v) < 0) return nullptr;
    }
    return result;
  }

 private:
  std::string_view input_;
  size_t pos_ = 0;
  std::string chunk_;     // what the last file read returned
  Ref data_ref_;          // the bytes object input_ points into
  std::vector<Value> stack_;    // owned references
  std::vector<int64_t> marks_;  // stack sizes at each MARK
  std::vector<Value> memo_;     // owned; null where unset
  std::unordered_map<int64_t, Value> far_memo_;

  // ---- input ----

  bool read_n(size_t n, const char** out) {
    if (input_.size() - pos_ >= n) {
      *out = input_.data() + pos_;
      pos_ += n;
      return true;
    }
    if (!read) return truncated();
    Ref size = int_from_uint64(n);
    Ref read_fn = read;  // held: the call may re-initialise the Unpickler
    Ref data = size ? call(read_fn.get(), {size.get()}) : nullptr;
    if (!data || !take_chunk(data.get())) return false;
    if (chunk_.size() < n) return truncated();
    *out = chunk_.data();
    pos_ = n;
    return true;
  }

  bool take_chunk(Value data) {
    Buffer buffer;
    if (!require_buffer(data, &buffer)) return false;
    chunk_.assign(buffer.data);
    data_ref_.reset();
    input_ = chunk_;
    pos_ = 0;
    return true;
  }

  // One line, its newline included.
  bool read_line(std::string_view* line) {
    size_t nl = input_.find('\n', pos_);
    if (nl != std::string_view::npos) {
      *line = input_.substr(pos_, nl + 1 - pos_);
      pos_ = nl + 1;
      return true;
    }
    if (!readline) return truncated();
    Ref readline_fn = readline;
    Ref data = call(readline_fn.get(), nullptr, 0);
    if (!data || !take_chunk(data.get())) return false;
    if (chunk_.empty() || chunk_.back() != '\n') return truncated();
    *line = chunk_;
    pos_ = chunk_.size();
    return true;
  }

  // A line of at least min_len characters (newline included).
  bool read_arg_line(std::string_view* line, size_t min_len = 2) {
    if (!read_line(line)) return false;
    return line->size() >= min_len || truncated();
  }

  // ---- the stack ----

  int64_t fence() const { return marks_.empty() ? 0 : marks_.back(); }
  int64_t depth() const { return static_cast<int64_t>(stack_.size()); }

  bool underflow() {
    raise_unpickling(marks_.empty() ? "unpickling stack underflow" : "unexpected MARK found");
    return false;
  }

  void push(Ref v) { stack_.push_back(v.release()); }

  Ref pop() {
    if (depth() <= fence()) {
      underflow();
      return nullptr;
    }
    Value v = stack_.back();
    stack_.pop_back();
    return Ref::steal(v);
  }

  Value top() const { return stack_.back(); }

  void clear_stack(int64_t from) {
    while (depth() > from) {
      Value v = stack_.back();
      stack_.pop_back();
      decref(v);
    }
  }

  // Items [start, depth) as a new tuple, taken off the stack.
  Ref pop_tuple(int64_t start) {
    if (start < fence()) {
      underflow();
      return nullptr;
    }
    int64_t n = depth() - start;
    Tuple* t = tuple_new(n);
    if (t == nullptr) return nullptr;
    for (int64_t i = 0; i < n; ++i) t->items[i] = stack_[static_cast<size_t>(start + i)];
    stack_.resize(static_cast<size_t>(start));
    return Ref::steal(Value::object(t));
  }

  Ref pop_list(int64_t start) {
    int64_t n = depth() - start;
    List* l = list_new(n);
    if (l == nullptr) return nullptr;
    for (int64_t i = 0; i < n; ++i) l->items[i] = stack_[static_cast<size_t>(start + i)];
    stack_.resize(static_cast<size_t>(start));
    return Ref::steal(Value::object(l));
  }

  // The position of the last MARK, taken off the mark stack.
  bool marker(int64_t* out) {
    if (marks_.empty()) {
      raise_unpickling("could not find MARK");
      return false;
    }
    *out = marks_.back();
    marks_.pop_back();
    return true;
  }

  // ---- the opcodes ----

  bool dispatch(unsigned char op) {
    switch (op) {
      case NONE: push(Ref::none()); return true;
      case NEWTRUE: push(Ref::boolean(true)); return true;
      case NEWFALSE: push(Ref::boolean(false)); return true;
      case BININT: return load_binint(4);
      case BININT1: return load_binint(1);
      case BININT2: return load_binint(2);
      case INT: return load_int();
      case LONG: return load_long();
      case LONG1: return load_counted_long(1);
      case LONG4: return load_counted_long(4);
      case FLOAT: return load_float();
      case BINFLOAT: return load_binfloat();
      case SHORT_BINBYTES: return load_counted_bytes(1, false);
      case BINBYTES: return load_counted_bytes(4, false);
      case BINBYTES8: return load_counted_bytes(8, false);
      case BYTEARRAY8: return load_counted_bytes(8, true);
      case NEXT_BUFFER: return load_next_buffer();
      case READONLY_BUFFER: return load_readonly_buffer();
      case SHORT_BINSTRING: return load_counted_binstring(1);
      case BINSTRING: return load_counted_binstring(4);
      case STRING: return load_string();
      case UNICODE: return load_unicode();
      case SHORT_BINUNICODE: return load_counted_binunicode(1);
      case BINUNICODE: return load_counted_binunicode(4);
      case BINUNICODE8: return load_counted_binunicode(8);
      case EMPTY_TUPLE: return load_counted_tuple(0);
      case TUPLE1: return load_counted_tuple(1);
      case TUPLE2: return load_counted_tuple(2);
      case TUPLE3: return load_counted_tuple(3);
      case TUPLE: return load_tuple();
      case EMPTY_LIST: return push_new(Ref::steal(Value::object(list_new(0))));
      case EMPTY_DICT: return push_new(Ref::steal(Value::object(dict_new())));
      case EMPTY_SET: return push_new(set_new(Value()));
      case LIST: return load_list();
      case DICT: return load_dict();
      case FROZENSET: return load_frozenset();
      case OBJ: return load_obj();
      case INST: return load_inst();
      case NEWOBJ: return load_newobj(false);
      case NEWOBJ_EX: return load_newobj(true);
      case GLOBAL: return load_global();
      case STACK_GLOBAL: return load_stack_global();
      case APPEND: return do_append(depth() - 1);
      case APPENDS: return load_appends();
      case BUILD: return load_build();
      case DUP: return load_dup();
      case BINGET: return load_binget(1);
      case LONG_BINGET: return load_binget(4);
      case GET: return load_get();
      case MARK: marks_.push_back(depth()); return true;
      case BINPUT: return load_binput(1);
      case LONG_BINPUT: return load_binput(4);
      case PUT: return load_put();
      case MEMOIZE: return load_memoize();
      case POP: return load_pop();
      case POP_MARK: return load_pop_mark();
      case SETITEM: return do_setitems(depth() - 2);
      case SETITEMS: return load_setitems();
      case ADDITEMS: return load_additems();
      case PERSID: return load_persid();
      case BINPERSID: return load_binpersid();
      case REDUCE: return load_reduce();
      case PROTO: return load_proto();
      case FRAME: return load_frame();
      case EXT1: return load_extension(1);
      case EXT2: return load_extension(2);
      case EXT4: return load_extension(4);
      default: {
        char text[40];
        if (op >= 0x20 && op <= 0x7e && op != '\'' && op != '\\') {
          std::snprintf(text, sizeof text, "invalid load key, '%c'.", op);
        } else {
          std::snprintf(text, sizeof text, "invalid load key, '\\x%02x'.", op);
        }
        raise_unpickling(text);
        return false;
      }
    }
  }

  bool push_new(Ref v) {
    if (!v) return false;
    push(std::move(v));
    return true;
  }

  bool load_binint(int n) {
    const char* s;
    if (!read_n(static_cast<size_t>(n), &s)) return false;
    uint64_t v = read_le(s, n);
    int64_t value = n == 4 ? static_cast<int32_t>(static_cast<uint32_t>(v)) : static_cast<int64_t>(v);
    push(Ref::small_int(value));
    return true;
  }

  bool load_int() {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    long x;
    if (!parse_c_long(line, &x)) {
      Ref value = int_from_string(line.substr(0, line.size() - 1), 0);
      if (!value) {
        clear_error();
        raise(exc::ValueError, "could not convert string to int");
        return false;
      }
      push(std::move(value));
    } else if (line.size() == 3 && (x == 0 || x == 1)) {
      push(Ref::boolean(x == 1));
    } else {
      return push_new(int_from_int64(x));
    }
    return true;
  }

  bool load_long() {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    // A trailing L (Python 2) ends the text; otherwise int() sees the newline too.
    std::string_view digits = line.substr(line.size() - 2) == "L\n" ? line.substr(0, line.size() - 2) : line;
    return push_new(int_from_string(digits, 10));
  }

  bool load_counted_long(int n) {
    const char* s;
    if (!read_n(static_cast<size_t>(n), &s)) return false;
    int64_t size = n == 1 ? static_cast<unsigned char>(*s) : static_cast<int32_t>(read_le(s, 4));
    if (size < 0) {
      raise_unpickling("LONG pickle has negative byte count");
      return false;
    }
    if (!read_n(static_cast<size_t>(size), &s)) return false;
    if (size == 0) {
      push(Ref::small_int(0));
      return true;
    }
    mpz_t v;
    mpz_init(v);
    mpz_import(v, static_cast<size_t>(size), -1, 1, 0, 0, s);
    if (static_cast<unsigned char>(s[size - 1]) & 0x80) {
      mpz_t modulus;
      mpz_init(modulus);
      mpz_ui_pow_ui(modulus, 2, static_cast<unsigned long>(8 * size));
      mpz_sub(v, v, modulus);
      mpz_clear(modulus);
    }
    Ref value = int_from_mpz(v);
    mpz_clear(v);
    return push_new(std::move(value));
  }

  bool load_float() {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    // As PyOS_string_to_double: the longest float literal at the start.
    std::string text(line);
    size_t end = 0;
    double d = 0;
    while (end < text.size() && text[end] != '\n' && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    while (end > 0 && !parse_float_literal(std::string_view(text).substr(0, end), &d)) --end;
    if (end == 0) {
      raise(exc::ValueError, "could not convert string to float: '" + text + "'");
      return false;
    }
    if (text[end] != '\n') {
      raise(exc::ValueError, "could not convert string to float");
      return false;
    }
    if (std::isinf(d) && text.find_first_of("iI") == std::string::npos) {
      raise(exc::OverflowError, "value too large to convert to float: '" + text + "'");
      return false;
    }
    push(Ref::from_double(d));
    return true;
  }

  bool load_binfloat() {
    const char* s;
    if (!read_n(8, &s)) return false;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits = (bits << 8) | static_cast<unsigned char>(s[i]);
    double d;
    std::memcpy(&d, &bits, 8);
    push(Ref::from_double(d));
    return true;
  }

  // A size argument; false with the opcode's overflow error past int64.
  bool read_size(int n, const char* what, int64_t* out) {
    const char* s;
    if (!read_n(static_cast<size_t>(n), &s)) return false;
    uint64_t size = read_le(s, n);
    if (size > static_cast<uint64_t>(INT64_MAX)) {
      raise(exc::OverflowError, std::string(what) + " exceeds system's maximum size of 9223372036854775807 bytes");
      return false;
    }
    *out = static_cast<int64_t>(size);
    return true;
  }

  // The next size bytes of input (refused at once when the data is shorter).
  bool read_payload(int64_t size, std::string_view* out) {
    const char* s;
    if (!read && static_cast<uint64_t>(size) > input_.size() - pos_) return truncated();
    if (!read_n(static_cast<size_t>(size), &s)) return false;
    *out = std::string_view(s, static_cast<size_t>(size));
    return true;
  }

  bool load_counted_bytes(int n, bool bytearray) {
    int64_t size;
    std::string_view data;
    if (!read_size(n, bytearray ? "BYTEARRAY8" : "BINBYTES", &size) || !read_payload(size, &data)) return false;
    return push_new(bytearray ? bytearray_from_string(data) : bytes_from_string(data));
  }

  bool load_next_buffer() {
    if (!buffers) {
      raise_unpickling("pickle stream refers to out-of-band data but no *buffers* argument was given");
      return false;
    }
    Ref buffer = next(buffers.get());
    if (!buffer) {
      if (!error_occurred()) raise_unpickling("not enough out-of-band buffers");
      return false;
    }
    push(std::move(buffer));
    return true;
  }

  bool load_readonly_buffer() {
    if (depth() <= fence()) return underflow();
    Ref view = call(Value::object(&memoryview_type), {top()});
    if (!view) return false;
    if (view.as<MemoryView>()->readonly) return true;
    Ref readonly = call_method(view.get(), "toreadonly", {});
    if (!readonly) return false;
    Value old = stack_.back();
    stack_.back() = readonly.release();
    decref(old);
    return true;
  }

  Ref decode_string(std::string_view data) {
    if (encoding == "bytes") return bytes_from_string(data);
    return decode(data, encoding, errors);
  }

  bool load_counted_binstring(int n) {
    const char* s;
    if (!read_n(static_cast<size_t>(n), &s)) return false;
    int64_t size = static_cast<int64_t>(read_le(s, n));
    std::string_view data;
    if (!read_payload(size, &data)) return false;
    return push_new(decode_string(data));
  }

  bool load_string() {
    std::string_view line;
    if (!read_line(&line)) return false;
    std::string_view body = line.substr(0, line.size() - 1);
    if (body.size() < 2 || body.front() != body.back() || (body.front() != '\'' && body.front() != '"')) {
      raise_unpickling("the STRING opcode argument must be quoted");
      return false;
    }
    Ref bytes = bytes_escape_decode(body.substr(1, body.size() - 2), "strict");
    if (!bytes) return false;
    return push_new(decode_string(bytes_view(bytes.as<Bytes>())));
  }

  bool load_unicode() {
    std::string_view line;
    if (!read_arg_line(&line, 1)) return false;
    int64_t consumed = 0;
    return push_new(raw_unicode_escape_decode(line.substr(0, line.size() - 1), "strict", true, &consumed));
  }

  bool load_counted_binunicode(int n) {
    int64_t size;
    std::string_view data;
    if (!read_size(n, "BINUNICODE", &size) || !read_payload(size, &data)) return false;
    return push_new(native_decode(NativeCodec::Utf8, data, "surrogatepass", true, nullptr, nullptr));
  }

  bool load_counted_tuple(int64_t n) {
    if (depth() < n) return underflow();
    return push_new(pop_tuple(depth() - n));
  }

  bool load_tuple() {
    int64_t mark;
    return marker(&mark) && push_new(pop_tuple(mark));
  }

  bool load_list() {
    int64_t mark;
    return marker(&mark) && push_new(pop_list(mark));
  }

  bool load_dict() {
    int64_t mark;
    if (!marker(&mark)) return false;
    if ((depth() - mark) % 2 != 0) {
      raise_unpickling("odd number of items for DICT");
      return false;
    }
    Dict* d = dict_new();
    if (d == nullptr) return false;
    Ref dict = Ref::steal(Value::object(d));
    for (int64_t k = mark; k < depth(); k += 2) {
      if (dict_set(d, stack_[static_cast<size_t>(k)], stack_[static_cast<size_t>(k + 1)]) < 0) return false;
    }
    clear_stack(mark);
    push(std::move(dict));
    return true;
  }

  bool load_frozenset() {
    int64_t mark;
    if (!marker(&mark)) return false;
    Ref items = pop_tuple(mark);
    return items && push_new(frozenset_new(items.get()));
  }

  // cls(*args), or cls.__new__(cls) for no arguments and no __getinitargs__.
  static Ref instantiate(Value cls, Value args) {
    if (args.as<Tuple>()->size == 0 && is_type(cls)) {
      Ref initargs = getattr_optional(cls, INTERNED("__getinitargs__"));
      if (!initargs) {
        if (error_occurred()) return nullptr;
        return call_method(cls, "__new__", {cls});
      }
    }
    return call_with_tuple_dict(cls, args, Value());
  }

  bool load_obj() {
    int64_t mark;
    if (!marker(&mark)) return false;
    if (depth() - mark < 1) return underflow();
    Ref args = pop_tuple(mark + 1);
    Ref cls = args ? pop() : nullptr;
    return cls && push_new(instantiate(cls.get(), args.get()));
  }

  bool read_ascii_name(Ref* out) {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    *out = decode(line.substr(0, line.size() - 1), "ascii", "strict");
    return static_cast<bool>(*out);
  }

  Ref call_find_class(Value module_name, Value global_name) {
    if (self.is_null() || type_of(self) == &unpickler_type) return find_class(module_name, global_name);
    return call_method(self, "find_class", {module_name, global_name});
  }

  bool load_inst() {
    int64_t mark;
    Ref module_name, class_name;
    if (!marker(&mark) || !read_ascii_name(&module_name) || !read_ascii_name(&class_name)) return false;
    Ref cls = call_find_class(module_name.get(), class_name.get());
    Ref args = cls ? pop_tuple(mark) : nullptr;
    return args && push_new(instantiate(cls.get(), args.get()));
  }

  bool newobj_error(const char* format, bool with_kwargs, Value arg) {
    char text[300];
    std::snprintf(text, sizeof text, format, with_kwargs ? "NEWOBJ_EX" : "NEWOBJ", type_name_of(arg));
    raise_unpickling(text);
    return false;
  }

  bool load_newobj(bool with_kwargs) {
    Ref kwargs;
    if (with_kwargs && !(kwargs = pop())) return false;
    Ref args = pop();
    Ref cls = args ? pop() : nullptr;
    if (!cls) return false;
    if (!is_type(cls.get())) return newobj_error("%s class argument must be a type, not %.200s", with_kwargs, cls.get());
    Type* type = cls.as<Type>();
    if (type->new_ == nullptr) {
      return newobj_error("%s class argument '%.200s' doesn't have __new__", with_kwargs, cls.get());
    }
    if (!is_tuple(args.get())) return newobj_error("%s args argument must be a tuple, not %.200s", with_kwargs, args.get());
    if (with_kwargs && !is_dict(kwargs.get())) {
      return newobj_error("%s kwargs argument must be a dict, not %.200s", with_kwargs, kwargs.get());
    }
    return push_new(call_new(type, args.as<Tuple>(), with_kwargs ? kwargs.as<Dict>() : nullptr));
  }

  // type->new_(type, *args, **kwargs), as CPython calls tp_new.
  static Ref call_new(Type* type, Tuple* args, Dict* kwargs) {
    std::vector<Value> all(args->items, args->items + args->size);
    Ref names;
    if (kwargs != nullptr && dict_size(kwargs) > 0) {
      Tuple* t = tuple_new(dict_size(kwargs));
      if (t == nullptr) return nullptr;
      names = Ref::steal(Value::object(t));
      int64_t pos = 0, i = 0;
      Value k, v;
      while (dict_next(kwargs, &pos, &k, &v)) {
        if (!is_str(k)) return raise(exc::TypeError, "keywords must be strings");
        incref(k);
        t->items[i++] = k;
        all.push_back(v);
      }
    }
    return type->new_(type, all.data(), static_cast<size_t>(args->size), names ? names.as<Tuple>() : nullptr);
  }

  bool load_global() {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    Ref module_name = decode(line.substr(0, line.size() - 1), "utf-8", "strict");
    if (!module_name || !read_arg_line(&line)) return false;
    Ref global_name = decode(line.substr(0, line.size() - 1), "utf-8", "strict");
    return global_name && push_new(call_find_class(module_name.get(), global_name.get()));
  }

  bool load_stack_global() {
    Ref global_name = pop();
    Ref module_name = global_name ? pop() : nullptr;
    if (!module_name) return false;
    if (!is_exact_str(module_name.get()) || !is_exact_str(global_name.get())) {
      raise_unpickling("STACK_GLOBAL requires str");
      return false;
    }
    return push_new(call_find_class(module_name.get(), global_name.get()));
  }

  bool do_append(int64_t x) {
    int64_t len = depth();
    if (x > len || x <= fence()) return underflow();
    if (len == x) return true;
    Value list = stack_[static_cast<size_t>(x - 1)];
    if (type_of(list) == &list_type) {
      Ref items = pop_list(x);
      return items && list_extend(list.as<List>(), items.get()) == 0;
    }
    Ref extend = getattr_optional(list, INTERNED("extend"));
    if (extend) {
      Ref items = pop_list(x);
      return items && call(extend.get(), {items.get()});
    }
    if (error_occurred()) return false;
    Ref append = getattr(list, INTERNED("append"));
    if (!append) return false;
    for (int64_t i = x; i < len; ++i) {
      if (!call(append.get(), {stack_[static_cast<size_t>(i)]})) {
        clear_stack(x);
        return false;
      }
    }
    clear_stack(x);
    return true;
  }

  bool load_appends() {
    int64_t mark;
    return marker(&mark) && do_append(mark);
  }

  bool do_setitems(int64_t x) {
    int64_t len = depth();
    if (x > len || x <= fence()) return underflow();
    if (len == x) return true;
    if ((len - x) % 2 != 0) {
      raise_unpickling("odd number of items for SETITEMS");
      return false;
    }
    Value target = stack_[static_cast<size_t>(x - 1)];
    bool ok = true;
    bool exact = type_of(target) == &dict_type;
    for (int64_t i = x + 1; i < len && ok; i += 2) {
      Value key = stack_[static_cast<size_t>(i - 1)], value = stack_[static_cast<size_t>(i)];
      ok = (exact ? dict_set(target.as<Dict>(), key, value) : setitem(target, key, value)) == 0;
    }
    clear_stack(x);
    return ok;
  }

  bool load_setitems() {
    int64_t mark;
    return marker(&mark) && do_setitems(mark);
  }

  bool load_additems() {
    int64_t mark;
    if (!marker(&mark)) return false;
    int64_t len = depth();
    if (mark > len || mark <= fence()) return underflow();
    if (len == mark) return true;
    Value target = stack_[static_cast<size_t>(mark - 1)];
    if (is_set(target)) {
      Ref items = pop_tuple(mark);
      return items && set_update(target.as<Set>(), items.get()) == 0;
    }
    Ref add = getattr(target, INTERNED("add"));
    if (!add) return false;
    for (int64_t i = mark; i < len; ++i) {
      if (!call(add.get(), {stack_[static_cast<size_t>(i)]})) {
        clear_stack(mark);
        return false;
      }
    }
    clear_stack(mark);
    return true;
  }

  bool load_build() {
    if (depth() - 2 < fence()) return underflow();
    Ref state_value = pop();
    if (!state_value) return false;
    Value inst = top();
    Ref setstate = getattr_optional(inst, INTERNED("__setstate__"));
    if (setstate) return static_cast<bool>(call(setstate.get(), {state_value.get()}));
    if (error_occurred()) return false;
    Ref slot_state;
    if (is_tuple(state_value.get()) && state_value.as<Tuple>()->size == 2) {
      Tuple* pair = state_value.as<Tuple>();
      slot_state = Ref::borrow(pair->items[1]);
      state_value = Ref::borrow(pair->items[0]);
    }
    if (!state_value.get().is_none()) {
      if (!is_dict(state_value.get())) {
        raise_unpickling("state is not a dictionary");
        return false;
      }
      Ref dict = getattr(inst, INTERNED("__dict__"));
      if (!dict) return false;
      int64_t pos = 0;
      Value k, v;
      while (dict_next(state_value.as<Dict>(), &pos, &k, &v)) {
        Value key = is_exact_str(k) ? Value::object(intern_str(k.as<Str>())) : k;
        if (setitem(dict.get(), key, v) < 0) return false;
      }
    }
    if (slot_state) {
      if (!is_dict(slot_state.get())) {
        raise_unpickling("slot state is not a dictionary");
        return false;
      }
      int64_t pos = 0;
      Value k, v;
      while (dict_next(slot_state.as<Dict>(), &pos, &k, &v)) {
        if (!is_str(k)) {
          raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name_of(k) + "'");
          return false;
        }
        if (setattr(inst, k.as<Str>(), v) < 0) return false;
      }
    }
    return true;
  }

  bool load_dup() {
    if (depth() <= fence()) return underflow();
    push(Ref::borrow(top()));
    return true;
  }

  bool push_memo(int64_t index) {
    Value v = memo_get(index);
    if (v.is_null()) {
      raise_unpickling("Memo value not found at index " + std::to_string(index));
      return false;
    }
    push(Ref::borrow(v));
    return true;
  }

  bool load_binget(int n) {
    const char* s;
    return read_n(static_cast<size_t>(n), &s) && push_memo(static_cast<int64_t>(read_le(s, n)));
  }

  // A memo index written as decimal text.
  bool read_index_line(int64_t* out) {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    Ref key = int_from_string(line, 10);
    if (!key) return false;
    *out = as_int64(key.get());
    return *out != -1 || !error_occurred();
  }

  bool load_get() {
    int64_t index;
    return read_index_line(&index) && push_memo(index);
  }

  bool load_binput(int n) {
    const char* s;
    if (!read_n(static_cast<size_t>(n), &s)) return false;
    if (depth() <= fence()) return underflow();
    return checked_memo_put(static_cast<int64_t>(read_le(s, n)));
  }

  bool load_put() {
    std::string_view line;
    if (!read_arg_line(&line)) return false;
    if (depth() <= fence()) return underflow();
    Ref key = int_from_string(line, 10);
    if (!key) return false;
    int64_t index = as_int64(key.get());
    if (index < 0) {
      if (!error_occurred()) raise(exc::ValueError, "negative PUT argument");
      return false;
    }
    return checked_memo_put(index);
  }

  // Stores the top of the stack; an index whose memo CPython could not
  // allocate (it grows an array to twice the index) is a MemoryError here too.
  bool checked_memo_put(int64_t index) {
    if (index > (INT64_MAX >> 5) || exceeds_memory(static_cast<size_t>(index) * 2 * sizeof(Value))) {
      raise_no_memory();
      return false;
    }
    memo_put(index, top());
    return true;
  }

  bool load_memoize() {
    if (depth() <= fence()) return underflow();
    memo_put(memo_len(), top());
    return true;
  }

  bool load_pop() {
    if (!marks_.empty() && marks_.back() == depth()) {
      marks_.pop_back();
      return true;
    }
    if (depth() <= fence()) return underflow();
    clear_stack(depth() - 1);
    return true;
  }

  bool load_pop_mark() {
    int64_t mark;
    if (!marker(&mark)) return false;
    clear_stack(mark);
    return true;
  }

  Ref call_persistent_load(Value pid) {
    Ref fn = pers_func;
    if (pers_unbound) return call(fn.get(), {self, pid});
    return call(fn.get(), {pid});
  }

  bool no_persistent_load() {
    raise_unpickling(
        "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
    return false;
  }

  bool load_persid() {
    if (!pers_func) return no_persistent_load();
    std::string_view line;
    if (!read_arg_line(&line, 1)) return false;
    Ref pid = decode(line.substr(0, line.size() - 1), "ascii", "strict");
    if (!pid) {
      if (error_matches(exc::UnicodeDecodeError)) {
        clear_error();
        raise_unpickling("persistent IDs in protocol 0 must be ASCII strings");
      }
      return false;
    }
    return push_new(call_persistent_load(pid.get()));
  }

  bool load_binpersid() {
    if (!pers_func) return no_persistent_load();
    Ref pid = pop();
    return pid && push_new(call_persistent_load(pid.get()));
  }

  bool load_reduce() {
    Ref args = pop();
    Ref callable = args ? pop() : nullptr;
    if (!callable) return false;
    if (!is_tuple(args.get())) {
      raise(exc::TypeError, "argument list must be a tuple");
      return false;
    }
    return push_new(call_with_tuple_dict(callable.get(), args.get(), Value()));
  }

  bool load_proto() {
    const char* s;
    if (!read_n(1, &s)) return false;
    int version = static_cast<unsigned char>(*s);
    if (version > kHighestProtocol) {
      raise(exc::ValueError, "unsupported pickle protocol: " + std::to_string(version));
      return false;
    }
    proto = version;
    return true;
  }

  bool load_frame() {
    const char* s;
    if (!read_n(8, &s)) return false;
    uint64_t frame_len = read_le(s, 8);
    if (frame_len > static_cast<uint64_t>(INT64_MAX)) {
      raise(exc::OverflowError, "FRAME length exceeds system's maximum of 9223372036854775807 bytes");
      return false;
    }
    if (!read_n(static_cast<size_t>(frame_len), &s)) return false;
    pos_ -= static_cast<size_t>(frame_len);
    return true;
  }

  bool load_extension(int n) {
    const char* s;
    if (!read_n(static_cast<size_t>(n), &s)) return false;
    int64_t code = n == 4 ? static_cast<int32_t>(read_le(s, 4)) : static_cast<int64_t>(read_le(s, n));
    if (code <= 0) {
      raise_unpickling("EXT specifies code <= 0");
      return false;
    }
    State& st = state();
    Value key = Value::small_int(code);
    Value cached = dict_get(st.extension_cache.as<Dict>(), key);
    if (!cached.is_null()) {
      push(Ref::borrow(cached));
      return true;
    }
    if (error_occurred()) return false;
    Value pair = dict_get(st.inverted_registry.as<Dict>(), key);
    if (pair.is_null()) {
      if (!error_occurred()) raise(exc::ValueError, "unregistered extension code " + std::to_string(code));
      return false;
    }
    if (!is_tuple(pair) || pair.as<Tuple>()->size != 2 || !is_str(pair.as<Tuple>()->items[0]) ||
        !is_str(pair.as<Tuple>()->items[1])) {
      raise(exc::ValueError, "_inverted_registry[" + std::to_string(code) + "] isn't a 2-tuple of strings");
      return false;
    }
    Ref hold = Ref::borrow(pair);
    Ref obj = call_find_class(pair.as<Tuple>()->items[0], pair.as<Tuple>()->items[1]);
    if (!obj || dict_set(st.extension_cache.as<Dict>(), key, obj.get()) < 0) return false;
    push(std::move(obj));
    return true;
  }
};

// ---- the Unpickler type ----

struct UnpicklerObject : Object {
  Unpickling* u;  // owned
};

Unpickling* unpickling_of(Value self) { return self.as<UnpicklerObject>()->u; }

// encoding, errors, fix_imports and buffers, shared by Unpickler(), load() and loads().
bool configure(Unpickling* u, Value fix_imports, Value encoding, Value errors, Value buffers) {
  int fix = fix_imports.is_null() ? 1 : is_true(fix_imports);
  if (fix < 0) return false;
  u->fix_imports = fix != 0;
  for (auto [value, target, name] : {std::tuple{encoding, &u->encoding, "encoding"}, std::tuple{errors, &u->errors, "errors"}}) {
    if (value.is_null()) continue;
    if (!is_str(value)) {
      raise(exc::TypeError, std::string("argument '") + name + "' must be str, not " + type_name_of(value));
      return false;
    }
    *target = str_utf8(value.as<Str>());
  }
  u->buffers.reset();
  if (!buffers.is_null() && !buffers.is_none()) {
    u->buffers = iter(buffers);
    if (!u->buffers) return false;
  }
  return true;
}

bool set_input(Unpickling* u, Value file) {
  u->read = getattr_optional(file, INTERNED("read"));
  if (!u->read && error_occurred()) return false;
  u->readline = getattr_optional(file, INTERNED("readline"));
  if (!u->readline && error_occurred()) return false;
  if (!u->read || !u->readline) {
    raise(exc::TypeError, "file must have 'read' and 'readline' attributes");
    return false;
  }
  return true;
}

Ref unpickler_new(Type* type, const Value*, size_t, Tuple*) {
  auto* self = new_object<UnpicklerObject>(type, static_cast<size_t>(type->basic_size));
  if (self == nullptr) return nullptr;
  self->u = new Unpickling();
  self->u->self = Value::object(self);
  return Ref::steal(self);
}

int unpickler_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"file", "fix_imports", "encoding", "errors", "buffers"};
  Value a[5];
  if (!bind_args(ArgSpec{"Unpickler", names, 5, 0, 1, 1}, args, nargs, kwnames, a)) return -1;
  Unpickling* u = unpickling_of(self);
  u->clear_refs();
  if (!set_input(u, a[0]) || !configure(u, a[1], a[2], a[3], a[4])) return -1;
  Ref persistent_load = getattr_optional(self, INTERNED("persistent_load"));
  if (!persistent_load && error_occurred()) return -1;
  u->pers_unbound = false;
  if (persistent_load && is_method(persistent_load.get()) && persistent_load.as<Method>()->self == self) {
    u->pers_func = Ref::borrow(persistent_load.as<Method>()->func);
    u->pers_unbound = true;
  } else {
    u->pers_func = std::move(persistent_load);
  }
  u->proto = 0;
  return 0;
}

void unpickler_traverse(Object* self, VisitFn visit, void* arg) {
  Unpickling* u = static_cast<UnpicklerObject*>(self)->u;
  if (u != nullptr) u->visit_refs(visit, arg);
}

void unpickler_clear(Object* self) {
  Unpickling* u = static_cast<UnpicklerObject*>(self)->u;
  if (u != nullptr) u->clear_refs();
}

void unpickler_dealloc(Object* self) {
  auto* o = static_cast<UnpicklerObject*>(self);
  Unpickling* u = o->u;
  o->u = nullptr;
  delete u;
  free_object(self);
}

Ref unpickler_load(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("load", kwnames) || !check_arg_count("load", nargs, 0, 0)) return nullptr;
  Unpickling* u = unpickling_of(self);
  if (!u->read) {
    return raise_unpickling(std::string("Unpickler.__init__() was not called by ") + type_of(self)->name +
                            ".__init__()");
  }
  Ref keep = Ref::borrow(self);
  return u->load();
}

Ref unpickler_find_class(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("find_class", kwnames) || !check_arg_count("find_class", nargs, 2, 2)) return nullptr;
  return unpickling_of(self)->find_class(args[0], args[1]);
}

Ref unpickler_sizeof(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__sizeof__", kwnames) || !check_arg_count("__sizeof__", nargs, 0, 0)) return nullptr;
  Unpickling* u = unpickling_of(self);
  return int_from_int64(static_cast<int64_t>(sizeof(UnpicklerObject) + sizeof(Unpickling)) +
                        u->memo_len() * static_cast<int64_t>(sizeof(Value)));
}

Ref get_persistent_load(Value self) {
  Unpickling* u = unpickling_of(self);
  if (!u->pers_func) return raise(exc::AttributeError, "persistent_load");
  if (!u->pers_unbound) return u->pers_func;
  return call_method(u->pers_func.get(), "__get__", {self, Value::object(type_of(self))});
}

int set_persistent_load(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "attribute deletion is not supported");
  if (type_of(v)->call == nullptr) return fail(exc::TypeError, "persistent_load must be a callable taking one argument");
  Unpickling* u = unpickling_of(self);
  u->pers_func = Ref::borrow(v);
  u->pers_unbound = false;
  return 0;
}

Ref get_memo(Value self) { return unpickling_of(self)->memo_dict(); }

int set_memo(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "attribute deletion is not supported");
  if (!is_dict(v)) {
    return fail(exc::TypeError, std::string("'memo' attribute must be an UnpicklerMemoProxy object or dict, not ") +
                                    type_name_of(v));
  }
  Unpickling* u = unpickling_of(self);
  int64_t pos = 0;
  Value k, value;
  std::vector<std::pair<int64_t, Value>> entries;
  while (dict_next(v.as<Dict>(), &pos, &k, &value)) {
    int64_t index;
    if (!is_int(k) || !int_to_int64(k, &index)) return fail(exc::TypeError, "memo key must be integers");
    if (index < 0) return fail(exc::ValueError, "memo key must be positive integers.");
    entries.emplace_back(index, value);
  }
  u->clear_memo();
  for (auto [index, item] : entries) u->memo_put(index, item);
  return 0;
}

const MethodDef kUnpicklerMethods[] = {
    {"load", unpickler_load, kMethodInstance, "Load a pickle."},
    {"find_class", unpickler_find_class, kMethodInstance, "Return an object from a specified module."},
    {"__sizeof__", unpickler_sizeof, kMethodInstance, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kUnpicklerGetSets[] = {
    {"persistent_load", get_persistent_load, set_persistent_load, nullptr},
    {"memo", get_memo, set_memo, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Ref py_loads(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "fix_imports", "encoding", "errors", "buffers"};
  Value a[5];
  if (nargs != 1) {
    return raise(exc::TypeError, "loads() takes exactly 1 positional argument (" + std::to_string(nargs) + " given)");
  }
  if (!bind_args(ArgSpec{"loads", names, 5, 1, 1, 1}, args, nargs, kwnames, a)) return nullptr;
  Unpickling u;
  if (!u.set_data(a[0]) || !configure(&u, a[1], a[2], a[3], a[4])) return nullptr;
  return u.load();
}

Ref py_load(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"file", "fix_imports", "encoding", "errors", "buffers"};
  Value a[5];
  if (!bind_args(ArgSpec{"load", names, 5, 0, 1, 1}, args, nargs, kwnames, a)) return nullptr;
  Unpickling u;
  if (!set_input(&u, a[0]) || !configure(&u, a[1], a[2], a[3], a[4])) return nullptr;
  return u.load();
}

int init_unpickler_type() {
  Type& t = unpickler_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "_pickle.Unpickler";
  t.doc = "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n"
          "--\n\nThis takes a binary file for reading a pickle data stream.";
  t.basic_size = sizeof(UnpicklerObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.new_ = unpickler_new;
  t.init = unpickler_init;
  t.dealloc = unpickler_dealloc;
  t.traverse = unpickler_traverse;
  t.clear = unpickler_clear;
  t.methods = kUnpicklerMethods;
  t.getsets = kUnpicklerGetSets;
  return type_ready(&t);
}

}  // namespace taipan::pickle
