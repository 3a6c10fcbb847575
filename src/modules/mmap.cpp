// mmap: memory-mapped files and anonymous shared memory (CPython's mmap.mmap
// on Linux): a mutable byte sequence with a file-like position (read, write,
// seek, readline, find), slicing and slice assignment, the buffer protocol
// (memoryview, struct.pack_into), resize, flush, move, madvise, and the
// ACCESS_*, PROT_*, MAP_* and MADV_* constants.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

enum Access { kAccessDefault, kAccessRead, kAccessWrite, kAccessCopy };

struct MmapObject : Object {
  char* data;       // null once closed
  int64_t size;
  int64_t pos;
  int64_t offset;
  int fd;           // a duplicate of the mapped file's descriptor; -1 when anonymous
  int flags, prot;
  Access access;
  int64_t exports;  // live buffer views
  Value weakrefs;
};

Type mmap_type;

MmapObject* mm(Value v) { return v.as<MmapObject>(); }

bool check_valid(MmapObject* m) {
  if (m->data == nullptr) {
    raise(exc::ValueError, "mmap closed or invalid");
    return false;
  }
  return true;
}

bool check_writable(MmapObject* m) {
  if (m->access == kAccessRead) {
    raise(exc::TypeError, "mmap can't modify a readonly memory map.");
    return false;
  }
  return true;
}

bool check_resizeable(MmapObject* m) {
  if (m->exports > 0) {
    raise(exc::BufferError, "mmap can't resize with extant buffers exported.");
    return false;
  }
  if (m->access == kAccessWrite || m->access == kAccessDefault) return true;
  raise(exc::TypeError, "mmap can't resize a readonly or copy-on-write memory map.");
  return false;
}

void unmap(MmapObject* m) {
  if (m->data != nullptr) ::munmap(m->data, static_cast<size_t>(m->size));
  m->data = nullptr;
  if (m->fd >= 0) ::close(m->fd);
  m->fd = -1;
}

// ---- Creation -------------------------------------------------------------------

Ref mmap_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fileno", "length", "flags", "prot", "access", "offset"};
  static const ArgSpec kSpec{"mmap", kNames, 6, 0, 2};
  Value a[6];
  int fd, flags = MAP_SHARED, prot = PROT_WRITE | PROT_READ, access = kAccessDefault;
  int64_t length, offset = 0;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::int_arg(a[0], &fd) || !posix::int64_arg(a[1], &length) ||
      (!a[2].is_null() && !posix::int_arg(a[2], &flags)) || (!a[3].is_null() && !posix::int_arg(a[3], &prot)) ||
      (!a[4].is_null() && !posix::int_arg(a[4], &access)) || (!a[5].is_null() && !posix::int64_arg(a[5], &offset))) {
    return nullptr;
  }
  if (length < 0) return raise(exc::OverflowError, "memory mapped length must be positive");
  if (offset < 0) return raise(exc::OverflowError, "memory mapped offset must be positive");
  if (access != kAccessDefault && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ))) {
    return raise(exc::ValueError, "mmap can't specify both access and flags, prot.");
  }
  switch (access) {
    case kAccessRead:
      flags = MAP_SHARED;
      prot = PROT_READ;
      break;
    case kAccessWrite:
      flags = MAP_SHARED;
      prot = PROT_READ | PROT_WRITE;
      break;
    case kAccessCopy:
      flags = MAP_PRIVATE;
      prot = PROT_READ | PROT_WRITE;
      break;
    case kAccessDefault:
      if (!((prot & PROT_READ) && (prot & PROT_WRITE))) access = (prot & PROT_WRITE) ? kAccessWrite : kAccessRead;
      break;
    default:
      return raise(exc::ValueError, "mmap invalid access parameter.");
  }
  int dup_fd = -1;
  if (fd != -1) {
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
      if (length == 0) {
        if (st.st_size == 0) return raise(exc::ValueError, "cannot mmap an empty file");
        if (offset >= st.st_size) return raise(exc::ValueError, "mmap offset is greater than file size");
        length = st.st_size - offset;
      } else if (offset > st.st_size || st.st_size - offset < length) {
        return raise(exc::ValueError, "mmap length is greater than file size");
      }
    }
    dup_fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (dup_fd < 0) return posix::errno_error();
  } else {
    flags |= MAP_ANONYMOUS;
  }
  void* data = ::mmap(nullptr, static_cast<size_t>(length), prot, flags, dup_fd, offset);
  if (data == MAP_FAILED) {
    int err = errno;
    if (dup_fd >= 0) ::close(dup_fd);
    return raise_os_error(err);
  }
  MmapObject* m = new_object<MmapObject>(type, static_cast<size_t>(type->basic_size));
  if (m == nullptr) {
    ::munmap(data, static_cast<size_t>(length));
    if (dup_fd >= 0) ::close(dup_fd);
    return nullptr;
  }
  m->data = static_cast<char*>(data);
  m->size = length;
  m->offset = offset;
  m->fd = dup_fd;
  m->flags = flags;
  m->prot = prot;
  m->access = static_cast<Access>(access);
  return Ref::steal(m);
}

