// sqlite3.Connection: opening and closing a database, transactions
// (isolation_level, commit, rollback, the context manager), cursors and the
// shortcuts through them, and user-defined functions, aggregates and
// collations called back from SQLite.
#include <cmath>
#include <string>

#include "modules/sqlite/sqlite.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::sqlite {

Type connection_type;

namespace {

Connection* as_connection(Value v) { return v.as<Connection>(); }

void replace(Value* slot, Value v) {
  incref(v);
  Value old = *slot;
  *slot = v;
  decref(old);
}

void close_db(Connection* c) {
  if (c->db != nullptr) {
    sqlite3_close_v2(c->db);
    c->db = nullptr;
  }
}

Ref connection_new(Type* type, const Value*, size_t, Tuple*) {
  auto* c = new_object<Connection>(type, static_cast<size_t>(type->basic_size));
  if (c == nullptr) return nullptr;
  c->isolation_level = Value::none();
  c->row_factory = Value::none();
  c->text_factory = Value::object(&str_type);
  return Ref::steal(c);
}

void connection_dealloc(Object* self) {
  auto* c = static_cast<Connection*>(self);
  close_db(c);
  decref(c->isolation_level);
  decref(c->row_factory);
  decref(c->text_factory);
  free_object(self);
}

// The isolation level as kept from what __init__ or the setter got: None, or
// one of CPython's four strings, given in any case and kept in upper case.
Ref isolation_level_of(Value v) {
  if (v.is_none()) return Ref::none();
  if (!is_str(v)) return raise(exc::TypeError, "isolation_level must be str or None");
  std::string level(str_utf8(v.as<Str>()));
  for (char& ch : level) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (level == "" || level == "DEFERRED" || level == "IMMEDIATE" || level == "EXCLUSIVE") {
    return str_from_utf8(level);
  }
  return raise(exc::ValueError, "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
}

int connection_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"database", "timeout", "detect_types", "isolation_level",
                                      "check_same_thread", "factory", "cached_statements", "uri"};
  Value a[8];
  if (!bind_args(ArgSpec{"Connection", names, 8, 0, 1}, args, nargs, kwnames, a)) return -1;
  Connection* c = as_connection(self);
  Ref os = import_module("os");
  Ref path = os ? call_method(os.get(), "fspath", {a[0]}) : Ref();
  if (!path) return -1;
  std::string filename;
  if (is_str(path.get())) {
    filename = std::string(str_utf8(path.as<Str>()));
  } else if (is_bytes(path.get())) {
    Buffer b;
    get_buffer(path.get(), &b);
    filename = std::string(b.data);
  }
  double timeout = 5.0;
  if (!a[1].is_null() && number_to_double(a[1], &timeout) <= 0) {
    if (!error_occurred()) raise(exc::TypeError, "must be real number, not " + std::string(type_name_of(a[1])));
    return -1;
  }
  int64_t detect_types = 0;
  if (!a[2].is_null()) {
    detect_types = as_int64(a[2]);
    if (detect_types == -1 && error_occurred()) return -1;
  }
  Ref isolation = isolation_level_of(a[3].is_null() ? Value::object(intern("")) : a[3]);
  if (!isolation) return -1;
  int same_thread = a[4].is_null() ? 1 : is_true(a[4]);
  int uri = a[7].is_null() ? 0 : is_true(a[7]);
  if (same_thread < 0 || uri < 0) return -1;
  close_db(c);
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(filename.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (uri ? SQLITE_OPEN_URI : 0), nullptr);
  if (rc != SQLITE_OK) {
    raise_sqlite_error(db, rc);
    sqlite3_close_v2(db);
    return -1;
  }
  c->db = db;
  sqlite3_busy_timeout(db, static_cast<int>(timeout * 1000));
  c->detect_types = static_cast<int>(detect_types);
  replace(&c->isolation_level, isolation.get());
  replace(&c->row_factory, Value::none());
  replace(&c->text_factory, Value::object(&str_type));
  c->check_same_thread = same_thread != 0;
  c->thread = pthread_self();
  c->initialized = true;
  return 0;
}

