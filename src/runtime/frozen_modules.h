// CPython 3.11's frozen standard-library modules: the modules its binary
// carries compiled (os, codecs, io, abc, site, runpy, importlib's bootstrap
// ...). Taipan compiles them from the library's sources, but as CPython
// presents them: their code's file name is "<frozen NAME>" (so tracebacks
// show no source line), their spec's origin is "frozen" with
// FrozenImporter as loader, and they are found before sys.path is searched.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace taipan {

struct FrozenModule {
  std::string_view name;      // the name it is imported by
  std::string_view origname;  // the library module whose source it is
  bool package;
};

// CPython's table, in its order (`_imp._frozen_module_names()`).
std::span<const FrozenModule> frozen_modules();
// The entry for `name`, or null when CPython does not freeze it.
const FrozenModule* find_frozen_module(std::string_view name);
// "<frozen ORIGNAME>": the file name its code carries.
std::string frozen_code_name(const FrozenModule& module);
// Its source file under `stdlib_dir` (a package's __init__.py).
std::string frozen_source_file(const FrozenModule& module, std::string_view stdlib_dir);

}  // namespace taipan