void mmap_dealloc(Object* self) {
  unmap(static_cast<MmapObject*>(self));
  free_object(self);
}

Ref mmap_repr(Value self) {
  MmapObject* m = mm(self);
  std::string name = type_of(self)->name;
  if (m->data == nullptr) return str_from_utf8("<" + name + " closed=True>");
  static const char* const kAccessNames[] = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};
  return str_from_utf8("<" + name + " closed=False, access=" + kAccessNames[m->access] +
                       ", length=" + std::to_string(m->size) + ", pos=" + std::to_string(m->pos) +
                       ", offset=" + std::to_string(m->offset) + ">");
}

// ---- File-like methods ----------------------------------------------------------

Ref mmap_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("mmap.close", nargs, kwnames)) return nullptr;
  MmapObject* m = mm(self);
  if (m->exports > 0) return raise(exc::BufferError, "cannot close exported pointers exist");
  unmap(m);
  return Ref::none();
}

Ref mmap_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  MmapObject* m = mm(self);
  if (!parse_tuple("read", 0, 1, args, nargs, kwnames, a) || !check_valid(m)) return nullptr;
  int64_t remaining = m->pos < m->size ? m->size - m->pos : 0;
  int64_t n = remaining;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!posix::int64_arg(a[0], &n)) return nullptr;
    if (n < 0 || n > remaining) n = remaining;
  }
  Ref r = bytes_from_string(std::string_view(m->data + m->pos, static_cast<size_t>(n)));
  if (r) m->pos += n;
  return r;
}

Ref mmap_read_byte(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  MmapObject* m = mm(self);
  if (!check_no_args("mmap.read_byte", nargs, kwnames) || !check_valid(m)) return nullptr;
  if (m->pos >= m->size) return raise(exc::ValueError, "read byte out of range");
  return Ref::small_int(static_cast<unsigned char>(m->data[m->pos++]));
}

Ref mmap_readline(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  MmapObject* m = mm(self);
  if (!check_no_args("mmap.readline", nargs, kwnames) || !check_valid(m)) return nullptr;
  int64_t start = m->pos < m->size ? m->pos : m->size;
  const void* nl = std::memchr(m->data + start, '\n', static_cast<size_t>(m->size - start));
  int64_t end = nl != nullptr ? static_cast<const char*>(nl) - m->data + 1 : m->size;
  Ref r = bytes_from_string(std::string_view(m->data + start, static_cast<size_t>(end - start)));
  if (r) m->pos = end;
  return r;
}

Ref mmap_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  Buffer data;
  MmapObject* m = mm(self);
  if (!parse_tuple("write", 1, 1, args, nargs, kwnames, a) || !check_valid(m) || !require_buffer(a[0], &data) ||
      !check_writable(m)) {
    return nullptr;
  }
  int64_t n = static_cast<int64_t>(data.data.size());
  if (m->pos > m->size || m->size - m->pos < n) return raise(exc::ValueError, "data out of range");
  std::memmove(m->data + m->pos, data.data.data(), data.data.size());
  m->pos += n;
  return int_from_int64(n);
}

Ref mmap_write_byte(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  MmapObject* m = mm(self);
  if (!parse_tuple("write_byte", 1, 1, args, nargs, kwnames, a) || !check_valid(m)) return nullptr;
  int64_t byte;
  if (!posix::int64_arg(a[0], &byte)) return nullptr;
  if (byte < 0 || byte > 255) {
    return raise(exc::OverflowError, byte < 0 ? "unsigned byte integer is less than minimum"
                                              : "unsigned byte integer is greater than maximum");
  }
  if (!check_writable(m)) return nullptr;
  if (m->pos >= m->size) return raise(exc::ValueError, "write byte out of range");
  m->data[m->pos++] = static_cast<char>(byte);
  return Ref::none();
}

