// sqlite3.Cursor: preparing and running statements (parameter binding,
// implicit BEGIN before DML, executemany, executescript), fetching rows with
// converters and the text and row factories, and the cursor's attributes.
#include <cstring>
#include <string>

#include "modules/sqlite/sqlite.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::sqlite {

Type cursor_type;

namespace {

Cursor* as_cursor(Value v) { return v.as<Cursor>(); }
Connection* connection_of(Cursor* c) { return c->connection.as<Connection>(); }

void replace(Value* slot, Value v) {
  incref(v);
  Value old = *slot;
  *slot = v;
  decref(old);
}

void reset_statement(Cursor* c) {
  if (c->stmt != nullptr) {
    sqlite3_finalize(c->stmt);
    c->stmt = nullptr;
  }
  if (!c->converters.is_null()) {
    decref(c->converters);
    c->converters = Value();
  }
}

Ref cursor_new(Type* type, const Value*, size_t, Tuple*) {
  auto* c = new_object<Cursor>(type, static_cast<size_t>(type->basic_size));
  if (c == nullptr) return nullptr;
  c->connection = Value::none();
  c->description = Value::none();
  c->row_factory = Value::none();
  c->lastrowid = Value::none();
  c->rowcount = -1;
  c->arraysize = 1;
  return Ref::steal(c);
}

void cursor_dealloc(Object* self) {
  auto* c = static_cast<Cursor*>(self);
  reset_statement(c);
  decref(c->connection);
  decref(c->description);
  decref(c->row_factory);
  decref(c->lastrowid);
  free_object(self);
}

int cursor_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Cursor", kwnames) || !check_arg_count("Cursor", nargs, 1, 1)) return -1;
  if (!type_is_subtype(type_of(args[0]), &connection_type)) {
    return fail(exc::TypeError, std::string("Cursor() argument 1 must be sqlite3.Connection, not ") +
                                    type_name_of(args[0]));
  }
  Cursor* c = as_cursor(self);
  replace(&c->connection, args[0]);
  replace(&c->description, Value::none());
  replace(&c->lastrowid, Value::none());
  c->rowcount = -1;
  c->arraysize = 1;
  c->closed = false;
  c->initialized = true;
  return 0;
}

// The checks before any use of a cursor.
bool check_cursor(Cursor* c) {
  if (!c->initialized) {
    raise(errors.programming_error, "Base Cursor.__init__ not called.");
    return false;
  }
  if (c->closed) {
    raise(errors.programming_error, "Cannot operate on a closed cursor.");
    return false;
  }
  return check_connection(connection_of(c));
}

// Skips white space and SQL comments; null at an unterminated /* comment.
const char* skip_blank(const char* p) {
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') p++;
    if (p[0] == '-' && p[1] == '-') {
      while (*p != '\0' && *p != '\n') p++;
    } else if (p[0] == '/' && p[1] == '*') {
      const char* end = std::strstr(p + 2, "*/");
      if (end == nullptr) return p + std::strlen(p);
      p = end + 2;
    } else {
      return p;
    }
  }
}

// DML statements open a transaction implicitly.
bool is_dml(const char* sql) {
  const char* p = skip_blank(sql);
  for (const char* word : {"insert", "update", "delete", "replace"}) {
    if (strncasecmp(p, word, std::strlen(word)) == 0) return true;
  }
  return false;
}

