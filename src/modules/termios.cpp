// termios: terminal attributes — tcgetattr/tcsetattr as CPython's 7-item
// lists, tcsendbreak, tcdrain, tcflush, tcflow, tcgetwinsize/tcsetwinsize,
// termios.error and the constants of Linux.
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Value g_termios_error;  // termios.error (owned for the process's life)

Ref termios_error() {
  int err = errno;
  Ref message = str_from_utf8(std::strerror(err));
  if (!message) return nullptr;
  Ref exc = call(g_termios_error, {Value::small_int(err), *message});
  if (!exc) return nullptr;
  return raise_value(*exc);
}

// The descriptor argument and the fixed int arguments after it.
bool fd_and_ints(const char* function, const Value* args, size_t nargs, Tuple* kwnames, int count, int* fd,
                 int* ints) {
  static const char* const kNames[] = {"", "", "", ""};
  const ArgSpec spec{function, kNames, count + 1, count + 1, count + 1};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a) || !posix::object_fd(a[0], fd)) return false;
  for (int i = 0; i < count; ++i) {
    if (!posix::int_arg(a[i + 1], &ints[i])) return false;
  }
  return true;
}

Ref termios_tcgetattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!fd_and_ints("tcgetattr", args, nargs, kwnames, 0, &fd, nullptr)) return nullptr;
  termios t;
  if (::tcgetattr(fd, &t) < 0) return termios_error();
  Ref cc = Ref::steal(list_new(0));
  for (int i = 0; i < NCCS; ++i) {
    char c = static_cast<char>(t.c_cc[i]);
    Ref item = bytes_from_string(std::string_view(&c, 1));
    if (!item || list_append(cc.as<List>(), *item) < 0) return nullptr;
  }
  if ((t.c_lflag & ICANON) == 0) {
    Ref vmin = int_from_int64(t.c_cc[VMIN]), vtime = int_from_int64(t.c_cc[VTIME]);
    if (setitem(*cc, Value::small_int(VMIN), *vmin) < 0 || setitem(*cc, Value::small_int(VTIME), *vtime) < 0) {
      return nullptr;
    }
  }
  Ref fields[] = {int_from_uint64(t.c_iflag), int_from_uint64(t.c_oflag), int_from_uint64(t.c_cflag),
                  int_from_uint64(t.c_lflag), int_from_uint64(::cfgetispeed(&t)), int_from_uint64(::cfgetospeed(&t))};
  Ref result = Ref::steal(list_new(0));
  for (const Ref& f : fields) {
    if (!f || list_append(result.as<List>(), *f) < 0) return nullptr;
  }
  if (list_append(result.as<List>(), *cc) < 0) return nullptr;
  return result;
}

bool flag_value(Value v, tcflag_t* out) {
  int64_t n;
  Ref i = index(v);
  if (!i || !int_to_int64(*i, &n)) return false;
  *out = static_cast<tcflag_t>(n);
  return true;
}