Ref connection_cursor(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"factory"};
  Value a[1];
  if (!bind_args(ArgSpec{"cursor", names, 1, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  if (!check_connection(as_connection(self))) return nullptr;
  Value factory = a[0].is_null() ? Value::object(&cursor_type) : a[0];
  Ref cursor = call(factory, {self});
  if (!cursor) return nullptr;
  if (!type_is_subtype(type_of(cursor.get()), &cursor_type)) {
    return raise(exc::TypeError, "factory must return a cursor, not " + std::string(type_name_of(cursor.get())));
  }
  auto* cur = cursor.as<Cursor>();
  if (cur->row_factory.is_none()) replace(&cur->row_factory, as_connection(self)->row_factory);
  return cursor;
}

Ref connection_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("close", kwnames) || !check_arg_count("close", nargs, 0, 0)) return nullptr;
  Connection* c = as_connection(self);
  if (!c->initialized) return raise(errors.programming_error, "Base Connection.__init__ not called.");
  close_db(c);
  return Ref::none();
}

// COMMIT or ROLLBACK when a transaction is open.
Ref end_transaction(Value self, size_t nargs, Tuple* kwnames, const char* name, const char* sql) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 0, 0)) return nullptr;
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  if (!sqlite3_get_autocommit(c->db) && !exec_simple(c, sql)) return nullptr;
  return Ref::none();
}

Ref connection_commit(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return end_transaction(self, nargs, kwnames, "commit", "COMMIT");
}

Ref connection_rollback(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  return end_transaction(self, nargs, kwnames, "rollback", "ROLLBACK");
}

// execute, executemany and executescript through a new cursor.
Ref through_cursor(Value self, const char* method, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref cursor = connection_cursor(self, nullptr, 0, nullptr);
  if (!cursor) return nullptr;
  Ref fn = getattr(cursor.get(), method);
  if (!fn || !call(fn.get(), args, nargs, kwnames)) return nullptr;
  return cursor;
}

Ref connection_execute(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return through_cursor(self, "execute", args, nargs, kwnames);
}
Ref connection_executemany(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return through_cursor(self, "executemany", args, nargs, kwnames);
}
Ref connection_executescript(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return through_cursor(self, "executescript", args, nargs, kwnames);
}

Ref connection_enter(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__enter__", kwnames) || !check_arg_count("__enter__", nargs, 0, 0)) return nullptr;
  if (!check_connection(as_connection(self))) return nullptr;
  return Ref::borrow(self);
}

// Commits when the block succeeded, rolls back when it raised; never
// swallows the exception.
Ref connection_exit(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__exit__", kwnames) || !check_arg_count("__exit__", nargs, 3, 3)) return nullptr;
  bool failed = !args[0].is_none() || !args[1].is_none() || !args[2].is_none();
  Ref r = failed ? connection_rollback(self, nullptr, 0, nullptr) : connection_commit(self, nullptr, 0, nullptr);
  if (!r) return nullptr;
  return Ref::boolean(false);
}

Ref connection_interrupt(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("interrupt", kwnames) || !check_arg_count("interrupt", nargs, 0, 0)) return nullptr;
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  sqlite3_interrupt(c->db);
  return Ref::none();
}

Ref connection_iterdump(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("iterdump", kwnames) || !check_arg_count("iterdump", nargs, 0, 0)) return nullptr;
  if (!check_connection(as_connection(self))) return nullptr;
  Ref dump = import_module("sqlite3.dump");
  if (!dump) return nullptr;
  return call_method(dump.get(), "_iterdump", {self});
}

// ---- callbacks from SQLite ----

// An exception from a callback: reported through sys.unraisablehook when
// tracebacks are enabled, dropped otherwise.
void report_callback_error(Value callable) {
  if (callback_tracebacks) {
    write_unraisable(callable);
  } else {
    clear_error();
  }
}

// The Python values of a callback's arguments, as a tuple.
Ref callback_args(int argc, sqlite3_value** argv) {
  Tuple* t = tuple_new(argc);
  if (t == nullptr) return nullptr;
  Ref tuple = Ref::steal(t);
  for (int i = 0; i < argc; i++) {
    Ref v = value_from_sqlite(argv[i]);
    if (!v) return nullptr;
    t->items[i] = v.release();
  }
  return tuple;
}

