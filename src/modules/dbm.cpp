// _dbm, the C layer of dbm.ndbm: open() and the dbm mapping it returns
// (keys, get, setdefault, subscripting, `in`, len, close, `with`), on the
// ndbm interface of Berkeley DB as Debian's CPython builds it (library
// "Berkeley DB"; a database NAME lives in the file NAME.db). Keys and values
// are bytes; str is stored as its UTF-8. Messages are CPython's.
#include <fcntl.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "modules/c_int_arg.h"
#include "modules/module_exception.h"
#include "modules/modules.h"
#include "modules/posix/posix_args.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"

// Last, since it defines the old dbm's names (fetch, store, delete ...) as
// macros, which are undone at once.
#define DB_DBM_HSEARCH 1
#include <db.h>
#undef dbminit
#undef dbmclose
#undef delete
#undef fetch
#undef firstkey
#undef nextkey
#undef store
#undef hcreate
#undef hdestroy
#undef hsearch

namespace taipan {

namespace {

Type dbm_type;
Type* error_class = nullptr;  // _dbm.error, an OSError

struct Dbm : Object {
  DBM* db;       // null once closed
  int flags;     // the open(2) flags it was opened with
  int64_t size;  // the number of keys, or -1 when not counted since the last change
};

Dbm* as_dbm(Value v) { return v.as<Dbm>(); }

bool check_open(Dbm* d) {
  if (d->db != nullptr) return true;
  raise(error_class, "DBM object has already been closed");
  return false;
}

// Holds the bytes of a key or value: a view of a bytes object or of a str's UTF-8.
struct Datum {
  std::string_view bytes;
  Ref encoded;  // keeps a str's strict UTF-8 alive when it has surrogates
  datum as_datum() const { return {const_cast<char*>(bytes.data()), static_cast<int>(bytes.size())}; }
};

// A str (as UTF-8) or bytes, as CPython's "s#" takes them; `function` names the
// argument in the message for other bytes-like objects ("get() argument 1"),
// null for subscripting ("argument").
bool datum_arg(Value v, const char* function, Datum* out) {
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->kind == 1) {
      out->bytes = str_utf8(s);
      return true;
    }
    out->encoded = encode(s, "utf-8", "strict");
    if (!out->encoded) return false;
    out->bytes = bytes_view(out->encoded.as<Bytes>());
    return true;
  }
  if (is_bytes(v)) {
    out->bytes = bytes_view(v.as<Bytes>());
    return true;
  }
  Buffer b;
  if (get_buffer(v, &b)) {
    std::string where = function == nullptr ? std::string("argument") : std::string(function) + "() argument 1";
    raise(exc::TypeError, where + " must be read-only bytes-like object, not " + type_name_of(v));
    return false;
  }
  raise(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name_of(v) + "'");
  return false;
}

// A datum_arg whose failure becomes CPython's one message for stores.
bool stored_datum(Value v, const char* what, Datum* out) {
  if (datum_arg(v, nullptr, out)) return true;
  clear_error();
  raise(exc::TypeError, std::string("dbm mappings have bytes or string ") + what + " only");
  return false;
}

// dbm_error() after an operation, as CPython reports it: _dbm.error('').
bool check_db_error(Dbm* d) {
  if (dbm_error(d->db) == 0) return true;
  dbm_clearerr(d->db);
  raise(error_class, "");
  return false;
}

Ref fetched(datum value) { return bytes_from_string(std::string_view(value.dptr, static_cast<size_t>(value.dsize))); }

Ref dbm_getitem(Value self, Value key) {
  Datum k;
  if (!datum_arg(key, nullptr, &k)) return nullptr;
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return nullptr;
  datum value = dbm_fetch(d->db, k.as_datum());
  if (value.dptr == nullptr) return raise_with_arg(exc::KeyError, key);
  if (!check_db_error(d)) return nullptr;
  return fetched(value);
}

int dbm_setitem(Value self, Value key, Value v) {
  Datum k;
  if (!stored_datum(key, "keys", &k)) return -1;
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return -1;
  d->size = -1;
  if (v.is_null()) {
    if (dbm_delete(d->db, k.as_datum()) < 0) {
      dbm_clearerr(d->db);
      // A missing key and a read-only database fail alike.
      if ((d->flags & O_RDWR) != 0) {
        raise_with_arg(exc::KeyError, key);
      } else {
        raise(error_class, "cannot delete item from database");
      }
      return -1;
    }
  } else {
    Datum value;
    if (!stored_datum(v, "elements", &value)) return -1;
    if (dbm_store(d->db, k.as_datum(), value.as_datum(), DBM_REPLACE) < 0) {
      dbm_clearerr(d->db);
      raise(error_class, "cannot add item to database");
      return -1;
    }
  }
  return check_db_error(d) ? 0 : -1;
}