Ref mmap_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  int64_t dist;
  int how = 0;
  MmapObject* m = mm(self);
  if (!parse_tuple("seek", 1, 2, args, nargs, kwnames, a) || !check_valid(m) || !posix::int64_arg(a[0], &dist) ||
      (!a[1].is_null() && !posix::int_arg(a[1], &how))) {
    return nullptr;
  }
  int64_t base;
  switch (how) {
    case 0: base = 0; break;
    case 1: base = m->pos; break;
    case 2: base = m->size; break;
    default: return raise(exc::ValueError, "unknown seek type");
  }
  int64_t where = base + dist;
  if (where < 0 || where > m->size) return raise(exc::ValueError, "seek out of range");
  m->pos = where;
  return Ref::none();
}

Ref mmap_tell(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  MmapObject* m = mm(self);
  if (!check_no_args("mmap.tell", nargs, kwnames) || !check_valid(m)) return nullptr;
  return int_from_int64(m->pos);
}

Ref mmap_size(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  MmapObject* m = mm(self);
  if (!check_no_args("mmap.size", nargs, kwnames) || !check_valid(m)) return nullptr;
  struct stat st {};
  if (::fstat(m->fd, &st) < 0) return posix::errno_error();
  return int_from_int64(st.st_size);
}

// find/rfind(sub[, start[, end]]).
Ref find_common(Value self, const Value* args, size_t nargs, Tuple* kwnames, bool reverse) {
  const char* name = reverse ? "rfind" : "find";
  Value a[3];
  Buffer needle;
  MmapObject* m = mm(self);
  if (!parse_tuple(name, 1, 3, args, nargs, kwnames, a) || !check_valid(m) ||
      !require_buffer(a[0], &needle)) {
    return nullptr;
  }
  int64_t start = m->pos, end = m->size;
  if ((!a[1].is_null() && !a[1].is_none() && !posix::int64_arg(a[1], &start)) ||
      (!a[2].is_null() && !a[2].is_none() && !posix::int64_arg(a[2], &end))) {
    return nullptr;
  }
  if (start < 0) start = std::max<int64_t>(0, start + m->size);
  if (start > m->size) start = m->size;
  if (end < 0) end = std::max<int64_t>(0, end + m->size);
  if (end > m->size) end = m->size;
  std::string_view hay(m->data, static_cast<size_t>(m->size));
  int64_t n = static_cast<int64_t>(needle.data.size());
  if (end - start < n) return Ref::small_int(-1);
  std::string_view window = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t at = reverse ? window.rfind(needle.data) : window.find(needle.data);
  return int_from_int64(at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at));
}

Ref mmap_find(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return find_common(self, args, nargs, kwnames, false);
}

Ref mmap_rfind(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return find_common(self, args, nargs, kwnames, true);
}

// ---- Mapping operations ---------------------------------------------------------

Ref mmap_flush(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  MmapObject* m = mm(self);
  int64_t offset = 0, size = m->size;
  if (!parse_tuple("flush", 0, 2, args, nargs, kwnames, a) || !check_valid(m) || (!a[0].is_null() && !posix::int64_arg(a[0], &offset)) ||
      (!a[1].is_null() && !posix::int64_arg(a[1], &size))) {
    return nullptr;
  }
  if (size < 0 || offset < 0 || m->size - offset < size) return raise(exc::ValueError, "flush values out of range");
  if (m->access == kAccessRead || m->access == kAccessCopy) return Ref::none();
  if (::msync(m->data + offset, static_cast<size_t>(size), MS_SYNC) < 0) return posix::errno_error();
  return Ref::none();
}

Ref mmap_move(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  int64_t dest, src, count;
  MmapObject* m = mm(self);
  if (!parse_tuple("move", 3, 3, args, nargs, kwnames, a) || !posix::int64_arg(a[0], &dest) || !posix::int64_arg(a[1], &src) ||
      !posix::int64_arg(a[2], &count) || !check_valid(m) || !check_writable(m)) {
    return nullptr;
  }
  if (dest < 0 || src < 0 || count < 0 || m->size - dest < count || m->size - src < count) {
    return raise(exc::ValueError, "source, destination, or count out of range");
  }
  std::memmove(m->data + dest, m->data + src, static_cast<size_t>(count));
  return Ref::none();
}

Ref mmap_resize(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  int64_t new_size;
  MmapObject* m = mm(self);
  if (!parse_tuple("resize", 1, 1, args, nargs, kwnames, a) || !posix::int64_arg(a[0], &new_size) || !check_valid(m) ||
      !check_resizeable(m)) {
    return nullptr;
  }
  if (new_size < 0 || INT64_MAX - new_size < m->offset) return raise(exc::ValueError, "new size out of range");
  if (m->fd >= 0 && ::ftruncate(m->fd, m->offset + new_size) < 0) return posix::errno_error();
  void* data = ::mremap(m->data, static_cast<size_t>(m->size), static_cast<size_t>(new_size), MREMAP_MAYMOVE);
  if (data == MAP_FAILED) return posix::errno_error();
  m->data = static_cast<char*>(data);
  m->size = new_size;
  return Ref::none();
}

