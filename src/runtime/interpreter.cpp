// Start-up (types in dependency order, exceptions, builtins, sys, __main__),
// running the main program, exit statuses and shutdown.
#include "runtime/interpreter.h"

#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "compiler/code.h"
#include "modules/io.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/hash_bytes.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/signals.h"
#include "runtime/version.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/gil.h"
#include "vm/sampling_profiler.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace taipan {

namespace {

Value g_main_module;

// Every built-in type, in dependency order: object and type first, then the
// types others are built from (str, tuple, dict), then the rest.
int (*const kTypeInits[])() = {
    init_type_and_object, init_str_type,       init_tuple_type,     init_dict_type,
    init_list_type,       init_int_type,       init_float_type,     init_complex_type,
    init_singleton_types, init_descriptor_types, init_bytes_type,   init_bytearray_type,
    init_memoryview_type, init_set_types,      init_range_type,     init_slice_type,
    init_iterator_types,  init_module_type,    init_code_type,      init_function_type,
    init_method_type,     init_cell_type,      init_frame_type,     init_traceback_type,
    init_generator_types, init_exceptions,      init_import,         init_namespace_type,
};

void report_startup_failure(const char* what) {
  std::fprintf(stderr, "taipan: fatal error during start-up: %s\n", what);
  if (error_occurred()) {
    Ref e = fetch_error();
    print_exception(e.get(), Value());
  }
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[PATH_MAX];
  if (getcwd(buf, sizeof buf) == nullptr) return path;
  std::string cwd = buf;
  return path.empty() ? cwd : cwd + "/" + path;
}

Ref make_main_module() {
  Ref main = module_new("__main__");
  if (!main) return nullptr;
  if (module_add(main.get(), "__builtins__", builtins_module()) < 0) return nullptr;
  if (dict_set_str(sys_modules().as<Dict>(), "__main__", main.get()) < 0) return nullptr;
  return main;
}

// The exit status of a SystemExit: its code (None: 0; an int: that int;
// anything else is printed to stderr and gives 1).
int exit_status_of_system_exit(Value e) {
  Value code = e.as<SystemExitObject>()->code;
  if (code.is_null() || code.is_none()) return 0;
  if (is_int(code)) {
    int64_t status;
    if (!int_to_int64(code, &status)) return -1;
    return static_cast<int>(status);
  }
  Value err = sys_attr("stderr");
  Ref text = str(code);
  Ref newline = str_from_utf8("\n");
  if (text && newline && !err.is_null() && !err.is_none() && io_write_text(err, text.get()) == 0 &&
      io_write_text(err, newline.get()) == 0) {
    return 1;
  }
  clear_error();
  if (text) std::fprintf(stderr, "%s\n", str_to_std(text.as<Str>()).c_str());
  return 1;
}

void call_excepthook(Value e) {
  Value hook = sys_attr("excepthook");
  if (!hook.is_null() && !hook.is_none()) {
    Value tb = e.as<BaseException>()->traceback;
    Ref r = call(hook, {Value::object(type_of(e)), e, tb.is_null() ? Value::none() : tb});
    if (r) return;
    Ref hook_error = fetch_error();
    std::fputs("Error in sys.excepthook:\n", stderr);
    print_exception(hook_error.get(), Value());
    std::fputs("\nOriginal exception was:\n", stderr);
  } else {
    std::fputs("sys.excepthook is missing\n", stderr);
  }
  print_exception(e, Value());
}

bool read_file(const std::string& path, std::string* out, int* error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = errno;
    return false;
  }
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::fclose(f);
  return true;
}

int run_in_main(std::string_view source, const std::string& path) {
  Ref r = exec_source_in_module(source, path, g_main_module);
  return r ? 0 : exit_status_of_pending_exception();
}

// As CPython's shutdown: a stream that is closed (or cannot say) is left
// alone; a failed flush of stdout is reported as unraisable (once: a second
// failure of the same data is quiet), and either failure makes the exit
// status 120.
void flush_stream(const char* name, bool* failed) {
  Value f = sys_attr(name);
  if (f.is_null() || f.is_none()) return;
  Ref closed = getattr(f, intern("closed"));
  if (!closed || is_true(*closed) != 0) {
    if (error_occurred()) clear_error();
    return;
  }
  if (!call_method(f, "flush", {})) {
    bool report = std::strcmp(name, "stdout") == 0 && failed != nullptr && !*failed;
    if (failed != nullptr) *failed = true;
    if (report) {
      write_unraisable(f);
    } else {
      clear_error();
    }
  }
}

