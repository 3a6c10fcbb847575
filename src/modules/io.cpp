// The `_io` module: open(), open_code(), text_encoding(),
// UnsupportedOperation, the standard streams and the shared helpers.
#include "modules/io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "modules/io_internal.h"
#include "modules/warnings.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

Type* io_unsupported_operation = nullptr;

Ref raise_closed_file() { return raise(exc::ValueError, "I/O operation on closed file."); }

Ref raise_unsupported(const char* what) { return raise(io_unsupported_operation, what); }

Ref raise_stream_error(FdStream* s) {
  if (s->error() == FdStream::kPythonError) return nullptr;
  return raise_os_error(s->error());
}

bool size_argument(const char* function, const Value* args, size_t nargs, Tuple* kwnames, int64_t* out) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, 0, 1)) return false;
  *out = -1;
  if (nargs == 0 || args[0].is_none()) return true;
  if (!is_int(args[0])) {
    raise(exc::TypeError, std::string("argument should be integer or None, not '") + type_name_of(args[0]) + "'");
    return false;
  }
  *out = as_int64(args[0]);
  return !(*out == -1 && error_occurred());
}

void io_dict_traverse(Dict* d, VisitFn visit, void* arg) {
  if (d != nullptr) visit(Value::object(d), arg);
}

namespace {

int make_unsupported_operation() {
  Ref name = str_from_utf8("UnsupportedOperation");
  Ref module = str_from_utf8("io");
  Ref bases = tuple_pack({Value::object(exc::OSError), Value::object(exc::ValueError)});
  Ref ns = Ref::steal(static_cast<Object*>(dict_new()));
  if (!name || !module || !bases || !ns || dict_set_str(ns.as<Dict>(), "__module__", module.get()) < 0) {
    return -1;
  }
  Ref cls = call(Value::object(&type_type), {name.get(), bases.get(), ns.get()});
  if (!cls) return -1;
  io_unsupported_operation = cls.release().as<Type>();
  return 0;
}

int init_io() {
  static bool done = false;
  if (done) return 0;
  if (init_io_base_types() < 0 || make_unsupported_operation() < 0 || init_binary_file_types() < 0 ||
      init_text_file_type() < 0 || init_memory_io_types() < 0 || init_rw_pair_type() < 0 ||
      init_newline_decoder_type() < 0) {
    return -1;
  }
  done = true;
  return 0;
}

// --- open() ------------------------------------------------------------------------

// Sets m's flags from the mode's letters; false when a letter is not in
// `allowed` or comes twice.
bool mode_letters(std::string_view mode, std::string_view allowed, OpenMode* m) {
  std::string seen;
  for (char c : mode) {
    if (allowed.find(c) == std::string_view::npos || seen.find(c) != std::string::npos) return false;
    seen += c;
    switch (c) {
      case 'r': m->read = true; break;
      case 'w': m->write = true; break;
      case 'x': m->create = true; break;
      case 'a': m->append = true; break;
      case '+': m->plus = true; break;
      case 't': m->text = true; break;
      default: m->binary = true; break;  // 'b'
    }
  }
  return true;
}

int mode_kinds(const OpenMode& m) { return m.read + m.write + m.create + m.append; }

// open()'s mode.
bool parse_mode(std::string_view mode, OpenMode* m) {
  if (!mode_letters(mode, "rwxa+bt", m)) {
    raise(exc::ValueError, "invalid mode: '" + std::string(mode) + "'");
    return false;
  }
  if (m->text && m->binary) {
    raise(exc::ValueError, "can't have text and binary mode at once");
    return false;
  }
  int kinds = mode_kinds(*m);
  if (kinds != 1) {
    raise(exc::ValueError, kinds == 0 ? "Must have exactly one of create/read/write/append mode and at most one plus"
                                      : "must have exactly one of create/read/write/append mode");
    return false;
  }
  return true;
}

bool optional_str(const char* what, Value v, std::string* out, bool* given) {
  *given = !v.is_null() && !v.is_none();
  if (!*given) return true;
  if (!is_str(v)) {
    raise(exc::TypeError, std::string("open() argument '") + what + "' must be str or None, not " + type_name_of(v));
    return false;
  }
  *out = str_to_std(v.as<Str>());
  return true;
}

// The path of a str, bytes or os.PathLike argument.
bool path_of(Value file, std::string* out) {
  Ref fspath;
  if (!is_str(file) && !is_bytes(file) && !type_lookup(type_of(file), "__fspath__").is_null()) {
    fspath = call_method(file, "__fspath__", {});
    if (!fspath) return false;
    file = fspath.get();
  }
  if (is_str(file)) {
    *out = str_to_std(file.as<Str>());
  } else if (is_bytes(file)) {
    *out = std::string(bytes_view(file.as<Bytes>()));
  } else {
    raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(file));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    raise(exc::ValueError, "embedded null byte");
    return false;
  }
  return true;
}

}  // namespace

