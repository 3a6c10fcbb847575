// FdStream: a read-ahead buffer and a write buffer over one descriptor.
// Before a write, unread read-ahead is given back with lseek; before a read
// or a seek, pending writes are flushed.
#include "modules/io_stream.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <unordered_set>

#include "runtime/signals.h"
#include "vm/gil.h"

namespace taipan {

namespace {

// Every FdStream alive, so that exit can flush the ones no finaliser reached.
std::unordered_set<FdStream*>& live_streams() {
  static auto* streams = new std::unordered_set<FdStream*>();
  return *streams;
}

void init_recursive_mutex(pthread_mutex_t* m) {
  pthread_mutexattr_t attr;
  pthread_mutexattr_init(&attr);
  pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(m, &attr);
  pthread_mutexattr_destroy(&attr);
}

}  // namespace

FdStream::FdStream(int fd, bool readable, bool writable, bool append, bool close_fd, size_t buffer_size)
    : fd_(fd), readable_(readable), writable_(writable), append_(append), close_fd_(close_fd),
      buffer_size_(buffer_size == 0 ? 1 : buffer_size) {
  init_recursive_mutex(&lock_);
  live_streams().insert(this);
}

FdStream::~FdStream() {
  live_streams().erase(this);
  close();
  pthread_mutex_destroy(&lock_);
}

// Before any thread starts nobody else can come in, so the lock is left
// alone (a thread started by Python code inside an ObjectStream operation
// finds that operation unguarded). Once the interpreter is finalising, a
// lock another (now stopped) thread holds is not waited for.
void FdStream::Busy::lock() {
  if (pthread_mutex_trylock(&stream_->lock_) == 0) return;
  if (gil_finalizing()) {
    locked_ = false;
    return;
  }
  AllowThreads allow;
  pthread_mutex_lock(&stream_->lock_);
}

void FdStream::after_fork() {
  for (FdStream* s : live_streams()) init_recursive_mutex(&s->lock_);
}

void FdStream::flush_all(void (*after_each)()) {
  for (FdStream* s : live_streams()) {
    if (!s->closed() && s->push_text()) s->flush();
    after_each();
  }
}

bool FdStream::fail(int err) {
  error_ = err;
  return false;
}

bool FdStream::seekable() {
  if (seekable_ < 0) seekable_ = raw_seekable() ? 1 : 0;
  return seekable_ == 1;
}

// --- The descriptor -------------------------------------------------------------

// PEP 475: a call a signal interrupts runs the Python handlers, then goes on
// unless one of them raised.
bool FdStream::interrupted() {
  if (errno != EINTR) return fail(errno);
  return check_signals() == 0 || fail(kPythonError);
}

int64_t FdStream::raw_read(char* into, size_t n) {
  for (;;) {
    ssize_t got;
    {
      AllowThreads allow;
      got = ::read(fd_, into, n);
    }
    if (got >= 0) return got;
    if (!interrupted()) return -1;
  }
}

bool FdStream::raw_write(std::string_view data, size_t* done) {
  while (*done < data.size()) {
    ssize_t n;
    {
      AllowThreads allow;
      n = ::write(fd_, data.data() + *done, data.size() - *done);
    }
    if (n < 0) {
      if (!interrupted()) return false;
      continue;
    }
    *done += static_cast<size_t>(n);
  }
  return true;
}

int64_t FdStream::raw_seek(int64_t offset, int whence) {
  off_t at = lseek(fd_, static_cast<off_t>(offset), whence);
  if (at >= 0) return static_cast<int64_t>(at);
  fail(errno);
  return -1;
}

bool FdStream::raw_truncate(int64_t size) { return ftruncate(fd_, static_cast<off_t>(size)) == 0 || fail(errno); }

bool FdStream::raw_close() { return !close_fd_ || ::close(fd_) == 0 || fail(errno); }

bool FdStream::raw_isatty() { return ::isatty(fd_) == 1; }

bool FdStream::raw_seekable() { return lseek(fd_, 0, SEEK_CUR) >= 0; }

// --- Buffering ------------------------------------------------------------------

bool FdStream::fill() {
  if (!flush()) return false;
  if (rpos_ == rbuf_.size()) {
    rbuf_.clear();
    rpos_ = 0;
  }
  size_t old = rbuf_.size();
  rbuf_.resize(old + buffer_size_);
  int64_t n = raw_read(rbuf_.data() + old, buffer_size_);
  rbuf_.resize(old + static_cast<size_t>(n < 0 ? 0 : n));
  return n >= 0;
}

bool FdStream::read(int64_t n, std::string* out) {
  Busy busy(this);
  if (n < 0) return read_to_end(out);
  // Room for all of it first, as CPython's buffered read allocates its
  // result: a size beyond memory is a MemoryError at once, not after a
  // descriptor such as /dev/zero has filled memory chunk by chunk.
  if (static_cast<size_t>(n) > rbuf_.size() - rpos_) out->reserve(out->size() + static_cast<size_t>(n));
  for (;;) {
    size_t available = rbuf_.size() - rpos_;
    size_t want = n < 0 ? available : std::min(available, static_cast<size_t>(n) - out->size());
    out->append(rbuf_, rpos_, want);
    rpos_ += want;
    if (n >= 0 && out->size() >= static_cast<size_t>(n)) return true;
    size_t before = rbuf_.size() - rpos_;
    if (!fill()) return false;
    if (rbuf_.size() - rpos_ == before) return true;  // EOF
  }
}

// What is buffered, then reads straight into out in chunks that grow with
// the data (a regular file's remaining size first, as its size says).
bool FdStream::read_to_end(std::string* out) {
  out->append(rbuf_, rpos_, std::string::npos);
  rbuf_.clear();
  rpos_ = 0;
  return flush() && raw_read_all(out);
}

bool FdStream::raw_read_all(std::string* out) {
  size_t chunk = std::max<size_t>(buffer_size_, raw_size_hint() + 1);
  for (;;) {
    size_t old = out->size();
    out->resize(old + chunk);
    int64_t n = raw_read(out->data() + old, chunk);
    out->resize(old + static_cast<size_t>(n < 0 ? 0 : n));
    if (n <= 0) return n == 0;
    // A short read most likely met the end: probe with a small chunk.
    chunk = static_cast<size_t>(n) < chunk ? buffer_size_ : std::max(chunk, out->size());
  }
}

size_t FdStream::raw_size_hint() {
  struct stat st;
  if (fd_ < 0 || fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  off_t at = lseek(fd_, 0, SEEK_CUR);
  return at < 0 || at >= st.st_size ? 0 : static_cast<size_t>(st.st_size - at);
}

bool FdStream::read_once(size_t n, std::string* out) {
  Busy busy(this);
  if (rpos_ < rbuf_.size()) return read_some(n, out);
  if (!flush()) return false;
  size_t old = out->size();
  out->resize(old + n);
  int64_t got = raw_read(out->data() + old, n);
  out->resize(old + static_cast<size_t>(got < 0 ? 0 : got));
  return got >= 0;
}

bool FdStream::read_some(size_t n, std::string* out) {
  Busy busy(this);
  if (rpos_ == rbuf_.size()) return read_once(n, out);  // nothing buffered: one read straight from below
  size_t take = std::min(n, rbuf_.size() - rpos_);
  out->append(rbuf_, rpos_, take);
  rpos_ += take;
  return true;
}

bool FdStream::read_line(int64_t limit, std::string* out) {
  Busy busy(this);
  for (;;) {
    size_t available = rbuf_.size() - rpos_;
    if (limit >= 0) available = std::min(available, static_cast<size_t>(limit) - out->size());
    size_t nl = rbuf_.find('\n', rpos_);
    size_t take = nl != std::string::npos && nl - rpos_ < available ? nl - rpos_ + 1 : available;
    out->append(rbuf_, rpos_, take);
    rpos_ += take;
    if ((!out->empty() && out->back() == '\n') || (limit >= 0 && out->size() >= static_cast<size_t>(limit))) {
      return true;
    }
    size_t before = rbuf_.size() - rpos_;
    if (!fill()) return false;
    if (rbuf_.size() - rpos_ == before) return true;
  }
}

bool FdStream::peek(std::string* out) {
  Busy busy(this);
  if (rpos_ == rbuf_.size() && !fill()) return false;
  out->assign(rbuf_, rpos_, std::string::npos);
  return true;
}

bool FdStream::drop_read_ahead() {
  size_t unread = rbuf_.size() - rpos_;
  rbuf_.clear();
  rpos_ = 0;
  return unread == 0 || !seekable() || raw_seek(-static_cast<int64_t>(unread), SEEK_CUR) >= 0;
}

bool FdStream::write(std::string_view data) {
  Busy busy(this);
  if (rpos_ < rbuf_.size() || !rbuf_.empty()) {
    if (!drop_read_ahead()) return false;
  }
  if (!buffer_writes_) {
    size_t done = 0;
    return flush() && raw_write(data, &done);
  }
  if (wbuf_.size() + data.size() <= buffer_size_) {
    wbuf_.append(data);
    return true;
  }
  if (!flush()) return false;
  if (data.size() <= buffer_size_) {
    wbuf_.assign(data);
    return true;
  }
  wbuf_.assign(data);
  return flush();
}

bool FdStream::write_text(std::string_view data, size_t chunk_size) {
  Busy busy(this);
  if (!text_pending_.empty() && text_pending_.size() + data.size() > chunk_size && !push_text()) return false;
  text_pending_.append(data);
  return text_pending_.size() < chunk_size || push_text();
}

bool FdStream::push_text() {
  Busy busy(this);
  if (text_pending_.empty()) return true;
  std::string data;
  data.swap(text_pending_);
  return write(data);
}

bool FdStream::flush() {
  Busy busy(this);
  if (wbuf_.empty()) return true;
  size_t done = 0;
  bool ok = raw_write(wbuf_, &done);
  wbuf_.erase(0, done);
  return ok;
}

bool FdStream::write_raw(std::string_view data) {
  Busy busy(this);
  if (!rbuf_.empty() && !drop_read_ahead()) return false;
  size_t done = 0;
  return raw_write(data, &done);
}

bool FdStream::tell(int64_t* pos) {
  Busy busy(this);
  int64_t at = raw_seek(0, SEEK_CUR);
  if (at < 0) return false;
  *pos = at - static_cast<int64_t>(rbuf_.size() - rpos_) + static_cast<int64_t>(wbuf_.size());
  if (append_ && !wbuf_.empty()) {
    int64_t end = raw_seek(0, SEEK_END);
    if (end < 0) return false;
    *pos = end + static_cast<int64_t>(wbuf_.size());
  }
  return true;
}

bool FdStream::seek(int64_t offset, int whence, int64_t* pos) {
  Busy busy(this);
  if (!flush()) return false;
  if (whence == SEEK_CUR) offset -= static_cast<int64_t>(rbuf_.size() - rpos_);
  int64_t at = raw_seek(offset, whence);
  if (at < 0) return false;  // the read buffer still matches the position
  rbuf_.clear();
  rpos_ = 0;
  *pos = at;
  return true;
}

// What was read ahead goes (the layer below is moved back to the position
// first), so reading after truncating sees the new end.
bool FdStream::truncate(int64_t size) {
  Busy busy(this);
  if (!drop_read_ahead() || !flush()) return false;
  return raw_truncate(size);
}

bool FdStream::close() {
  Busy busy(this);
  if (closed_) return true;
  bool ok = push_text() && flush();
  closed_ = true;
  // The layer below is closed even when flushing failed; the first error wins.
  int first_error = error_;
  bool closed = raw_close();
  if (!ok) error_ = first_error;
  return ok && closed;
}

}  // namespace taipan
