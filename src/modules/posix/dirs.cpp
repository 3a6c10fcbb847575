// posix: the working directory and reading directories — getcwd, chdir,
// listdir, and scandir's iterator with its DirEntry objects, which keep the
// d_type the directory gave and cache stat() and lstat() results.
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "modules/posix/posix_args.h"
#include "modules/posix/posix_modules.h"
#include "modules/posix/results.h"
#include "objects/bytes.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::posix {

namespace {

Ref getcwd_as(bool as_bytes) {
  std::string buf(PATH_MAX, '\0');
  while (::getcwd(buf.data(), buf.size()) == nullptr) {
    if (errno != ERANGE) return errno_error();
    buf.resize(buf.size() * 2);
  }
  return fs_name(buf.c_str(), as_bytes);
}

Ref posix_getcwd(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.getcwd", nargs, kwnames)) return nullptr;
  return getcwd_as(false);
}

Ref posix_getcwdb(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.getcwdb", nargs, kwnames)) return nullptr;
  return getcwd_as(true);
}

Ref posix_chdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"chdir", kNames, 1, 0, 1};
  Value a[1];
  PathArg path{"chdir", "path", true};
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path)) return nullptr;
  int r = path.fd >= 0 ? ::fchdir(path.fd) : ::chdir(path.c_str());
  if (r < 0) return path_error(path);
  return Ref::none();
}

Ref posix_fchdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"fd"};
  static const ArgSpec kSpec{"fchdir", kNames, 1, 0, 1};
  Value a[1];
  int fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  Ref fileno;
  if (!is_int(a[0])) {
    fileno = call_method(a[0], "fileno", {});
    if (!fileno) return nullptr;
    a[0] = *fileno;
  }
  if (!fd_arg(a[0], &fd)) return nullptr;
  if (::fchdir(fd) < 0) return errno_error();
  return Ref::none();
}

// Opens the directory a listdir/scandir argument names (a dup of the fd, so closedir leaves it open).
DIR* open_directory(const PathArg& path) {
  if (path.fd < 0) return ::opendir(path.given ? path.c_str() : ".");
  int fd = ::dup(path.fd);
  if (fd < 0) return nullptr;
  DIR* dir = ::fdopendir(fd);
  if (dir == nullptr) {
    int err = errno;
    ::close(fd);
    errno = err;
    return nullptr;
  }
  ::rewinddir(dir);
  return dir;
}

bool is_dot_or_dotdot(const char* name) {
  return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

Ref posix_listdir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"listdir", kNames, 1, 0, 0};
  Value a[1];
  PathArg path{"listdir", "path", true, true};
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path)) return nullptr;
  DIR* dir = open_directory(path);
  if (dir == nullptr) return path_error(path);
  Ref result = Ref::steal(list_new(0));
  for (;;) {
    errno = 0;
    dirent* entry = ::readdir(dir);
    if (entry == nullptr) {
      if (errno != 0) {
        int err = errno;
        ::closedir(dir);
        errno = err;
        return path_error(path);
      }
      break;
    }
    if (is_dot_or_dotdot(entry->d_name)) continue;
    Ref name = fs_name(entry->d_name, path.as_bytes);
    if (!name || list_append(result.as<List>(), *name) < 0) {
      ::closedir(dir);
      return nullptr;
    }
  }
  ::closedir(dir);
  return result;
}

// ---- DirEntry ---------------------------------------------------------------------

struct DirEntry : Object {
  Value name;        // str or bytes (owned)
  Value path;        // str or bytes (owned)
  Value stat;        // cached stat() result or null (owned)
  Value lstat;       // cached lstat() result or null (owned)
  unsigned char d_type;
  ino_t inode;
  int dir_fd;        // the directory's fd when scandir was given one, else -1
};

Type dir_entry_type;
Type scandir_iterator_type;

void dir_entry_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<DirEntry*>(self);
  for (Value v : {e->name, e->path, e->stat, e->lstat}) {
    if (!v.is_null()) visit(v, arg);
  }
}

void dir_entry_clear(Object* self) {
  auto* e = static_cast<DirEntry*>(self);
  for (Value* v : {&e->name, &e->path, &e->stat, &e->lstat}) {
    Value old = *v;
    *v = Value();
    decref(old);
  }
}

void dir_entry_dealloc(Object* self) {
  dir_entry_clear(self);
  free_object(self);
}

Ref dir_entry_no_new(Type* type, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, std::string("cannot create '") + type->name + "' instances");
}