Ref termios_tcsetattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", "", ""};
  static const ArgSpec kSpec{"tcsetattr", kNames, 3, 3, 3};
  Value a[3];
  int fd, when;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd) || !posix::int_arg(a[1], &when)) {
    return nullptr;
  }
  if (!is_list(a[2]) || a[2].as<List>()->size != 7) {
    return raise(exc::TypeError, "tcsetattr, arg 3: must be 7 element list");
  }
  List* attrs = a[2].as<List>();
  termios t;
  if (::tcgetattr(fd, &t) < 0) return termios_error();
  tcflag_t flags[6];
  for (int i = 0; i < 6; ++i) {
    if (!flag_value(attrs->items[i], &flags[i])) return nullptr;
  }
  Value cc = attrs->items[6];
  if (!is_list(cc) || cc.as<List>()->size != NCCS) {
    return raise(exc::TypeError, "tcsetattr: attributes[6] must be " + std::to_string(NCCS) + " element list");
  }
  t.c_iflag = flags[0];
  t.c_oflag = flags[1];
  t.c_cflag = flags[2];
  t.c_lflag = flags[3];
  for (int i = 0; i < NCCS; ++i) {
    Value c = cc.as<List>()->items[i];
    if (is_bytes(c) && bytes_view(c.as<Bytes>()).size() == 1) {
      t.c_cc[i] = static_cast<cc_t>(bytes_view(c.as<Bytes>())[0]);
    } else if (is_int(c)) {
      t.c_cc[i] = static_cast<cc_t>(as_int64(c));
    } else {
      return raise(exc::TypeError, "tcsetattr: elements of attributes must be characters or integers");
    }
  }
  if (::cfsetispeed(&t, static_cast<speed_t>(flags[4])) < 0 || ::cfsetospeed(&t, static_cast<speed_t>(flags[5])) < 0 ||
      ::tcsetattr(fd, when, &t) < 0) {
    return termios_error();
  }
  return Ref::none();
}

Ref termios_tcsendbreak(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd, duration;
  if (!fd_and_ints("tcsendbreak", args, nargs, kwnames, 1, &fd, &duration)) return nullptr;
  if (::tcsendbreak(fd, duration) < 0) return termios_error();
  return Ref::none();
}

Ref termios_tcdrain(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!fd_and_ints("tcdrain", args, nargs, kwnames, 0, &fd, nullptr)) return nullptr;
  if (::tcdrain(fd) < 0) return termios_error();
  return Ref::none();
}

Ref termios_tcflush(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd, queue;
  if (!fd_and_ints("tcflush", args, nargs, kwnames, 1, &fd, &queue)) return nullptr;
  if (::tcflush(fd, queue) < 0) return termios_error();
  return Ref::none();
}

Ref termios_tcflow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd, action;
  if (!fd_and_ints("tcflow", args, nargs, kwnames, 1, &fd, &action)) return nullptr;
  if (::tcflow(fd, action) < 0) return termios_error();
  return Ref::none();
}

Ref termios_tcgetwinsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  int fd;
  if (!fd_and_ints("tcgetwinsize", args, nargs, kwnames, 0, &fd, nullptr)) return nullptr;
  winsize w{};
  if (::ioctl(fd, TIOCGWINSZ, &w) < 0) return termios_error();
  return tuple_pack({Value::small_int(w.ws_row), Value::small_int(w.ws_col)});
}

Ref termios_tcsetwinsize(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"", ""};
  static const ArgSpec kSpec{"tcsetwinsize", kNames, 2, 2, 2};
  Value a[2];
  int fd;
  if (!bind_args(kSpec, args, nargs, kwnames, a) || !posix::object_fd(a[0], &fd)) return nullptr;
  Ref items = tuple_from_iterable(a[1]);
  if (!items || items.as<Tuple>()->size != 2) {
    clear_error();
    return raise(exc::TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
  }
  winsize w{};
  if (::ioctl(fd, TIOCGWINSZ, &w) < 0) return termios_error();
  int rows, cols;
  if (!posix::int_arg(items.as<Tuple>()->items[0], &rows) || !posix::int_arg(items.as<Tuple>()->items[1], &cols)) {
    return nullptr;
  }
  w.ws_row = static_cast<unsigned short>(rows);
  w.ws_col = static_cast<unsigned short>(cols);
  if (::ioctl(fd, TIOCSWINSZ, &w) < 0) return termios_error();
  return Ref::none();
}