// Binds one parameter (1-based index) after adaptation.
bool bind_one(Cursor* c, sqlite3_stmt* stmt, int index, Value raw) {
  Ref adapted = adapt_value(raw);
  if (!adapted) return false;
  Value v = adapted.get();
  int rc;
  if (v.is_none()) {
    rc = sqlite3_bind_null(stmt, index);
  } else if (is_int(v)) {
    int64_t n;
    if (!int_to_int64(v, &n)) {
      raise(exc::OverflowError, "Python int too large to convert to SQLite INTEGER");
      return false;
    }
    rc = sqlite3_bind_int64(stmt, index, n);
  } else if (is_float(v)) {
    rc = sqlite3_bind_double(stmt, index, float_value(v));
  } else if (is_str(v)) {
    std::string_view text = str_utf8(v.as<Str>());
    rc = sqlite3_bind_text64(stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  } else {
    Buffer buf;
    if (!get_buffer(v, &buf)) {
      raise(errors.programming_error, "Error binding parameter " + std::to_string(index) + ": type '" +
                                          type_name_of(v) + "' is not supported");
      return false;
    }
    rc = sqlite3_bind_blob64(stmt, index, buf.data.data(), buf.data.size(), SQLITE_TRANSIENT);
  }
  if (rc != SQLITE_OK) {
    raise_sqlite_error(connection_of(c)->db, rc);
    return false;
  }
  return true;
}

bool bind_parameters(Cursor* c, sqlite3_stmt* stmt, Value params) {
  int count = sqlite3_bind_parameter_count(stmt);
  bool as_mapping = type_is_subtype(type_of(params), &dict_type);
  if (!as_mapping) {
    Ref seq = is_tuple(params) ? Ref::borrow(params) : Ref();
    if (!seq) {
      if (!type_has_flag(type_of(params), kTypeSequence) && type_of(params)->getitem == nullptr) {
        raise(errors.programming_error, "parameters are of unsupported type");
        return false;
      }
      seq = tuple_from_iterable(params);
      if (!seq) return false;
    }
    auto* t = seq.as<Tuple>();
    if (t->size != count) {
      raise(errors.programming_error, "Incorrect number of bindings supplied. The current statement uses " +
                                          std::to_string(count) + ", and there are " + std::to_string(t->size) +
                                          " supplied.");
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!bind_one(c, stmt, i + 1, t->items[i])) return false;
    }
    return true;
  }
  for (int i = 1; i <= count; i++) {
    const char* name = sqlite3_bind_parameter_name(stmt, i);
    if (name == nullptr) {
      raise(errors.programming_error, "Binding " + std::to_string(i) +
                                          " has no name, but you supplied a dictionary (which has only names).");
      return false;
    }
    Ref key = str_from_utf8(name + 1);
    if (!key) return false;
    Ref value = getitem(params, key.get());
    if (!value) {
      if (error_matches(exc::KeyError)) {
        clear_error();
        raise(errors.programming_error,
              std::string("You did not supply a value for binding parameter ") + name + ".");
      }
      return false;
    }
    if (!bind_one(c, stmt, i, value.get())) return false;
  }
  return true;
}

// A column's name for description: with PARSE_COLNAMES, without its
// "[type]" suffix.
std::string column_name(Cursor* c, int i) {
  const char* name = sqlite3_column_name(c->stmt, i);
  std::string s = name != nullptr ? name : "";
  if (connection_of(c)->detect_types & 2) {
    size_t bracket = s.find('[');
    if (bracket != std::string::npos) {
      if (bracket > 0 && s[bracket - 1] == ' ') bracket--;
      s.resize(bracket);
    }
  }
  return s;
}

Value converter_named(std::string name) {
  for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  Ref key = str_from_utf8(name);
  if (!key) return Value();
  return dict_get(converters, key.get());
}

// Builds description and the converter of each column.
bool describe_columns(Cursor* c) {
  int n = sqlite3_column_count(c->stmt);
  if (n == 0) {
    replace(&c->description, Value::none());
    return true;
  }
  Tuple* desc = tuple_new(n);
  if (desc == nullptr) return false;
  Ref desc_ref = Ref::steal(desc);
  int detect = connection_of(c)->detect_types;
  List* convs = detect != 0 ? list_new(0) : nullptr;
  Ref convs_ref = convs != nullptr ? Ref::steal(convs) : Ref();
  for (int i = 0; i < n; i++) {
    Ref name = str_from_utf8(column_name(c, i));
    if (!name) return false;
    Ref entry = tuple_pack({name.get(), Value::none(), Value::none(), Value::none(), Value::none(), Value::none(),
                            Value::none()});
    if (!entry) return false;
    desc->items[i] = entry.release();
    if (convs == nullptr) continue;
    Value conv;
    if (detect & 2) {
      const char* cname = sqlite3_column_name(c->stmt, i);
      const char* open = cname != nullptr ? std::strchr(cname, '[') : nullptr;
      const char* close = open != nullptr ? std::strchr(open, ']') : nullptr;
      if (close != nullptr) conv = converter_named(std::string(open + 1, close));
    }
    if (conv.is_null() && (detect & 1)) {
      const char* decl = sqlite3_column_decltype(c->stmt, i);
      if (decl != nullptr) {
        std::string type(decl);
        size_t end = type.find_first_of(" (");
        if (end != std::string::npos) type.resize(end);
        conv = converter_named(type);
      }
    }
    if (error_occurred()) return false;
    if (list_append(convs, conv.is_null() ? Value::none() : conv) < 0) return false;
  }
  replace(&c->description, desc_ref.get());
  if (convs != nullptr) c->converters = convs_ref.release();
  return true;
}

