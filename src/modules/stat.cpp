// _stat: the C half of stat.py — the S_IF*/S_I*/UF_*/SF_*/ST_* constants,
// the S_IS*() tests, S_IMODE, S_IFMT and filemode(), as CPython's _stat.
#include <sys/stat.h>

#include <cstdint>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan {

namespace {

// A mode argument: a non-negative int that fits a 32-bit mode_t.
bool mode_arg(Value v, uint32_t* out) {
  if (!is_int(v)) {
    raise(exc::TypeError, "an integer is required");
    return false;
  }
  if (int_sign(v) < 0) {
    raise(exc::OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  int64_t n;
  if (!int_to_int64(v, &n)) {
    clear_error();
    raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  if (n > UINT32_MAX) {
    raise(exc::OverflowError, "mode out of range");
    return false;
  }
  *out = static_cast<uint32_t>(n);
  return true;
}

bool one_mode(const char* function, const Value* args, size_t nargs, Tuple* kwnames, uint32_t* mode) {
  return posix::one_arg((std::string("_stat.") + function).c_str(), args, nargs, kwnames) && mode_arg(args[0], mode);
}

constexpr uint32_t kFileTypeBits = 0170000;

#define TAIPAN_STAT_TEST(name, type_bits)                                              \
  Ref stat_##name(Value, const Value* args, size_t nargs, Tuple* kwnames) {            \
    uint32_t mode;                                                                     \
    if (!one_mode(#name, args, nargs, kwnames, &mode)) return nullptr;                 \
    return Ref::boolean(type_bits != 0 && (mode & kFileTypeBits) == type_bits);        \
  }
TAIPAN_STAT_TEST(S_ISDIR, S_IFDIR)
TAIPAN_STAT_TEST(S_ISCHR, S_IFCHR)
TAIPAN_STAT_TEST(S_ISBLK, S_IFBLK)
TAIPAN_STAT_TEST(S_ISREG, S_IFREG)
TAIPAN_STAT_TEST(S_ISFIFO, S_IFIFO)
TAIPAN_STAT_TEST(S_ISLNK, S_IFLNK)
TAIPAN_STAT_TEST(S_ISSOCK, S_IFSOCK)
TAIPAN_STAT_TEST(S_ISDOOR, 0)
TAIPAN_STAT_TEST(S_ISPORT, 0)
TAIPAN_STAT_TEST(S_ISWHT, 0)
#undef TAIPAN_STAT_TEST

Ref stat_S_IMODE(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t mode;
  if (!one_mode("S_IMODE", args, nargs, kwnames, &mode)) return nullptr;
  return Ref::small_int(mode & 07777);
}

Ref stat_S_IFMT(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t mode;
  if (!one_mode("S_IFMT", args, nargs, kwnames, &mode)) return nullptr;
  return Ref::small_int(mode & kFileTypeBits);
}

char file_type_char(uint32_t mode) {
  switch (mode & kFileTypeBits) {
    case S_IFLNK: return 'l';
    case S_IFSOCK: return 's';
    case S_IFREG: return '-';
    case S_IFBLK: return 'b';
    case S_IFDIR: return 'd';
    case S_IFCHR: return 'c';
    case S_IFIFO: return 'p';
    default: return '?';
  }
}

// One rwx triplet; `special` (set-id or sticky) shows in the x place as `set_x`/`set_no_x`.
void permission_chars(std::string& out, uint32_t mode, uint32_t r, uint32_t w, uint32_t x, uint32_t special,
                      char set_x, char set_no_x) {
  out += (mode & r) ? 'r' : '-';
  out += (mode & w) ? 'w' : '-';
  if (mode & special) {
    out += (mode & x) ? set_x : set_no_x;
  } else {
    out += (mode & x) ? 'x' : '-';
  }
}

Ref stat_filemode(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t mode;
  if (!one_mode("filemode", args, nargs, kwnames, &mode)) return nullptr;
  std::string out(1, file_type_char(mode));
  permission_chars(out, mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S');
  permission_chars(out, mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S');
  permission_chars(out, mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T');
  return str_from_utf8(out);
}

const MethodDef kStatFunctions[] = {
    {"S_ISDIR", stat_S_ISDIR, kMethodInstance, "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory."},
    {"S_ISCHR", stat_S_ISCHR, kMethodInstance, "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file."},
    {"S_ISBLK", stat_S_ISBLK, kMethodInstance, "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file."},
    {"S_ISREG", stat_S_ISREG, kMethodInstance, "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file."},
    {"S_ISFIFO", stat_S_ISFIFO, kMethodInstance, "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe)."},
    {"S_ISLNK", stat_S_ISLNK, kMethodInstance, "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link."},
    {"S_ISSOCK", stat_S_ISSOCK, kMethodInstance, "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket."},
    {"S_ISDOOR", stat_S_ISDOOR, kMethodInstance, "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door."},
    {"S_ISPORT", stat_S_ISPORT, kMethodInstance, "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port."},
    {"S_ISWHT", stat_S_ISWHT, kMethodInstance, "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout."},
    {"S_IMODE", stat_S_IMODE, kMethodInstance, "Return the portion of the file's mode that can be set by os.chmod()."},
    {"S_IFMT", stat_S_IFMT, kMethodInstance, "Return the portion of the file's mode that describes the file type."},
    {"filemode", stat_filemode, kMethodInstance, "Convert a file's mode to a string of the form '-rwxrwxrwx'"},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kStatConstants[] = {
    {"SF_APPEND", 01000000}, {"SF_ARCHIVED", 0200000}, {"SF_IMMUTABLE", 0400000}, {"SF_NOUNLINK", 04000000},
    {"SF_SNAPSHOT", 010000000}, {"ST_ATIME", 7}, {"ST_CTIME", 9}, {"ST_DEV", 2}, {"ST_GID", 5}, {"ST_INO", 1},
    {"ST_MODE", 0}, {"ST_MTIME", 8}, {"ST_NLINK", 3}, {"ST_SIZE", 6}, {"ST_UID", 4}, {"S_ENFMT", 02000},
    {"S_IEXEC", 0100}, {"S_IFBLK", 060000}, {"S_IFCHR", 020000}, {"S_IFDIR", 040000}, {"S_IFDOOR", 0},
    {"S_IFIFO", 010000}, {"S_IFLNK", 0120000}, {"S_IFPORT", 0}, {"S_IFREG", 0100000}, {"S_IFSOCK", 0140000},
    {"S_IFWHT", 0}, {"S_IREAD", 0400}, {"S_IRGRP", 040}, {"S_IROTH", 4}, {"S_IRUSR", 0400}, {"S_IRWXG", 070},
    {"S_IRWXO", 7}, {"S_IRWXU", 0700}, {"S_ISGID", 02000}, {"S_ISUID", 04000}, {"S_ISVTX", 01000},
    {"S_IWGRP", 020}, {"S_IWOTH", 2}, {"S_IWRITE", 0200}, {"S_IWUSR", 0200}, {"S_IXGRP", 010}, {"S_IXOTH", 1},
    {"S_IXUSR", 0100}, {"UF_APPEND", 4}, {"UF_COMPRESSED", 040}, {"UF_HIDDEN", 0100000}, {"UF_IMMUTABLE", 2},
    {"UF_NODUMP", 1}, {"UF_NOUNLINK", 020}, {"UF_OPAQUE", 010},
};

}  // namespace

Ref make_stat_module() {
  Ref module = module_new("_stat", true);
  if (!module || module_add_functions(*module, kStatFunctions) < 0) return nullptr;
  for (const IntConstant& c : kStatConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