int dbm_contains(Value self, Value key) {
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return -1;
  Datum k;
  if (is_str(key) || is_bytes(key)) {
    if (!datum_arg(key, nullptr, &k)) return -1;
  } else {
    raise(exc::TypeError, std::string("dbm key must be bytes or string, not ") + type_name_of(key));
    return -1;
  }
  return dbm_fetch(d->db, k.as_datum()).dptr != nullptr ? 1 : 0;
}

int64_t dbm_len(Value self) {
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return -1;
  if (d->size < 0) {
    int64_t n = 0;
    for (datum key = dbm_firstkey(d->db); key.dptr != nullptr; key = dbm_nextkey(d->db)) ++n;
    d->size = n;
  }
  return d->size;
}

void dbm_close_db(Dbm* d) {
  if (d->db != nullptr) dbm_close(d->db);
  d->db = nullptr;
}

void dbm_dealloc(Object* self) {
  dbm_close_db(static_cast<Dbm*>(self));
  free_object(self);
}

Ref dbm_close_method(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(exc::TypeError, "dbm.close() takes no arguments (" + std::to_string(nargs) + " given)");
  dbm_close_db(as_dbm(self));
  return Ref::none();
}

Ref dbm_keys(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(exc::TypeError, "keys() takes no arguments");
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return nullptr;
  Ref result = Ref::steal(list_new(0));
  for (datum key = dbm_firstkey(d->db); key.dptr != nullptr; key = dbm_nextkey(d->db)) {
    Ref item = fetched(key);
    if (!item || list_append(result.as<List>(), *item) < 0) return nullptr;
  }
  return result;
}

// The (key[, default]) arguments of get and setdefault, positional only.
bool key_default_args(const char* function, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  std::string name(function);
  size_t total = nargs + (kwnames != nullptr ? static_cast<size_t>(kwnames->size) : 0);
  if (nargs < 1) {
    raise(exc::TypeError, name + "() takes at least 1 positional argument (0 given)");
    return false;
  }
  if (total > 2) {
    raise(exc::TypeError, name + "() takes at most 2 arguments (" + std::to_string(total) + " given)");
    return false;
  }
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, "'" + str_to_std(kwnames->items[0].as<Str>()) + "' is an invalid keyword argument for " +
                              name + "()");
    return false;
  }
  out[0] = args[0];
  out[1] = nargs > 1 ? args[1] : Value();
  return true;
}

Ref dbm_get(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  Datum k;
  if (!key_default_args("get", args, nargs, kwnames, a) || !datum_arg(a[0], "get", &k)) return nullptr;
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return nullptr;
  datum value = dbm_fetch(d->db, k.as_datum());
  if (value.dptr != nullptr) return fetched(value);
  return a[1].is_null() ? Ref::none() : Ref::borrow(a[1]);
}

Ref dbm_setdefault(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  Datum k;
  if (!key_default_args("setdefault", args, nargs, kwnames, a) || !datum_arg(a[0], "setdefault", &k)) return nullptr;
  Dbm* d = as_dbm(self);
  if (!check_open(d)) return nullptr;
  datum value = dbm_fetch(d->db, k.as_datum());
  if (value.dptr != nullptr) return fetched(value);
  Ref result = a[1].is_null() ? bytes_from_string("") : Ref::borrow(a[1]);
  if (!result) return nullptr;
  Datum v;
  if (!stored_datum(*result, "elements", &v)) return nullptr;
  // CPython keeps its count of keys here: len() may be stale until the next change.
  if (dbm_store(d->db, k.as_datum(), v.as_datum(), DBM_INSERT) < 0) {
    dbm_clearerr(d->db);
    return raise(error_class, "cannot add item to database");
  }
  return result;
}

Ref dbm_enter(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) return raise(exc::TypeError, "dbm.__enter__() takes no arguments (" + std::to_string(nargs) + " given)");
  return Ref::borrow(self);
}

Ref dbm_exit(Value self, const Value*, size_t, Tuple*) {
  dbm_close_db(as_dbm(self));
  return Ref::none();
}

