// In-memory streams: StringIO (a buffer of code points, so that positions
// count characters) and BytesIO (a byte buffer).
#include <algorithm>
#include <type_traits>
#include <string>
#include <vector>

#include "modules/io_internal.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type string_io_type;
Type bytes_io_type;

struct StringIOState {
  std::u32string buffer;
  size_t pos = 0;
  bool closed = false;
  bool universal = false;  // newline=None: "\r\n" and "\r" become "\n" on write
  std::u32string newline;  // written for "\n" when not empty and not "\n"
  // newline=None or "": the kinds of line ending written so far (bits:
  // "\r", "\n", "\r\n") for the `newlines` attribute.
  bool tracks_newlines = false;
  unsigned seen_newlines = 0;
};

namespace {

// StringIO words it without the final period, BytesIO with it.
Ref raise_closed_memory() { return raise(exc::ValueError, "I/O operation on closed file"); }

void note_newlines(StringIOState* st, const std::u32string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == U'\n') {
      st->seen_newlines |= 2;
    } else if (text[i] == U'\r') {
      bool crlf = i + 1 < text.size() && text[i + 1] == U'\n';
      st->seen_newlines |= crlf ? 4 : 1;
      if (crlf) ++i;
    }
  }
}

// --- Shared between both ----------------------------------------------------------

template <class T>
void memory_traverse(Object* self, VisitFn visit, void* arg) {
  io_dict_traverse(static_cast<T*>(self)->dict, visit, arg);
  if constexpr (std::is_same_v<T, BytesIO>) {
    if (!static_cast<T*>(self)->exported.is_null()) visit(static_cast<T*>(self)->exported, arg);
  }
}

template <class T>
void memory_clear(Object* self) {
  T* o = static_cast<T*>(self);
  Dict* d = o->dict;
  o->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
}

bool seek_arguments(const Value* args, size_t nargs, Tuple* kwnames, int64_t* offset, int64_t* whence) {
  if (!no_keywords("seek", kwnames) || !check_arg_count("seek", nargs, 1, 2)) return false;
  *offset = as_int64(args[0]);
  if (*offset == -1 && error_occurred()) return false;
  *whence = nargs == 2 ? as_int64(args[1]) : 0;
  if (*whence == -1 && error_occurred()) return false;
  if (*whence < 0 || *whence > 2) {
    raise(exc::ValueError, "invalid whence (" + std::to_string(*whence) + ", should be 0, 1 or 2)");
    return false;
  }
  return true;
}


// --- StringIO -------------------------------------------------------------------

StringIOState* string_state(Value self) { return self.as<StringIO>()->state; }

StringIOState* open_string(Value self) {
  StringIOState* st = string_state(self);
  if (st->closed) {
    raise_closed_memory();
    return nullptr;
  }
  return st;
}

std::u32string code_points(Str* s) {
  std::u32string out;
  out.reserve(static_cast<size_t>(s->length));
  for (int64_t i = 0; i < s->length; ++i) out += static_cast<char32_t>(str_char_at(s, i));
  return out;
}

Ref str_of(const char32_t* data, size_t n) {
  return str_from_code_points(reinterpret_cast<const uint32_t*>(data), static_cast<int64_t>(n));
}

size_t string_write(StringIOState* st, Str* s) {
  std::u32string text = code_points(s);
  size_t written = text.size();
  if (st->tracks_newlines) note_newlines(st, text);
  if (st->universal) {
    std::u32string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == U'\r') {
        out += U'\n';
        if (i + 1 < text.size() && text[i + 1] == U'\n') ++i;
      } else {
        out += text[i];
      }
    }
    text = std::move(out);
  } else if (!st->newline.empty() && st->newline != U"\n") {
    std::u32string out;
    for (char32_t c : text) {
      if (c == U'\n') out += st->newline;
      else out += c;
    }
    text = std::move(out);
  }
  if (st->pos > st->buffer.size()) st->buffer.resize(st->pos, U'\0');
  size_t overlap = std::min(text.size(), st->buffer.size() - st->pos);
  st->buffer.replace(st->pos, overlap, text);
  st->pos += text.size();
  return written;
}

