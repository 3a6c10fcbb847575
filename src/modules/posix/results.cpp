// The result types of posix functions, as CPython declares them: names,
// field order, visible length (stat_result hides its float and nanosecond
// times from the tuple, statvfs_result its f_fsid).
#include "modules/posix/results.h"

#include <gmp.h>

#include <vector>

#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/struct_sequence.h"

namespace taipan::posix {

Type stat_result_type;
Type statvfs_result_type;
Type terminal_size_type;
Type uname_result_type;
Type times_result_type;
Type waitid_result_type;

namespace {

const char* const kStatFields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    kStructSequenceUnnamed, kStructSequenceUnnamed, kStructSequenceUnnamed,
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev"};

const char* const kStatvfsFields[] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                                      "f_ffree", "f_favail", "f_flag",
                                      "f_namemax", "f_fsid"};
const StructSequenceDesc kStatvfsResult = {"os.statvfs_result", kStatvfsFields, 11, 10, true};

const char* const kTerminalSizeFields[] = {"columns", "lines"};
const StructSequenceDesc kTerminalSize = {"os.terminal_size", kTerminalSizeFields, 2, -1, true};

const char* const kUnameFields[] = {"sysname", "nodename", "release", "version", "machine"};
const StructSequenceDesc kUnameResult = {"posix.uname_result", kUnameFields, 5, -1, true};

const char* const kTimesFields[] = {"user", "system", "children_user", "children_system", "elapsed"};
const StructSequenceDesc kTimesResult = {"posix.times_result", kTimesFields, 5, -1, true};

const char* const kWaitidFields[] = {"si_pid", "si_uid", "si_signo", "si_status", "si_code"};
const StructSequenceDesc kWaitidResult = {"posix.waitid_result", kWaitidFields, 5, -1, true};

// os.stat_result(seq) fills the float times from the int ones when they are missing.
Ref stat_result_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref result = struct_sequence_construct(type, args, nargs, kwnames);
  if (!result) return nullptr;
  Tuple* t = result.as<Tuple>();
  for (int i = 7; i <= 9; ++i) {
    if (t->items[i + 3].is_none()) {
      t->items[i + 3] = Ref::borrow(t->items[i]).release();
    }
  }
  return result;
}

Ref nanoseconds(const timespec& ts) {
  mpz_t ns;
  mpz_init_set_si(ns, ts.tv_sec);
  mpz_mul_ui(ns, ns, 1000000000UL);
  if (ts.tv_nsec >= 0) mpz_add_ui(ns, ns, static_cast<unsigned long>(ts.tv_nsec));
  Ref result = int_from_mpz(ns);
  mpz_clear(ns);
  return result;
}

const StructSequenceDesc kStatResult = {"os.stat_result", kStatFields, 19, 10, true, stat_result_new};

}  // namespace

Ref make_result(Type* type, std::initializer_list<Value> items) {
  return struct_sequence_new(type, items.begin());
}

Ref make_stat_result(const struct stat& st) {
  const timespec* times[] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
  Ref values[19] = {int_from_int64(st.st_mode), int_from_uint64(st.st_ino), int_from_uint64(st.st_dev),
                    int_from_uint64(st.st_nlink), int_from_uint64(st.st_uid), int_from_uint64(st.st_gid),
                    int_from_int64(st.st_size)};
  for (int i = 0; i < 3; ++i) {
    values[7 + i] = int_from_int64(times[i]->tv_sec);
    values[10 + i] = Ref::from_double(static_cast<double>(times[i]->tv_sec) + times[i]->tv_nsec * 1e-9);
    values[13 + i] = nanoseconds(*times[i]);
  }
  values[16] = int_from_int64(st.st_blksize);
  values[17] = int_from_int64(st.st_blocks);
  values[18] = int_from_uint64(st.st_rdev);
  Value items[19];
  for (int i = 0; i < 19; ++i) {
    if (!values[i]) return nullptr;
    items[i] = *values[i];
  }
  return struct_sequence_new(&stat_result_type, items);
}

Ref make_statvfs_result(const struct statvfs& st) {
  Ref values[11] = {int_from_uint64(st.f_bsize), int_from_uint64(st.f_frsize), int_from_uint64(st.f_blocks),
                    int_from_uint64(st.f_bfree), int_from_uint64(st.f_bavail), int_from_uint64(st.f_files),
                    int_from_uint64(st.f_ffree), int_from_uint64(st.f_favail), int_from_uint64(st.f_flag),
                    int_from_uint64(st.f_namemax), int_from_uint64(st.f_fsid)};
  Value items[11];
  for (int i = 0; i < 11; ++i) {
    if (!values[i]) return nullptr;
    items[i] = *values[i];
  }
  return struct_sequence_new(&statvfs_result_type, items);
}

int add_result_types(Value module) {
  struct Entry {
    Type* type;
    const StructSequenceDesc* desc;
    const char* attribute;
  };
  const Entry entries[] = {{&stat_result_type, &kStatResult, "stat_result"},
                           {&statvfs_result_type, &kStatvfsResult, "statvfs_result"},
                           {&terminal_size_type, &kTerminalSize, "terminal_size"},
                           {&uname_result_type, &kUnameResult, "uname_result"},
                           {&times_result_type, &kTimesResult, "times_result"},
                           {&waitid_result_type, &kWaitidResult, "waitid_result"}};
  for (const Entry& e : entries) {
    if (!type_has_flag(e.type, kTypeReady) && struct_sequence_init_type(e.type, e.desc) < 0) return -1;
    if (module_add(module, e.attribute, Value::object(e.type)) < 0) return -1;
  }
  return 0;
}

}  // namespace taipan::posix
