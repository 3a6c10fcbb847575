// The code cache: compiled modules kept on disk so that an import costs a
// read and an unmarshal rather than a compile, as CPython's .pyc files.
// An entry for /dir/name.py is /dir/__pycache__/name.taipan-311.pyc, or,
// where that folder cannot be written, the same name under the per-user
// cache folder ($XDG_CACHE_HOME or ~/.cache, then taipan/pycache and the
// source's absolute folder). Entries are Taipan's own format:
//
//   magic (4 bytes: "TPN" + kCodeFormatVersion)
//   compiler fingerprint (4: a hash of the parser, compiler and marshal
//   sources, so that an entry another build compiled is not trusted)
//   source mtime in ns (8)   source size (8)   payload size (8)
//   checksum of the payload (8), all little-endian
//   payload: marshal of the module's code object
//
// A stale, truncated or corrupt entry is detected and ignored (then
// rewritten); entries are written to a temporary file and renamed, so two
// processes storing the same entry never leave a broken file.
#pragma once

#include <cstdint>
#include <string>

#include "objects/object.h"

namespace taipan {

// What identifies the version of a source file an entry was made from.
struct SourceStamp {
  int64_t mtime_ns;
  int64_t size;
};

// The source's stamp; false if it cannot be stat'ed.
bool source_stamp(const std::string& path, SourceStamp* out);
// The cached code object for `path`, or null (never an exception) when no
// valid entry matches `stamp`. Its co_filename is `code_name` (the path, or
// "<frozen NAME>" for a module CPython freezes).
Ref code_cache_load(const std::string& path, const std::string& code_name, const SourceStamp& stamp);
// Stores `code` as the entry for `path`, unless sys.dont_write_bytecode is
// set. Best effort: a failure to write is silent, as in CPython.
void code_cache_store(const std::string& path, const SourceStamp& stamp, Value code);

}  // namespace taipan