// One column of the current row as a Python value.
Ref column_value(Cursor* c, int i) {
  sqlite3_stmt* st = c->stmt;
  int type = sqlite3_column_type(st, i);
  if (!c->converters.is_null()) {
    Value conv = c->converters.as<List>()->items[i];
    if (!conv.is_none() && type != SQLITE_NULL) {
      auto* blob = static_cast<const char*>(sqlite3_column_blob(st, i));
      Ref bytes = bytes_from_string(std::string_view(blob, static_cast<size_t>(sqlite3_column_bytes(st, i))));
      if (!bytes) return nullptr;
      return call(conv, {bytes.get()});
    }
  }
  switch (type) {
    case SQLITE_NULL: return Ref::none();
    case SQLITE_INTEGER: return int_from_int64(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT: return Ref::from_double(sqlite3_column_double(st, i));
    case SQLITE_TEXT: {
      auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
      std::string_view data(text, static_cast<size_t>(sqlite3_column_bytes(st, i)));
      Value factory = connection_of(c)->text_factory;
      if (factory.is_object() && factory.as_object() == &str_type) {
        Ref s = str_from_utf8(data);
        if (!s && error_matches(exc::UnicodeDecodeError)) {
          clear_error();
          const char* name = sqlite3_column_name(st, i);
          raise(errors.operational_error, std::string("Could not decode to UTF-8 column '") +
                                              (name != nullptr ? name : "") + "' with text '" +
                                              std::string(data) + "'");
        }
        return s;
      }
      Ref bytes = bytes_from_string(data);
      if (!bytes || (factory.is_object() && factory.as_object() == &bytes_type)) return bytes;
      return call(factory, {bytes.get()});
    }
    default: {
      auto* blob = static_cast<const char*>(sqlite3_column_blob(st, i));
      return bytes_from_string(std::string_view(blob, static_cast<size_t>(sqlite3_column_bytes(st, i))));
    }
  }
}

// Steps the statement: true with a row ready, or finished (stmt reset).
bool step(Cursor* c) {
  int rc = sqlite3_step(c->stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) {
    reset_statement(c);
    return true;
  }
  if (error_occurred()) {
    reset_statement(c);
    return false;
  }
  raise_sqlite_error(connection_of(c)->db, rc);
  reset_statement(c);
  return false;
}

// Runs `sql` once per parameter set (one set: execute; several: executemany).
Ref execute_with(Value self, Value sql, Value param_sets, bool many, const char* name) {
  Cursor* c = as_cursor(self);
  if (!check_cursor(c)) return nullptr;
  if (!is_str(sql)) {
    return raise(exc::TypeError, std::string(name) + "() argument 1 must be str, not " + type_name_of(sql));
  }
  Connection* conn = connection_of(c);
  reset_statement(c);
  std::string text(str_utf8(sql.as<Str>()));
  if (std::strlen(text.c_str()) != text.size()) {
    return raise(errors.programming_error, "the query contains a null character");
  }
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(conn->db, text.c_str(), static_cast<int>(text.size()) + 1, &stmt, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return raise_sqlite_error(conn->db, rc);
  }
  if (tail != nullptr && *skip_blank(tail) != '\0') {
    sqlite3_finalize(stmt);
    return raise(errors.programming_error, "You can only execute one statement at a time.");
  }
  replace(&c->description, Value::none());
  c->rowcount = -1;
  if (stmt == nullptr) return Ref::borrow(self);  // only blanks and comments
  if (many && sqlite3_stmt_readonly(stmt)) {
    sqlite3_finalize(stmt);
    return raise(errors.programming_error, "executemany() can only execute DML statements.");
  }
  // The statement belongs to the cursor from here: reset_statement() finalizes it.
  c->stmt = stmt;
  if (!describe_columns(c)) return nullptr;
  bool dml = is_dml(text.c_str());
  if (dml) c->rowcount = 0;
  Ref sets = iter(param_sets);
  if (!sets) return nullptr;
  int rc_step = SQLITE_DONE;
  for (;;) {
    Ref params = next(sets.get());
    if (!params) {
      if (error_occurred()) return nullptr;
      break;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (!bind_parameters(c, stmt, params.get())) {
      reset_statement(c);
      return nullptr;
    }
    if (dml && !conn->isolation_level.is_none() && sqlite3_get_autocommit(conn->db)) {
      std::string begin = "BEGIN " + std::string(str_utf8(conn->isolation_level.as<Str>()));
      if (!exec_simple(conn, begin.c_str())) {
        reset_statement(c);
        return nullptr;
      }
    }
    rc_step = sqlite3_step(stmt);
    if (rc_step != SQLITE_ROW && rc_step != SQLITE_DONE) {
      if (!error_occurred()) raise_sqlite_error(conn->db, rc_step);
      reset_statement(c);
      return nullptr;
    }
    if (dml) c->rowcount += sqlite3_changes64(conn->db);
    Ref rowid = int_from_int64(sqlite3_last_insert_rowid(conn->db));
    if (!rowid) return nullptr;
    replace(&c->lastrowid, rowid.get());
    if (!many) break;
  }
  // A row left to fetch keeps the statement; otherwise it is done.
  if (many || rc_step != SQLITE_ROW) {
    sqlite3_finalize(c->stmt);
    c->stmt = nullptr;
  }
  return Ref::borrow(self);
}

Ref cursor_execute(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("execute", kwnames) || !check_arg_count("execute", nargs, 1, 2)) return nullptr;
  Value params = nargs > 1 ? args[1] : Value::object(empty_tuple());
  Ref one = tuple_pack({params});
  if (!one) return nullptr;
  return execute_with(self, args[0], one.get(), false, "execute");
}

Ref cursor_executemany(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("executemany", kwnames) || !check_arg_count("executemany", nargs, 2, 2)) return nullptr;
  return execute_with(self, args[0], args[1], true, "executemany");
}

