// The table of native modules the import system can load (sys and builtins
// are made at start-up and are not listed).
#include "modules/modules.h"

#include "objects/object.h"

namespace taipan {

const NativeModule kNativeModules[] = {
    {"_io", make_io_module},
    {"gc", make_gc_module},
    {"_hashlib", make_hashlib_openssl_module},
    {"_blake2", make_blake2_module},
    {"_md5", make_md5_module},
    {"_sha1", make_sha1_module},
    {"_sha256", make_sha256_module},
    {"_sha512", make_sha512_module},
    {"_sha3", make_sha3_module},
    {"errno", make_errno_module},
    {"atexit", make_atexit_module},
    {"_weakref", make_weakref_module},
    {"_imp", make_imp_module},
    {"math", make_math_module},
    {"_random", make_random_module},
    {"_lsprof", make_lsprof_module},
    {"posix", make_posix_module},
    {"resource", make_resource_module},
    {"_stat", make_stat_module},
    {"pwd", make_pwd_module},
    {"grp", make_grp_module},
    {"fcntl", make_fcntl_module},
    {"faulthandler", make_faulthandler_module},
    {"termios", make_termios_module},
    {"time", make_time_module},
    {"itertools", make_itertools_module},
    {"_collections", make_collections_module},
    {"_heapq", make_heapq_module},
    {"_bisect", make_bisect_module},
    {"_bz2", make_bz2_module},
    {"_csv", make_csv_module},
    {"pyexpat", make_pyexpat_module},
    {"_lzma", make_lzma_module},
    {"_json", make_json_module},
    {"_struct", make_struct_module},
    {"binascii", make_binascii_module},
    {"zlib", make_zlib_module},
    {"_contextvars", make_contextvars_module},
    {"array", make_array_module},
    {"_warnings", make_warnings_module},
    {"_thread", make_thread_module},
    {"_queue", make_queue_module},
    {"_ast", make_ast_module},
    {"marshal", make_marshal_module},
    {"_tracemalloc", make_tracemalloc_module},
    {"_codecs", make_codecs_module},
    {"_string", make_string_module},
    {"_locale", make_locale_module},
    {"unicodedata", make_unicodedata_module},
    {"_sre", make_sre_module},
    {"_functools", make_functools_module},
    {"_operator", make_operator_module},
    {"_abc", make_abc_module},
    {"_signal", make_signal_module},
    {"select", make_select_module},
    {"_socket", make_socket_module},
    {"_posixsubprocess", make_posixsubprocess_module},
    {"mmap", make_mmap_module},
    {"_posixshmem", make_posixshmem_module},
    {"_multiprocessing", make_multiprocessing_module},
};

const std::size_t kNativeModuleCount = sizeof(kNativeModules) / sizeof(kNativeModules[0]);

}  // namespace taipan