// The stat (follow) or lstat result of the entry, computed once.
Ref entry_stat(DirEntry* e, bool follow) {
  Value* cache = follow ? &e->stat : &e->lstat;
  if (cache->is_null()) {
    if (follow && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN) {
      Ref l = entry_stat(e, false);
      if (!l) return nullptr;
      e->stat = l.release();
      return Ref::borrow(e->stat);
    }
    std::string path;
    const char* name;
    bool as_bytes = is_bytes(e->name);
    if (as_bytes) {
      path = std::string(bytes_view((e->dir_fd >= 0 ? e->name : e->path).as<Bytes>()));
    } else if (!fs_encode(e->dir_fd >= 0 ? e->name : e->path, &path)) {
      return nullptr;
    }
    name = path.c_str();
    struct stat st;
    int r = ::fstatat(e->dir_fd >= 0 ? e->dir_fd : AT_FDCWD, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0) return raise_os_error(errno, e->path);
    Ref result = make_stat_result(st);
    if (!result) return nullptr;
    *cache = result.release();
  }
  return Ref::borrow(*cache);
}

// Whether the entry's type is `mode_bits` (S_IFDIR / S_IFREG / S_IFLNK); -1 on error.
int entry_test_mode(DirEntry* e, bool follow, mode_t mode_bits) {
  bool need_stat = e->d_type == DT_UNKNOWN || (follow && e->d_type == DT_LNK);
  if (need_stat) {
    Ref st = entry_stat(e, follow);
    if (!st) {
      if (error_matches(exc::FileNotFoundError)) {
        clear_error();
        return 0;
      }
      return -1;
    }
    int64_t mode = as_int64(st.as<Tuple>()->items[0]);
    return (static_cast<mode_t>(mode) & S_IFMT) == mode_bits;
  }
  switch (mode_bits) {
    case S_IFDIR: return e->d_type == DT_DIR;
    case S_IFREG: return e->d_type == DT_REG;
    default: return e->d_type == DT_LNK;
  }
}

bool follow_keyword(const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool* follow) {
  static const char* const kNames[] = {"follow_symlinks"};
  const ArgSpec spec{function, kNames, 1, 0, 0, 0};
  Value a[1];
  return bind_args(spec, args, nargs, kwnames, a) && bool_arg(a[0], follow);
}

