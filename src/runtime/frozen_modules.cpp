// The table of CPython 3.11's frozen modules (see frozen_modules.h).
#include "runtime/frozen_modules.h"

namespace taipan {

namespace {

constexpr FrozenModule kFrozen[] = {
    {"_frozen_importlib", "importlib._bootstrap", false},
    {"_frozen_importlib_external", "importlib._bootstrap_external", false},
    {"zipimport", "zipimport", false},
    {"abc", "abc", false},
    {"codecs", "codecs", false},
    {"io", "io", false},
    {"_collections_abc", "_collections_abc", false},
    {"_sitebuiltins", "_sitebuiltins", false},
    {"genericpath", "genericpath", false},
    {"ntpath", "ntpath", false},
    {"posixpath", "posixpath", false},
    {"os.path", "posixpath", false},
    {"os", "os", false},
    {"site", "site", false},
    {"stat", "stat", false},
    {"importlib.util", "importlib.util", false},
    {"importlib.machinery", "importlib.machinery", false},
    {"runpy", "runpy", false},
    {"__hello__", "__hello__", false},
    {"__hello_alias__", "__hello__", false},
    {"__phello_alias__", "__phello__", true},
    {"__phello_alias__.spam", "__phello__.spam", false},
    {"__phello__", "__phello__", true},
    {"__phello__.ham", "__phello__.ham", true},
    {"__phello__.ham.eggs", "__phello__.ham.eggs", false},
    {"__phello__.spam", "__phello__.spam", false},
};

}  // namespace

std::span<const FrozenModule> frozen_modules() { return kFrozen; }

const FrozenModule* find_frozen_module(std::string_view name) {
  for (const FrozenModule& m : kFrozen) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

std::string frozen_code_name(const FrozenModule& module) { return "<frozen " + std::string(module.origname) + ">"; }

std::string frozen_source_file(const FrozenModule& module, std::string_view stdlib_dir) {
  std::string file(stdlib_dir);
  file += '/';
  for (char c : module.origname) file += c == '.' ? '/' : c;
  file += module.package ? "/__init__.py" : ".py";
  return file;
}

}  // namespace taipan
