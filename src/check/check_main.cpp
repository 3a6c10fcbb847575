// check_main.cpp — the driver of `taipan check`: options, the files and
// their module names, builtins, checking every module, the report and
// mypy's summary line.
#include "check/check.h"

#include <pthread.h>
#include <sys/stat.h>

#include <cstdlib>
#include <iostream>

#include "check/checker.h"
#include "check/config.h"
#include "check/diagnostics.h"
#include "check/semantic.h"

namespace taipan::check {

namespace {

bool has_init(const std::string& dir) {
  struct stat st;
  return ::stat((dir + "/__init__.py").c_str(), &st) == 0 || ::stat((dir + "/__init__.pyi").c_str(), &st) == 0;
}

// The module name of a file (packages: folders holding __init__.py) and
// the folder its top package lives in.
std::string module_name(const std::string& path, std::string* base) {
  std::string dir = ".", file = path;
  auto slash = path.rfind('/');
  if (slash != std::string::npos) {
    dir = slash == 0 ? "/" : path.substr(0, slash);
    file = path.substr(slash + 1);
  }
  std::string name = file.substr(0, file.rfind('.'));
  if (name == "__init__") {
    auto s = dir.rfind('/');
    name = s == std::string::npos ? dir : dir.substr(s + 1);
    dir = s == std::string::npos ? "." : dir.substr(0, s);
  }
  while (has_init(dir) && dir != "." && dir != "/") {
    auto s = dir.rfind('/');
    std::string pkg = s == std::string::npos ? dir : dir.substr(s + 1);
    name = pkg + "." + name;
    dir = s == std::string::npos ? "." : dir.substr(0, s);
  }
  *base = dir;
  return name;
}

void set_builtins(Program& p) {
  p.builtins_module()->globals.preload({"object", "int", "float", "complex", "bool", "str", "bytes", "bytearray",
                                        "memoryview", "list", "dict", "set", "frozenset", "tuple", "type",
                                        "function", "slice", "ellipsis"});
  Builtins& b = builtins();
  b.object = p.builtin_class("object");
  b.int_ = p.builtin_class("int");
  b.float_ = p.builtin_class("float");
  b.complex_ = p.builtin_class("complex");
  b.bool_ = p.builtin_class("bool");
  b.str = p.builtin_class("str");
  b.bytes = p.builtin_class("bytes");
  b.bytearray = p.builtin_class("bytearray");
  b.memoryview = p.builtin_class("memoryview");
  b.list = p.builtin_class("list");
  b.dict = p.builtin_class("dict");
  b.set = p.builtin_class("set");
  b.frozenset = p.builtin_class("frozenset");
  b.tuple = p.builtin_class("tuple");
  b.type = p.builtin_class("type");
  b.function = p.builtin_class("function");
  b.slice = p.builtin_class("slice");
  b.ellipsis = p.builtin_class("ellipsis");
}

std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

namespace {

struct Job {
  int argc;
  char** argv;
  int status;
};

int run(int argc, char** argv);

void* run_job(void* p) {
  auto* job = static_cast<Job*>(p);
  job->status = run(job->argc, job->argv);
  return nullptr;
}

}  // namespace

// The checker walks the tree recursively: it runs on a thread with a large
// stack, so that a deeply nested expression (a chain of 100000 `+`) is no
// crash. (Only the stack pages touched are ever committed.)
int check_main(int argc, char** argv) {
  Job job{argc, argv, 2};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, std::size_t{1} << 30);
  pthread_t thread;
  if (pthread_create(&thread, &attr, run_job, &job) != 0) {
    pthread_attr_destroy(&attr);
    return run(argc, argv);
  }
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.status;
}

namespace {

int run(int argc, char** argv) {
  Options opts;
  int early = parse_options(argc, argv, &opts);
  if (early >= 0) return early;
  read_config(&opts);
  std::vector<std::string> files;
  std::string bad;
  if (!collect_files(opts, &files, &bad)) {
    std::cerr << "taipan check: can't read file '" << bad << "': No such file or directory\n";
    return 2;
  }
  if (files.empty()) {
    std::cerr << "There are no .py[i] files in directory '" << opts.targets[0] << "'\n";
    return 2;
  }
  Program prog;
  prog.typeshed = find_typeshed(opts.typeshed);
  if (prog.typeshed.empty()) {
    std::cerr << "taipan check: typeshed's stdlib stubs not found (install python3-mypy or set TAIPAN_TYPESHED)\n";
    return 2;
  }
  Reporter rep;
  rep.show_column = opts.show_column_numbers;
  rep.show_error_codes = !opts.hide_error_codes;
  std::vector<ModuleInfo*> modules;
  for (const std::string& f : files) {
    std::string base;
    std::string name = module_name(f, &base);
    bool known = false;
    for (auto& sp : prog.search_paths) known = known || sp == base;
    if (!known) prog.search_paths.push_back(base);
    ModuleInfo* m = prog.add_checked_file(f, name);
    m->flags = opts.strict;
    apply_inline_config(m->lines, &m->flags);
    modules.push_back(m);
  }
  // A file that does not parse stops everything, as in mypy.
  for (ModuleInfo* m : modules) {
    if (m->parsed.ok()) continue;
    const parser::SyntaxErrorInfo& e = *m->parsed.error;
    std::string msg = e.msg;
    // CPython's parser gives up on too deep nesting with a MemoryError.
    if (msg.empty()) msg = e.type == "MemoryError" ? "too deeply nested to parse (MemoryError)" : e.type;
    std::cout << m->path << ":" << (e.lineno > 0 ? e.lineno : 1);
    if (opts.show_column_numbers) std::cout << ":" << (e.offset > 0 ? e.offset : 1);
    std::cout << ": error: " << msg;
    if (!opts.hide_error_codes) std::cout << "  [syntax]";
    std::cout << "\n";
    if (!opts.no_error_summary) std::cout << "Found 1 error in 1 file (errors prevented further checking)\n";
    return 2;
  }
  if (prog.load_module("builtins") == nullptr) {
    std::cerr << "taipan check: builtins.pyi not found in " << prog.typeshed << "\n";
    return 2;
  }
  set_builtins(prog);
  prog.infer_var = [&rep](Symbol* s) { return Checker::for_module(s->module, &rep)->infer_symbol(s); };
  prog.apply_decorator = [&rep](const ast::Expr* d, const Type* fn, ModuleInfo* m, ClassInfo* owner) {
    return Checker::for_module(m, &rep)->apply_decorator(d, fn, owner);
  };
  for (ModuleInfo* m : modules) rep.add_file(m->path, m->lines);
  for (ModuleInfo* m : modules) Checker::for_module(m, &rep)->check();
  int errors = 0, error_files = 0;
  if (opts.ignore_missing_imports) rep.drop_code("import");
  rep.print(std::cout, files, &errors, &error_files);
  if (!opts.no_error_summary) {
    if (errors > 0) {
      std::cout << "Found " << plural(errors, "error") << " in " << plural(error_files, "file") << " (checked "
                << plural(static_cast<int>(files.size()), "source file") << ")\n";
    } else {
      std::cout << "Success: no issues found in " << plural(static_cast<int>(files.size()), "source file") << "\n";
    }
  }
  // Everything the run made (the stubs' trees, symbols, types) is left to
  // the system: freeing it piece by piece costs a tenth of a run.
  std::cout.flush();
  std::_Exit(errors > 0 ? 1 : 0);
}

}  // namespace

}  // namespace taipan::check