const MethodDef kTermiosFunctions[] = {
    {"tcgetattr", termios_tcgetattr, kMethodInstance, "Get the tty attributes for file descriptor fd."},
    {"tcsetattr", termios_tcsetattr, kMethodInstance, "Set the tty attributes for file descriptor fd."},
    {"tcsendbreak", termios_tcsendbreak, kMethodInstance, "Send a break on file descriptor fd."},
    {"tcdrain", termios_tcdrain, kMethodInstance, "Wait until all output written to file descriptor fd has been transmitted."},
    {"tcflush", termios_tcflush, kMethodInstance, "Discard queued data on file descriptor fd."},
    {"tcflow", termios_tcflow, kMethodInstance, "Suspend or resume input or output on file descriptor fd."},
    {"tcgetwinsize", termios_tcgetwinsize, kMethodInstance, "Get the tty winsize for file descriptor fd."},
    {"tcsetwinsize", termios_tcsetwinsize, kMethodInstance, "Set the tty winsize for file descriptor fd."},
    {nullptr, nullptr, 0, nullptr},
};

struct IntConstant {
  const char* name;
  int64_t value;
};

const IntConstant kTermiosConstants[] = {
    {"B0", B0}, {"B1000000", B1000000}, {"B110", B110}, {"B115200", B115200}, {"B1152000", B1152000},
    {"B1200", B1200}, {"B134", B134}, {"B150", B150}, {"B1500000", B1500000}, {"B1800", B1800},
    {"B19200", B19200}, {"B200", B200}, {"B2000000", B2000000}, {"B230400", B230400}, {"B2400", B2400},
    {"B2500000", B2500000}, {"B300", B300}, {"B3000000", B3000000}, {"B3500000", B3500000},
    {"B38400", B38400}, {"B4000000", B4000000}, {"B460800", B460800}, {"B4800", B4800}, {"B50", B50},
    {"B500000", B500000}, {"B57600", B57600}, {"B576000", B576000}, {"B600", B600}, {"B75", B75},
    {"B921600", B921600}, {"B9600", B9600}, {"BRKINT", BRKINT}, {"BS0", BS0}, {"BS1", BS1}, {"BSDLY", BSDLY},
    {"CBAUD", CBAUD}, {"CBAUDEX", CBAUDEX}, {"CDSUSP", CDSUSP}, {"CEOF", CEOF}, {"CEOL", CEOL},
    {"CEOT", CEOT}, {"CERASE", CERASE}, {"CFLUSH", CFLUSH}, {"CIBAUD", CIBAUD}, {"CINTR", CINTR},
    {"CKILL", CKILL}, {"CLNEXT", CLNEXT}, {"CLOCAL", CLOCAL}, {"CQUIT", CQUIT}, {"CR0", CR0}, {"CR1", CR1},
    {"CR2", CR2}, {"CR3", CR3}, {"CRDLY", CRDLY}, {"CREAD", CREAD}, {"CRPRNT", CRPRNT}, {"CRTSCTS", CRTSCTS},
    {"CS5", CS5}, {"CS6", CS6}, {"CS7", CS7}, {"CS8", CS8}, {"CSIZE", CSIZE}, {"CSTART", CSTART},
    {"CSTOP", CSTOP}, {"CSTOPB", CSTOPB}, {"CSUSP", CSUSP}, {"CWERASE", CWERASE}, {"ECHO", ECHO},
    {"ECHOCTL", ECHOCTL}, {"ECHOE", ECHOE}, {"ECHOK", ECHOK}, {"ECHOKE", ECHOKE}, {"ECHONL", ECHONL},
    {"ECHOPRT", ECHOPRT}, {"EXTA", EXTA}, {"EXTB", EXTB}, {"FF0", FF0}, {"FF1", FF1}, {"FFDLY", FFDLY},
    {"FIOASYNC", FIOASYNC}, {"FIOCLEX", FIOCLEX}, {"FIONBIO", FIONBIO}, {"FIONCLEX", FIONCLEX},
    {"FIONREAD", FIONREAD}, {"FLUSHO", FLUSHO}, {"HUPCL", HUPCL}, {"ICANON", ICANON}, {"ICRNL", ICRNL},
    {"IEXTEN", IEXTEN}, {"IGNBRK", IGNBRK}, {"IGNCR", IGNCR}, {"IGNPAR", IGNPAR}, {"IMAXBEL", IMAXBEL},
    {"INLCR", INLCR}, {"INPCK", INPCK}, {"IOCSIZE_MASK", IOCSIZE_MASK}, {"IOCSIZE_SHIFT", IOCSIZE_SHIFT},
    {"ISIG", ISIG}, {"ISTRIP", ISTRIP}, {"IUCLC", IUCLC}, {"IXANY", IXANY}, {"IXOFF", IXOFF}, {"IXON", IXON},
    {"NCC", NCC}, {"NCCS", NCCS}, {"NL0", NL0}, {"NL1", NL1}, {"NLDLY", NLDLY}, {"NOFLSH", NOFLSH},
    {"N_MOUSE", N_MOUSE}, {"N_PPP", N_PPP}, {"N_SLIP", N_SLIP}, {"N_STRIP", N_STRIP}, {"N_TTY", N_TTY},
    {"OCRNL", OCRNL}, {"OFDEL", OFDEL}, {"OFILL", OFILL}, {"OLCUC", OLCUC}, {"ONLCR", ONLCR},
    {"ONLRET", ONLRET}, {"ONOCR", ONOCR}, {"OPOST", OPOST}, {"PARENB", PARENB}, {"PARMRK", PARMRK},
    {"PARODD", PARODD}, {"PENDIN", PENDIN}, {"TAB0", TAB0}, {"TAB1", TAB1}, {"TAB2", TAB2}, {"TAB3", TAB3},
    {"TABDLY", TABDLY}, {"TCFLSH", TCFLSH}, {"TCGETA", TCGETA}, {"TCGETS", TCGETS}, {"TCIFLUSH", TCIFLUSH},
    {"TCIOFF", TCIOFF}, {"TCIOFLUSH", TCIOFLUSH}, {"TCION", TCION}, {"TCOFLUSH", TCOFLUSH},
    {"TCOOFF", TCOOFF}, {"TCOON", TCOON}, {"TCSADRAIN", TCSADRAIN}, {"TCSAFLUSH", TCSAFLUSH},
    {"TCSANOW", TCSANOW}, {"TCSBRK", TCSBRK}, {"TCSBRKP", TCSBRKP}, {"TCSETA", TCSETA}, {"TCSETAF", TCSETAF},
    {"TCSETAW", TCSETAW}, {"TCSETS", TCSETS}, {"TCSETSF", TCSETSF}, {"TCSETSW", TCSETSW}, {"TCXONC", TCXONC},
    {"TIOCCONS", TIOCCONS}, {"TIOCEXCL", TIOCEXCL}, {"TIOCGETD", TIOCGETD}, {"TIOCGICOUNT", TIOCGICOUNT},
    {"TIOCGLCKTRMIOS", TIOCGLCKTRMIOS}, {"TIOCGPGRP", TIOCGPGRP}, {"TIOCGSERIAL", TIOCGSERIAL},
    {"TIOCGSOFTCAR", TIOCGSOFTCAR}, {"TIOCGWINSZ", TIOCGWINSZ}, {"TIOCINQ", TIOCINQ},
    {"TIOCLINUX", TIOCLINUX}, {"TIOCMBIC", TIOCMBIC}, {"TIOCMBIS", TIOCMBIS}, {"TIOCMGET", TIOCMGET},
    {"TIOCMIWAIT", TIOCMIWAIT}, {"TIOCMSET", TIOCMSET}, {"TIOCM_CAR", TIOCM_CAR}, {"TIOCM_CD", TIOCM_CD},
    {"TIOCM_CTS", TIOCM_CTS}, {"TIOCM_DSR", TIOCM_DSR}, {"TIOCM_DTR", TIOCM_DTR}, {"TIOCM_LE", TIOCM_LE},
    {"TIOCM_RI", TIOCM_RI}, {"TIOCM_RNG", TIOCM_RNG}, {"TIOCM_RTS", TIOCM_RTS}, {"TIOCM_SR", TIOCM_SR},
    {"TIOCM_ST", TIOCM_ST}, {"TIOCNOTTY", TIOCNOTTY}, {"TIOCNXCL", TIOCNXCL}, {"TIOCOUTQ", TIOCOUTQ},
    {"TIOCPKT", TIOCPKT}, {"TIOCPKT_DATA", TIOCPKT_DATA}, {"TIOCPKT_DOSTOP", TIOCPKT_DOSTOP},
    {"TIOCPKT_FLUSHREAD", TIOCPKT_FLUSHREAD}, {"TIOCPKT_FLUSHWRITE", TIOCPKT_FLUSHWRITE},
    {"TIOCPKT_NOSTOP", TIOCPKT_NOSTOP}, {"TIOCPKT_START", TIOCPKT_START}, {"TIOCPKT_STOP", TIOCPKT_STOP},
    {"TIOCSCTTY", TIOCSCTTY}, {"TIOCSERCONFIG", TIOCSERCONFIG}, {"TIOCSERGETLSR", TIOCSERGETLSR},
    {"TIOCSERGETMULTI", TIOCSERGETMULTI}, {"TIOCSERGSTRUCT", TIOCSERGSTRUCT}, {"TIOCSERGWILD", TIOCSERGWILD},
    {"TIOCSERSETMULTI", TIOCSERSETMULTI}, {"TIOCSERSWILD", TIOCSERSWILD}, {"TIOCSER_TEMT", TIOCSER_TEMT},
    {"TIOCSETD", TIOCSETD}, {"TIOCSLCKTRMIOS", TIOCSLCKTRMIOS}, {"TIOCSPGRP", TIOCSPGRP},
    {"TIOCSSERIAL", TIOCSSERIAL}, {"TIOCSSOFTCAR", TIOCSSOFTCAR}, {"TIOCSTI", TIOCSTI},
    {"TIOCSWINSZ", TIOCSWINSZ}, {"TOSTOP", TOSTOP}, {"VDISCARD", VDISCARD}, {"VEOF", VEOF}, {"VEOL", VEOL},
    {"VEOL2", VEOL2}, {"VERASE", VERASE}, {"VINTR", VINTR}, {"VKILL", VKILL}, {"VLNEXT", VLNEXT},
    {"VMIN", VMIN}, {"VQUIT", VQUIT}, {"VREPRINT", VREPRINT}, {"VSTART", VSTART}, {"VSTOP", VSTOP},
    {"VSUSP", VSUSP}, {"VSWTCH", 7}, {"VT0", VT0}, {"VT1", VT1}, {"VTDLY", VTDLY}, {"VTIME", VTIME},
    {"VWERASE", VWERASE}, {"XCASE", XCASE}, {"XTABS", XTABS},
    {"VSWTC", 7},
};

}  // namespace

Ref make_termios_module() {
  Ref module = module_new("termios", true);
  if (!module || module_add_functions(*module, kTermiosFunctions) < 0) return nullptr;
  for (const IntConstant& c : kTermiosConstants) {
    if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return nullptr;
  }
  if (g_termios_error.is_null()) {
    Ref name = str_from_utf8("error");
    Ref bases = tuple_pack({Value::object(exc::Exception)});
    Dict* namespace_dict = dict_new();
    if (!name || !bases || namespace_dict == nullptr) return nullptr;
    Ref ns = Ref::steal(namespace_dict);
    Ref module_name = str_from_utf8("termios");
    if (!module_name || dict_set_str(namespace_dict, "__module__", *module_name) < 0) return nullptr;
    Ref error = call(Value::object(&type_type), {*name, *bases, *ns});
    if (!error) return nullptr;
    g_termios_error = error.release();
  }
  if (module_add(*module, "error", g_termios_error) < 0) return nullptr;
  return module;
}

}  // namespace taipan