// Sets __main__'s globals to None as CPython's shutdown does for a module
// that is still alive (names starting with one underscore first).
void clear_main_module() {
  if (g_main_module.is_null()) return;
  Dict* d = module_dict(g_main_module);
  for (int pass = 0; pass < 2; ++pass) {
    int64_t pos = 0;
    Value key, value;
    std::vector<Ref> keys;
    while (dict_next(d, &pos, &key, &value)) {
      if (!is_str(key)) continue;
      std::string_view name = str_utf8(key.as<Str>());
      if (name == "__builtins__") continue;
      bool underscore = name.size() > 0 && name[0] == '_' && (name.size() < 2 || name[1] != '_');
      if (pass == 0 && !underscore) continue;
      keys.push_back(Ref::borrow(key));
    }
    for (const Ref& k : keys) {
      if (dict_set(d, k.get(), Value::none()) < 0) clear_error();
    }
  }
}

// Lets __main__ go as CPython's shutdown does: it leaves sys.modules, and
// what it held is freed or collected with its globals still in place, so
// finalisers see them; only a module that something else keeps alive has
// its globals cleared first.
void release_main_module() {
  if (g_main_module.is_null()) return;
  Value modules = sys_modules();
  Str* main_name = INTERNED("__main__");
  if (is_dict(modules) && dict_get_str(modules.as<Dict>(), main_name) == g_main_module &&
      dict_del(modules.as<Dict>(), Value::object(main_name)) < 0) {
    clear_error();
  }
  if (g_main_module.as_object()->refcnt > 1) {
    gc_collect();
    if (g_main_module.as_object()->refcnt > 1) clear_main_module();
  }
  Value main = g_main_module;
  g_main_module = Value();
  decref(main);
  gc_collect();
}

// CPython's wait_for_thread_shutdown: when threading was imported, its
// _shutdown() joins every non-daemon thread.
void wait_for_thread_shutdown() {
  Value modules = sys_modules();
  if (!is_dict(modules)) return;
  Value threading = dict_get_str(modules.as<Dict>(), intern("threading"));
  if (threading.is_null() || threading.is_none()) return;
  if (!call_method(threading, "_shutdown", {})) write_unraisable(threading);
}

}  // namespace

namespace {

// -X faulthandler, PYTHONFAULTHANDLER or development mode, as CPython.
bool wants_faulthandler(const SysConfig& config) {
  if (config.dev_mode) return true;
  for (const std::string& x : config.xoptions) {
    if (x == "faulthandler") return true;
  }
  const char* env = config.ignore_environment ? nullptr : std::getenv("PYTHONFAULTHANDLER");
  return env != nullptr && *env != '\0';
}

bool enable_faulthandler() {
  Ref module = import_module("faulthandler");
  return module && call_method(*module, "enable", {});
}

// The traceback limit -X tracemalloc[=N] or PYTHONTRACEMALLOC=N asks for
// (0: not tracing; -1 after reporting an invalid number as CPython does).
int64_t tracemalloc_frames(const SysConfig& config) {
  auto parse = [](const std::string& text, const char* what) -> int64_t {
    char* end = nullptr;
    long n = std::strtol(text.c_str(), &end, 10);
    if (!text.empty() && *end == '\0' && n >= 0 && n <= 65535) return n;
    std::fprintf(stderr,
                 "Fatal Python error: config_init_tracemalloc: %s: invalid number of frames\n"
                 "Python runtime state: preinitialized\n\n",
                 what);
    return -1;
  };
  int64_t frames = 0;
  const char* env = config.ignore_environment ? nullptr : std::getenv("PYTHONTRACEMALLOC");
  if (env != nullptr && *env != '\0') frames = parse(env, "PYTHONTRACEMALLOC");
  for (const std::string& x : config.xoptions) {
    if (frames < 0) break;
    if (x == "tracemalloc") frames = 1;
    if (x.rfind("tracemalloc=", 0) == 0) frames = parse(x.substr(12), "-X tracemalloc=NFRAME");
  }
  return frames;
}

bool start_tracemalloc(int64_t frames) {
  Ref module = import_module("_tracemalloc");
  return module && call_method(*module, "start", {Value::small_int(frames)});
}

}  // namespace