Ref cursor_executescript(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("executescript", kwnames) || !check_arg_count("executescript", nargs, 1, 1)) return nullptr;
  Cursor* c = as_cursor(self);
  if (!check_cursor(c)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("executescript() argument 1 must be str, not ") +
                                     type_name_of(args[0]));
  }
  Connection* conn = connection_of(c);
  reset_statement(c);
  std::string script(str_utf8(args[0].as<Str>()));
  if (std::strlen(script.c_str()) != script.size()) {
    return raise(errors.programming_error, "the query contains a null character");
  }
  // A pending transaction is committed first.
  if (!sqlite3_get_autocommit(conn->db) && !exec_simple(conn, "COMMIT")) return nullptr;
  const char* sql = script.c_str();
  while (*sql != '\0') {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(conn->db, sql, -1, &stmt, &tail);
    if (rc == SQLITE_OK && stmt != nullptr) {
      do {
        rc = sqlite3_step(stmt);
      } while (rc == SQLITE_ROW);
      if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
      if (error_occurred()) return nullptr;
      return raise_sqlite_error(conn->db, rc);
    }
    sql = tail;
  }
  return Ref::borrow(self);
}

// The current row through the row factory, then a step forward; null with
// no exception at the end.
Ref fetch_row(Cursor* c) {
  if (c->stmt == nullptr) return nullptr;
  int n = sqlite3_data_count(c->stmt);
  Tuple* row = tuple_new(n);
  if (row == nullptr) return nullptr;
  Ref row_ref = Ref::steal(row);
  for (int i = 0; i < n; i++) {
    Ref v = column_value(c, i);
    if (!v) return nullptr;
    row->items[i] = v.release();
  }
  if (!step(c)) return nullptr;
  if (c->row_factory.is_none()) return row_ref;
  return call(c->row_factory, {Value::object(c), row_ref.get()});
}

Ref cursor_fetchone(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("fetchone", kwnames) || !check_arg_count("fetchone", nargs, 0, 0)) return nullptr;
  Cursor* c = as_cursor(self);
  if (!check_cursor(c)) return nullptr;
  Ref row = fetch_row(c);
  if (!row && !error_occurred()) return Ref::none();
  return row;
}

// Up to `limit` rows (all when negative) in a list.
Ref fetch_rows(Cursor* c, int64_t limit) {
  List* rows = list_new(0);
  if (rows == nullptr) return nullptr;
  Ref rows_ref = Ref::steal(rows);
  for (int64_t i = 0; limit < 0 || i < limit; i++) {
    Ref row = fetch_row(c);
    if (!row) {
      if (error_occurred()) return nullptr;
      break;
    }
    if (list_append(rows, row.get()) < 0) return nullptr;
  }
  return rows_ref;
}

