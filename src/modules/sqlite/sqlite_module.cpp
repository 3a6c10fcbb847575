// The `_sqlite3` module itself: its exception hierarchy, the adapter and
// converter registries, connect(), the SQLITE_* constants, and the value
// conversions between Python and SQLite that cursors and user functions share.
#include <string>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "modules/sqlite/sqlite.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::sqlite {

Exceptions errors;
Dict* adapters = nullptr;
Dict* converters = nullptr;
bool callback_tracebacks = false;

namespace {

struct SqliteConstant {
  const char* name;
  int value;
};
#include "modules/sqlite/sqlite_constants.inc"

// The exception class for a primary result code, as CPython maps them.
Type* error_class(int primary) {
  switch (primary) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND: return errors.internal_error;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL:
    case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA:
      return errors.operational_error;
    case SQLITE_CORRUPT: return errors.database_error;
    case SQLITE_TOOBIG: return errors.data_error;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH: return errors.integrity_error;
    case SQLITE_MISUSE: case SQLITE_RANGE: return errors.interface_error;
    default: return errors.database_error;
  }
}

const char* result_code_name(int code) {
  for (const SqliteConstant& c : kResultCodes) {
    if (c.value == code) return c.name;
  }
  return "unknown error code";
}

}  // namespace

Ref raise_sqlite_error(sqlite3* db, int rc) {
  int code = db != nullptr ? sqlite3_extended_errcode(db) : rc;
  if ((code & 0xff) == SQLITE_NOMEM) return raise_no_memory();
  Ref msg = str_from_utf8(db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (!msg) return nullptr;
  Ref exc = call(Value::object(error_class(code & 0xff)), {msg.get()});
  if (!exc) return nullptr;
  Ref code_obj = int_from_int64(code);
  Ref name = str_from_utf8(result_code_name(code));
  if (!code_obj || !name || setattr(exc.get(), intern("sqlite_errorcode"), code_obj.get()) < 0 ||
      setattr(exc.get(), intern("sqlite_errorname"), name.get()) < 0) {
    return nullptr;
  }
  return raise_value(exc.get());
}

Ref adapt_value(Value v) {
  if (dict_size(adapters) > 0) {
    Ref key = tuple_pack({Value::object(type_of(v)), Value::object(&prepare_protocol_type)});
    if (!key) return nullptr;
    Value adapter = dict_get(adapters, key.get());
    if (!adapter.is_null()) return call(adapter, {v});
    if (error_occurred()) return nullptr;
  }
  Ref conform = getattr_optional(v, intern("__conform__"));
  if (conform) {
    Ref r = call(conform.get(), {Value::object(&prepare_protocol_type)});
    if (!r) return nullptr;
    if (!r.get().is_none()) return r;
  } else if (error_occurred()) {
    return nullptr;
  }
  return Ref::borrow(v);
}

Ref value_from_sqlite(sqlite3_value* v) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: return int_from_int64(sqlite3_value_int64(v));
    case SQLITE_FLOAT: return Ref::from_double(sqlite3_value_double(v));
    case SQLITE_TEXT: {
      auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
      return str_from_utf8(std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(v))));
    }
    case SQLITE_BLOB: {
      auto* blob = static_cast<const char*>(sqlite3_value_blob(v));
      return bytes_from_string(std::string_view(blob, static_cast<size_t>(sqlite3_value_bytes(v))));
    }
    default: return Ref::none();
  }
}

bool set_result(sqlite3_context* ctx, Value v) {
  if (v.is_none()) {
    sqlite3_result_null(ctx);
  } else if (is_int(v)) {
    int64_t n;
    if (!int_to_int64(v, &n)) return false;
    sqlite3_result_int64(ctx, n);
  } else if (is_float(v)) {
    sqlite3_result_double(ctx, float_value(v));
  } else if (is_str(v)) {
    std::string_view text = str_utf8(v.as<Str>());
    sqlite3_result_text64(ctx, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  } else {
    Buffer buf;
    if (!get_buffer(v, &buf)) return false;
    sqlite3_result_blob64(ctx, buf.data.data(), buf.data.size(), SQLITE_TRANSIENT);
  }
  return true;
}

namespace {

// connect(database, ..., factory=Connection, ...): every argument goes to
// the factory, `factory` included, as in CPython.
Ref module_connect(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr size_t kFactoryPosition = 5;
  Value factory = Value::object(&connection_type);
  if (nargs > kFactoryPosition) {
    factory = args[kFactoryPosition];
  } else if (kwnames != nullptr) {
    for (int64_t i = 0; i < kwnames->size; i++) {
      if (str_utf8(kwnames->items[i].as<Str>()) == "factory") factory = args[nargs + static_cast<size_t>(i)];
    }
  }
  return call(factory, args, nargs, kwnames);
}

Ref module_register_adapter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("register_adapter", kwnames) || !check_arg_count("register_adapter", nargs, 2, 2)) return nullptr;
  Ref key = tuple_pack({args[0], Value::object(&prepare_protocol_type)});
  if (!key || dict_set(adapters, key.get(), args[1]) < 0) return nullptr;
  return Ref::none();
}