int interpreter_init(const SysConfig& config) {
  std::string library = config.prefix + kLibrarySubdir;
  if (access((library + "/os.py").c_str(), R_OK) != 0) {
    std::fprintf(stderr,
                 "taipan: CPython %d.%d's standard library is not in %s: install Debian's libpython%d.%d-stdlib "
                 "(apt-get install libpython%d.%d-stdlib) or set TAIPANHOME to its prefix\n",
                 kPythonMajor, kPythonMinor, library.c_str(), kPythonMajor, kPythonMinor, kPythonMajor, kPythonMinor);
    return -1;
  }
  std::string hash_error;
  if (!hash_secret_init(&hash_error)) {
    std::fprintf(stderr, "Fatal Python error: config_init_hash_seed: %s\nPython runtime state: preinitialized\n\n",
                 hash_error.c_str());
    return -1;
  }
  t_thread_state = thread_state_new();
  t_thread_state->ident = static_cast<uint64_t>(pthread_self());
  for (auto init : kTypeInits) {
    if (init() < 0) {
      report_startup_failure("a built-in type failed to initialise");
      return -1;
    }
  }
  Ref builtins = make_builtins_module();
  if (!builtins) {
    report_startup_failure("cannot make the builtins module");
    return -1;
  }
  set_default_builtins(module_dict(builtins.get()));
  Ref sys = make_sys_module(config);
  if (!sys || dict_set_str(sys_modules().as<Dict>(), "builtins", builtins.get()) < 0) {
    report_startup_failure("cannot make the sys module");
    return -1;
  }
  Ref main = make_main_module();
  if (!main) {
    report_startup_failure("cannot make the __main__ module");
    return -1;
  }
  g_main_module = main.release();
  install_signal_handlers();
  if (wants_faulthandler(config) && !enable_faulthandler()) {
    report_startup_failure("cannot enable faulthandler");
    return -1;
  }
  if (int64_t frames = tracemalloc_frames(config); frames < 0 || (frames > 0 && !start_tracemalloc(frames))) {
    if (frames > 0) report_startup_failure("cannot start tracemalloc");
    return -1;
  }
  // CPython's site adds dist-packages to sys.path and exit(), quit(), help
  // to builtins, as `import site` does at CPython's start-up (not with -S).
  if (!config.no_site && !import_module("site")) {
    report_startup_failure("cannot import the site module");
    return -1;
  }
  // As CPython, warning options are applied by importing warnings at start-up.
  if (!config.warnoptions.empty() && !import_module("warnings")) {
    report_startup_failure("cannot import the warnings module");
    return -1;
  }
  gc_restart_counts();
  return profiler_start_from_options(config.xoptions);
}

int interpreter_finalize(int status) {
  wait_for_thread_shutdown();
  run_atexit_callbacks();
  // Daemon threads stop for good when they next ask for the GIL.
  gil_begin_finalization();
  bool stdout_failed = false, stderr_failed = false;
  flush_stream("stdout", &stdout_failed);
  flush_stream("stderr", &stderr_failed);
  profiler_finish();
  gc_collect();  // finalisers of garbage cycles run while modules are intact, as in CPython
  release_main_module();
  flush_stream("stdout", &stdout_failed);
  flush_stream("stderr", &stderr_failed);
  io_flush_all_files();
  if (error_occurred()) clear_error();
  return (stdout_failed || stderr_failed) && status == 0 ? 120 : status;
}

int exit_status_of_pending_exception() {
  Ref e = fetch_error();
  if (!e) return 0;
  if (type_is_subtype(type_of(e.get()), exc::SystemExit)) return exit_status_of_system_exit(e.get());
  flush_stream("stdout", nullptr);
  call_excepthook(e.get());
  flush_stream("stderr", nullptr);
  if (type_is_subtype(type_of(e.get()), exc::KeyboardInterrupt)) return kExitInterrupted;
  return 1;
}

namespace {

// Runs module `name` as __main__ through runpy's _run_module_as_main, as
// CPython's start-up runs `-m NAME` (alter_argv: sys.argv[0] becomes the
// module's file) and a directory or archive holding a __main__.py (its
// folder is first on sys.path, as main.cpp sets it). runpy reports a
// missing module itself, with SystemExit's message and status 1.
int run_main_with_runpy(const std::string& name, bool alter_argv) {
  Ref runpy = import_module("runpy");
  Ref module = runpy ? str_from_utf8(name) : nullptr;
  Ref r = module ? call_method(runpy.get(), "_run_module_as_main", {module.get(), Value::boolean(alter_argv)})
                 : nullptr;
  return r ? 0 : exit_status_of_pending_exception();
}

}  // namespace

int run_main_file(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) return run_main_with_runpy("__main__", false);
  std::string absolute = absolute_path(path);
  std::string source;
  int error = 0;
  if (!read_file(path, &source, &error)) {
    std::fprintf(stderr, "taipan: can't open file '%s': [Errno %d] %s\n", absolute.c_str(), error,
                 std::strerror(error));
    return 2;
  }
  return run_in_main(source, absolute);
}

int run_main_command(const std::string& command) { return run_in_main(command, "<string>"); }

int run_main_module(const std::string& module) { return run_main_with_runpy(module, true); }

int run_main_stdin() {
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  Ref r = exec_source_in_module(buffer.str(), "<stdin>", g_main_module);
  return r ? 0 : exit_status_of_pending_exception();
}

Value main_module() { return g_main_module; }

}  // namespace taipan