void call_function(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  Value fn = Value::object(static_cast<Object*>(sqlite3_user_data(ctx)));
  Ref args = callback_args(argc, argv);
  Ref result = args ? call_with_tuple_dict(fn, args.get(), Value()) : Ref();
  if (!result || !set_result(ctx, result.get())) {
    if (error_occurred()) report_callback_error(fn);
    sqlite3_result_error(ctx, "user-defined function raised exception", -1);
  }
}

void release_callable(void* p) { decref(Value::object(static_cast<Object*>(p))); }

// The aggregate's instance lives in SQLite's aggregate context, one per group.
Value* aggregate_slot(sqlite3_context* ctx, bool create) {
  return static_cast<Value*>(sqlite3_aggregate_context(ctx, create ? sizeof(Value) : 0));
}

void aggregate_step(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  Value cls = Value::object(static_cast<Object*>(sqlite3_user_data(ctx)));
  Value* slot = aggregate_slot(ctx, true);
  if (slot == nullptr) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (slot->is_null()) {
    Ref instance = call(cls, {});
    if (!instance) {
      report_callback_error(cls);
      sqlite3_result_error(ctx, "user-defined aggregate's '__init__' method raised error", -1);
      return;
    }
    *slot = instance.release();
  }
  Ref step = getattr(*slot, "step");
  Ref args = step ? callback_args(argc, argv) : Ref();
  if (!args || !call_with_tuple_dict(step.get(), args.get(), Value())) {
    report_callback_error(cls);
    sqlite3_result_error(ctx, "user-defined aggregate's 'step' method raised error", -1);
  }
}

void aggregate_final(sqlite3_context* ctx) {
  Value cls = Value::object(static_cast<Object*>(sqlite3_user_data(ctx)));
  Value* slot = aggregate_slot(ctx, false);
  if (slot == nullptr || slot->is_null()) return;  // __init__ failed: already reported
  Ref instance = Ref::steal(*slot);
  *slot = Value();
  // A pending error from step() must not be taken for finalize()'s.
  Ref result = call_method(instance.get(), "finalize", {});
  if (!result || !set_result(ctx, result.get())) {
    if (error_occurred()) report_callback_error(cls);
    sqlite3_result_error(ctx, "user-defined aggregate's 'finalize' method raised error", -1);
  }
}

int call_collation(void* fn, int len1, const void* s1, int len2, const void* s2) {
  Value callable = Value::object(static_cast<Object*>(fn));
  Ref a = str_from_utf8(std::string_view(static_cast<const char*>(s1), static_cast<size_t>(len1)));
  Ref b = str_from_utf8(std::string_view(static_cast<const char*>(s2), static_cast<size_t>(len2)));
  Ref r = a && b ? call(callable, {a.get(), b.get()}) : Ref();
  if (!r || !is_int(r.get())) {
    if (error_occurred()) report_callback_error(callable);
    return 0;
  }
  return int_sign(r.get());
}

// Registers `callable` for a function or aggregate; the connection keeps a
// reference until SQLite drops the definition.
Ref register_function(Connection* c, Value name, int64_t narg, Value callable, int flags, bool aggregate) {
  if (!is_str(name)) {
    return raise(exc::TypeError, std::string("argument 1 must be str, not ") + type_name_of(name));
  }
  std::string fname(str_utf8(name.as<Str>()));
  incref(callable);
  int rc = sqlite3_create_function_v2(c->db, fname.c_str(), static_cast<int>(narg), SQLITE_UTF8 | flags,
                                      callable.as_object(), aggregate ? nullptr : call_function,
                                      aggregate ? aggregate_step : nullptr, aggregate ? aggregate_final : nullptr,
                                      release_callable);
  if (rc != SQLITE_OK) {
    return raise(errors.operational_error, aggregate ? "Error creating aggregate" : "Error creating function");
  }
  return Ref::none();
}