Ref test_mode_method(const char* function, mode_t bits, Value self, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  bool follow = true;
  if (!follow_keyword(function, args, nargs, kwnames, &follow)) return nullptr;
  int r = entry_test_mode(self.as<DirEntry>(), follow, bits);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref dir_entry_is_dir(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return test_mode_method("is_dir", S_IFDIR, self, args, nargs, kwnames);
}

Ref dir_entry_is_file(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return test_mode_method("is_file", S_IFREG, self, args, nargs, kwnames);
}

Ref dir_entry_is_symlink(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.is_symlink", nargs, kwnames)) return nullptr;
  int r = entry_test_mode(self.as<DirEntry>(), false, S_IFLNK);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref dir_entry_stat(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool follow = true;
  if (!follow_keyword("stat", args, nargs, kwnames, &follow)) return nullptr;
  return entry_stat(self.as<DirEntry>(), follow);
}

Ref dir_entry_inode(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.inode", nargs, kwnames)) return nullptr;
  return int_from_uint64(self.as<DirEntry>()->inode);
}

Ref dir_entry_fspath(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.__fspath__", nargs, kwnames)) return nullptr;
  return Ref::borrow(self.as<DirEntry>()->path);
}

Ref dir_entry_repr(Value self) {
  Ref name = repr(self.as<DirEntry>()->name);
  if (!name) return nullptr;
  return str_from_utf8("<DirEntry " + std::string(str_utf8(name.as<Str>())) + ">");
}

Ref dir_entry_name(Value self) { return Ref::borrow(self.as<DirEntry>()->name); }
Ref dir_entry_path(Value self) { return Ref::borrow(self.as<DirEntry>()->path); }

const MethodDef kDirEntryMethods[] = {
    {"is_dir", dir_entry_is_dir, kMethodInstance, "Return True if the entry is a directory; cached per entry."},
    {"is_file", dir_entry_is_file, kMethodInstance, "Return True if the entry is a file; cached per entry."},
    {"is_symlink", dir_entry_is_symlink, kMethodInstance, "Return True if the entry is a symbolic link; cached per entry."},
    {"stat", dir_entry_stat, kMethodInstance, "Return stat_result object for the entry; cached per entry."},
    {"inode", dir_entry_inode, kMethodInstance, "Return inode of the entry; cached per entry."},
    {"__fspath__", dir_entry_fspath, kMethodInstance, "Returns the path for the entry."},
    {"__class_getitem__", generic_alias_class_getitem, kMethodClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDirEntryGetSets[] = {
    {"name", dir_entry_name, nullptr, "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", dir_entry_path, nullptr, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- ScandirIterator --------------------------------------------------------------

struct ScandirIterator : Object {
  DIR* dir;            // null once closed
  int fd;              // the fd scandir was given (entries stat relative to it), or -1
  bool as_bytes;
  std::string* prefix; // "path/" joined before each name (owned); empty for fd scans
};

void scandir_close(ScandirIterator* it) {
  if (it->dir == nullptr) return;
  if (it->fd >= 0) ::rewinddir(it->dir);
  ::closedir(it->dir);
  it->dir = nullptr;
}

void scandir_dealloc(Object* self) {
  auto* it = static_cast<ScandirIterator*>(self);
  scandir_close(it);
  delete it->prefix;
  free_object(self);
}

Ref make_entry(ScandirIterator* it, const dirent* d) {
  auto* e = new_object<DirEntry>(&dir_entry_type, sizeof(DirEntry));
  if (e == nullptr) return nullptr;
  Ref entry = Ref::steal(e);
  e->d_type = d->d_type;
  e->inode = d->d_ino;
  e->dir_fd = it->fd;
  Ref name = fs_name(d->d_name, it->as_bytes);
  if (!name) return nullptr;
  Ref path = it->fd >= 0 ? name : fs_name(*it->prefix + d->d_name, it->as_bytes);
  if (!path) return nullptr;
  e->name = name.release();
  e->path = path.release();
  return entry;
}

Ref scandir_next(Value self) {
  auto* it = self.as<ScandirIterator>();
  while (it->dir != nullptr) {
    errno = 0;
    dirent* d = ::readdir(it->dir);
    if (d == nullptr) {
      int err = errno;
      scandir_close(it);
      if (err != 0) return raise_os_error(err);
      return nullptr;
    }
    if (!is_dot_or_dotdot(d->d_name)) return make_entry(it, d);
  }
  return nullptr;
}

Ref scandir_close_method(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.close", nargs, kwnames)) return nullptr;
  scandir_close(self.as<ScandirIterator>());
  return Ref::none();
}

Ref scandir_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("posix.__enter__", nargs, kwnames)) return nullptr;
  return Ref::borrow(self);
}

Ref scandir_exit(Value self, const Value*, size_t, Tuple*) {
  scandir_close(self.as<ScandirIterator>());
  return Ref::none();
}

const MethodDef kScandirMethods[] = {
    {"close", scandir_close_method, kMethodInstance, nullptr},
    {"__enter__", scandir_enter, kMethodInstance, nullptr},
    {"__exit__", scandir_exit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref posix_scandir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"path"};
  static const ArgSpec kSpec{"scandir", kNames, 1, 0, 0};
  Value a[1];
  PathArg path{"scandir", "path", true, true};
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !path_arg(a[0], &path)) return nullptr;
  DIR* dir = open_directory(path);
  if (dir == nullptr) return path_error(path);
  auto* it = new_object<ScandirIterator>(&scandir_iterator_type, sizeof(ScandirIterator));
  if (it == nullptr) {
    ::closedir(dir);
    return nullptr;
  }
  it->dir = dir;
  it->fd = path.fd;
  it->as_bytes = path.as_bytes;
  std::string prefix = path.fd >= 0 ? "" : path.given ? path.path : ".";
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  it->prefix = new std::string(std::move(prefix));
  return Ref::steal(it);
}

int init_dir_types() {
  if (type_has_flag(&dir_entry_type, kTypeReady)) return 0;
  Type& e = dir_entry_type;
  e.refcnt = kImmortalRefcnt;
  e.type = &type_type;
  e.name = "posix.DirEntry";
  e.basic_size = sizeof(DirEntry);
  e.flags = kTypeGC;
  e.base = &object_type;
  e.dealloc = dir_entry_dealloc;
  e.traverse = dir_entry_traverse;
  e.clear = dir_entry_clear;
  e.new_ = dir_entry_no_new;
  e.repr = dir_entry_repr;
  e.methods = kDirEntryMethods;
  e.getsets = kDirEntryGetSets;
  Type& s = scandir_iterator_type;
  s.refcnt = kImmortalRefcnt;
  s.type = &type_type;
  s.name = "posix.ScandirIterator";
  s.basic_size = sizeof(ScandirIterator);
  s.base = &object_type;
  s.dealloc = scandir_dealloc;
  s.new_ = dir_entry_no_new;
  s.iter = iter_self;
  s.next = scandir_next;
  s.methods = kScandirMethods;
  return type_ready(&e) < 0 || type_ready(&s) < 0 ? -1 : 0;
}

}  // namespace

const MethodDef kPosixDirFunctions[] = {
    {"getcwd", posix_getcwd, kMethodInstance, "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, kMethodInstance, "Return a bytes string representing the current working directory."},
    {"chdir", posix_chdir, kMethodInstance, "Change the current working directory to the specified path."},
    {"fchdir", posix_fchdir, kMethodInstance, "Change to the directory of the given file descriptor."},
    {"listdir", posix_listdir, kMethodInstance, "Return a list containing the names of the files in the directory."},
    {"scandir", posix_scandir, kMethodInstance, "Return an iterator of DirEntry objects for given path."},
    {nullptr, nullptr, 0, nullptr},
};

int add_dir_types(Value module) {
  if (init_dir_types() < 0) return -1;
  return module_add(module, "DirEntry", Value::object(&dir_entry_type));
}

}  // namespace taipan::posix
