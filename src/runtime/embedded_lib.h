// The Python-source standard library compiled into the binary: one entry per
// lib/**/*.py file, its path relative to lib/ ("collections/__init__.py" is
// the package collections) and its text. The definition is generated from
// lib/ by cmake/embed_lib.cmake.
#pragma once

#include <cstddef>
#include <string_view>

namespace taipan {

struct EmbeddedFile {
  const char* path;
  std::string_view source;
};

extern const EmbeddedFile kEmbeddedLib[];
extern const std::size_t kEmbeddedLibCount;

}  // namespace taipan