Ref string_new(Type* type, const Value*, size_t, Tuple*) {
  StringIO* o = new_object<StringIO>(type, type->basic_size);
  if (o == nullptr) return nullptr;
  o->state = new StringIOState();
  return Ref::steal(static_cast<Object*>(o));
}

int string_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"initial_value", "newline"};
  static const ArgSpec spec = {"StringIO", names, 2, 0, 0};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  StringIOState* st = string_state(self);
  *st = StringIOState();
  if (!a[1].is_null()) {
    if (a[1].is_none()) {
      st->universal = true;
      st->tracks_newlines = true;
    } else if (!is_str(a[1])) {
      return fail(exc::TypeError, std::string("newline must be str or None, not ") + type_name_of(a[1]));
    } else {
      std::string_view nl = str_utf8(a[1].as<Str>());
      if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") {
        Ref shown = repr(a[1]);
        if (!shown) return -1;
        return fail(exc::ValueError, "illegal newline value: " + str_to_std(shown.as<Str>()));
      }
      st->newline = code_points(a[1].as<Str>());
      st->tracks_newlines = nl.empty();
    }
  }
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      return fail(exc::TypeError, std::string("initial_value must be str or None, not ") + type_name_of(a[0]));
    }
    string_write(st, a[0].as<Str>());
    st->pos = 0;
  }
  return 0;
}

Ref string_getvalue(Value self, const Value*, size_t, Tuple*) {
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  return str_of(st->buffer.data(), st->buffer.size());
}

Ref string_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("read", args, nargs, kwnames, &n)) return nullptr;
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  size_t start = std::min(st->pos, st->buffer.size());
  size_t available = st->buffer.size() - start;
  size_t take = n < 0 ? available : std::min(available, static_cast<size_t>(n));
  if (take > 0) st->pos = start + take;  // a position past the end stays where it is
  return str_of(st->buffer.data() + start, take);
}

// The end (one past) of the line starting at `start`, as newline= defines
// lines: "" ends one at "\r", "\n" or "\r\n", "\r" at "\r", the others at "\n"
// (newline=None has already turned every ending into "\n").
size_t string_line_end(const StringIOState* st, size_t start) {
  const std::u32string& b = st->buffer;
  size_t end;
  if (st->newline.empty() && !st->universal && st->tracks_newlines) {
    end = b.find_first_of(U"\r\n", start);
    if (end != std::u32string::npos && b[end] == U'\r' && end + 1 < b.size() && b[end + 1] == U'\n') ++end;
  } else {
    end = b.find(st->newline == U"\r" ? U'\r' : U'\n', start);
  }
  return end == std::u32string::npos ? b.size() : end + 1;
}

Ref string_readline_impl(StringIOState* st, int64_t limit) {
  size_t start = std::min(st->pos, st->buffer.size());
  size_t end = string_line_end(st, start);
  if (limit >= 0) end = std::min(end, start + static_cast<size_t>(limit));
  if (end > start) st->pos = end;
  return str_of(st->buffer.data() + start, end - start);
}

Ref string_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("readline", args, nargs, kwnames, &n)) return nullptr;
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  return string_readline_impl(st, n);
}

Ref string_next(Value self) {
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  Ref line = string_readline_impl(st, -1);
  if (!line || line.as<Str>()->length > 0) return line;
  return Ref();
}

Ref string_write_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 1, 1)) return nullptr;
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("string argument expected, got '") + type_name_of(args[0]) + "'");
  }
  return int_from_int64(static_cast<int64_t>(string_write(st, args[0].as<Str>())));
}

Ref string_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t offset, whence;
  if (!seek_arguments(args, nargs, kwnames, &offset, &whence)) return nullptr;
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  if (whence == 0 && offset < 0) return raise(exc::ValueError, "Negative seek position " + std::to_string(offset));
  if (whence != 0 && offset != 0) {
    return raise(exc::OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
  }
  if (whence == 2) offset = static_cast<int64_t>(st->buffer.size());
  if (whence == 1) offset = static_cast<int64_t>(st->pos);
  st->pos = static_cast<size_t>(offset);
  return int_from_int64(offset);
}

