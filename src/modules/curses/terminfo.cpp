// _curses's terminfo functions: setupterm, tigetstr, tigetnum, tigetflag,
// tparm and putp. They need setupterm (or initscr) first, not a screen.
#include <cstdio>
#include <string>
#include <string_view>

#include "modules/c_int_arg.h"
#include "modules/posix/posix_args.h"
#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "modules/curses/curses.h"
// Last: it defines a macro for every capability name (lines, columns, bell ...).
#include <term.h>

namespace taipan::curses {

namespace {

Ref curses_setupterm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"term", "fd"};
  static const ArgSpec kSpec{"setupterm", kNames, 2, 0, 0};
  Value a[2];
  if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
  std::string term;
  bool has_term = !a[0].is_null() && !a[0].is_none();
  if (has_term) {
    if (!is_str(a[0])) {
      return raise(exc::TypeError, std::string("setupterm() argument 'term' must be str or None, not ") +
                                       type_name_of(a[0]));
    }
    term = str_to_std(a[0].as<Str>());
    if (term.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null character");
  }
  int fd = -1;
  if (!a[1].is_null() && !c_int_arg(a[1], &fd)) return nullptr;
  if (fd == -1) {
    Value out = sys_attr("stdout");
    if (out.is_null() || out.is_none()) return raise_error("lost sys.stdout");
    if (!posix::object_fd(out, &fd)) return nullptr;
  }
  if (!setupterm_called) {
    int err = 0;
    if (setupterm(has_term ? term.c_str() : nullptr, fd, &err) == ERR) {
      return raise_error(err == 0    ? "setupterm: could not find terminal"
                         : err == -1 ? "setupterm: could not find terminfo database"
                                     : "setupterm: unknown error");
    }
    setupterm_called = true;
  }
  return Ref::none();
}

// The capability name of tigetstr and its kind.
bool capname_arg(const char* function, const Value* args, size_t nargs, Tuple* kwnames, std::string* out) {
  Value a[1];
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, std::string("_curses.") + function + "() takes no keyword arguments");
    return false;
  }
  if (nargs != 1) {
    raise(exc::TypeError, std::string("_curses.") + function + "() takes exactly one argument (" +
                              std::to_string(nargs) + " given)");
    return false;
  }
  a[0] = args[0];
  if (!is_str(a[0])) {
    raise(exc::TypeError, std::string(function) + "() argument must be str, not " + type_name_of(a[0]));
    return false;
  }
  *out = str_to_std(a[0].as<Str>());
  if (out->find('\0') != std::string::npos) {
    raise(exc::ValueError, "embedded null character");
    return false;
  }
  return require_setupterm();
}

Ref curses_tigetstr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string cap;
  if (!capname_arg("tigetstr", args, nargs, kwnames, &cap)) return nullptr;
  char* value = tigetstr(cap.c_str());
  if (value == nullptr || value == reinterpret_cast<char*>(-1)) return Ref::none();
  return bytes_from_string(value);
}

Ref curses_tigetnum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string cap;
  if (!capname_arg("tigetnum", args, nargs, kwnames, &cap)) return nullptr;
  return int_from_int64(tigetnum(cap.c_str()));
}

Ref curses_tigetflag(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string cap;
  if (!capname_arg("tigetflag", args, nargs, kwnames, &cap)) return nullptr;
  return int_from_int64(tigetflag(cap.c_str()));
}

// True when the pattern reads a parameter as a string (%s, %l): tparm would
// take the int given for it as a pointer (CPython crashes there).
bool reads_string_parameter(const std::string& pattern) {
  for (size_t i = 0; i + 1 < pattern.size(); ++i) {
    if (pattern[i] != '%') continue;
    size_t j = i + 1;
    if (pattern[j] == '%') {
      i = j;
      continue;
    }
    if (pattern[j] == ':') ++j;
    while (j < pattern.size() && std::string_view("-+# .0123456789").find(pattern[j]) != std::string_view::npos) ++j;
    if (j < pattern.size() && (pattern[j] == 's' || pattern[j] == 'l')) return true;
    i = j - 1;  // what follows the flags (an operator's next '%' too) is read again
  }
  return false;
}

Ref curses_tparm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[10];
  if (!parse_tuple("tparm", 1, 10, args, nargs, kwnames, a)) return nullptr;
  Buffer text;
  if (!require_buffer(a[0], &text)) return nullptr;
  std::string pattern(text.data);
  if (pattern.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
  long p[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
  for (size_t i = 1; i < nargs; ++i) {
    int n;
    if (!int_arg(a[i], &n)) return nullptr;
    p[i - 1] = n;
  }
  if (!require_setupterm()) return nullptr;
  if (reads_string_parameter(pattern)) return raise_error("tparm() cannot pass string parameters");
  char* result = tparm(pattern.c_str(), p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
  if (result == nullptr) return raise_error("tparm() returned NULL");
  return bytes_from_string(result);
}

Ref curses_putp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  Buffer text;
  if (!parse_tuple("putp", 1, 1, args, nargs, kwnames, a) || !require_buffer(a[0], &text)) return nullptr;
  std::string s(text.data);
  if (s.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null byte");
  int result = putp(s.c_str());
  std::fflush(stdout);  // written now, as CPython's putp output is, before later prints
  return check_err(result, "putp");
}

}  // namespace

const MethodDef kTerminfoFunctions[] = {
    {"setupterm", curses_setupterm, kMethodInstance, "Initialize the terminal."},
    {"tigetstr", curses_tigetstr, kMethodInstance, "Return the value of the string capability capname."},
    {"tigetnum", curses_tigetnum, kMethodInstance, "Return the value of the numeric capability capname."},
    {"tigetflag", curses_tigetflag, kMethodInstance, "Return the value of the Boolean capability capname."},
    {"tparm", curses_tparm, kMethodInstance, "Instantiate the specified byte string with the supplied parameters."},
    {"putp", curses_putp, kMethodInstance, "Emit the value of a specified terminfo capability for the current terminal."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan::curses
