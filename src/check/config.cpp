// config.cpp — command-line options, the [mypy] config section, the list of
// files to check and where typeshed's stubs are.
#include "check/config.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace taipan::check {

namespace {

bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

void walk(const std::string& dir, std::vector<std::string>* out) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return;
  std::vector<std::string> names;
  while (dirent* e = ::readdir(d)) {
    std::string n = e->d_name;
    if (n.empty() || n[0] == '.' || n == "__pycache__") continue;
    names.push_back(n);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) {
    std::string p = dir == "." ? n : dir + "/" + n;
    if (is_dir(p)) {
      walk(p, out);
    } else if (ends_with(n, ".py") || ends_with(n, ".pyi")) {
      out->push_back(p);
    }
  }
}

const char* kUsage =
    "usage: taipan check [-h] [--show-column-numbers] [--hide-error-codes]\n"
    "                    [--no-error-summary] [--ignore-missing-imports]\n"
    "                    [--config-file FILE] [--typeshed DIR] [--strict]\n"
    "                    [--disallow-untyped-defs] [--disallow-incomplete-defs]\n"
    "                    [--check-untyped-defs] [--disallow-untyped-calls]\n"
    "                    [--warn-return-any] [--enable-error-code CODE]\n"
    "                    [--disable-error-code CODE] [files ...]\n";

bool truthy(std::string v) {
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return v == "true" || v == "1" || v == "yes" || v == "on";
}

}  // namespace

bool StrictFlags::set(std::string name, bool value) {
  std::replace(name.begin(), name.end(), '-', '_');
  if (name.compare(0, 3, "no_") == 0 && name != "no_implicit_optional") {
    name.erase(0, 3);
    value = !value;
  }
  if (name == "strict") {
    disallow_untyped_defs = disallow_incomplete_defs = check_untyped_defs = disallow_untyped_calls = warn_return_any = value;
    return true;
  }
  bool* flag = name == "disallow_untyped_defs"      ? &disallow_untyped_defs
               : name == "disallow_incomplete_defs" ? &disallow_incomplete_defs
               : name == "check_untyped_defs"       ? &check_untyped_defs
               : name == "disallow_untyped_calls"   ? &disallow_untyped_calls
               : name == "warn_return_any"          ? &warn_return_any
                                                    : nullptr;
  if (flag == nullptr) return false;
  *flag = value;
  return true;
}

bool StrictFlags::set_codes(std::string name, const std::string& value) {
  std::replace(name.begin(), name.end(), '-', '_');
  if (name != "enable_error_code" && name != "disable_error_code") return false;
  std::set<std::string>& into = name == "enable_error_code" ? enabled_codes : disabled_codes;
  std::set<std::string>& other = name == "enable_error_code" ? disabled_codes : enabled_codes;
  std::stringstream items(value);
  std::string code;
  while (std::getline(items, code, ',')) {
    code.erase(0, code.find_first_not_of(" \t\"'"));
    code.erase(code.find_last_not_of(" \t\r\"'") + 1);
    if (code.empty()) continue;
    into.insert(code);
    other.erase(code);
  }
  return true;
}

bool StrictFlags::code_enabled(const std::string& code) const {
  if (disabled_codes.count(code) != 0) return false;
  return code != "possibly-undefined" || enabled_codes.count(code) != 0;
}

void apply_inline_config(const std::vector<std::string>& lines, StrictFlags* flags) {
  for (const std::string& line : lines) {
    size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line.compare(b, 7, "# mypy:") != 0) continue;
    std::stringstream items(line.substr(b + 7));
    std::string item;
    while (std::getline(items, item, ',')) {
      item.erase(0, item.find_first_not_of(" \t"));
      item.erase(item.find_last_not_of(" \t\r") + 1);
      auto eq = item.find('=');
      if (eq != std::string::npos && flags->set_codes(item.substr(0, eq), item.substr(eq + 1))) continue;
      bool value = eq == std::string::npos || truthy(item.substr(eq + 1));
      flags->set(item.substr(0, eq), value);
    }
  }
}

int parse_options(int argc, char** argv, Options* out) {
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (a == "--show-column-numbers") {
      out->show_column_numbers = true;
    } else if (a == "--hide-error-codes") {
      out->hide_error_codes = true;
    } else if (a == "--show-error-codes" || a == "--no-incremental") {
      // mypy's defaults here.
    } else if (a == "--no-error-summary") {
      out->no_error_summary = true;
    } else if (a == "--ignore-missing-imports") {
      out->ignore_missing_imports = true;
    } else if ((a == "--config-file" || a == "--typeshed") && i + 1 < argc) {
      (a == "--typeshed" ? out->typeshed : out->config_file) = argv[++i];
    } else if ((a == "--enable-error-code" || a == "--disable-error-code") && i + 1 < argc) {
      out->strict.set_codes(a.substr(2), argv[++i]);
    } else if (a.compare(0, 2, "--") == 0 && a.find('=') != std::string::npos &&
               out->strict.set_codes(a.substr(2, a.find('=') - 2), a.substr(a.find('=') + 1))) {
      // --enable-error-code=CODE
    } else if (a.compare(0, 2, "--") == 0 && out->strict.set(a.substr(2), true)) {
      // one of the strictness flags
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << kUsage << "taipan check: error: unrecognized arguments: " << a << "\n";
      return 2;
    } else {
      out->targets.push_back(a);
    }
  }
  if (out->targets.empty()) {
    std::cerr << kUsage << "taipan check: error: Missing target module, package, files, or command.\n";
    return 2;
  }
  return -1;
}

void read_config(Options* opts) {
  std::string path = opts->config_file;
  if (path.empty()) {
    for (const char* cand : {"mypy.ini", ".mypy.ini", "setup.cfg"}) {
      if (is_file(cand)) {
        path = cand;
        break;
      }
    }
  }
  if (path.empty()) return;
  std::ifstream in(path);
  std::string line;
  bool in_section = false;
  while (std::getline(in, line)) {
    size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line[b] == '#' || line[b] == ';') continue;
    if (line[b] == '[') {
      in_section = line.compare(b, 6, "[mypy]") == 0;
      continue;
    }
    if (!in_section) continue;
    size_t eq = line.find_first_of("=:", b);
    if (eq == std::string::npos) continue;
    std::string key = line.substr(b, eq - b);
    key.erase(key.find_last_not_of(" \t") + 1);
    std::string value = line.substr(eq + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t\r") + 1);
    bool on = truthy(value);
    if (key == "show_column_numbers" && on) opts->show_column_numbers = true;
    if (key == "hide_error_codes" && on) opts->hide_error_codes = true;
    if (key == "show_error_codes" && !on) opts->hide_error_codes = true;
    if (key == "ignore_missing_imports" && on) opts->ignore_missing_imports = true;
    if (key != "strict" && !opts->strict.set_codes(key, value)) opts->strict.set(key, on);
  }
}

bool collect_files(const Options& opts, std::vector<std::string>* files, std::string* bad) {
  for (const std::string& t : opts.targets) {
    std::string p = t;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    if (is_dir(p)) {
      walk(p, files);
    } else if (is_file(p)) {
      files->push_back(p);
    } else {
      *bad = t;
      return false;
    }
  }
  return true;
}

std::string find_typeshed(const std::string& configured) {
  if (!configured.empty()) return configured;
  const char* env = std::getenv("TAIPAN_TYPESHED");
  if (env != nullptr && *env != '\0') return env;
  for (const char* cand : {"/usr/share/typeshed/stdlib", "/usr/lib/python3/dist-packages/mypy/typeshed/stdlib"}) {
    if (is_file(std::string(cand) + "/builtins.pyi")) return cand;
  }
  return "";
}

}  // namespace taipan::check