Ref string_tell(Value self, const Value*, size_t, Tuple*) {
  StringIOState* st = open_string(self);
  return st == nullptr ? nullptr : int_from_int64(static_cast<int64_t>(st->pos));
}

Ref string_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("truncate", kwnames) || !check_arg_count("truncate", nargs, 0, 1)) return nullptr;
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  int64_t size = static_cast<int64_t>(st->pos);
  if (nargs == 1 && !args[0].is_none()) {
    size = as_int64(args[0]);
    if (size == -1 && error_occurred()) return nullptr;
    if (size < 0) return raise(exc::ValueError, "Negative size value " + std::to_string(size));
  }
  if (static_cast<size_t>(size) < st->buffer.size()) st->buffer.resize(static_cast<size_t>(size));
  return int_from_int64(size);
}

Ref string_close(Value self, const Value*, size_t, Tuple*) {
  StringIOState* st = string_state(self);
  st->closed = true;
  st->buffer.clear();
  st->buffer.shrink_to_fit();
  return Ref::none();
}

// readable(), writable(), seekable(): yes, while open.
Ref string_open_true(Value self, const Value*, size_t, Tuple*) {
  return open_string(self) == nullptr ? nullptr : Ref::boolean(true);
}

Ref string_closed(Value self) { return Ref::boolean(string_state(self)->closed); }
Ref string_line_buffering(Value) { return Ref::boolean(false); }
Ref string_newlines(Value self) {
  static const char* const kEndings[] = {"\r", "\n", "\r\n"};
  StringIOState* st = open_string(self);
  if (st == nullptr) return nullptr;
  std::vector<Ref> found;
  for (unsigned i = 0; i < 3; ++i) {
    if ((st->seen_newlines & (1u << i)) == 0) continue;
    found.push_back(str_from_utf8(kEndings[i]));
    if (!found.back()) return nullptr;
  }
  if (found.empty()) return Ref::none();
  if (found.size() == 1) return std::move(found[0]);
  std::vector<Value> items;
  for (const Ref& r : found) items.push_back(*r);
  return tuple_from_array(items.data(), static_cast<int64_t>(items.size()));
}

const MethodDef kStringIOMethods[] = {
    {"getvalue", string_getvalue, kMethodInstance, nullptr},
    {"read", string_read, kMethodInstance, nullptr},
    {"readline", string_readline, kMethodInstance, nullptr},
    {"write", string_write_method, kMethodInstance, nullptr},
    {"seek", string_seek, kMethodInstance, nullptr},
    {"tell", string_tell, kMethodInstance, nullptr},
    {"truncate", string_truncate, kMethodInstance, nullptr},
    {"close", string_close, kMethodInstance, nullptr},
    {"readable", string_open_true, kMethodInstance, nullptr},
    {"writable", string_open_true, kMethodInstance, nullptr},
    {"seekable", string_open_true, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kStringIOGetSets[] = {
    {"closed", string_closed, nullptr, nullptr},
    {"line_buffering", string_line_buffering, nullptr, nullptr},
    {"newlines", string_newlines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void string_dealloc(Object* self) {
  memory_clear<StringIO>(self);
  delete static_cast<StringIO*>(self)->state;
  free_object(self);
}

// --- BytesIO --------------------------------------------------------------------

// While views made by getbuffer() live, the bytes are in a bytearray they
// export (`exported`); once all are released they move back to the string.
void settle(BytesIO* b) {
  if (b->exported.is_null() || b->exported.as<ByteArray>()->exports > 0) return;
  b->data->assign(bytearray_view(b->exported.as<ByteArray>()));
  Value exported = b->exported;
  b->exported = Value();
  decref(exported);
}

std::string_view contents(BytesIO* b) {
  return b->exported.is_null() ? std::string_view(*b->data) : bytearray_view(b->exported.as<ByteArray>());
}

// Changing the bytes (even in place) is refused while a view is exported.
bool check_exports(BytesIO* b) {
  settle(b);
  if (b->exported.is_null()) return true;
  raise(exc::BufferError, "Existing exports of data: object cannot be re-sized");
  return false;
}

BytesIO* open_bytes(Value self) {
  BytesIO* b = self.as<BytesIO>();
  if (b->closed) {
    raise_closed_file();
    return nullptr;
  }
  settle(b);
  return b;
}

Ref bytes_new(Type* type, const Value*, size_t, Tuple*) {
  BytesIO* o = new_object<BytesIO>(type, type->basic_size);
  if (o == nullptr) return nullptr;
  o->data = new std::string();
  return Ref::steal(static_cast<Object*>(o));
}

int bytes_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"initial_bytes"};
  static const ArgSpec spec = {"BytesIO", names, 1, 0, 0};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  BytesIO* b = self.as<BytesIO>();
  if (!check_exports(b)) return -1;
  b->data->clear();
  b->pos = 0;
  if (!a[0].is_null() && !a[0].is_none()) {
    Buffer buffer;
    if (!require_buffer(a[0], &buffer)) return -1;
    b->data->assign(buffer.data);
  }
  return 0;
}

Ref bytes_getvalue(Value self, const Value*, size_t, Tuple*) {
  BytesIO* b = open_bytes(self);
  return b == nullptr ? nullptr : bytes_from_string(contents(b));
}

Ref bytes_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("read", args, nargs, kwnames, &n)) return nullptr;
  BytesIO* b = open_bytes(self);
  if (b == nullptr) return nullptr;
  std::string_view data = contents(b);
  size_t start = std::min(static_cast<size_t>(b->pos), data.size());
  size_t available = data.size() - start;
  size_t take = n < 0 ? available : std::min(available, static_cast<size_t>(n));
  if (take > 0) b->pos = static_cast<int64_t>(start + take);  // a position past the end stays where it is
  return bytes_from_string(data.substr(start, take));
}