std::string raw_mode(const OpenMode& m) {
  if (m.create) return m.plus ? "xb+" : "xb";
  if (m.append) return m.plus ? "ab+" : "ab";
  if (m.read || m.plus) return m.plus ? "rb+" : "rb";
  return "wb";
}

// FileIO's mode: one of r/w/x/a, at most one '+', any 'b's.
bool parse_raw_mode(std::string_view mode, OpenMode* m) {
  bool bad = false;
  for (char c : mode) {
    if (std::string_view("rwxa+b").find(c) == std::string_view::npos) {
      raise(exc::ValueError, "invalid mode: " + std::string(mode));
      return false;
    }
    if (c == 'b') continue;
    bool* flag = c == 'r' ? &m->read : c == 'w' ? &m->write : c == 'x' ? &m->create : c == 'a' ? &m->append : &m->plus;
    bad = bad || *flag || (c != '+' && mode_kinds(*m) > 0);
    *flag = true;
  }
  if (bad || mode_kinds(*m) != 1) {
    raise(exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  m->binary = true;
  return true;
}

Ref io_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
  static const ArgSpec spec = {"open", names, 8, 0, 1};
  Value a[8];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (init_io() < 0) return nullptr;
  std::string mode_text = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) {
      return raise(exc::TypeError, std::string("open() argument 'mode' must be str, not ") + type_name_of(a[1]));
    }
    mode_text = str_to_std(a[1].as<Str>());
  }
  OpenMode m;
  if (!parse_mode(mode_text, &m)) return nullptr;
  int64_t buffering = -1;
  if (!a[2].is_null()) {
    buffering = as_int64(a[2]);
    if (buffering == -1 && error_occurred()) return nullptr;
  }
  std::string encoding, errors, newline_text;
  bool has_encoding, has_errors, has_newline;
  if (!optional_str("encoding", a[3], &encoding, &has_encoding) ||
      !optional_str("errors", a[4], &errors, &has_errors) ||
      !optional_str("newline", a[5], &newline_text, &has_newline)) {
    return nullptr;
  }
  if (has_encoding && encoding == "locale") encoding = "UTF-8";  // the locale's encoding (UTF-8 mode)
  if (m.binary) {
    if (has_encoding) return raise(exc::ValueError, "binary mode doesn't take an encoding argument");
    if (has_errors) return raise(exc::ValueError, "binary mode doesn't take an errors argument");
    if (has_newline) return raise(exc::ValueError, "binary mode doesn't take a newline argument");
  }
  if (m.binary && buffering == 1 &&
      warn(exc::RuntimeWarning,
           "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1) < 0) {
    return nullptr;
  }
  bool closefd = true;
  if (!a[6].is_null()) {
    int truth = is_true(a[6]);
    if (truth < 0) return nullptr;
    closefd = truth != 0;
  }
  Ref name;
  FdStream* stream = open_file_stream(a[0], m, closefd, a[7], buffering, &name);
  if (stream == nullptr) return nullptr;
  // The text layer's own checks come after the file is open, as in CPython.
  if (!m.binary) {
    // (An encoding Taipan has no native codec for is looked up in the
    // registry by the text layer.)
    bool bad_newline = has_newline && newline_text != "" && newline_text != "\n" && newline_text != "\r" &&
                       newline_text != "\r\n";
    if (buffering == 0 || bad_newline) {
      stream->close();
      stream->release();
      if (buffering == 0) return raise(exc::ValueError, "can't have unbuffered text I/O");
      return raise(exc::ValueError, "illegal newline value: " + newline_text);
    }
  }
  bool line_buffering = buffering == 1 || (buffering < 0 && stream->isatty());
  Ref binary = binary_file_new(stream, name.get(), raw_mode(m), buffering != 0, closefd);
  stream->release();
  if (!binary || m.binary) return binary;
  return text_file_new(stream, name.get(), mode_text, binary.get(), has_encoding ? encoding : "UTF-8",
                       has_errors ? errors : "strict", has_newline ? a[5] : Value::none(), line_buffering, false);
}

