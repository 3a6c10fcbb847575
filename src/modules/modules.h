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
Ref make_hashlib_openssl_module();  // _hashlib (OpenSSL digests, HMAC, KDFs)
Ref make_blake2_module();  // _blake2
Ref make_md5_module();     // _md5, and the other builtin hash modules (hash_builtin.cpp)
Ref make_sha1_module();    // _sha1
Ref make_sha256_module();  // _sha256
Ref make_sha512_module();  // _sha512
Ref make_sha3_module();    // _sha3
Ref make_posix_module();   // posix (src/modules/posix/)
Ref make_resource_module();  // resource
Ref make_time_module();    // _time
Ref make_itertools_module();  // itertools
Ref make_collections_module();  // _collections (deque)
Ref make_bisect_module();  // _bisect (bisect.py's accelerator)
Ref make_heapq_module();  // _heapq (the heap core of lib/heapq.py)
Ref make_warnings_module();  // _warnings
Ref make_thread_module();  // _thread
Ref make_marshal_module();

}  // namespace taipan