Ref module_register_converter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("register_converter", kwnames) || !check_arg_count("register_converter", nargs, 2, 2)) {
    return nullptr;
  }
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("register_converter() argument 1 must be str, not ") +
                                     type_name_of(args[0]));
  }
  Ref upper = call_method(args[0], "upper", {});
  if (!upper || dict_set(converters, upper.get(), args[1]) < 0) return nullptr;
  return Ref::none();
}

Ref module_adapt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "proto", "alt"};
  Value a[3];
  if (!bind_args(ArgSpec{"adapt", names, 3, 3, 1}, args, nargs, kwnames, a)) return nullptr;
  Value proto = a[1].is_null() ? Value::object(&prepare_protocol_type) : a[1];
  Ref key = tuple_pack({Value::object(type_of(a[0])), proto});
  if (!key) return nullptr;
  Value adapter = dict_get(adapters, key.get());
  if (!adapter.is_null()) return call(adapter, {a[0]});
  if (error_occurred()) return nullptr;
  for (const char* hook : {"__adapt__", "__conform__"}) {
    Value owner = std::string_view(hook) == "__adapt__" ? proto : a[0];
    Value arg = std::string_view(hook) == "__adapt__" ? a[0] : proto;
    Ref fn = getattr_optional(owner, intern(hook));
    if (!fn) {
      if (error_occurred()) return nullptr;
      continue;
    }
    Ref r = call(fn.get(), {arg});
    if (!r) return nullptr;
    if (!r.get().is_none()) return r;
  }
  if (!a[2].is_null()) return Ref::borrow(a[2]);
  return raise(errors.programming_error, "can't adapt");
}

Ref module_complete_statement(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"statement"};
  Value a[1];
  if (!bind_args(ArgSpec{"complete_statement", names, 1, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, std::string("complete_statement() argument 'statement' must be str, not ") +
                                     type_name_of(a[0]));
  }
  std::string sql(str_utf8(a[0].as<Str>()));
  return Ref::boolean(sqlite3_complete(sql.c_str()) != 0);
}

Ref module_enable_callback_tracebacks(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("enable_callback_tracebacks", kwnames) ||
      !check_arg_count("enable_callback_tracebacks", nargs, 1, 1)) {
    return nullptr;
  }
  int flag = is_true(args[0]);
  if (flag < 0) return nullptr;
  callback_tracebacks = flag != 0;
  return Ref::none();
}

Ref module_enable_shared_cache(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"do_enable"};
  Value a[1];
  if (!bind_args(ArgSpec{"enable_shared_cache", names, 1, 0, 1}, args, nargs, kwnames, a)) return nullptr;
  int64_t flag = as_int64(a[0]);
  if (flag == -1 && error_occurred()) return nullptr;
  if (sqlite3_enable_shared_cache(flag != 0) != SQLITE_OK) {
    return raise(errors.operational_error, "Changing the shared_cache flag failed");
  }
  return Ref::none();
}