Ref mmap_madvise(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  int option;
  int64_t start = 0;
  MmapObject* m = mm(self);
  if (!parse_tuple("madvise", 1, 3, args, nargs, kwnames, a) || !check_valid(m) || !posix::int_arg(a[0], &option) ||
      (!a[1].is_null() && !posix::int64_arg(a[1], &start))) {
    return nullptr;
  }
  int64_t length = m->size;
  if (!a[2].is_null() && !posix::int64_arg(a[2], &length)) return nullptr;
  if (start < 0 || start >= m->size) return raise(exc::ValueError, "madvise start out of bounds");
  if (length < 0) return raise(exc::ValueError, "madvise length invalid");
  if (length > m->size - start) length = m->size - start;
  if (::madvise(m->data + start, static_cast<size_t>(length), option) < 0) return posix::errno_error();
  return Ref::none();
}

Ref mmap_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("mmap.__enter__", nargs, kwnames) || !check_valid(mm(self))) return nullptr;
  return Ref::borrow(self);
}

Ref mmap_exit(Value self, const Value*, size_t, Tuple*) { return call_method(self, "close", {}); }

Ref get_closed(Value self) { return Ref::boolean(mm(self)->data == nullptr); }

// ---- The sequence protocol ------------------------------------------------------

// An item index: IndexError when it does not fit (PyNumber_AsSsize_t's).
bool index_arg(Value key, int64_t* out) {
  Ref i = index(key);
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return true;
}

int64_t mmap_len(Value self) {
  MmapObject* m = mm(self);
  if (!check_valid(m)) return -1;
  return m->size;
}

Ref mmap_getitem(Value self, Value key) {
  MmapObject* m = mm(self);
  if (!check_valid(m)) return nullptr;
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return nullptr;
    int64_t n = slice_adjust_indices(m->size, &start, &stop, step);
    std::string out(static_cast<size_t>(n), '\0');
    for (int64_t k = 0; k < n; ++k) out[static_cast<size_t>(k)] = m->data[start + k * step];
    return bytes_from_string(out);
  }
  if (type_of(key)->number.index == nullptr) return raise(exc::TypeError, "mmap indices must be integers");
  int64_t i;
  if (!index_arg(key, &i)) return nullptr;
  if (i < 0) i += m->size;
  if (i < 0 || i >= m->size) return raise(exc::IndexError, "mmap index out of range");
  return Ref::small_int(static_cast<unsigned char>(m->data[i]));
}

int mmap_setitem(Value self, Value key, Value v) {
  MmapObject* m = mm(self);
  if (!check_valid(m)) return -1;
  if (is_slice(key)) {
    int64_t start, stop, step;
    if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
    int64_t n = slice_adjust_indices(m->size, &start, &stop, step);
    if (v.is_null()) return fail(exc::TypeError, "mmap object doesn't support slice deletion");
    Buffer data;
    if (!require_buffer(v, &data)) return -1;
    if (static_cast<int64_t>(data.data.size()) != n) return fail(exc::IndexError, "mmap slice assignment is wrong size");
    if (!check_writable(m)) return -1;
    for (int64_t k = 0; k < n; ++k) m->data[start + k * step] = data.data[static_cast<size_t>(k)];
    return 0;
  }
  if (type_of(key)->number.index == nullptr) return fail(exc::TypeError, "mmap indices must be integers");
  int64_t i;
  if (!index_arg(key, &i)) return -1;
  if (i < 0) i += m->size;
  if (i < 0 || i >= m->size) return fail(exc::IndexError, "mmap index out of range");
  if (v.is_null()) return fail(exc::TypeError, "mmap doesn't support item deletion");
  if (!is_int(v)) return fail(exc::TypeError, "mmap item value must be an int");
  int64_t byte;
  if (!int_to_int64(v, &byte) || byte < 0 || byte > 255) {
    clear_error();
    return fail(exc::ValueError, "mmap item value must be in range(0, 256)");
  }
  if (!check_writable(m)) return -1;
  m->data[i] = static_cast<char>(byte);
  return 0;
}

bool mmap_buffer(Value v, Buffer* out) {
  MmapObject* m = mm(v);
  if (!check_valid(m)) return false;  // ValueError, as memoryview() reports
  out->data = std::string_view(m->data, static_cast<size_t>(m->size));
  out->readonly = m->access == kAccessRead;
  out->exports = &m->exports;
  return true;
}