Ref cursor_fetchmany(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"size"};
  Value a[1];
  if (!bind_args(ArgSpec{"fetchmany", names, 1, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  Cursor* c = as_cursor(self);
  if (!check_cursor(c)) return nullptr;
  int64_t size = c->arraysize;
  if (!a[0].is_null()) {
    size = as_int64(a[0]);
    if (size == -1 && error_occurred()) return nullptr;
  }
  return fetch_rows(c, size);
}

Ref cursor_fetchall(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("fetchall", kwnames) || !check_arg_count("fetchall", nargs, 0, 0)) return nullptr;
  Cursor* c = as_cursor(self);
  if (!check_cursor(c)) return nullptr;
  return fetch_rows(c, -1);
}

Ref cursor_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("close", kwnames) || !check_arg_count("close", nargs, 0, 0)) return nullptr;
  Cursor* c = as_cursor(self);
  if (!c->initialized) return raise(errors.programming_error, "Base Cursor.__init__ not called.");
  if (!check_connection(connection_of(c))) return nullptr;
  reset_statement(c);
  c->closed = true;
  return Ref::none();
}

Ref cursor_noop(Value, const Value*, size_t, Tuple*) { return Ref::none(); }

Ref cursor_iter(Value self) { return Ref::borrow(self); }

Ref cursor_next(Value self) {
  Cursor* c = as_cursor(self);
  if (!check_cursor(c)) return nullptr;
  return fetch_row(c);
}

Ref get_connection(Value self) { return Ref::borrow(as_cursor(self)->connection); }
Ref get_description(Value self) { return Ref::borrow(as_cursor(self)->description); }
Ref get_lastrowid(Value self) { return Ref::borrow(as_cursor(self)->lastrowid); }
Ref get_rowcount(Value self) { return int_from_int64(as_cursor(self)->rowcount); }
Ref get_arraysize(Value self) { return int_from_int64(as_cursor(self)->arraysize); }
int set_arraysize(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  int64_t n = as_int64(v);
  if (n == -1 && error_occurred()) return -1;
  as_cursor(self)->arraysize = n;
  return 0;
}
Ref get_row_factory(Value self) { return Ref::borrow(as_cursor(self)->row_factory); }
int set_row_factory(Value self, Value v) {
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  replace(&as_cursor(self)->row_factory, v);
  return 0;
}

const MethodDef kCursorMethods[] = {
    {"execute", cursor_execute, kMethodInstance, "execute($self, sql, parameters=(), /)\n--\n\nExecutes an SQL statement."},
    {"executemany", cursor_executemany, kMethodInstance, "executemany($self, sql, seq_of_parameters, /)\n--\n\nRepeatedly executes an SQL statement."},
    {"executescript", cursor_executescript, kMethodInstance, "executescript($self, sql_script, /)\n--\n\nExecutes multiple SQL statements at once."},
    {"fetchone", cursor_fetchone, kMethodInstance, "fetchone($self, /)\n--\n\nFetches one row from the resultset."},
    {"fetchmany", cursor_fetchmany, kMethodInstance, "fetchmany($self, /, size=1)\n--\n\nFetches several rows from the resultset."},
    {"fetchall", cursor_fetchall, kMethodInstance, "fetchall($self, /)\n--\n\nFetches all rows from the resultset."},
    {"close", cursor_close, kMethodInstance, "close($self, /)\n--\n\nCloses the cursor."},
    {"setinputsizes", cursor_noop, kMethodInstance, "setinputsizes($self, sizes, /)\n--\n\nRequired by DB-API. Does nothing in sqlite3."},
    {"setoutputsize", cursor_noop, kMethodInstance, "setoutputsize($self, size, column=None, /)\n--\n\nRequired by DB-API. Does nothing in sqlite3."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kCursorGetSets[] = {
    {"connection", get_connection, nullptr, nullptr},
    {"description", get_description, nullptr, nullptr},
    {"lastrowid", get_lastrowid, nullptr, nullptr},
    {"rowcount", get_rowcount, nullptr, nullptr},
    {"arraysize", get_arraysize, set_arraysize, nullptr},
    {"row_factory", get_row_factory, set_row_factory, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int init_cursor_type() {
  Type& t = cursor_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "sqlite3.Cursor";
  t.doc = "SQLite database cursor class.";
  t.basic_size = sizeof(Cursor);
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.new_ = cursor_new;
  t.init = cursor_init;
  t.dealloc = cursor_dealloc;
  t.iter = cursor_iter;
  t.next = cursor_next;
  t.methods = kCursorMethods;
  t.getsets = kCursorGetSets;
  return type_ready(&t);
}

}  // namespace taipan::sqlite