const MethodDef kFunctions[] = {
    {"connect", module_connect, kMethodInstance, nullptr},
    {"register_adapter", module_register_adapter, kMethodInstance,
     "register_adapter($module, type, adapter, /)\n--\n\nRegister a function to adapt Python objects to SQLite values."},
    {"register_converter", module_register_converter, kMethodInstance,
     "register_converter($module, typename, converter, /)\n--\n\nRegister a function to convert SQLite values to "
     "Python objects."},
    {"adapt", module_adapt, kMethodInstance, "adapt($module, obj, proto=PrepareProtocolType, alt=<unrepresentable>, /)\n--\n\nAdapt given object to given protocol."},
    {"complete_statement", module_complete_statement, kMethodInstance,
     "complete_statement($module, /, statement)\n--\n\nChecks if a string contains a complete SQL statement."},
    {"enable_callback_tracebacks", module_enable_callback_tracebacks, kMethodInstance,
     "enable_callback_tracebacks($module, enable, /)\n--\n\nEnable or disable callback functions throwing errors "
     "to stderr."},
    {"enable_shared_cache", module_enable_shared_cache, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

bool make_exceptions() {
  if (errors.error != nullptr) return true;
  Type* database;
  if ((errors.warning = new_exception_class("sqlite3", "Warning", {exc::Exception})) == nullptr ||
      (errors.error = new_exception_class("sqlite3", "Error", {exc::Exception})) == nullptr ||
      (errors.interface_error = new_exception_class("sqlite3", "InterfaceError", {errors.error})) == nullptr ||
      (database = errors.database_error = new_exception_class("sqlite3", "DatabaseError", {errors.error})) ==
          nullptr ||
      (errors.internal_error = new_exception_class("sqlite3", "InternalError", {database})) == nullptr ||
      (errors.operational_error = new_exception_class("sqlite3", "OperationalError", {database})) == nullptr ||
      (errors.programming_error = new_exception_class("sqlite3", "ProgrammingError", {database})) == nullptr ||
      (errors.integrity_error = new_exception_class("sqlite3", "IntegrityError", {database})) == nullptr ||
      (errors.data_error = new_exception_class("sqlite3", "DataError", {database})) == nullptr ||
      (errors.not_supported_error = new_exception_class("sqlite3", "NotSupportedError", {database})) == nullptr) {
    return false;
  }
  adapters = dict_new();
  converters = dict_new();
  return adapters != nullptr && converters != nullptr;
}

}  // namespace

}  // namespace taipan::sqlite

namespace taipan {

Ref make_sqlite3_module() {
  using namespace sqlite;
  if (init_connection_type() < 0 || init_cursor_type() < 0 || init_row_types() < 0 || !make_exceptions()) {
    return nullptr;
  }
  Ref module = module_new("_sqlite3", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  const std::pair<const char*, Type*> kTypes[] = {
      {"Connection", &connection_type}, {"Cursor", &cursor_type}, {"Row", &row_type},
      {"PrepareProtocol", &prepare_protocol_type}, {"Warning", errors.warning}, {"Error", errors.error},
      {"InterfaceError", errors.interface_error}, {"DatabaseError", errors.database_error},
      {"InternalError", errors.internal_error}, {"OperationalError", errors.operational_error},
      {"ProgrammingError", errors.programming_error}, {"IntegrityError", errors.integrity_error},
      {"DataError", errors.data_error}, {"NotSupportedError", errors.not_supported_error}};
  for (const auto& [name, type] : kTypes) {
    if (module_add(*module, name, Value::object(type)) < 0) return nullptr;
  }
  auto add_constants = [&](const auto& table) {
    for (const SqliteConstant& c : table) {
      if (module_add(*module, c.name, Value::small_int(c.value)) < 0) return false;
    }
    return true;
  };
  if (!add_constants(kResultCodes) || !add_constants(kOtherConstants)) return nullptr;
  // sqlite3_threadsafe(): 0 single-thread, 1 serialized, 2 multi-thread; the
  // DB-API levels for those are 0, 3 and 1.
  static const int kThreadsafety[] = {0, 3, 1};
  int mode = sqlite3_threadsafe();
  Ref version = str_from_utf8("2.6.0");
  Ref sqlite_version = str_from_utf8(sqlite3_libversion());
  if (!version || !sqlite_version || module_add(*module, "version", *version) < 0 ||
      module_add(*module, "sqlite_version", *sqlite_version) < 0 ||
      module_add(*module, "threadsafety", Value::small_int(mode >= 0 && mode <= 2 ? kThreadsafety[mode] : 0)) < 0 ||
      module_add(*module, "PARSE_DECLTYPES", Value::small_int(1)) < 0 ||
      module_add(*module, "PARSE_COLNAMES", Value::small_int(2)) < 0 ||
      module_add(*module, "adapters", Value::object(adapters)) < 0 ||
      module_add(*module, "converters", Value::object(converters)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
