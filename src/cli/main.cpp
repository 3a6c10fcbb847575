// The `taipan` command: parses the command line as CPython's does, starts
// the interpreter and runs the main program (file, -c, -m or stdin).
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"
#include "cli/repl.h"
#include "runtime/interpreter.h"
#include "runtime/signals.h"
#include "runtime/version.h"

namespace {

constexpr const char* kUsage =
    "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

constexpr const char* kHelp =
    "Options (and corresponding environment variables):\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-I     : isolate from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements\n"
    "-P     : don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements)\n"
    "-V     : print the version number and exit (also --version)\n"
    "-W arg : warning control\n"
    "-X opt : set implementation-specific option\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

enum class MainKind { File, Command, Module, Stdin };

struct CommandLine {
  MainKind kind = MainKind::Stdin;
  std::string target;  // the file, command or module
  taipan::SysConfig config;
  std::vector<std::string> command_line_warnoptions;  // -W, in order
};

int usage_error(const std::string& message) {
  std::fprintf(stderr, "%s\n%sTry `taipan -h' for more information.\n", message.c_str(), kUsage);
  return 2;
}

// sys.executable as CPython computes it: argv[0] made absolute (symbolic
// links kept, so a link named python3.11 shows as such), or found on PATH
// when it has no slash; the running binary when neither works.
std::string executable_path(const char* argv0) {
  std::string name = argv0 != nullptr ? argv0 : "";
  if (name.find('/') != std::string::npos) {
    return std::filesystem::absolute(name).lexically_normal().string();
  }
  const char* path = std::getenv("PATH");
  std::string_view dirs = path != nullptr ? path : "";
  while (!name.empty() && !dirs.empty()) {
    size_t colon = dirs.find(':');
    std::string dir(dirs.substr(0, colon));
    dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return std::filesystem::absolute(candidate).lexically_normal().string();
  }
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) return std::string(buf, static_cast<size_t>(n));
  return name;
}

std::string script_folder(const std::string& path) {
  char resolved[PATH_MAX];
  std::string full = realpath(path.c_str(), resolved) != nullptr ? resolved : path;
  size_t slash = full.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : full.substr(0, slash);
}

bool is_directory(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::string current_folder() {
  char buf[PATH_MAX];
  return getcwd(buf, sizeof buf) != nullptr ? buf : "";
}

// sys.warnoptions as CPython orders them (lowest priority first): "default"
// in development mode (-X dev, PYTHONDEVMODE), PYTHONWARNINGS, then -W.
void apply_dev_mode_and_warnings(CommandLine* cl) {
  taipan::SysConfig& config = cl->config;
  bool use_env = !config.ignore_environment;
  const char* dev = use_env ? std::getenv("PYTHONDEVMODE") : nullptr;
  if (dev != nullptr && *dev != '\0') config.dev_mode = true;
  for (const std::string& x : config.xoptions) {
    if (x == "dev") config.dev_mode = true;
  }
  if (config.dev_mode) config.warnoptions.push_back("default");
  const char* env = use_env ? std::getenv("PYTHONWARNINGS") : nullptr;
  for (std::string_view rest = env != nullptr ? env : ""; !rest.empty();) {
    size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    if (!item.empty()) config.warnoptions.emplace_back(item);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  for (std::string& w : cl->command_line_warnoptions) config.warnoptions.push_back(std::move(w));
}

// Parses options up to the program; returns -1 to go on, else an exit status.
int parse(int argc, char** argv, CommandLine* cl) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--version") {
      std::printf("Taipan 0.1.0 (Python 3.11.7)\n");
      return 0;
    }
    if (arg == "--help" || arg == "--help-all") {
      std::printf("%s%s", kUsage, kHelp);
      return 0;
    }
    if (arg == "-" || arg.size() < 2 || arg[0] != '-') break;
    if (arg == "--") {
      ++i;
      break;
    }
    for (size_t j = 1; j < arg.size(); ++j) {
      char opt = arg[j];
      // Options that take an argument: the rest of this word, or the next one.
      if (opt == 'c' || opt == 'm' || opt == 'W' || opt == 'X') {
        std::string value;
        if (j + 1 < arg.size()) {
          value = arg.substr(j + 1);
        } else if (i + 1 < argc) {
          value = argv[++i];
        } else {
          return usage_error(std::string("Argument expected for the -") + opt + " option");
        }
        if (opt == 'c' || opt == 'm') {
          cl->kind = opt == 'c' ? MainKind::Command : MainKind::Module;
          cl->target = value;
          cl->config.argv.push_back(opt == 'c' ? "-c" : "-m");
          for (int k = i + 1; k < argc; ++k) cl->config.argv.push_back(argv[k]);
          return -1;
        }
        (opt == 'W' ? cl->command_line_warnoptions : cl->config.xoptions).push_back(value);
        break;
      }
      switch (opt) {
        case 'V': std::printf("Taipan %s (Python %s)\n", taipan::kTaipanVersion, taipan::kPythonVersion); return 0;
        case 'h': case '?': std::printf("%s%s", kUsage, kHelp); return 0;
        case 'i': cl->config.inspect = true; break;
        case 'I':
          cl->config.isolated = true;
          cl->config.safe_path = true;
          cl->config.ignore_environment = true;
          cl->config.no_user_site = true;
          break;
        case 'P': cl->config.safe_path = true; break;
        case 'O': ++cl->config.optimize; break;
        case 'v': ++cl->config.verbose; break;
        case 'q': cl->config.quiet = true; break;
        case 'E': cl->config.ignore_environment = true; break;
        case 's': cl->config.no_user_site = true; break;
        case 'S': cl->config.no_site = true; break;
        case 'B': cl->config.dont_write_bytecode = true; break;
        case 'u': cl->config.unbuffered = true; break;
        case 'b': case 'd': case 'x': break;
        default: return usage_error(std::string("Unknown option: -") + opt);
      }
    }
  }
  if (i < argc && std::strcmp(argv[i], "-") != 0) {
    cl->kind = MainKind::File;
    cl->target = argv[i];
  }
  for (int k = i; k < argc; ++k) cl->config.argv.push_back(argv[k]);
  if (cl->config.argv.empty()) cl->config.argv.push_back("");
  return -1;
}

