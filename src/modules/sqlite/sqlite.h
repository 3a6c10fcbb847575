// The `_sqlite3` module over libsqlite3, shared between its files:
// Connection (connection.cpp), Cursor and statement execution (cursor.cpp),
// Row (row.cpp), and the module with its exceptions, adapters and
// converters (sqlite_module.cpp). CPython's sqlite3 package is built on it.
#pragma once

#include <sqlite3.h>
#include <pthread.h>

#include <string>

#include "objects/type.h"

namespace taipan::sqlite {

struct Connection : Object {
  sqlite3* db;  // null once closed (or before __init__)
  bool initialized;
  int detect_types;
  Value isolation_level;  // owned: None (autocommit) or "", "DEFERRED", ...
  Value row_factory;      // owned
  Value text_factory;     // owned
  bool check_same_thread;
  pthread_t thread;  // the creating thread
};

struct Cursor : Object {
  Value connection;   // owned: a Connection
  Value description;  // owned: None or a tuple of 7-tuples
  Value row_factory;  // owned
  Value lastrowid;    // owned
  int64_t rowcount;
  int64_t arraysize;
  bool closed;
  bool initialized;
  sqlite3_stmt* stmt;  // a statement with a row ready to fetch, or null
  Value converters;    // owned: per-column converter list (or None entries), or null
};

struct Row : Object {
  Value description;  // owned: the cursor's description tuple
  Value data;         // owned: tuple of the values
};

extern Type connection_type;
extern Type cursor_type;
extern Type row_type;
extern Type prepare_protocol_type;

// The module's exception classes (owned by the module state, created once).
struct Exceptions {
  Type* warning;
  Type* error;
  Type* interface_error;
  Type* database_error;
  Type* internal_error;
  Type* operational_error;
  Type* programming_error;
  Type* integrity_error;
  Type* data_error;
  Type* not_supported_error;
};
extern Exceptions errors;

// Registries shared with Python: adapters[(type, PrepareProtocol)] and
// converters[NAME].
extern Dict* adapters;
extern Dict* converters;
extern bool callback_tracebacks;

// Raises the exception for the connection's last error (or `rc` when
// there is no database handle); returns null.
Ref raise_sqlite_error(sqlite3* db, int rc);

// The checks every operation starts with: open, initialised, right thread.
// False with ProgrammingError set.
bool check_connection(Connection* c);

// Executes one statement outside any cursor (BEGIN, COMMIT, ROLLBACK).
bool exec_simple(Connection* c, const char* sql);

// Adapts a parameter as the adapters registry says (new reference).
Ref adapt_value(Value v);

// Python value of a column / function argument.
Ref value_from_sqlite(sqlite3_value* v);
// Sets a function's result from a Python value; false if its type is unsupported.
bool set_result(sqlite3_context* ctx, Value v);

// Readies the module's types; each file readies its own.
int init_connection_type();
int init_cursor_type();
int init_row_types();  // Row and PrepareProtocol

}  // namespace taipan::sqlite
