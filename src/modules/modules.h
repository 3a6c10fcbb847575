// The native modules' entry points. Every native module (src/modules/*.cpp)
// adds its make_ function here and a row to kNativeModules (modules.cpp);
// the import system reads that table.
#pragma once

#include <cstddef>

#include "objects/object.h"

namespace taipan {

struct NativeModule {
  const char* name;  // the importable name, e.g. "math", "_io"
  Ref (*make)();
};

extern const NativeModule kNativeModules[];
extern const std::size_t kNativeModuleCount;

Ref make_gc_module();
Ref make_errno_module();
Ref make_atexit_module();
Ref make_weakref_module();  // _weakref
Ref make_importlib_module();
// Runs the functions registered with atexit.register (last first).
void run_atexit_callbacks();
Ref make_io_module();  // _io

Ref make_math_module();
Ref make_random_module();  // _random
Ref make_hashlib_module();  // hashlib (OpenSSL digests)
Ref make_posix_module();   // posix (src/modules/posix/)
Ref make_resource_module();  // resource
Ref make_stat_module();      // _stat
Ref make_pwd_module();       // pwd
Ref make_grp_module();       // grp
Ref make_fcntl_module();     // fcntl
Ref make_faulthandler_module();  // faulthandler
Ref make_termios_module();   // termios
Ref make_time_module();    // time
Ref make_itertools_module();  // itertools
Ref make_collections_module();  // _collections (deque)
Ref make_traceback_support_module();  // _traceback (parser help for lib/traceback.py)
Ref make_heapq_module();  // _heapq (the heap core of lib/heapq.py)
Ref make_warnings_module();  // _warnings
Ref make_thread_module();  // _thread
Ref make_marshal_module();

}  // namespace taipan