// Where CPython's standard library lives: TAIPANHOME (unless -E), else the
// prefix the build recorded.
std::string library_prefix(const taipan::SysConfig& config) {
  const char* home = config.ignore_environment ? nullptr : std::getenv("TAIPANHOME");
  return home != nullptr && *home != '\0' ? home : taipan::kDefaultPrefix;
}

}  // namespace

int main(int argc, char** argv) {
  // `taipan check ...`: the static type checker; no interpreter starts.
  if (argc >= 2 && std::strcmp(argv[1], "check") == 0) return taipan::check::check_main(argc - 2, argv + 2);
  CommandLine cl;
  int early = parse(argc, argv, &cl);
  if (early >= 0) return early;
  cl.config.executable = executable_path(argv[0]);
  cl.config.prefix = library_prefix(cl.config);
  const char* no_bytecode = cl.config.ignore_environment ? nullptr : std::getenv("PYTHONDONTWRITEBYTECODE");
  if (no_bytecode != nullptr && *no_bytecode != '\0') cl.config.dont_write_bytecode = true;
  const char* unbuffered = cl.config.ignore_environment ? nullptr : std::getenv("PYTHONUNBUFFERED");
  if (unbuffered != nullptr && *unbuffered != '\0') cl.config.unbuffered = true;
  apply_dev_mode_and_warnings(&cl);
  switch (cl.kind) {
    case MainKind::File: cl.config.path0 = is_directory(cl.target) ? cl.target : script_folder(cl.target); break;
    case MainKind::Module: cl.config.path0 = current_folder(); break;
    case MainKind::Command: case MainKind::Stdin: cl.config.path0 = ""; break;
  }
  if (taipan::interpreter_init(cl.config) < 0) return 1;
  int status = 0;
  switch (cl.kind) {
    case MainKind::File: status = taipan::run_main_file(cl.target); break;
    case MainKind::Command: status = taipan::run_main_command(cl.target); break;
    case MainKind::Module: status = taipan::run_main_module(cl.target); break;
    case MainKind::Stdin:
      status = isatty(STDIN_FILENO) == 1 || cl.config.inspect ? taipan::run_repl(!cl.config.quiet)
                                                                : taipan::run_main_stdin();
      break;
  }
  // -i: the prompt after the program, unless it called sys.exit().
  if (cl.config.inspect && cl.kind != MainKind::Stdin && status != taipan::kExitInterrupted) {
    status = taipan::run_repl(false);
  }
  bool interrupted = status == taipan::kExitInterrupted;
  status = taipan::interpreter_finalize(interrupted ? 0 : status);
  if (interrupted) taipan::exit_by_sigint();
  return status;
}