Ref bytes_readline_impl(BytesIO* b, int64_t limit) {
  std::string_view data = contents(b);
  size_t start = std::min(static_cast<size_t>(b->pos), data.size());
  size_t end = data.find('\n', start);
  end = end == std::string::npos ? data.size() : end + 1;
  if (limit >= 0) end = std::min(end, start + static_cast<size_t>(limit));
  if (end > start) b->pos = static_cast<int64_t>(end);
  return bytes_from_string(data.substr(start, end - start));
}

Ref bytes_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("readline", args, nargs, kwnames, &n)) return nullptr;
  BytesIO* b = open_bytes(self);
  return b == nullptr ? nullptr : bytes_readline_impl(b, n);
}

// BytesIO's own readlines(hint): stops once the lines reach the hint
// (IOBase's stops once they pass it).
Ref bytes_readlines(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t hint;
  if (!size_argument("readlines", args, nargs, kwnames, &hint)) return nullptr;
  BytesIO* b = open_bytes(self);
  if (b == nullptr) return nullptr;
  Ref lines = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!lines) return nullptr;
  int64_t total = 0;
  for (;;) {
    Ref line = bytes_readline_impl(b, -1);
    if (!line) return nullptr;
    int64_t n = line.as<Bytes>()->size;
    if (n == 0) break;
    if (list_append(lines.as<List>(), line.get()) < 0) return nullptr;
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return lines;
}

Ref bytes_next(Value self) {
  BytesIO* b = open_bytes(self);
  if (b == nullptr) return nullptr;
  Ref line = bytes_readline_impl(b, -1);
  if (!line || line.as<Bytes>()->size > 0) return line;
  return Ref();
}

Ref bytes_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 1, 1)) return nullptr;
  BytesIO* b = open_bytes(self);
  if (b == nullptr || !check_exports(b)) return nullptr;
  Buffer buffer;
  if (!require_buffer(args[0], &buffer)) return nullptr;
  size_t pos = static_cast<size_t>(b->pos);
  if (pos > b->data->size()) b->data->resize(pos, '\0');
  size_t overlap = std::min(buffer.data.size(), b->data->size() - pos);
  b->data->replace(pos, overlap, buffer.data);
  b->pos += static_cast<int64_t>(buffer.data.size());
  return int_from_int64(static_cast<int64_t>(buffer.data.size()));
}