Ref connection_create_function(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "narg", "func", "deterministic"};
  Value a[4];
  ArgSpec spec{"create_function", names, 4, 0, 3, 3};
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  int64_t narg = as_int64(a[1]);
  if (narg == -1 && error_occurred()) return nullptr;
  int deterministic = a[3].is_null() ? 0 : is_true(a[3]);
  if (deterministic < 0) return nullptr;
  if (a[2].is_none()) {
    std::string fname(is_str(a[0]) ? str_utf8(a[0].as<Str>()) : "");
    sqlite3_create_function_v2(c->db, fname.c_str(), static_cast<int>(narg), SQLITE_UTF8, nullptr, nullptr,
                               nullptr, nullptr, nullptr);
    return Ref::none();
  }
  return register_function(c, a[0], narg, a[2], deterministic ? SQLITE_DETERMINISTIC : 0, false);
}

Ref connection_create_aggregate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "n_arg", "aggregate_class"};
  Value a[3];
  if (!bind_args(ArgSpec{"create_aggregate", names, 3, 0, 3}, args, nargs, kwnames, a)) return nullptr;
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  int64_t narg = as_int64(a[1]);
  if (narg == -1 && error_occurred()) return nullptr;
  return register_function(c, a[0], narg, a[2], 0, true);
}

Ref connection_create_collation(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("create_collation", kwnames) || !check_arg_count("create_collation", nargs, 2, 2)) {
    return nullptr;
  }
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("create_collation() argument 1 must be str, not ") +
                                     type_name_of(args[0]));
  }
  std::string cname(str_utf8(args[0].as<Str>()));
  Value fn = args[1];
  if (!fn.is_none() && type_of(fn)->call == nullptr) return raise(exc::TypeError, "parameter must be callable");
  if (!fn.is_none()) incref(fn);
  int rc = sqlite3_create_collation_v2(c->db, cname.c_str(), SQLITE_UTF8,
                                       fn.is_none() ? nullptr : fn.as_object(),
                                       fn.is_none() ? nullptr : call_collation,
                                       fn.is_none() ? nullptr : release_callable);
  if (rc != SQLITE_OK) return raise_sqlite_error(c->db, rc);
  return Ref::none();
}

// ---- attributes ----

Ref get_isolation_level(Value self) {
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  return Ref::borrow(c->isolation_level);
}

int set_isolation_level(Value self, Value v) {
  Connection* c = as_connection(self);
  if (!check_connection(c)) return -1;
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  Ref level = isolation_level_of(v);
  if (!level) return -1;
  // Autocommit from now on: what is pending is committed first.
  if (v.is_none() && !sqlite3_get_autocommit(c->db) && !exec_simple(c, "COMMIT")) return -1;
  replace(&c->isolation_level, level.get());
  return 0;
}

Ref get_in_transaction(Value self) {
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  return Ref::boolean(!sqlite3_get_autocommit(c->db));
}

Ref get_total_changes(Value self) {
  Connection* c = as_connection(self);
  if (!check_connection(c)) return nullptr;
  return int_from_int64(sqlite3_total_changes64(c->db));
}

Ref get_row_factory(Value self) { return Ref::borrow(as_connection(self)->row_factory); }
int set_row_factory(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  replace(&as_connection(self)->row_factory, v);
  return 0;
}
Ref get_text_factory(Value self) { return Ref::borrow(as_connection(self)->text_factory); }
int set_text_factory(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  replace(&as_connection(self)->text_factory, v);
  return 0;
}

// Connection.Error and friends: the module's exception classes (DB-API's
// optional extension).
template <Type* Exceptions::*Member>
Ref get_exception(Value) {
  return Ref::borrow(Value::object(errors.*Member));
}

