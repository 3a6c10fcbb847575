// sqlite3.Row, the row factory that indexes a row by position or by
// column name (case-insensitively), and sqlite3.PrepareProtocol, the
// protocol object adapters are registered under.
#include <strings.h>

#include <string>

#include "modules/sqlite/sqlite.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::sqlite {

Type row_type;
Type prepare_protocol_type;

namespace {

Row* as_row(Value v) { return v.as<Row>(); }
Tuple* data_of(Row* r) { return r->data.as<Tuple>(); }

Ref row_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("Row", kwnames) || !check_arg_count("Row", nargs, 2, 2)) return nullptr;
  if (!type_is_subtype(type_of(args[0]), &cursor_type)) {
    return raise(exc::TypeError, std::string("Row() argument 1 must be sqlite3.Cursor, not ") +
                                     type_name_of(args[0]));
  }
  if (!is_tuple(args[1])) {
    return raise(exc::TypeError, std::string("Row() argument 2 must be tuple, not ") + type_name_of(args[1]));
  }
  auto* r = new_object<Row>(type, static_cast<size_t>(type->basic_size));
  if (r == nullptr) return nullptr;
  Value desc = args[0].as<Cursor>()->description;
  incref(desc);
  r->description = desc;
  incref(args[1]);
  r->data = args[1];
  return Ref::steal(r);
}

void row_dealloc(Object* self) {
  auto* r = static_cast<Row*>(self);
  decref(r->description);
  decref(r->data);
  free_object(self);
}

int64_t row_len(Value self) { return data_of(as_row(self))->size; }

Ref row_getitem(Value self, Value key) {
  Row* r = as_row(self);
  Tuple* data = data_of(r);
  if (is_int(key)) {
    int64_t i = as_int64(key);
    if (i == -1 && error_occurred()) return nullptr;
    if (i < 0) i += data->size;
    if (i < 0 || i >= data->size) return raise(exc::IndexError, "tuple index out of range");
    return Ref::borrow(data->items[i]);
  }
  if (is_str(key)) {
    std::string name(str_utf8(key.as<Str>()));
    if (is_tuple(r->description)) {
      auto* desc = r->description.as<Tuple>();
      for (int64_t i = 0; i < desc->size && i < data->size; i++) {
        Value col = desc->items[i].as<Tuple>()->items[0];
        if (is_str(col) && strcasecmp(std::string(str_utf8(col.as<Str>())).c_str(), name.c_str()) == 0) {
          return Ref::borrow(data->items[i]);
        }
      }
    }
    return raise(exc::IndexError, "No item with that key");
  }
  if (is_slice(key)) return getitem(r->data, key);
  return raise(exc::IndexError, "Index must be int or string");
}

Ref row_keys(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("keys", kwnames) || !check_arg_count("keys", nargs, 0, 0)) return nullptr;
  List* keys = list_new(0);
  if (keys == nullptr) return nullptr;
  Ref keys_ref = Ref::steal(keys);
  Row* r = as_row(self);
  if (is_tuple(r->description)) {
    auto* desc = r->description.as<Tuple>();
    for (int64_t i = 0; i < desc->size; i++) {
      if (list_append(keys, desc->items[i].as<Tuple>()->items[0]) < 0) return nullptr;
    }
  }
  return keys_ref;
}

Ref row_iter(Value self) { return iter(as_row(self)->data); }

int64_t row_hash(Value self) {
  Row* r = as_row(self);
  int64_t a = hash(r->description);
  if (a == -1 && error_occurred()) return -1;
  int64_t b = hash(r->data);
  if (b == -1 && error_occurred()) return -1;
  int64_t h = a ^ b;
  return h == -1 ? -2 : h;
}

Ref row_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !type_is_subtype(type_of(b), &row_type)) {
    return Ref::borrow(not_implemented_value());
  }
  Row* x = as_row(a);
  Row* y = as_row(b);
  int same = rich_compare_bool(x->description, y->description, CompareOp::Eq);
  if (same < 0) return nullptr;
  if (same) same = rich_compare_bool(x->data, y->data, CompareOp::Eq);
  if (same < 0) return nullptr;
  return Ref::boolean((same != 0) == (op == CompareOp::Eq));
}

const MethodDef kRowMethods[] = {
    {"keys", row_keys, kMethodInstance, "keys($self, /)\n--\n\nReturns the keys of the row."},
    {nullptr, nullptr, 0, nullptr},
};

Ref prepare_protocol_new(Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("PrepareProtocol", kwnames) || !check_arg_count("PrepareProtocol", nargs, 0, 0)) return nullptr;
  auto* p = new_object<Object>(type, static_cast<size_t>(type->basic_size));
  if (p == nullptr) return nullptr;
  return Ref::steal(p);
}

void prepare_protocol_dealloc(Object* self) { free_object(self); }

int init_plain_type(Type& t, const char* name, const char* doc, int64_t size, NewFn new_fn, DeallocFn dealloc) {
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = name;
  t.doc = doc;
  t.basic_size = size;
  t.flags = kTypeBaseType;
  t.base = &object_type;
  t.new_ = new_fn;
  t.dealloc = dealloc;
  return 0;
}

}  // namespace

int init_row_types() {
  if (type_has_flag(&row_type, kTypeReady)) return 0;
  init_plain_type(row_type, "sqlite3.Row", nullptr, sizeof(Row), row_new, row_dealloc);
  row_type.len = row_len;
  row_type.getitem = row_getitem;
  row_type.iter = row_iter;
  row_type.hash = row_hash;
  row_type.richcompare = row_richcompare;
  row_type.methods = kRowMethods;
  init_plain_type(prepare_protocol_type, "sqlite3.PrepareProtocol", "PEP 246 style object adaption protocol type.",
                  sizeof(Object), prepare_protocol_new, prepare_protocol_dealloc);
  return type_ready(&row_type) < 0 || type_ready(&prepare_protocol_type) < 0 ? -1 : 0;
}

}  // namespace taipan::sqlite
