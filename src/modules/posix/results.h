// The struct sequences posix functions return: os.stat_result,
// os.statvfs_result, os.terminal_size, posix.uname_result,
// posix.times_result, posix.waitid_result.
#pragma once

#include <sys/stat.h>
#include <sys/statvfs.h>

#include "objects/type.h"

namespace taipan::posix {

extern Type stat_result_type;
extern Type statvfs_result_type;
extern Type terminal_size_type;
extern Type uname_result_type;
extern Type times_result_type;
extern Type waitid_result_type;

// Readies the types and adds them to the module. 0 or -1.
int add_result_types(Value module);

Ref make_stat_result(const struct stat& st);
Ref make_statvfs_result(const struct statvfs& st);
// A struct sequence of `type` from values (new references are taken).
Ref make_result(Type* type, std::initializer_list<Value> items);

}  // namespace taipan::posix