const MethodDef kConnectionMethods[] = {
    {"cursor", connection_cursor, kMethodInstance, "cursor($self, /, factory=<unrepresentable>)\n--\n\nReturn a cursor for the connection."},
    {"close", connection_close, kMethodInstance, "close($self, /)\n--\n\nClose the database connection."},
    {"commit", connection_commit, kMethodInstance, "commit($self, /)\n--\n\nCommit the current transaction."},
    {"rollback", connection_rollback, kMethodInstance, "rollback($self, /)\n--\n\nRoll back the current transaction."},
    {"execute", connection_execute, kMethodInstance, "execute($self, sql, parameters=<unrepresentable>, /)\n--\n\nExecutes an SQL statement."},
    {"executemany", connection_executemany, kMethodInstance, "executemany($self, sql, parameters, /)\n--\n\nRepeatedly executes an SQL statement."},
    {"executescript", connection_executescript, kMethodInstance, "executescript($self, sql_script, /)\n--\n\nExecutes multiple SQL statements at once."},
    {"create_function", connection_create_function, kMethodInstance, "create_function($self, /, name, narg, func, *, deterministic=False)\n--\n\nCreates a new function."},
    {"create_aggregate", connection_create_aggregate, kMethodInstance, "create_aggregate($self, /, name, n_arg, aggregate_class)\n--\n\nCreates a new aggregate."},
    {"create_collation", connection_create_collation, kMethodInstance, "create_collation($self, name, callback, /)\n--\n\nCreates a collation function."},
    {"interrupt", connection_interrupt, kMethodInstance, "interrupt($self, /)\n--\n\nAbort any pending database operation."},
    {"iterdump", connection_iterdump, kMethodInstance, "iterdump($self, /)\n--\n\nReturns iterator to the dump of the database in an SQL text format."},
    {"__enter__", connection_enter, kMethodInstance, "__enter__($self, /)\n--\n\nCalled when the connection is used as a context manager."},
    {"__exit__", connection_exit, kMethodInstance, "__exit__($self, type, value, traceback, /)\n--\n\nCalled when the connection is used as a context manager."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kConnectionGetSets[] = {
    {"isolation_level", get_isolation_level, set_isolation_level, nullptr},
    {"in_transaction", get_in_transaction, nullptr, nullptr},
    {"total_changes", get_total_changes, nullptr, nullptr},
    {"row_factory", get_row_factory, set_row_factory, nullptr},
    {"text_factory", get_text_factory, set_text_factory, nullptr},
    {"Warning", get_exception<&Exceptions::warning>, nullptr, nullptr},
    {"Error", get_exception<&Exceptions::error>, nullptr, nullptr},
    {"InterfaceError", get_exception<&Exceptions::interface_error>, nullptr, nullptr},
    {"DatabaseError", get_exception<&Exceptions::database_error>, nullptr, nullptr},
    {"InternalError", get_exception<&Exceptions::internal_error>, nullptr, nullptr},
    {"OperationalError", get_exception<&Exceptions::operational_error>, nullptr, nullptr},
    {"ProgrammingError", get_exception<&Exceptions::programming_error>, nullptr, nullptr},
    {"IntegrityError", get_exception<&Exceptions::integrity_error>, nullptr, nullptr},
    {"DataError", get_exception<&Exceptions::data_error>, nullptr, nullptr},
    {"NotSupportedError", get_exception<&Exceptions::not_supported_error>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

bool check_connection(Connection* c) {
  if (!c->initialized) {
    raise(errors.programming_error, "Base Connection.__init__ not called.");
    return false;
  }
  if (c->check_same_thread && !pthread_equal(c->thread, pthread_self())) {
    raise(errors.programming_error,
          "SQLite objects created in a thread can only be used in that same thread. The object was created in "
          "thread id " + std::to_string(static_cast<unsigned long>(c->thread)) + " and this is thread id " +
              std::to_string(static_cast<unsigned long>(pthread_self())) + ".");
    return false;
  }
  if (c->db == nullptr) {
    raise(errors.programming_error, "Cannot operate on a closed database.");
    return false;
  }
  return true;
}

bool exec_simple(Connection* c, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(c->db, sql, -1, &stmt, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_OK) {
    raise_sqlite_error(c->db, rc);
    return false;
  }
  return true;
}

int init_connection_type() {
  Type& t = connection_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "sqlite3.Connection";
  t.doc = "SQLite database connection object.";
  t.basic_size = sizeof(Connection);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.new_ = connection_new;
  t.init = connection_init;
  t.dealloc = connection_dealloc;
  t.methods = kConnectionMethods;
  t.getsets = kConnectionGetSets;
  return type_ready(&t);
}

}  // namespace taipan::sqlite