FdStream* open_file_stream(Value file, const OpenMode& m, bool closefd, Value opener, int64_t buffering, Ref* name) {
  // An os.PathLike is opened (and named) by what its __fspath__ returns.
  Ref fspath;
  if (!is_int(file) && !is_str(file) && !is_bytes(file) && !type_lookup(type_of(file), "__fspath__").is_null()) {
    fspath = call_method(file, "__fspath__", {});
    if (!fspath) return nullptr;
    if (!is_str(*fspath) && !is_bytes(*fspath)) {
      raise(exc::TypeError, std::string("expected ") + type_name_of(file) +
                                ".__fspath__() to return str or bytes, not " + type_name_of(*fspath));
      return nullptr;
    }
    file = fspath.get();
  }
  int fd;
  if (is_int(file) && !file.is_bool()) {
    int64_t n = as_int64(file);
    if (n == -1 && error_occurred()) return nullptr;
    if (n < 0) {
      raise(exc::ValueError, "negative file descriptor");
      return nullptr;
    }
    fd = static_cast<int>(n);
  } else {
    if (!closefd) {
      raise(exc::ValueError, "Cannot use closefd=False with file name");
      return nullptr;
    }
    std::string path;
    if (!path_of(file, &path)) return nullptr;
    int flags = O_CLOEXEC | (m.plus ? O_RDWR : m.read ? O_RDONLY : O_WRONLY);
    if (m.write) flags |= O_CREAT | O_TRUNC;
    if (m.create) flags |= O_CREAT | O_EXCL;
    if (m.append) flags |= O_CREAT | O_APPEND;
    if (!opener.is_null() && !opener.is_none()) {
      Ref opened = call(opener, {file, Value::small_int(flags)});
      if (!opened) return nullptr;
      if (!is_int(opened.get())) {
        raise(exc::TypeError, std::string("expected integer from opener"));
        return nullptr;
      }
      int64_t n = as_int64(opened.get());
      if (n == -1 && error_occurred()) return nullptr;
      if (n < 0) {
        raise(exc::ValueError, "opener returned " + std::to_string(n));
        return nullptr;
      }
      fd = static_cast<int>(n);
    } else {
      do {
        fd = ::open(path.c_str(), flags, 0666);
      } while (fd < 0 && errno == EINTR);
      if (fd < 0) {
        raise_os_error(errno, file);
        return nullptr;
      }
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      raise_os_error(EISDIR, file);
      return nullptr;
    }
  }
  // Default buffering: the file system's preferred block size, as CPython.
  size_t buffer_size = kDefaultBufferSize;
  struct stat info;
  if (buffering > 1) {
    buffer_size = static_cast<size_t>(buffering);
  } else if (fstat(fd, &info) == 0 && info.st_blksize > 1) {
    buffer_size = static_cast<size_t>(info.st_blksize);
  }
  FdStream* stream = new FdStream(fd, m.read || m.plus, !m.read || m.plus, m.append, closefd, buffer_size);
  if (m.append) {
    int64_t ignored;
    stream->seek(0, SEEK_END, &ignored);
  }
  *name = Ref::borrow(file);
  return stream;
}