Ref bytes_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t offset, whence;
  if (!seek_arguments(args, nargs, kwnames, &offset, &whence)) return nullptr;
  BytesIO* b = open_bytes(self);
  if (b == nullptr) return nullptr;
  if (whence == 0 && offset < 0) return raise(exc::ValueError, "negative seek value " + std::to_string(offset));
  int64_t base = whence == 0 ? 0 : whence == 1 ? b->pos : static_cast<int64_t>(contents(b).size());
  b->pos = std::max<int64_t>(0, base + offset);
  return int_from_int64(b->pos);
}

Ref bytes_tell(Value self, const Value*, size_t, Tuple*) {
  BytesIO* b = open_bytes(self);
  return b == nullptr ? nullptr : int_from_int64(b->pos);
}

Ref bytes_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("truncate", kwnames) || !check_arg_count("truncate", nargs, 0, 1)) return nullptr;
  BytesIO* b = open_bytes(self);
  if (b == nullptr || !check_exports(b)) return nullptr;
  int64_t size = b->pos;
  if (nargs == 1 && !args[0].is_none()) {
    size = as_int64(args[0]);
    if (size == -1 && error_occurred()) return nullptr;
    if (size < 0) return raise(exc::ValueError, "negative size value " + std::to_string(size));
  }
  if (static_cast<size_t>(size) < b->data->size()) b->data->resize(static_cast<size_t>(size));
  return int_from_int64(size);
}

Ref bytes_close(Value self, const Value*, size_t, Tuple*) {
  BytesIO* b = self.as<BytesIO>();
  if (!check_exports(b)) return nullptr;
  b->closed = true;
  b->data->clear();
  b->data->shrink_to_fit();
  return Ref::none();
}

Ref bytes_closed(Value self) { return Ref::boolean(self.as<BytesIO>()->closed); }

// getbuffer(): a writable view of the bytes; the BytesIO cannot change
// while it lives.
Ref bytes_getbuffer(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("getbuffer", kwnames) || !check_arg_count("getbuffer", nargs, 0, 0)) return nullptr;
  BytesIO* b = open_bytes(self);
  if (b == nullptr) return nullptr;
  if (b->exported.is_null()) {
    Ref exported = bytearray_from_string(*b->data);
    if (!exported) return nullptr;
    b->data->clear();
    b->exported = exported.release();
  }
  return call(Value::object(&memoryview_type), {b->exported});
}

// __getstate__() -> (value, position, __dict__ or None); __setstate__ takes it back.
Ref bytes_getstate(Value self, const Value*, size_t, Tuple*) {
  BytesIO* b = open_bytes(self);
  if (b == nullptr) return nullptr;
  Ref value = bytes_from_string(contents(b));
  Ref pos = int_from_int64(b->pos);
  if (!value || !pos) return nullptr;
  Value dict = b->dict == nullptr || dict_size(b->dict) == 0 ? Value::none() : Value::object(b->dict);
  return tuple_pack({value.get(), pos.get(), dict});
}

Ref bytes_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__setstate__", kwnames) || !check_arg_count("__setstate__", nargs, 1, 1)) return nullptr;
  BytesIO* b = self.as<BytesIO>();
  if (!check_exports(b)) return nullptr;
  if (!is_tuple(args[0]) || args[0].as<Tuple>()->size < 3) {
    return raise(exc::TypeError, std::string("_io.BytesIO.__setstate__ argument should be 3-tuple, got ") +
                                     type_name_of(args[0]));
  }
  Tuple* state = args[0].as<Tuple>();
  Buffer buffer;
  if (!require_buffer(state->items[0], &buffer)) return nullptr;
  if (!is_int(state->items[1])) {
    return raise(exc::TypeError, std::string("second item of state must be an integer, not ") +
                                     type_name_of(state->items[1]));
  }
  int64_t pos = as_int64(state->items[1]);
  if (pos == -1 && error_occurred()) return nullptr;
  if (pos < 0) return raise(exc::ValueError, "position value cannot be negative");
  b->data->assign(buffer.data);
  b->pos = pos;
  Value dict = state->items[2];
  if (!dict.is_none()) {
    if (!is_dict(dict)) {
      return raise(exc::TypeError, std::string("third item of state should be a dict, got a ") + type_name_of(dict));
    }
    if (b->dict == nullptr && (b->dict = dict_new()) == nullptr) return nullptr;
    if (dict_update(b->dict, dict) < 0) return nullptr;
  }
  return Ref::none();
}

