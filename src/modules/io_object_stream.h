// ObjectStream: the FdStream buffering over a Python object instead of a
// descriptor, for the layers built from Python over any stream object:
//   Raw    - a BufferedReader/Writer/Random over a raw object (a Python
//            subclass of io.RawIOBase, socket.SocketIO, a FileIO subclass):
//            reads call raw.readinto(), writes raw.write() until all is
//            written, and writes wait in the buffer as a BufferedWriter's do.
//   Buffer - a TextIOWrapper over a buffered object (BytesIO, a
//            BufferedReader over a pipe, a Python object with read1/write):
//            reads call buffer.read1() (or read()), writes go straight to
//            buffer.write(), sync() calls buffer.flush().
// The object is borrowed: the Python object owning the stream holds it, and
// calls forget() before letting it go. Failures leave the Python exception
// set and report FdStream::kPythonError.
#pragma once

#include "modules/io_stream.h"

namespace taipan {

class ObjectStream : public FdStream {
 public:
  enum class Kind { Raw, Buffer };
  ObjectStream(Value object, Kind kind, bool readable, bool writable, size_t buffer_size);
  ~ObjectStream() override;

  Value source() const override { return object_; }
  // The owner lets the object go: every later operation fails.
  void forget() { object_ = Value(); }

 protected:
  int64_t raw_read(char* into, size_t n) override;
  bool raw_write(std::string_view data, size_t* done) override;
  int64_t raw_seek(int64_t offset, int whence) override;
  bool raw_truncate(int64_t size) override;
  bool raw_close() override;
  bool raw_isatty() override;
  bool raw_seekable() override;
  bool raw_sync() override;
  bool raw_read_all(std::string* out) override;

 private:
  // Calls object_.name(args...); null (error_ set) on failure.
  Ref call(const char* name, std::initializer_list<Value> args);
  bool truth_of(const char* name);

  Value object_;
  Kind kind_;
};

}  // namespace taipan
