// The parts the posix module is assembled from (module.cpp): one function
// table per theme and the functions that add its other attributes.
#pragma once

#include "objects/type.h"

namespace taipan::posix {

extern const MethodDef kPosixPathFunctions[];     // fs.cpp
extern const MethodDef kPosixDirFunctions[];      // dirs.cpp
extern const MethodDef kPosixFdFunctions[];       // fds.cpp
extern const MethodDef kPosixProcessFunctions[];  // process.cpp
extern const MethodDef kPosixSystemFunctions[];   // system.cpp
extern const MethodDef kPosixEnvironFunctions[];  // environ.cpp

int add_dir_types(Value module);         // DirEntry (dirs.cpp)
int add_conf_name_tables(Value module);  // sysconf_names, confstr_names, pathconf_names (system.cpp)
int add_environ(Value module);           // environ (environ.cpp)

}  // namespace taipan::posix
