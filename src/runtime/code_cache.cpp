// The on-disk code cache (see code_cache.h for the layout).
#include "runtime/code_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "compiler/code.h"
#include "compiler_fingerprint.h"
#include "modules/sys.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/marshal.h"

namespace taipan {

namespace {

constexpr size_t kHeaderSize = 40;
constexpr const char* kCacheTag = ".taipan-311";

// The payload's checksum, eight bytes at a step: checking an entry must cost
// little beside unmarshalling it.
uint64_t checksum(std::string_view data) {
  uint64_t h = 0xcbf29ce484222325ULL ^ data.size();
  size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, data.data() + i, sizeof word);
    h = (h ^ word) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 32;
  }
  for (; i < data.size(); ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  return h;
}

void put64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

uint64_t get64(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

std::string magic() {
  std::string m = "TPN";
  m.push_back(static_cast<char>(kCodeFormatVersion));
  return m;
}

// Which build of the compiler wrote an entry, little-endian.
std::string fingerprint() {
  std::string f;
  for (int i = 0; i < 4; ++i) f.push_back(static_cast<char>(kCompilerFingerprint >> (8 * i)));
  return f;
}

// "/dir" and "name" of "/dir/name.py".
bool split_source(const std::string& path, std::string* dir, std::string* stem) {
  size_t slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  *dir = slash == std::string::npos ? "." : path.substr(0, slash);
  if (base.size() < 4 || base.compare(base.size() - 3, 3, ".py") != 0) return false;
  *stem = base.substr(0, base.size() - 3);
  return true;
}

// The per-user cache folder's copy of `dir` (empty when there is no home).
std::string user_cache_dir(const std::string& dir) {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  std::string root;
  if (xdg != nullptr && *xdg == '/') {
    root = xdg;
  } else {
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home != '/') return "";
    root = std::string(home) + "/.cache";
  }
  return root + "/taipan/pycache" + (dir.empty() || dir[0] != '/' ? "/" : "") + dir;
}

// The entry's possible places, the one beside the source first.
bool entry_paths(const std::string& path, std::string* beside, std::string* per_user) {
  std::string dir, stem;
  if (!split_source(path, &dir, &stem)) return false;
  std::string name = stem + kCacheTag + ".pyc";
  *beside = dir + "/__pycache__/" + name;
  std::string user = user_cache_dir(dir);
  *per_user = user.empty() ? "" : user + "/" + name;
  return true;
}

bool read_whole(const std::string& path, std::string* out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (ok) {
    out->resize(static_cast<size_t>(st.st_size));
    size_t done = 0;
    while (done < out->size()) {
      ssize_t n = read(fd, out->data() + done, out->size() - done);
      if (n <= 0) {
        if (n < 0 && errno == EINTR) continue;
        break;
      }
      done += static_cast<size_t>(n);
    }
    out->resize(done);
  }
  close(fd);
  return ok;
}

// mkdir -p, each level with the default mode.
bool make_dirs(const std::string& dir) {
  struct stat st;
  if (stat(dir.c_str(), &st) == 0) return S_ISDIR(st.st_mode);
  size_t slash = dir.rfind('/');
  if (slash != std::string::npos && slash > 0 && !make_dirs(dir.substr(0, slash))) return false;
  return mkdir(dir.c_str(), 0777) == 0 || errno == EEXIST;
}

// Writes `data` to `target` through a temporary file renamed into place.
bool write_atomically(const std::string& target, const std::string& data) {
  size_t slash = target.rfind('/');
  if (slash == std::string::npos || !make_dirs(target.substr(0, slash))) return false;
  std::string temp = target + "." + std::to_string(getpid()) + ".tmp";
  int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  bool ok = close(fd) == 0 && done == data.size() && rename(temp.c_str(), target.c_str()) == 0;
  if (!ok) unlink(temp.c_str());
  return ok;
}

Ref load_entry(const std::string& entry, const std::string& code_name, const SourceStamp& stamp) {
  std::string data;
  if (entry.empty() || !read_whole(entry, &data) || data.size() < kHeaderSize) return nullptr;
  const char* h = data.data();
  if (data.compare(0, 8, magic() + fingerprint()) != 0 ||
      static_cast<int64_t>(get64(h + 8)) != stamp.mtime_ns || static_cast<int64_t>(get64(h + 16)) != stamp.size ||
      get64(h + 24) != data.size() - kHeaderSize) {
    return nullptr;
  }
  std::string_view payload(data.data() + kHeaderSize, data.size() - kHeaderSize);
  if (get64(h + 32) != checksum(payload)) return nullptr;
  size_t consumed;
  Ref code = marshal_load(payload, &consumed);
  if (!code || consumed != payload.size() || type_of(code.get()) != &code_type) {
    if (error_occurred()) clear_error();
    return nullptr;
  }
  Ref filename = str_from_utf8(code_name);
  if (!filename) {
    clear_error();
    return nullptr;
  }
  code_set_filename(code.as<Code>(), filename.get());
  return code;
}

}  // namespace

bool source_stamp(const std::string& path, SourceStamp* out) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return false;
  out->mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  out->size = static_cast<int64_t>(st.st_size);
  return true;
}

Ref code_cache_load(const std::string& path, const std::string& code_name, const SourceStamp& stamp) {
  std::string beside, per_user;
  if (!entry_paths(path, &beside, &per_user)) return nullptr;
  Ref code = load_entry(beside, code_name, stamp);
  return code ? code : load_entry(per_user, code_name, stamp);
}

void code_cache_store(const std::string& path, const SourceStamp& stamp, Value code) {
  Value dont_write = sys_attr("dont_write_bytecode");
  if (!dont_write.is_null() && dont_write.is_true()) return;
  std::string beside, per_user;
  if (!entry_paths(path, &beside, &per_user)) return;
  std::string payload;
  if (!marshal_dump(code, kMarshalVersion, &payload)) {
    clear_error();
    return;
  }
  std::string data = magic() + fingerprint();
  put64(&data, static_cast<uint64_t>(stamp.mtime_ns));
  put64(&data, static_cast<uint64_t>(stamp.size));
  put64(&data, payload.size());
  put64(&data, checksum(payload));
  data += payload;
  if (!write_atomically(beside, data) && !per_user.empty()) write_atomically(per_user, data);
}

}  // namespace taipan
