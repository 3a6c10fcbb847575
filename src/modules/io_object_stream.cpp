// ObjectStream: FdStream's raw operations as calls of a Python object's
// methods, with the checks and messages of CPython's buffered layer.
#include "modules/io_object_stream.h"

#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

ObjectStream::ObjectStream(Value object, Kind kind, bool readable, bool writable, size_t buffer_size)
    : FdStream(-1, readable, writable, false, false, buffer_size), object_(object), kind_(kind) {
  buffer_writes_ = kind == Kind::Raw;
}

// The owner closed the stream (or let it go) while the object was alive;
// nothing is left to write here.
ObjectStream::~ObjectStream() { abandon(); }

Ref ObjectStream::call(const char* name, std::initializer_list<Value> args) {
  if (object_.is_null()) {
    fail(kPythonError);
    return raise(exc::ValueError, "raw stream has been detached");
  }
  Ref result = call_method(object_, name, args);
  if (!result) fail(kPythonError);
  return result;
}

bool ObjectStream::truth_of(const char* name) {
  Ref r = call(name, {});
  if (!r) return false;
  int truth = is_true(r.get());
  if (truth < 0) return fail(kPythonError);
  return truth != 0;
}

int64_t ObjectStream::raw_read(char* into, size_t n) {
  Ref data;
  if (kind_ == Kind::Raw) {
    Ref target = bytearray_from_string(std::string(n, '\0'));
    if (!target) return fail(kPythonError), -1;
    Ref got = call("readinto", {target.get()});
    if (!got) return -1;
    if (got.get().is_none()) return 0;  // a non-blocking raw stream with nothing yet
    int64_t count = as_int64(got.get());
    if (count == -1 && error_occurred()) return fail(kPythonError), -1;
    if (count < 0 || static_cast<size_t>(count) > n) {
      raise(exc::OSError, "raw readinto() returned invalid length " + std::to_string(count) +
                              " (should have been between 0 and " + std::to_string(n) + ")");
      return fail(kPythonError), -1;
    }
    std::memcpy(into, target.as<ByteArray>()->data, static_cast<size_t>(count));
    return count;
  }
  bool has_read1 = !getattr_optional(object_, intern("read1")).is_null();
  if (error_occurred()) return fail(kPythonError), -1;
  data = call(has_read1 ? "read1" : "read", {Value::small_int(static_cast<int64_t>(n))});
  if (!data) return -1;
  if (!is_bytes(data.get())) {
    raise(exc::TypeError, std::string("underlying ") + (has_read1 ? "read1" : "read") +
                              "() should have returned a bytes-like object, not '" + type_name_of(data.get()) + "'");
    return fail(kPythonError), -1;
  }
  std::string_view bytes = bytes_view(data.as<Bytes>());
  size_t count = std::min(bytes.size(), n);
  std::memcpy(into, bytes.data(), count);
  return static_cast<int64_t>(count);
}

bool ObjectStream::raw_write(std::string_view data, size_t* done) {
  while (*done < data.size()) {
    Ref chunk = bytes_from_string(data.substr(*done));
    if (!chunk) return fail(kPythonError);
    Ref written = call("write", {chunk.get()});
    if (!written) return false;
    if (kind_ == Kind::Buffer) {
      *done = data.size();
      return true;
    }
    if (written.get().is_none()) {  // would block: what was written stays buffered
      raise(exc::BlockingIOError, "write could not complete without blocking");
      return fail(kPythonError);
    }
    int64_t n = is_int(written.get()) ? as_int64(written.get()) : -1;
    if (n == -1 && error_occurred()) clear_error();
    size_t remaining = data.size() - *done;
    if (n < 0 || static_cast<size_t>(n) > remaining) {
      raise(exc::OSError, "raw write() returned invalid length " + std::to_string(n) +
                              " (should have been between 0 and " + std::to_string(remaining) + ")");
      return fail(kPythonError);
    }
    *done += static_cast<size_t>(n);
  }
  return true;
}

int64_t ObjectStream::raw_seek(int64_t offset, int whence) {
  Ref pos = offset == 0 && whence == SEEK_CUR ? call("tell", {})
                                              : call("seek", {Value::small_int(offset), Value::small_int(whence)});
  if (!pos) return -1;
  int64_t at = as_int64(pos.get());
  if (at == -1 && error_occurred()) return fail(kPythonError), -1;
  if (at < 0) {
    raise(exc::OSError, "Raw stream returned invalid position " + std::to_string(at));
    return fail(kPythonError), -1;
  }
  return at;
}

bool ObjectStream::raw_truncate(int64_t size) { return static_cast<bool>(call("truncate", {Value::small_int(size)})); }

// Closes the object even when an exception is pending (a failed flush); that
// exception is the one reported.
bool ObjectStream::raw_close() {
  if (object_.is_null()) return true;
  Ref pending = fetch_error();
  bool ok = static_cast<bool>(call("close", {}));
  if (pending) {
    restore_error(std::move(pending));
    return false;
  }
  return ok;
}

bool ObjectStream::raw_isatty() {
  bool tty = truth_of("isatty");
  if (error_occurred()) clear_error();
  return tty;
}

bool ObjectStream::raw_seekable() {
  bool seekable = truth_of("seekable");
  if (error_occurred()) clear_error();
  return seekable;
}

// A buffer object's read(); a raw object's readall() when it has one.
bool ObjectStream::raw_read_all(std::string* out) {
  if (kind_ == Kind::Raw) {
    bool has_readall = !object_.is_null() && !getattr_optional(object_, intern("readall")).is_null();
    if (error_occurred()) return fail(kPythonError);
    if (!has_readall) return FdStream::raw_read_all(out);
  }
  Ref data = call(kind_ == Kind::Raw ? "readall" : "read", {});
  if (!data) return false;
  if (data.get().is_none()) return true;
  if (!is_bytes(data.get())) {
    raise(exc::TypeError, std::string(kind_ == Kind::Raw ? "readall" : "read") +
                              "() should return bytes, not '" + type_name_of(data.get()) + "'");
    return fail(kPythonError);
  }
  out->append(bytes_view(data.as<Bytes>()));
  return true;
}

bool ObjectStream::raw_sync() { return kind_ == Kind::Raw || static_cast<bool>(call("flush", {})); }

}  // namespace taipan