// flush(), isatty(), readable() ...: only an open BytesIO answers.
Ref bytes_open_none(Value self, const Value*, size_t, Tuple*) {
  return open_bytes(self) == nullptr ? nullptr : Ref::none();
}
Ref bytes_open_false(Value self, const Value*, size_t, Tuple*) {
  return open_bytes(self) == nullptr ? nullptr : Ref::boolean(false);
}
Ref bytes_open_true(Value self, const Value*, size_t, Tuple*) {
  return open_bytes(self) == nullptr ? nullptr : Ref::boolean(true);
}

const MethodDef kBytesIOMethods[] = {
    {"getvalue", bytes_getvalue, kMethodInstance, nullptr},
    {"read", bytes_read, kMethodInstance, nullptr},
    {"read1", bytes_read, kMethodInstance, nullptr},
    {"readline", bytes_readline, kMethodInstance, nullptr},
    {"readlines", bytes_readlines, kMethodInstance, nullptr},
    {"write", bytes_write, kMethodInstance, nullptr},
    {"seek", bytes_seek, kMethodInstance, nullptr},
    {"tell", bytes_tell, kMethodInstance, nullptr},
    {"truncate", bytes_truncate, kMethodInstance, nullptr},
    {"close", bytes_close, kMethodInstance, nullptr},
    {"flush", bytes_open_none, kMethodInstance, nullptr},
    {"isatty", bytes_open_false, kMethodInstance, nullptr},
    {"readable", bytes_open_true, kMethodInstance, nullptr},
    {"writable", bytes_open_true, kMethodInstance, nullptr},
    {"seekable", bytes_open_true, kMethodInstance, nullptr},
    {"getbuffer", bytes_getbuffer, kMethodInstance, nullptr},
    {"__getstate__", bytes_getstate, kMethodInstance, nullptr},
    {"__setstate__", bytes_setstate, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kBytesIOGetSets[] = {
    {"closed", bytes_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void bytes_dealloc(Object* self) {
  memory_clear<BytesIO>(self);
  delete static_cast<BytesIO*>(self)->data;
  decref(static_cast<BytesIO*>(self)->exported);
  free_object(self);
}

// In-memory streams hold nothing to write out: only a subclass, whose close()
// may do more, is closed when it goes.
void memory_finalize(Value self) {
  if (type_has_flag(type_of(self), kTypeHeap)) io_finalize(self);
}

void init_memory_type(Type* t, const char* name, Type* base, int64_t size, int64_t dict_offset) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->base = base;
  t->basic_size = size;
  t->flags = kTypeBaseType | kTypeGC;
  t->dict_offset = dict_offset;
  t->finalize = memory_finalize;
}

}  // namespace

int init_memory_io_types() {
  Type* s = &string_io_type;
  init_memory_type(s, "_io.StringIO", &text_io_base_type, sizeof(StringIO), kIODictOffset);
  s->methods = kStringIOMethods;
  s->getsets = kStringIOGetSets;
  s->new_ = string_new;
  s->init = string_init;
  s->next = string_next;
  s->dealloc = string_dealloc;
  s->traverse = memory_traverse<StringIO>;
  s->clear = memory_clear<StringIO>;
  Type* b = &bytes_io_type;
  init_memory_type(b, "_io.BytesIO", &buffered_io_base_type, sizeof(BytesIO), kIODictOffset);
  b->methods = kBytesIOMethods;
  b->getsets = kBytesIOGetSets;
  b->new_ = bytes_new;
  b->init = bytes_init;
  b->next = bytes_next;
  b->dealloc = bytes_dealloc;
  b->traverse = memory_traverse<BytesIO>;
  b->clear = memory_clear<BytesIO>;
  if (type_ready(s) < 0 || type_ready(b) < 0) return -1;
  return 0;
}

}  // namespace taipan