const MethodDef kDbmMethods[] = {
    {"close", dbm_close_method, kMethodInstance, "Close the database."},
    {"keys", dbm_keys, kMethodInstance, "Return a list of all keys in the database."},
    {"get", dbm_get, kMethodInstance, "Return the value for key if present, otherwise default."},
    {"setdefault", dbm_setdefault, kMethodInstance,
     "Return the value for key if present, otherwise default.\n\n"
     "If key is not in the database, it is inserted with default as the value."},
    {"__enter__", dbm_enter, kMethodInstance, nullptr},
    {"__exit__", dbm_exit, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// open(filename, flags='r', mode=0o666, /)
Ref open_database(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "_dbm.open() takes no keyword arguments");
  if (nargs < 1 || nargs > 3) {
    return raise(exc::TypeError, std::string("open expected ") + (nargs < 1 ? "at least 1 argument" : "at most 3 arguments") +
                                     ", got " + std::to_string(nargs));
  }
  posix::PathArg path;
  if (!posix::path_arg(args[0], &path)) return nullptr;
  std::string flags = "r";
  if (nargs > 1) {
    if (!is_str(args[1])) {
      return raise(exc::TypeError, std::string("open() argument 2 must be str, not ") + type_name_of(args[1]));
    }
    Datum f;
    if (!datum_arg(args[1], nullptr, &f)) return nullptr;
    flags = std::string(f.bytes);
    if (flags.find('\0') != std::string::npos) return raise(exc::ValueError, "embedded null character");
  }
  int mode = 0666;
  if (nargs > 2 && !c_int_arg(args[2], &mode)) return nullptr;
  int open_flags;
  if (flags == "r") {
    open_flags = O_RDONLY;
  } else if (flags == "w") {
    open_flags = O_RDWR;
  } else if (flags == "rw" || flags == "c") {
    open_flags = O_RDWR | O_CREAT;
  } else if (flags == "n") {
    open_flags = O_RDWR | O_CREAT | O_TRUNC;
  } else {
    return raise(error_class, "arg 2 to open should be 'r', 'w', 'c', or 'n'");
  }
  DBM* db = dbm_open(path.c_str(), open_flags, mode);
  if (db == nullptr) {
    int err = errno;
    Ref code = int_from_int64(err);
    Ref message = str_from_utf8(std::strerror(err));
    Ref filename = posix::fs_name(path.path, false);
    if (!code || !message || !filename) return nullptr;
    Value items[] = {*code, *message, *filename};
    Ref exc_value = make_exception(error_class, items, 3);
    return exc_value ? raise_value(*exc_value) : nullptr;
  }
  auto* d = new_object<Dbm>(&dbm_type, sizeof(Dbm));
  if (d == nullptr) {
    dbm_close(db);
    return nullptr;
  }
  d->db = db;
  d->flags = open_flags;
  d->size = -1;
  return Ref::steal(d);
}

const MethodDef kFunctions[] = {
    {"open", open_database, kMethodInstance,
     "Return a database object.\n\n  filename\n    The filename to open.\n  flags\n    How to open the file.  "
     "\"r\" for reading, \"w\" for writing, etc.\n  mode\n    If creating a new file, the mode bits for the new file\n"
     "    (e.g. os.O_RDWR)."},
    {nullptr, nullptr, 0, nullptr},
};

int init_dbm_type() {
  if (type_has_flag(&dbm_type, kTypeReady)) return 0;
  dbm_type.refcnt = kImmortalRefcnt;
  dbm_type.type = &type_type;
  dbm_type.name = "_dbm.dbm";
  dbm_type.basic_size = sizeof(Dbm);
  dbm_type.base = &object_type;
  dbm_type.dealloc = dbm_dealloc;
  dbm_type.len = dbm_len;
  dbm_type.getitem = dbm_getitem;
  dbm_type.setitem = dbm_setitem;
  dbm_type.contains = dbm_contains;
  dbm_type.methods = kDbmMethods;
  return type_ready(&dbm_type);
}

}  // namespace

Ref make_dbm_module() {
  if (init_dbm_type() < 0) return nullptr;
  if (error_class == nullptr) {
    error_class = new_exception_class("_dbm", "error", {exc::OSError});
    if (error_class == nullptr) return nullptr;
  }
  Ref module = module_new("_dbm", true);
  Ref library = str_from_utf8("Berkeley DB");
  if (!module || !library || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "error", Value::object(error_class)) < 0 || module_add(*module, "library", *library) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
