// The release Taipan implements and where the standard library it runs lives.
// The library is CPython's own (DESIGN decision 6): the build records its
// prefix (CMake option TAIPAN_PYTHON_PREFIX, Debian's /usr by default) and
// TAIPANHOME overrides it at run time, as PYTHONHOME does for CPython.
#pragma once

#include <cstdint>

namespace taipan {

// The CPython release whose library and behaviour Taipan follows.
inline constexpr int kPythonMajor = 3;
inline constexpr int kPythonMinor = 11;
inline constexpr int kPythonMicro = 2;
inline constexpr const char* kPythonVersion = "3.11.2";
inline constexpr int64_t kPythonHexVersion = 0x030B02F0;
inline constexpr const char* kTaipanVersion = "0.1.0";
// The library folder below the prefix: PREFIX/lib/python3.11.
inline constexpr const char* kLibrarySubdir = "/lib/python3.11";

inline constexpr const char* kDefaultPrefix = TAIPAN_PYTHON_PREFIX;

}  // namespace taipan