Ref io_std_stream(int fd, bool unbuffered) {
  if (init_io() < 0) return nullptr;
  if (fcntl(fd, F_GETFD) < 0) return Ref::none();
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  bool reading = fd == 0;
  bool tty = isatty(fd) == 1;
  unbuffered = unbuffered && !reading;
  FdStream* stream = new FdStream(fd, reading, !reading, false, false, kDefaultBufferSize);
  if (unbuffered) stream->set_unbuffered_writes();
  Ref name = str_from_utf8(names[fd]);
  if (!name) {
    stream->release();
    return nullptr;
  }
  Ref binary = binary_file_new(stream, name.get(), reading ? "rb" : "wb", !unbuffered, false);
  stream->release();
  if (!binary) return nullptr;
  return text_file_new(stream, name.get(), reading ? "r" : "w", binary.get(), "utf-8",
                       fd == 2 ? "backslashreplace" : "strict", Value::none(), !unbuffered && (fd == 2 || tty),
                       fd == 2 || unbuffered);
}

void io_flush_all_files() {
  FdStream::flush_all([] {
    if (error_occurred()) clear_error();
  });
}

int io_write_text(Value file, Value s) {
  if (type_of(file) == &text_io_wrapper_type) return text_file_write(file.as<TextFile>(), s);
  return call_method(file, "write", {s}) ? 0 : -1;
}

namespace {

// text_encoding(encoding, stacklevel=2): what open() uses for a missing encoding.
Ref io_text_encoding(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "stacklevel"};
  static const ArgSpec spec = {"text_encoding", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!a[0].is_none()) return Ref::borrow(a[0]);
  return str_from_utf8("locale");
}

// open_code(path): opens a file of code for reading as bytes ("rb").
Ref io_open_code(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"path"};
  static const ArgSpec spec = {"open_code", names, 1, 0, 1};
  Value a[1];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("open_code() argument 'path' must be str, not ") + type_name_of(a[0]));
  }
  Ref mode = str_from_utf8("rb");
  if (!mode) return nullptr;
  Value open_args[2] = {a[0], mode.get()};
  return io_open(self, open_args, 2, nullptr);
}

const MethodDef kIOFunctions[] = {
    {"open_code", io_open_code, kMethodInstance, "Opens the provided file with the intent to import the contents."},
    {"text_encoding", io_text_encoding, kMethodInstance, "A helper function to choose the text encoding."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_io_module() {
  if (init_io() < 0) return nullptr;
  Ref module = module_new("_io", true);
  if (!module) return nullptr;
  Value m = module.get();
  if (module_add_functions(m, kIOFunctions) < 0) return nullptr;
  // io.open is builtins.open, the same object.
  Ref open = getattr(builtins_module(), "open");
  if (!open || module_add(m, "open", open.get()) < 0) return nullptr;
  struct {
    const char* name;
    Type* type;
  } classes[] = {
      {"_IOBase", &io_base_type},
      {"_RawIOBase", &raw_io_base_type},
      {"_BufferedIOBase", &buffered_io_base_type},
      {"_TextIOBase", &text_io_base_type},
      {"FileIO", &file_io_type},
      {"BufferedReader", &buffered_reader_type},
      {"BufferedWriter", &buffered_writer_type},
      {"BufferedRandom", &buffered_random_type},
      {"TextIOWrapper", &text_io_wrapper_type},
      {"StringIO", &string_io_type},
      {"BytesIO", &bytes_io_type},
      {"BufferedRWPair", &buffered_rw_pair_type},
      {"IncrementalNewlineDecoder", &newline_decoder_type},
      {"UnsupportedOperation", io_unsupported_operation},
      {"BlockingIOError", exc::BlockingIOError},
  };
  for (auto& c : classes) {
    if (module_add(m, c.name, Value::object(c.type)) < 0) return nullptr;
  }
  if (module_add(m, "DEFAULT_BUFFER_SIZE", Value::small_int(kDefaultBufferSize)) < 0 ||
      module_add(m, "SEEK_SET", Value::small_int(0)) < 0 || module_add(m, "SEEK_CUR", Value::small_int(1)) < 0 ||
      module_add(m, "SEEK_END", Value::small_int(2)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
