// Built-in functions for text input and output: print, input and open, and
// exit/quit, the helpers CPython's site module adds for the prompt.
#include <string>

#include "modules/io.h"
#include "modules/sys.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// sep and end: None or a str.
bool text_option(const char* name, Value v, Value fallback, Value* out) {
  if (v.is_null() || v.is_none()) {
    *out = fallback;
    return true;
  }
  if (!is_str(v)) {
    raise(exc::TypeError, std::string(name) + " must be None or a string, not " + type_name_of(v));
    return false;
  }
  *out = v;
  return true;
}

Ref builtin_print(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sep_arg, end_arg, file, flush;
  for (int64_t i = 0; kwnames != nullptr && i < kwnames->size; ++i) {
    std::string_view k = str_utf8(kwnames->items[i].as<Str>());
    Value v = args[nargs + static_cast<size_t>(i)];
    if (k == "sep") {
      sep_arg = v;
    } else if (k == "end") {
      end_arg = v;
    } else if (k == "file") {
      file = v;
    } else if (k == "flush") {
      flush = v;
    } else {
      return raise(exc::TypeError, "'" + std::string(k) + "' is an invalid keyword argument for print()");
    }
  }
  static Str* space = intern(" ");
  static Str* newline = intern("\n");
  Value sep, end;
  if (!text_option("sep", sep_arg, Value::object(space), &sep) ||
      !text_option("end", end_arg, Value::object(newline), &end)) {
    return nullptr;
  }
  if (file.is_null() || file.is_none()) {
    file = sys_attr("stdout");
    if (file.is_null()) return raise(exc::RuntimeError, "lost sys.stdout");
    if (file.is_none()) return Ref::none();
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0 && io_write_text(file, sep) < 0) return nullptr;
    Ref text = is_exact_str(args[i]) ? Ref::borrow(args[i]) : str(args[i]);
    if (!text || io_write_text(file, text.get()) < 0) return nullptr;
  }
  if (io_write_text(file, end) < 0) return nullptr;
  if (!flush.is_null()) {
    int truth = is_true(flush);
    if (truth < 0) return nullptr;
    if (truth && !call_method(file, "flush", {})) return nullptr;
  }
  return Ref::none();
}

Ref builtin_input(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("input", kwnames)) return nullptr;
  if (nargs > 1) return raise(exc::TypeError, "input expected at most 1 argument, got " + std::to_string(nargs));
  Value in = sys_attr("stdin");
  Value out = sys_attr("stdout");
  if (in.is_null() || in.is_none()) return raise(exc::RuntimeError, "input(): lost sys.stdin");
  if (out.is_null() || out.is_none()) return raise(exc::RuntimeError, "input(): lost sys.stdout");
  Value err = sys_attr("stderr");
  if (!err.is_null() && !err.is_none() && !call_method(err, "flush", {})) clear_error();
  if (nargs == 1) {
    Ref prompt = str(args[0]);
    if (!prompt || io_write_text(out, prompt.get()) < 0) return nullptr;
  }
  if (!call_method(out, "flush", {})) clear_error();
  Ref line = call_method(in, "readline", {});
  if (!line) return nullptr;
  if (!is_str(line.get())) return raise(exc::TypeError, "object.readline() returned non-string");
  std::string_view text = str_utf8(line.as<Str>());
  if (text.empty()) return raise(exc::EOFError, "EOF when reading a line");
  if (text.back() == '\n') text.remove_suffix(1);
  return str_from_utf8(text);
}

// exit(code=None) / quit(code=None): closes stdin, as site's Quitter does,
// then raises SystemExit.
Ref builtin_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("exit", kwnames) || !check_arg_count("exit", nargs, 0, 1)) return nullptr;
  Value in = sys_attr("stdin");
  if (!in.is_null() && !in.is_none() && !call_method(in, "close", {})) clear_error();
  if (nargs == 0) return raise_empty(exc::SystemExit);
  return raise_with_arg(exc::SystemExit, args[0]);
}

}  // namespace

const MethodDef kBuiltinIOFunctions[] = {
    {"print", builtin_print, kMethodInstance,
     "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default."},
    {"input", builtin_input, kMethodInstance, "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped."},
    {"open", io_open, kMethodInstance, "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure."},
    {"exit", builtin_exit, kMethodInstance, "Use exit() or Ctrl-D (i.e. EOF) to exit"},
    {"quit", builtin_exit, kMethodInstance, "Use quit() or Ctrl-D (i.e. EOF) to exit"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan
