// FdStream: buffered reading and writing on a file descriptor, shared by the
// binary file objects and the text layer above them (a text file and its
// .buffer use one FdStream, so their data interleave correctly). Reference
// counted by hand; OS failures return false with errno kept in `error`.
// The raw operations (read, write, seek ...) are virtual: ObjectStream
// (io_object_stream.h) runs the same buffering over a Python object's
// methods, for the layers built from Python over any raw or buffer object.
// Each public operation holds the stream's own lock, since the descriptor's
// reads and writes run without the GIL (CPython's buffered-object lock).
#pragma once

#include <pthread.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"
#include "vm/gil.h"

namespace taipan {

class FdStream {
 public:
  FdStream(int fd, bool readable, bool writable, bool append, bool close_fd, size_t buffer_size);
  virtual ~FdStream();
  FdStream(const FdStream&) = delete;
  FdStream& operator=(const FdStream&) = delete;

  // error() of a failure whose Python exception is already set (ObjectStream).
  static constexpr int kPythonError = -1;

  void retain() { ++refs_; }
  void release() {
    if (--refs_ == 0) delete this;
  }

  int fd() const { return fd_; }
  bool readable() const { return readable_; }
  bool writable() const { return writable_; }
  bool closed() const { return closed_; }
  bool seekable();
  bool isatty() { return raw_isatty(); }
  size_t buffer_size() const { return buffer_size_; }
  void set_buffer_size(size_t n) { buffer_size_ = n == 0 ? 1 : n; }
  // Writes go straight to the file (an unbuffered sys.stdout/stderr).
  void write_unbuffered() { buffer_writes_ = false; }
  // The Python object an ObjectStream works on (borrowed); null for a descriptor.
  virtual Value source() const { return Value(); }
  int error() const { return error_; }

  // Reads up to n bytes (n < 0: to the end) into out; fewer only at EOF.
  bool read(int64_t n, std::string* out);
  // At most n bytes, with at most one system call when the buffer is empty.
  bool read_some(size_t n, std::string* out);
  // A FileIO's read: what is read ahead (by a buffered object sharing the
  // stream), else one read of at most n bytes from the layer below.
  bool read_once(size_t n, std::string* out);
  // Reads through the first '\n' (included), or `limit` bytes (limit < 0: none).
  bool read_line(int64_t limit, std::string* out);
  // The buffered bytes without consuming them, filling the buffer if empty.
  bool peek(std::string* out);
  // As a BufferedWriter: data that fits in the buffer waits there; otherwise
  // the buffer is written out first, and data larger than the buffer goes
  // straight to the descriptor.
  bool write(std::string_view data);
  // A FileIO's write: straight to the descriptor, leaving whatever a
  // buffered object over the same descriptor holds in the buffer.
  bool write_raw(std::string_view data);
  bool flush();
  // The text layer's encoded bytes not yet handed to the buffer (a
  // TextIOWrapper's pending bytes): handed over once they reach
  // chunk_size, by push_text(), and at close. Binary operations leave them
  // waiting, so bytes written to .buffer meanwhile come first, as in CPython.
  bool write_text(std::string_view data, size_t chunk_size);
  bool push_text();
  bool tell(int64_t* pos);
  bool seek(int64_t offset, int whence, int64_t* pos);
  bool truncate(int64_t size);
  // Flushes and closes the descriptor (when owned). Idempotent.
  bool close();
  // Marks the stream closed without closing the descriptor (the buffered
  // object was detached from it, or was never opened).
  void abandon() { closed_ = true; }
  // Asks the layer below to write out what it holds (a buffer object's
  // flush()); a descriptor holds nothing. The stream's own buffer first.
  bool sync() { return flush() && raw_sync(); }
  // Flushes every stream still alive (see io_flush_all_files); after_each
  // runs after each one (to drop a Python error an ObjectStream left).
  static void flush_all(void (*after_each)());
  // In a child of fork(): every stream's lock starts over free.
  static void after_fork();

 protected:
  // The operations on what lies below, each false / -1 on failure with
  // error_ set (fail()). The descriptor's run the signal handlers on EINTR
  // and retry (PEP 475).
  virtual int64_t raw_read(char* into, size_t n);
  virtual bool raw_write(std::string_view data, size_t* done);  // all of data; *done counts bytes written
  virtual int64_t raw_seek(int64_t offset, int whence);
  virtual bool raw_truncate(int64_t size);
  virtual bool raw_close();
  virtual bool raw_isatty();
  virtual bool raw_seekable();
  virtual bool raw_sync() { return true; }
  // How many bytes are left to read, when the layer below knows (0 if not).
  virtual size_t raw_size_hint();
  // Appends all that is left below (the stream's own buffer already taken).
  virtual bool raw_read_all(std::string* out);
  // Whether data that fits in the buffer waits there (a BufferedWriter) or
  // goes straight down (a text wrapper over a buffer object).
  bool buffer_writes_ = true;
  bool fail(int err);

 private:
  // Holds the stream's lock for one public operation (recursive: they call
  // each other); the GIL is released while waiting for another thread.
  class Busy {
   public:
    explicit Busy(FdStream* s) : stream_(s), locked_(g_threads_started) {
      if (locked_) lock();
    }
    ~Busy() {
      if (locked_) pthread_mutex_unlock(&stream_->lock_);
    }
    Busy(const Busy&) = delete;
    Busy& operator=(const Busy&) = delete;

   private:
    void lock();
    FdStream* stream_;
    bool locked_;
  };

  // After a failed read or write: true to retry (EINTR, the signal handlers
  // ran without raising); false with the failure recorded.
  bool interrupted();
  bool read_to_end(std::string* out);
  bool fill();  // one read() into the buffer; false on error, buffer empty at EOF
  bool drop_read_ahead();  // before writing or seeking: give unread bytes back

  int fd_;
  bool readable_, writable_, append_, close_fd_;
  int seekable_ = -1;  // unknown until asked
  bool closed_ = false;
  size_t buffer_size_;
  std::string rbuf_;
  size_t rpos_ = 0;
  std::string wbuf_;
  std::string text_pending_;
  int error_ = 0;
  int refs_ = 1;
  pthread_mutex_t lock_;
};

}  // namespace taipan