const MethodDef kMethods[] = {
    {"close", mmap_close, kMethodInstance, nullptr},
    {"find", mmap_find, kMethodInstance, nullptr},
    {"rfind", mmap_rfind, kMethodInstance, nullptr},
    {"flush", mmap_flush, kMethodInstance, nullptr},
    {"madvise", mmap_madvise, kMethodInstance, nullptr},
    {"move", mmap_move, kMethodInstance, nullptr},
    {"read", mmap_read, kMethodInstance, nullptr},
    {"read_byte", mmap_read_byte, kMethodInstance, nullptr},
    {"readline", mmap_readline, kMethodInstance, nullptr},
    {"resize", mmap_resize, kMethodInstance, nullptr},
    {"seek", mmap_seek, kMethodInstance, nullptr},
    {"size", mmap_size, kMethodInstance, nullptr},
    {"tell", mmap_tell, kMethodInstance, nullptr},
    {"write", mmap_write, kMethodInstance, nullptr},
    {"write_byte", mmap_write_byte, kMethodInstance, nullptr},
    {"__enter__", mmap_enter, kMethodInstance, nullptr},
    {"__exit__", mmap_exit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kGetSets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_mmap_type() {
  if (type_has_flag(&mmap_type, kTypeReady)) return 0;
  Type& t = mmap_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "mmap.mmap";
  t.basic_size = sizeof(MmapObject);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  MmapObject probe{};
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.dealloc = mmap_dealloc;
  t.repr = mmap_repr;
  t.new_ = mmap_new;
  t.len = mmap_len;
  t.getitem = mmap_getitem;
  t.setitem = mmap_setitem;
  t.methods = kMethods;
  t.getsets = kGetSets;
  t.doc = "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\nUnix: mmap(fileno, length[, flags[, prot[, "
          "access[, offset]]]])";
  if (type_ready(&t) < 0) return -1;
  register_buffer_type(&mmap_type, mmap_buffer);
  return 0;
}

struct Constant {
  const char* name;
  long value;
};

const Constant kConstants[] = {
    {"ACCESS_DEFAULT", kAccessDefault}, {"ACCESS_READ", kAccessRead},
    {"ACCESS_WRITE", kAccessWrite},     {"ACCESS_COPY", kAccessCopy},
    {"MAP_SHARED", MAP_SHARED},         {"MAP_PRIVATE", MAP_PRIVATE},
    {"MAP_ANON", MAP_ANONYMOUS},        {"MAP_ANONYMOUS", MAP_ANONYMOUS},
    {"MAP_DENYWRITE", MAP_DENYWRITE},   {"MAP_EXECUTABLE", MAP_EXECUTABLE},
    {"MAP_POPULATE", MAP_POPULATE},     {"MAP_STACK", MAP_STACK},
    {"PROT_READ", PROT_READ},           {"PROT_WRITE", PROT_WRITE},
    {"PROT_EXEC", PROT_EXEC},           {"MADV_NORMAL", MADV_NORMAL},
    {"MADV_RANDOM", MADV_RANDOM},       {"MADV_SEQUENTIAL", MADV_SEQUENTIAL},
    {"MADV_WILLNEED", MADV_WILLNEED},   {"MADV_DONTNEED", MADV_DONTNEED},
    {"MADV_REMOVE", MADV_REMOVE},       {"MADV_DONTFORK", MADV_DONTFORK},
    {"MADV_DOFORK", MADV_DOFORK},       {"MADV_HWPOISON", MADV_HWPOISON},
    {"MADV_MERGEABLE", MADV_MERGEABLE}, {"MADV_UNMERGEABLE", MADV_UNMERGEABLE},
    {"MADV_HUGEPAGE", MADV_HUGEPAGE},   {"MADV_NOHUGEPAGE", MADV_NOHUGEPAGE},
    {"MADV_DONTDUMP", MADV_DONTDUMP},   {"MADV_DODUMP", MADV_DODUMP},
    {"MADV_FREE", MADV_FREE},
};

}  // namespace

Ref make_mmap_module() {
  if (init_mmap_type() < 0) return nullptr;
  Ref module = module_new("mmap", true);
  if (!module || module_add(*module, "mmap", Value::object(&mmap_type)) < 0 ||
      module_add(*module, "error", Value::object(exc::OSError)) < 0) {
    return nullptr;
  }
  long page = sysconf(_SC_PAGESIZE);
  for (const char* name : {"PAGESIZE", "ALLOCATIONGRANULARITY"}) {
    if (module_add(*module, name, Value::small_int(page)) < 0) return nullptr;
  }
  for (const Constant& c : kConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
