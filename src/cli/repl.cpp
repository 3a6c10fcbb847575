// The interactive prompt: ">>> " and "... " prompts (through libedit on a
// terminal), statements gathered until they compile or are visibly
// unfinished, each run in __main__ in "single" mode so that expression
// values go through sys.displayhook.
#include "cli/repl.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include <editline/readline.h>

#include "compiler/compile.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/version.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/interrupts.h"

namespace taipan {

namespace {

// One line of input without its newline; false at end of input.
bool read_line(const char* prompt, bool terminal, std::string* out) {
  if (terminal) {
    char* line = readline(prompt);
    if (line == nullptr) return false;
    *out = line;
    if (*line != '\0') add_history(line);
    std::free(line);
    return true;
  }
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  return static_cast<bool>(std::getline(std::cin, *out));
}

// A SyntaxError that more lines could fix.
bool is_incomplete(Value error) {
  if (!type_is_subtype(type_of(error), exc::SyntaxError)) return false;
  Value msg = error.as<SyntaxErrorObject>()->msg;
  if (!is_str(msg)) return false;
  std::string_view m = str_utf8(msg.as<Str>());
  for (std::string_view marker : {"was never closed", "unexpected EOF", "expected an indented block",
                                  "unterminated triple-quoted string", "unexpected end of file"}) {
    if (m.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

bool opens_block(const std::string& line) {
  size_t end = line.find_last_not_of(" \t");
  return end != std::string::npos && line[end] == ':';
}

// Runs a compiled statement (null: its SyntaxError is pending) and reports
// errors; returns an exit status to stop with (SystemExit), or -1.
int run_statement(Ref code) {
  if (code) {
    Dict* globals = module_dict(main_module());
    if (eval_code(code.as<Code>(), globals, Value::object(globals))) return -1;
  }
  if (error_matches(exc::SystemExit)) return exit_status_of_pending_exception();
  exit_status_of_pending_exception();  // prints the traceback
  return -1;
}

// The prompt sys.ps1 / sys.ps2 asks for (str() of whatever it holds); the
// REPL sets them to ">>> " and "... " unless the program already has.
std::string prompt(const char* name, const char* initial) {
  Value v = sys_attr(name);
  if (v.is_null()) {
    Ref text = str_from_utf8(initial);
    if (text && setattr(sys_module(), intern(name), text.get()) == 0) return initial;
    clear_error();
    return initial;
  }
  Ref text = str(v);
  if (!text) {
    clear_error();
    return initial;
  }
  return str_to_std(text.as<Str>());
}

}  // namespace

int run_repl(bool show_banner) {
  bool terminal = isatty(STDIN_FILENO) == 1;
  if (show_banner) {
    std::fprintf(stderr,
                 "Taipan %s (Python %s) on linux\n"
                 "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                 kTaipanVersion, kPythonVersion);
  }
  prompt("ps1", ">>> ");  // interactive mode defines both, as CPython does
  prompt("ps2", "... ");
  std::string buffer;
  bool in_block = false;
  std::string line;
  for (;;) {
    bool more = !buffer.empty();
    std::string text = more ? prompt("ps2", "... ") : prompt("ps1", ">>> ");
    if (!read_line(text.c_str(), terminal, &line)) {
      if (!terminal) std::fputc('\n', stderr);
      if (!buffer.empty()) {
        int status = run_statement(compile_source(buffer, "<stdin>", CompileMode::Single));
        if (status >= 0) return status;
      }
      return 0;
    }
    if (interrupt_pending() && handle_interrupt() < 0) {
      clear_error();
      std::fputs("\nKeyboardInterrupt\n", stderr);
      buffer.clear();
      in_block = false;
      continue;
    }
    if (buffer.empty() && line.find_first_not_of(" \t") == std::string::npos) continue;
    bool blank = line.find_first_not_of(" \t") == std::string::npos;
    buffer += line + "\n";
    if (buffer == line + "\n") in_block = opens_block(line);
    if (in_block && !blank) continue;
    Ref code = compile_source(buffer, "<stdin>", CompileMode::Single);
    if (!code && !blank && is_incomplete(current_error())) {
      clear_error();
      continue;
    }
    int status = run_statement(std::move(code));
    buffer.clear();
    in_block = false;
    if (status >= 0) return status;
  }
}

}  // namespace taipan
