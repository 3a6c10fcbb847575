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
Ref make_imp_module();  // _imp
// Runs the functions registered with atexit.register (last first).
void run_atexit_callbacks();
Ref make_io_module();  // _io

Ref make_math_module();
Ref make_random_module();  // _random
Ref make_lsprof_module();  // _lsprof
Ref make_hashlib_openssl_module();  // _hashlib (OpenSSL digests, HMAC, KDFs)
Ref make_blake2_module();  // _blake2
Ref make_md5_module();     // _md5, and the other builtin hash modules (hash_builtin.cpp)
Ref make_sha1_module();    // _sha1
Ref make_sha256_module();  // _sha256
Ref make_sha512_module();  // _sha512
Ref make_sha3_module();    // _sha3
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
Ref make_bisect_module();  // _bisect (bisect.py's accelerator)
Ref make_bz2_module();  // _bz2 (libbz2)
Ref make_csv_module();  // _csv (src/modules/csv/)
Ref make_elementtree_module();  // _elementtree (src/modules/elementtree/)
Ref make_pyexpat_module();  // pyexpat (libexpat, src/modules/pyexpat/)
Ref make_lzma_module();  // _lzma (liblzma)
Ref make_dbm_module();
Ref make_curses_module();  // _curses (ncursesw, src/modules/curses/)
Ref make_curses_panel_module();  // _curses_panel (ncurses' panel library)  // _dbm (Berkeley DB's ndbm interface)
Ref make_sqlite3_module();  // _sqlite3 (libsqlite3, src/modules/sqlite/)
Ref make_json_module();  // _json (src/modules/json/)
Ref make_pickle_module();  // _pickle (src/modules/pickle/)
Ref make_heapq_module();  // _heapq (the heap core of lib/heapq.py)
Ref make_struct_module();  // _struct
Ref make_binascii_module();
Ref make_zlib_module();
Ref make_contextvars_module();  // _contextvars
Ref make_array_module();
Ref make_ctypes_module();
Ref make_datetime_module();  // _datetime
Ref make_warnings_module();  // _warnings
Ref make_thread_module();  // _thread
Ref make_queue_module();  // _queue
Ref make_symtable_module();  // _symtable
Ref make_asyncio_module();  // _asyncio
Ref make_taipan_uv_module();  // _taipan_uv (libuv core of lib/taipan_uvloop.py, src/modules/uvloop/)
Ref make_ast_module();  // _ast (the node classes of ast.py)
Ref make_marshal_module();
Ref make_tracemalloc_module();  // _tracemalloc
Ref make_codecs_module();  // _codecs
Ref make_string_module();  // _string (string.Formatter's parser)
Ref make_locale_module();  // _locale
Ref make_unicodedata_module();  // unicodedata
Ref make_sre_module();  // _sre (the regular expression engine under re)
Ref make_functools_module();  // _functools (partial, reduce, cmp_to_key, _lru_cache_wrapper)
Ref make_operator_module();   // _operator (operator functions, itemgetter, attrgetter, methodcaller)
Ref make_abc_module();        // _abc (the machinery of abc.ABCMeta)
Ref make_signal_module();     // _signal (signal.py's C layer)
Ref make_select_module();     // select (select, poll, epoll)
Ref make_socket_module();     // _socket (src/modules/socket/)
Ref make_ssl_module();        // _ssl (src/modules/ssl/, OpenSSL TLS)
Ref make_posixsubprocess_module();  // _posixsubprocess (fork_exec)
Ref make_mmap_module();       // mmap
Ref make_posixshmem_module();  // _posixshmem (shm_open, shm_unlink)
Ref make_multiprocessing_module();
Ref make_multibytecodec_module();  // _multibytecodec (src/modules/cjk/)
Ref make_codecs_jp_module();       // _codecs_jp and the other CJK codec modules (cjk/cjk_modules.cpp)
Ref make_codecs_kr_module();
Ref make_codecs_cn_module();
Ref make_codecs_tw_module();
Ref make_codecs_hk_module();
Ref make_codecs_iso2022_module();  // _multiprocessing (SemLock, sem_unlink)

}  // namespace taipan
