// The built-in exception classes: BaseException's layout and behaviour (args,
// str/repr, notes, traceback, chaining), the classes with fields of their own
// (StopIteration, SystemExit, OSError, ImportError, SyntaxError, the Unicode
// errors, AttributeError, NameError, KeyError's str) and the table that builds
// the whole hierarchy. ExceptionGroup lives in exception_group.cpp.
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "modules/sys.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

namespace taipan {

namespace exc {
#define TAIPAN_DEFINE_EXCEPTION(name) Type* name = nullptr;
TAIPAN_EXCEPTION_TYPES(TAIPAN_DEFINE_EXCEPTION)
#undef TAIPAN_DEFINE_EXCEPTION
}  // namespace exc

namespace {

BaseException* as_exc(Value v) { return v.as<BaseException>(); }

// The nearest built-in ancestor: its size bounds the Value fields we own.
const Type* builtin_layout(const Type* t) {
  while (t->flags & kTypeHeap) t = t->base;
  return t;
}

// The Value fields a subclass layout adds after BaseException.
Value* extra_fields_begin(Object* o) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + sizeof(BaseException));
}
Value* extra_fields_end(Object* o) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + builtin_layout(o->type)->basic_size);
}

void replace(Value& field, Value v) {
  Value old = field;
  incref(v);
  field = v;
  decref(old);
}

void exception_traverse(Object* self, VisitFn visit, void* arg) {
  BaseException* e = static_cast<BaseException*>(self);
  if (e->dict != nullptr) visit(Value::object(e->dict), arg);
  for (Value v : {e->args, e->notes, e->traceback, e->context, e->cause}) {
    if (!v.is_null()) visit(v, arg);
  }
  for (Value* f = extra_fields_begin(self); f < extra_fields_end(self); ++f) {
    if (!f->is_null()) visit(*f, arg);
  }
}

void exception_clear(Object* self) {
  BaseException* e = static_cast<BaseException*>(self);
  if (e->dict != nullptr) {
    Dict* d = e->dict;
    e->dict = nullptr;
    decref(static_cast<Object*>(d));
  }
  for (Value* f : {&e->args, &e->notes, &e->traceback, &e->context, &e->cause}) replace(*f, Value());
  for (Value* f = extra_fields_begin(self); f < extra_fields_end(self); ++f) replace(*f, Value());
}

void exception_dealloc(Object* self) {
  gc_untrack(self);
  exception_clear(self);
  free_object(self);
}

// The class name without a module prefix, as exception reprs show it.
std::string short_type_name(const Type* t) {
  std::string name = t->name;
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

bool set_args(BaseException* e, const Value* args, size_t nargs) {
  Ref t = tuple_from_array(args, static_cast<int64_t>(nargs));
  if (!t) return false;
  replace(e->args, t.get());
  return true;
}

Ref exception_new(Type* type, const Value* args, size_t nargs, Tuple*) {
  BaseException* e = new_object<BaseException>(type, type->basic_size);
  if (e == nullptr) return nullptr;
  Ref self = Ref::steal(static_cast<Object*>(e));
  if (!set_args(e, args, nargs)) return nullptr;
  return self;
}

size_t keyword_count(Tuple* kwnames) { return kwnames == nullptr ? 0 : kwnames->size; }

int reject_keywords(Value self, Tuple* kwnames) {
  if (keyword_count(kwnames) == 0) return 0;
  return fail(exc::TypeError, short_type_name(type_of(self)) + "() takes no keyword arguments");
}

int exception_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (reject_keywords(self, kwnames) < 0) return -1;
  return set_args(as_exc(self), args, nargs) ? 0 : -1;
}

// Assigns keyword arguments named in `names` to the matching fields.
int bind_keyword_fields(Value self, const Value* args, size_t nargs, Tuple* kwnames,
                        std::initializer_list<std::pair<const char*, Value*>> fields) {
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    std::string_view key = str_utf8(kwnames->items[i].as<Str>());
    bool known = false;
    for (auto& [name, field] : fields) {
      if (key == name) {
        replace(*field, args[nargs + i]);
        known = true;
      }
    }
    if (!known) {
      return fail(exc::TypeError, "'" + std::string(key) + "' is an invalid keyword argument for " +
                                      short_type_name(type_of(self)) + "()");
    }
  }
  return 0;
}

bool append_str(std::string& out, Value v) {
  Ref s = str(v);
  if (!s) return false;
  out += str_utf8(s.as<Str>());
  return true;
}

bool append_repr(std::string& out, Value v) {
  Ref s = repr(v);
  if (!s) return false;
  out += str_utf8(s.as<Str>());
  return true;
}

Ref string_result(const std::string& s) { return str_from_utf8(s); }

Tuple* args_of(Value self) { return as_exc(self)->args.as<Tuple>(); }

Ref exception_str(Value self) {
  Tuple* args = args_of(self);
  if (args == nullptr || args->size == 0) return str_from_utf8("");
  if (args->size == 1) return str(args->items[0]);
  return str(Value::object(args));
}

Ref exception_repr(Value self) {
  std::string out = short_type_name(type_of(self));
  Tuple* args = args_of(self);
  if (args != nullptr && args->size == 1) {
    out += "(";
    if (!append_repr(out, args->items[0])) return nullptr;
    out += ")";
  } else if (args != nullptr && args->size > 0) {
    if (!append_repr(out, Value::object(args))) return nullptr;
  } else {
    out += "()";
  }
  return string_result(out);
}

// --- BaseException's attributes and methods ---------------------------------

Ref get_or_none(Value v) { return v.is_null() ? Ref::none() : Ref::borrow(v); }

Ref get_args(Value self) {
  Value args = as_exc(self)->args;
  return args.is_null() ? Ref::borrow(Value::object(empty_tuple())) : Ref::borrow(args);
}

int set_args_attr(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "args may not be deleted");
  Ref items = list_from_iterable(v);
  if (!items) return -1;
  List* l = items.as<List>();
  return set_args(as_exc(self), l->items, static_cast<size_t>(l->size)) ? 0 : -1;
}

Ref get_traceback(Value self) { return get_or_none(as_exc(self)->traceback); }

int set_traceback(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "__traceback__ may not be deleted");
  if (v.is_none()) {
    replace(as_exc(self)->traceback, Value());
    return 0;
  }
  if (std::strcmp(type_name_of(v), "traceback") != 0) {
    return fail(exc::TypeError, "__traceback__ must be a traceback or None");
  }
  replace(as_exc(self)->traceback, v);
  return 0;
}

// Sets __context__ or __cause__: None or an exception instance.
int set_chain_link(Value& field, Value v, const char* what) {
  if (v.is_null()) return fail(exc::TypeError, std::string(what) + " may not be deleted");
  if (v.is_none()) {
    replace(field, Value());
    return 0;
  }
  if (!is_exception_instance(v)) {
    return fail(exc::TypeError, std::string("exception ") + what +
                                    " must be None or derive from BaseException");
  }
  replace(field, v);
  return 0;
}

Ref get_context(Value self) { return get_or_none(as_exc(self)->context); }
int set_context(Value self, Value v) { return set_chain_link(as_exc(self)->context, v, "context"); }
Ref get_cause(Value self) { return get_or_none(as_exc(self)->cause); }
int set_cause(Value self, Value v) {
  if (set_chain_link(as_exc(self)->cause, v, "cause") < 0) return -1;
  as_exc(self)->suppress_context = true;
  return 0;
}

Ref get_suppress_context(Value self) { return Ref::boolean(as_exc(self)->suppress_context); }
int set_suppress_context(Value self, Value v) {
  if (v.is_null()) return fail(exc::TypeError, "__suppress_context__ may not be deleted");
  int truth = is_true(v);
  if (truth < 0) return -1;
  as_exc(self)->suppress_context = truth != 0;
  return 0;
}

Ref get_notes(Value self) {
  Value notes = as_exc(self)->notes;
  if (notes.is_null()) {
    return raise(exc::AttributeError,
                 "'" + short_type_name(type_of(self)) + "' object has no attribute '__notes__'");
  }
  return Ref::borrow(notes);
}
int set_notes(Value self, Value v) {
  replace(as_exc(self)->notes, v);
  return 0;
}

Ref get_dict(Value self) {
  BaseException* e = as_exc(self);
  if (e->dict == nullptr) {
    e->dict = dict_new();
    if (e->dict == nullptr) return nullptr;
  }
  return Ref::borrow(static_cast<Object*>(e->dict));
}

const GetSetDef kBaseExceptionGetSets[] = {
    {"args", get_args, set_args_attr, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr},
    {"__context__", get_context, set_context, "exception context"},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__suppress_context__", get_suppress_context, set_suppress_context, nullptr},
    {"__notes__", get_notes, set_notes, nullptr},
    {"__dict__", get_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

Ref with_traceback(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("with_traceback", kwnames) || !check_arg_count("with_traceback", nargs, 1, 1)) {
    return nullptr;
  }
  if (set_traceback(self, args[0]) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref add_note(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("add_note", kwnames) || !check_arg_count("add_note", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("note must be a str, not '") + type_name_of(args[0]) + "'");
  }
  BaseException* e = as_exc(self);
  if (e->notes.is_null()) {
    List* notes = list_new(0);
    if (notes == nullptr) return nullptr;
    e->notes = Value::object(notes);
  }
  if (!is_list(e->notes)) return raise(exc::TypeError, "Cannot add note: __notes__ is not a list");
  if (list_append(e->notes.as<List>(), args[0]) < 0) return nullptr;
  return Ref::none();
}

// (type(self), args) or (type(self), args, state) when state is a non-empty
// dict: the shape every exception's __reduce__ returns.
Ref reduce_with(Value self, Value args, Dict* state) {
  Value type = Value::object(type_of(self));
  if (state != nullptr && dict_size(state) > 0) return tuple_pack({type, args, Value::object(state)});
  return tuple_pack({type, args});
}

Ref exception_reduce(Value self, const Value*, size_t, Tuple*) {
  BaseException* e = as_exc(self);
  return reduce_with(self, e->args.is_null() ? Value::object(empty_tuple()) : e->args, e->dict);
}

Ref exception_setstate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__setstate__", kwnames) || !check_arg_count("__setstate__", nargs, 1, 1)) {
    return nullptr;
  }
  if (args[0].is_none()) return Ref::none();
  if (!is_dict(args[0])) return raise(exc::TypeError, "state is not a dictionary");
  Dict* state = args[0].as<Dict>();
  int64_t pos = 0;
  Value key, value;
  while (dict_next(state, &pos, &key, &value)) {
    if (!is_str(key)) continue;
    if (setattr(self, key.as<Str>(), value) < 0) return nullptr;
  }
  return Ref::none();
}

const MethodDef kBaseExceptionMethods[] = {
    {"with_traceback", with_traceback, kMethodInstance,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", add_note, kMethodInstance,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", exception_reduce, kMethodInstance, nullptr},
    {"__setstate__", exception_setstate, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// --- Field accessors shared by the subclasses --------------------------------

template <class T, Value T::*Field>
Ref get_field(Value self) {
  return get_or_none(self.as<T>()->*Field);
}

template <class T, Value T::*Field>
int set_field(Value self, Value v) {
  replace(self.as<T>()->*Field, v);
  return 0;
}

#define TAIPAN_FIELD(T, field, name) \
  { name, get_field<T, &T::field>, set_field<T, &T::field>, nullptr }
#define TAIPAN_END_GETSETS \
  { nullptr, nullptr, nullptr, nullptr }

// --- StopIteration, SystemExit, KeyError --------------------------------------

int stop_iteration_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (exception_init(self, args, nargs, kwnames) < 0) return -1;
  replace(self.as<StopIterationObject>()->value, nargs > 0 ? args[0] : Value::none());
  return 0;
}

const GetSetDef kStopIterationGetSets[] = {
    TAIPAN_FIELD(StopIterationObject, value, "value"),
    TAIPAN_END_GETSETS,
};

int system_exit_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (exception_init(self, args, nargs, kwnames) < 0) return -1;
  Value code = nargs == 0 ? Value::none() : nargs == 1 ? args[0] : as_exc(self)->args;
  replace(self.as<SystemExitObject>()->code, code);
  return 0;
}

const GetSetDef kSystemExitGetSets[] = {
    TAIPAN_FIELD(SystemExitObject, code, "code"),
    TAIPAN_END_GETSETS,
};

Ref key_error_str(Value self) {
  Tuple* args = args_of(self);
  if (args != nullptr && args->size == 1) return repr(args->items[0]);
  return exception_str(self);
}

// --- OSError ------------------------------------------------------------------

Type* os_error_subclass_for(int64_t err) {
  switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return exc::BlockingIOError;
    case ECHILD: return exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return exc::BrokenPipeError;
    case ECONNABORTED: return exc::ConnectionAbortedError;
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNRESET: return exc::ConnectionResetError;
    case EEXIST: return exc::FileExistsError;
    case ENOENT: return exc::FileNotFoundError;
    case EISDIR: return exc::IsADirectoryError;
    case ENOTDIR: return exc::NotADirectoryError;
    case EINTR: return exc::InterruptedError;
    case EACCES: case EPERM: return exc::PermissionError;
    case ESRCH: return exc::ProcessLookupError;
    case ETIMEDOUT: return exc::TimeoutError;
    default: return exc::OSError;
  }
}

// OSError(errno, strerror, ...) called on OSError itself picks the subclass
// that matches errno.
Ref os_error_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t err;
  if (type == exc::OSError && nargs >= 2 && is_int(args[0]) && int_to_int64(args[0], &err)) {
    type = os_error_subclass_for(err);
  }
  return exception_new(type, args, nargs, kwnames);
}

int os_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (exception_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs < 2 || nargs > 5) return 0;
  OSErrorObject* e = self.as<OSErrorObject>();
  replace(e->errno_, args[0]);
  replace(e->strerror, args[1]);
  if (nargs < 3 || args[2].is_none()) return 0;
  if (nargs == 3 && type_is_subtype(type_of(self), exc::BlockingIOError) && is_int(args[2])) {
    replace(e->characters_written, args[2]);
    return 0;
  }
  replace(e->filename, args[2]);
  if (nargs == 5) replace(e->filename2, args[4]);
  return set_args(e, args, 2) ? 0 : -1;
}

Ref os_error_str(Value self) {
  OSErrorObject* e = self.as<OSErrorObject>();
  if (e->errno_.is_null() || e->strerror.is_null()) return exception_str(self);
  if (e->errno_.is_none() && e->strerror.is_none()) return exception_str(self);
  std::string out = "[Errno ";
  if (!append_str(out, e->errno_)) return nullptr;
  out += "] ";
  if (!append_str(out, e->strerror)) return nullptr;
  if (!e->filename.is_null()) {
    out += ": ";
    if (!append_repr(out, e->filename)) return nullptr;
    if (!e->filename2.is_null() && !e->filename2.is_none()) {
      out += " -> ";
      if (!append_repr(out, e->filename2)) return nullptr;
    }
  }
  return string_result(out);
}

Ref get_characters_written(Value self) {
  Value v = self.as<OSErrorObject>()->characters_written;
  if (v.is_null()) return raise(exc::AttributeError, "characters_written");
  return Ref::borrow(v);
}

int set_characters_written(Value self, Value v) {
  OSErrorObject* e = self.as<OSErrorObject>();
  if (v.is_null() && e->characters_written.is_null()) return fail(exc::AttributeError, "characters_written");
  replace(e->characters_written, v);
  return 0;
}

// With a filename, the arguments rebuilt are (errno, strerror, filename) or
// (errno, strerror, filename, None, filename2), so unpickling keeps them.
Ref os_error_reduce(Value self, const Value*, size_t, Tuple*) {
  OSErrorObject* e = self.as<OSErrorObject>();
  Value args = e->args.is_null() ? Value::object(empty_tuple()) : e->args;
  Ref with_names;
  if (is_tuple(args) && args.as<Tuple>()->size == 2 && !e->filename.is_null() &&
      !e->filename.is_none()) {
    Value* items = args.as<Tuple>()->items;
    bool two = !e->filename2.is_null() && !e->filename2.is_none();
    with_names = two ? tuple_pack({items[0], items[1], e->filename, Value::none(), e->filename2})
                     : tuple_pack({items[0], items[1], e->filename});
    if (!with_names) return nullptr;
    args = with_names.get();
  }
  return reduce_with(self, args, e->dict);
}

const MethodDef kOSErrorMethods[] = {
    {"__reduce__", os_error_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kOSErrorGetSets[] = {
    TAIPAN_FIELD(OSErrorObject, errno_, "errno"),
    TAIPAN_FIELD(OSErrorObject, strerror, "strerror"),
    TAIPAN_FIELD(OSErrorObject, filename, "filename"),
    TAIPAN_FIELD(OSErrorObject, filename2, "filename2"),
    {"characters_written", get_characters_written, set_characters_written, nullptr},
    TAIPAN_END_GETSETS,
};

// --- ImportError, AttributeError, NameError -----------------------------------

int import_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  ImportErrorObject* e = self.as<ImportErrorObject>();
  if (bind_keyword_fields(self, args, nargs, kwnames, {{"name", &e->name}, {"path", &e->path}}) < 0) {
    return -1;
  }
  if (!set_args(e, args, nargs)) return -1;
  replace(e->msg, nargs == 1 ? args[0] : Value());
  return 0;
}

Ref import_error_str(Value self) {
  Value msg = self.as<ImportErrorObject>()->msg;
  if (!msg.is_null() && !msg.is_none()) return str(msg);
  return exception_str(self);
}

// name and path travel in the state dict, beside the instance's own attributes.
Ref import_error_reduce(Value self, const Value*, size_t, Tuple*) {
  ImportErrorObject* e = self.as<ImportErrorObject>();
  Dict* state = e->dict != nullptr ? dict_copy(e->dict) : dict_new();
  if (state == nullptr) return nullptr;
  Ref owner = Ref::steal(static_cast<Object*>(state));
  if ((!e->name.is_null() && !e->name.is_none() && dict_set_str(state, "name", e->name) < 0) ||
      (!e->path.is_null() && !e->path.is_none() && dict_set_str(state, "path", e->path) < 0)) {
    return nullptr;
  }
  return reduce_with(self, e->args.is_null() ? Value::object(empty_tuple()) : e->args, state);
}

const MethodDef kImportErrorMethods[] = {
    {"__reduce__", import_error_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kImportErrorGetSets[] = {
    TAIPAN_FIELD(ImportErrorObject, msg, "msg"),
    TAIPAN_FIELD(ImportErrorObject, name, "name"),
    TAIPAN_FIELD(ImportErrorObject, path, "path"),
    TAIPAN_END_GETSETS,
};

int attribute_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  AttributeErrorObject* e = self.as<AttributeErrorObject>();
  if (bind_keyword_fields(self, args, nargs, kwnames, {{"name", &e->name}, {"obj", &e->obj}}) < 0) {
    return -1;
  }
  return set_args(e, args, nargs) ? 0 : -1;
}

const GetSetDef kAttributeErrorGetSets[] = {
    TAIPAN_FIELD(AttributeErrorObject, name, "name"),
    TAIPAN_FIELD(AttributeErrorObject, obj, "obj"),
    TAIPAN_END_GETSETS,
};

int name_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  NameErrorObject* e = self.as<NameErrorObject>();
  if (bind_keyword_fields(self, args, nargs, kwnames, {{"name", &e->name}}) < 0) return -1;
  return set_args(e, args, nargs) ? 0 : -1;
}

const GetSetDef kNameErrorGetSets[] = {
    TAIPAN_FIELD(NameErrorObject, name, "name"),
    TAIPAN_END_GETSETS,
};

// --- SyntaxError ---------------------------------------------------------------

int syntax_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (exception_init(self, args, nargs, kwnames) < 0) return -1;
  SyntaxErrorObject* e = self.as<SyntaxErrorObject>();
  if (nargs >= 1) replace(e->msg, args[0]);
  if (nargs != 2) return 0;
  Ref info = list_from_iterable(args[1]);
  if (!info) return -1;
  List* l = info.as<List>();
  if (l->size < 4 || l->size > 6) {
    return fail(exc::TypeError, "function takes " + std::string(l->size < 4 ? "at least 4" : "at most 6") +
                                    " arguments (" + std::to_string(l->size) + " given)");
  }
  if (l->size == 5) return fail(exc::TypeError, "end_offset must be provided when end_lineno is provided");
  Value* fields[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset};
  for (int64_t i = 0; i < l->size; ++i) replace(*fields[i], l->items[i]);
  return 0;
}

// "msg (file.py, line 3)": the file's base name, as CPython prints it.
Ref syntax_error_str(Value self) {
  SyntaxErrorObject* e = self.as<SyntaxErrorObject>();
  std::string out;
  if (!append_str(out, e->msg.is_null() ? Value::none() : e->msg)) return nullptr;
  bool have_file = is_str(e->filename);
  bool have_line = is_int(e->lineno) && !e->lineno.is_bool();
  if (!have_file && !have_line) return string_result(out);
  out += " (";
  if (have_file) {
    std::string file(str_utf8(e->filename.as<Str>()));
    size_t slash = file.rfind('/');
    out += slash == std::string::npos ? file : file.substr(slash + 1);
    if (have_line) out += ", ";
  }
  if (have_line) out += "line " + int_to_decimal(e->lineno);
  out += ")";
  return string_result(out);
}

const GetSetDef kSyntaxErrorGetSets[] = {
    TAIPAN_FIELD(SyntaxErrorObject, msg, "msg"),
    TAIPAN_FIELD(SyntaxErrorObject, filename, "filename"),
    TAIPAN_FIELD(SyntaxErrorObject, lineno, "lineno"),
    TAIPAN_FIELD(SyntaxErrorObject, offset, "offset"),
    TAIPAN_FIELD(SyntaxErrorObject, text, "text"),
    TAIPAN_FIELD(SyntaxErrorObject, end_lineno, "end_lineno"),
    TAIPAN_FIELD(SyntaxErrorObject, end_offset, "end_offset"),
    TAIPAN_FIELD(SyntaxErrorObject, print_file_and_line, "print_file_and_line"),
    TAIPAN_END_GETSETS,
};

// --- UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError ------------

// Plain: UnicodeError itself or a class derived from it but from none of
// the three, which in CPython is an ordinary exception (args, str).
enum class UnicodeErrorKind { Decode, Encode, Translate, Plain };

UnicodeErrorKind unicode_error_kind(Value self) {
  Type* t = type_of(self);
  if (type_is_subtype(t, exc::UnicodeDecodeError)) return UnicodeErrorKind::Decode;
  if (type_is_subtype(t, exc::UnicodeEncodeError)) return UnicodeErrorKind::Encode;
  if (type_is_subtype(t, exc::UnicodeTranslateError)) return UnicodeErrorKind::Translate;
  return UnicodeErrorKind::Plain;
}

bool check_arg_type(const Value* args, size_t i, bool ok, const char* expected) {
  if (ok) return true;
  raise(exc::TypeError, "argument " + std::to_string(i + 1) + " must be " + expected + ", not " +
                            type_name_of(args[i]));
  return false;
}

int unicode_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (exception_init(self, args, nargs, kwnames) < 0) return -1;
  UnicodeErrorKind kind = unicode_error_kind(self);
  if (kind == UnicodeErrorKind::Plain) return 0;
  size_t expected = kind == UnicodeErrorKind::Translate ? 4 : 5;
  if (nargs != expected) {
    return fail(exc::TypeError, "function takes exactly " + std::to_string(expected) + " arguments (" +
                                    std::to_string(nargs) + " given)");
  }
  // Translate errors have no encoding: the object comes first.
  size_t o = kind == UnicodeErrorKind::Translate ? 0 : 1;
  if (o == 1 && !check_arg_type(args, 0, is_str(args[0]), "str")) return -1;
  bool decode = kind == UnicodeErrorKind::Decode;
  if (decode && !is_str(args[o]) && !is_bytes(args[o])) {
    Buffer view;
    if (!require_buffer(args[o], &view)) return -1;
  }
  if (decode && is_str(args[o])) {
    return fail(exc::TypeError, std::string("a bytes-like object is required, not '") + type_name_of(args[o]) + "'");
  }
  if (!check_arg_type(args, o, decode || is_str(args[o]), "str") ||
      !check_arg_type(args, o + 1, is_int(args[o + 1]), "int") ||
      !check_arg_type(args, o + 2, is_int(args[o + 2]), "int") ||
      !check_arg_type(args, o + 3, is_str(args[o + 3]), "str")) {
    return -1;
  }
  UnicodeErrorObject* e = self.as<UnicodeErrorObject>();
  if (o == 1) replace(e->encoding, args[0]);
  replace(e->object, args[o]);
  replace(e->start, args[o + 1]);
  replace(e->end, args[o + 2]);
  replace(e->reason, args[o + 3]);
  return 0;
}

std::string hex_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) {
    std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  } else if (cp < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  }
  return buf;
}

Ref unicode_error_str(Value self) {
  UnicodeErrorKind kind = unicode_error_kind(self);
  if (kind == UnicodeErrorKind::Plain) return exception_str(self);
  UnicodeErrorObject* e = self.as<UnicodeErrorObject>();
  if (e->object.is_null() || e->reason.is_null()) return str_from_utf8("");
  int64_t start = 0, end = 0;
  int_to_int64(e->start, &start);
  int_to_int64(e->end, &end);
  int64_t size = length(e->object);
  if (size < 0) return nullptr;
  std::string out;
  if (kind != UnicodeErrorKind::Translate) {
    out += "'";
    if (!append_str(out, e->encoding)) return nullptr;
    out += "' codec ";
  }
  const char* verb = kind == UnicodeErrorKind::Decode   ? "decode"
                     : kind == UnicodeErrorKind::Encode ? "encode"
                                                        : "translate";
  out += std::string("can't ") + verb + " ";
  if (start >= 0 && start < size && end == start + 1) {
    if (kind == UnicodeErrorKind::Decode) {
      Ref byte = getitem(e->object, Value::small_int(start));
      if (!byte) return nullptr;
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned>(as_int64(byte.get()) & 0xff));
      out += std::string("byte ") + buf;
    } else {
      out += "character '" + hex_escape(str_char_at(e->object.as<Str>(), start)) + "'";
    }
    out += " in position " + std::to_string(start) + ": ";
  } else {
    out += kind == UnicodeErrorKind::Decode ? "bytes" : "characters";
    out += " in position " + std::to_string(start) + "-" + std::to_string(end - 1) + ": ";
  }
  if (!append_str(out, e->reason)) return nullptr;
  return string_result(out);
}

const GetSetDef kUnicodeErrorGetSets[] = {
    TAIPAN_FIELD(UnicodeErrorObject, encoding, "encoding"),
    TAIPAN_FIELD(UnicodeErrorObject, object, "object"),
    TAIPAN_FIELD(UnicodeErrorObject, start, "start"),
    TAIPAN_FIELD(UnicodeErrorObject, end, "end"),
    TAIPAN_FIELD(UnicodeErrorObject, reason, "reason"),
    TAIPAN_END_GETSETS,
};

// --- The hierarchy --------------------------------------------------------------

// What a family of exception classes shares: layout, construction and str.
struct Layout {
  int64_t size;
  NewFn new_;
  InitFn init;
  UnaryFn str;
  const GetSetDef* getsets;
  const MethodDef* methods;
};

const Layout kPlain = {sizeof(BaseException), exception_new, exception_init, exception_str, nullptr, nullptr};
const Layout kKeyError = {sizeof(BaseException), exception_new, exception_init, key_error_str, nullptr, nullptr};
const Layout kStopIteration = {sizeof(StopIterationObject), exception_new, stop_iteration_init,
                               exception_str, kStopIterationGetSets, nullptr};
const Layout kSystemExit = {sizeof(SystemExitObject), exception_new, system_exit_init, exception_str,
                            kSystemExitGetSets, nullptr};
const Layout kOSError = {sizeof(OSErrorObject), os_error_new, os_error_init, os_error_str,
                         kOSErrorGetSets, kOSErrorMethods};
const Layout kImportError = {sizeof(ImportErrorObject), exception_new, import_error_init,
                             import_error_str, kImportErrorGetSets, kImportErrorMethods};
const Layout kSyntaxError = {sizeof(SyntaxErrorObject), exception_new, syntax_error_init,
                             syntax_error_str, kSyntaxErrorGetSets, nullptr};
const Layout kUnicodeError = {sizeof(UnicodeErrorObject), exception_new, unicode_error_init,
                              unicode_error_str, kUnicodeErrorGetSets, nullptr};
const Layout kAttributeError = {sizeof(AttributeErrorObject), exception_new, attribute_error_init,
                                exception_str, kAttributeErrorGetSets, nullptr};
const Layout kNameError = {sizeof(NameErrorObject), exception_new, name_error_init, exception_str,
                           kNameErrorGetSets, nullptr};
const Layout kGroup = {sizeof(ExceptionGroupObject), exception_group_new, exception_group_init,
                       exception_group_str, kExceptionGroupGetSets, kExceptionGroupMethods};

struct ExceptionClass {
  Type** slot;       // the exc:: pointer to fill
  const char* name;
  Type** base;
  Type** second_base;  // ExceptionGroup also derives from Exception
  const Layout* layout;  // null: the base's
  const char* doc;
};

// In dependency order: every base comes before its subclasses.
const ExceptionClass kClasses[] = {
    {&exc::BaseException, "BaseException", nullptr, nullptr, &kPlain,
     "Common base class for all exceptions"},
    {&exc::BaseExceptionGroup, "BaseExceptionGroup", &exc::BaseException, nullptr, &kGroup,
     "A combination of multiple unrelated exceptions."},
    {&exc::GeneratorExit, "GeneratorExit", &exc::BaseException, nullptr, nullptr,
     "Request that a generator exit."},
    {&exc::KeyboardInterrupt, "KeyboardInterrupt", &exc::BaseException, nullptr, nullptr,
     "Program interrupted by user."},
    {&exc::SystemExit, "SystemExit", &exc::BaseException, nullptr, &kSystemExit,
     "Request to exit from the interpreter."},
    {&exc::Exception, "Exception", &exc::BaseException, nullptr, nullptr,
     "Common base class for all non-exit exceptions."},
    {&exc::ExceptionGroup, "ExceptionGroup", &exc::BaseExceptionGroup, &exc::Exception, nullptr, nullptr},
    {&exc::ArithmeticError, "ArithmeticError", &exc::Exception, nullptr, nullptr,
     "Base class for arithmetic errors."},
    {&exc::FloatingPointError, "FloatingPointError", &exc::ArithmeticError, nullptr, nullptr,
     "Floating point operation failed."},
    {&exc::OverflowError, "OverflowError", &exc::ArithmeticError, nullptr, nullptr,
     "Result too large to be represented."},
    {&exc::ZeroDivisionError, "ZeroDivisionError", &exc::ArithmeticError, nullptr, nullptr,
     "Second argument to a division or modulo operation was zero."},
    {&exc::AssertionError, "AssertionError", &exc::Exception, nullptr, nullptr, "Assertion failed."},
    {&exc::AttributeError, "AttributeError", &exc::Exception, nullptr, &kAttributeError,
     "Attribute not found."},
    {&exc::BufferError, "BufferError", &exc::Exception, nullptr, nullptr, "Buffer error."},
    {&exc::EOFError, "EOFError", &exc::Exception, nullptr, nullptr, "Read beyond end of file."},
    {&exc::ImportError, "ImportError", &exc::Exception, nullptr, &kImportError,
     "Import can't find module, or can't find name in module."},
    {&exc::ModuleNotFoundError, "ModuleNotFoundError", &exc::ImportError, nullptr, nullptr,
     "Module not found."},
    {&exc::LookupError, "LookupError", &exc::Exception, nullptr, nullptr, "Base class for lookup errors."},
    {&exc::IndexError, "IndexError", &exc::LookupError, nullptr, nullptr, "Sequence index out of range."},
    {&exc::KeyError, "KeyError", &exc::LookupError, nullptr, &kKeyError, "Mapping key not found."},
    {&exc::MemoryError, "MemoryError", &exc::Exception, nullptr, nullptr, "Out of memory."},
    {&exc::NameError, "NameError", &exc::Exception, nullptr, &kNameError, "Name not found globally."},
    {&exc::UnboundLocalError, "UnboundLocalError", &exc::NameError, nullptr, nullptr,
     "Local name referenced but not bound to a value."},
    {&exc::OSError, "OSError", &exc::Exception, nullptr, &kOSError, "Base class for I/O related errors."},
    {&exc::BlockingIOError, "BlockingIOError", &exc::OSError, nullptr, nullptr, "I/O operation would block."},
    {&exc::ChildProcessError, "ChildProcessError", &exc::OSError, nullptr, nullptr, "Child process error."},
    {&exc::ConnectionError, "ConnectionError", &exc::OSError, nullptr, nullptr, "Connection error."},
    {&exc::BrokenPipeError, "BrokenPipeError", &exc::ConnectionError, nullptr, nullptr, "Broken pipe."},
    {&exc::ConnectionAbortedError, "ConnectionAbortedError", &exc::ConnectionError, nullptr, nullptr,
     "Connection aborted."},
    {&exc::ConnectionRefusedError, "ConnectionRefusedError", &exc::ConnectionError, nullptr, nullptr,
     "Connection refused."},
    {&exc::ConnectionResetError, "ConnectionResetError", &exc::ConnectionError, nullptr, nullptr,
     "Connection reset."},
    {&exc::FileExistsError, "FileExistsError", &exc::OSError, nullptr, nullptr, "File already exists."},
    {&exc::FileNotFoundError, "FileNotFoundError", &exc::OSError, nullptr, nullptr, "File not found."},
    {&exc::InterruptedError, "InterruptedError", &exc::OSError, nullptr, nullptr,
     "Interrupted by signal."},
    {&exc::IsADirectoryError, "IsADirectoryError", &exc::OSError, nullptr, nullptr,
     "Operation doesn't work on directories."},
    {&exc::NotADirectoryError, "NotADirectoryError", &exc::OSError, nullptr, nullptr,
     "Operation only works on directories."},
    {&exc::PermissionError, "PermissionError", &exc::OSError, nullptr, nullptr,
     "Not enough permissions."},
    {&exc::ProcessLookupError, "ProcessLookupError", &exc::OSError, nullptr, nullptr,
     "Process not found."},
    {&exc::TimeoutError, "TimeoutError", &exc::OSError, nullptr, nullptr, "Timeout expired."},
    {&exc::ReferenceError, "ReferenceError", &exc::Exception, nullptr, nullptr,
     "Weak ref proxy used after referent went away."},
    {&exc::RuntimeError, "RuntimeError", &exc::Exception, nullptr, nullptr, "Unspecified run-time error."},
    {&exc::NotImplementedError, "NotImplementedError", &exc::RuntimeError, nullptr, nullptr,
     "Method or function hasn't been implemented yet."},
    {&exc::RecursionError, "RecursionError", &exc::RuntimeError, nullptr, nullptr,
     "Recursion limit exceeded."},
    {&exc::StopAsyncIteration, "StopAsyncIteration", &exc::Exception, nullptr, nullptr,
     "Signal the end from iterator.__anext__()."},
    {&exc::StopIteration, "StopIteration", &exc::Exception, nullptr, &kStopIteration,
     "Signal the end from iterator.__next__()."},
    {&exc::SyntaxError, "SyntaxError", &exc::Exception, nullptr, &kSyntaxError, "Invalid syntax."},
    {&exc::IndentationError, "IndentationError", &exc::SyntaxError, nullptr, nullptr,
     "Improper indentation."},
    {&exc::TabError, "TabError", &exc::IndentationError, nullptr, nullptr,
     "Improper mixture of spaces and tabs."},
    {&exc::SystemError, "SystemError", &exc::Exception, nullptr, nullptr,
     "Internal error in the Python interpreter."},
    {&exc::TypeError, "TypeError", &exc::Exception, nullptr, nullptr, "Inappropriate argument type."},
    {&exc::ValueError, "ValueError", &exc::Exception, nullptr, nullptr,
     "Inappropriate argument value (of correct type)."},
    {&exc::UnicodeError, "UnicodeError", &exc::ValueError, nullptr, &kUnicodeError,
     "Unicode related error."},
    {&exc::UnicodeDecodeError, "UnicodeDecodeError", &exc::UnicodeError, nullptr, nullptr,
     "Unicode decoding error."},
    {&exc::UnicodeEncodeError, "UnicodeEncodeError", &exc::UnicodeError, nullptr, nullptr,
     "Unicode encoding error."},
    {&exc::UnicodeTranslateError, "UnicodeTranslateError", &exc::UnicodeError, nullptr, nullptr,
     "Unicode translation error."},
    {&exc::Warning, "Warning", &exc::Exception, nullptr, nullptr, "Base class for warning categories."},
    {&exc::BytesWarning, "BytesWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about bytes and buffer related problems, mostly\n"
     "related to conversion from str or comparing to str."},
    {&exc::DeprecationWarning, "DeprecationWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about deprecated features."},
    {&exc::EncodingWarning, "EncodingWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about encodings."},
    {&exc::FutureWarning, "FutureWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about constructs that will change semantically\nin the future."},
    {&exc::ImportWarning, "ImportWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about probable mistakes in module imports"},
    {&exc::PendingDeprecationWarning, "PendingDeprecationWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about features which will be deprecated\nin the future."},
    {&exc::ResourceWarning, "ResourceWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about resource usage."},
    {&exc::RuntimeWarning, "RuntimeWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about dubious runtime behavior."},
    {&exc::SyntaxWarning, "SyntaxWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about dubious syntax."},
    {&exc::UnicodeWarning, "UnicodeWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
    {&exc::UserWarning, "UserWarning", &exc::Warning, nullptr, nullptr,
     "Base class for warnings generated by user code."},
};

constexpr size_t kClassCount = sizeof(kClasses) / sizeof(kClasses[0]);
Type g_exception_types[kClassCount];

const Layout* layout_of(size_t index) {
  for (;;) {
    if (kClasses[index].layout != nullptr) return kClasses[index].layout;
    Type* base = *kClasses[index].base;
    index = static_cast<size_t>(base - g_exception_types);
  }
}

int init_exception_class(size_t index) {
  const ExceptionClass& c = kClasses[index];
  const Layout* layout = layout_of(index);
  Type* t = &g_exception_types[index];
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = c.name;
  t->doc = c.doc;
  t->basic_size = layout->size;
  t->flags = kTypeBaseType | kTypeGC | kTypeBaseExceptionSubclass;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t->dict_offset = offsetof(BaseException, dict);
#pragma GCC diagnostic pop
  t->base = c.base != nullptr ? *c.base : &object_type;
  Ref bases = c.second_base != nullptr
                  ? tuple_pack({Value::object(*c.base), Value::object(*c.second_base)})
                  : tuple_pack({Value::object(t->base)});
  if (!bases) return -1;
  t->bases = bases.release().as<Tuple>();
  t->dealloc = exception_dealloc;
  t->traverse = exception_traverse;
  t->clear = exception_clear;
  t->repr = exception_repr;
  if (c.base == nullptr || c.layout != nullptr) {
    t->new_ = layout->new_;
    t->init = layout->init;
    t->str = layout->str;
    t->getsets = c.base == nullptr ? kBaseExceptionGetSets : layout->getsets;
    t->methods = c.base == nullptr ? kBaseExceptionMethods : layout->methods;
  }
  *c.slot = t;
  return type_ready(t);
}

}  // namespace

int init_exceptions() {
  for (size_t i = 0; i < kClassCount; ++i) {
    if (init_exception_class(i) < 0) return -1;
  }
  return 0;
}

bool is_exception_class(Value v) {
  return v.is_object() && type_has_flag(type_of(v), kTypeTypeSubclass) &&
         type_has_flag(v.as<Type>(), kTypeBaseExceptionSubclass);
}

Ref make_exception(Type* type, const Value* args, size_t nargs) {
  if (!(type->flags & kTypeHeap) && type->new_ != nullptr) {
    Ref e = type->new_(type, args, nargs, nullptr);
    if (!e) return nullptr;
    if (type->init != nullptr && type->init(e.get(), args, nargs, nullptr) < 0) return nullptr;
    return e;
  }
  Ref e = call(Value::object(type), args, nargs);
  if (!e) return nullptr;
  if (!is_exception_instance(e.get())) {
    return raise(exc::TypeError, std::string("calling ") + type->name +
                                     " should have returned an instance of BaseException, not " +
                                     type_name_of(e.get()));
  }
  return e;
}

Value stop_iteration_value(Value e) {
  if (!type_is_subtype(type_of(e), exc::StopIteration)) return Value::none();
  Value v = e.as<StopIterationObject>()->value;
  return v.is_null() ? Value::none() : v;
}

Ref raise_os_error(int errnum, Value filename, Value filename2) {
  Ref message = str_from_utf8(std::strerror(errnum));
  if (!message) return nullptr;
  Value args[5] = {Value::small_int(errnum), message.get(), filename, Value::none(), filename2};
  size_t nargs = !filename2.is_null() ? 5 : !filename.is_null() ? 3 : 2;
  Ref e = make_exception(exc::OSError, args, nargs);
  if (!e) return nullptr;
  return raise_value(e.get());
}

Ref raise_attribute_error(Value obj, Str* name) {
  Ref message = str_from_utf8(std::string("'") + type_name_of(obj) + "' object has no attribute '" +
                              std::string(str_utf8(name)) + "'");
  if (!message) return nullptr;
  Value arg = message.get();
  Ref e = make_exception(exc::AttributeError, &arg, 1);
  if (!e) return nullptr;
  AttributeErrorObject* a = e.as<AttributeErrorObject>();
  replace(a->name, Value::object(name));
  replace(a->obj, obj);
  return raise_value(e.get());
}

void print_unraisable(Value exc, Value err_msg, Value obj) {
  Value file = sys_attr("stderr");
  std::string header = is_str(err_msg) ? std::string(str_utf8(err_msg.as<Str>())) : "Exception ignored in";
  if (!obj.is_none()) {
    Ref text = repr(obj);
    if (!text) clear_error();
    header += ": " + (text ? std::string(str_utf8(text.as<Str>())) : "<object repr() failed>");
  } else {
    header += ":";
  }
  header += "\n";
  Ref line = str_from_utf8(header);
  bool written = false;
  if (line && !file.is_null() && !file.is_none()) written = static_cast<bool>(call_method(file, "write", {line.get()}));
  if (!written) {
    clear_error();
    std::fputs(header.c_str(), stderr);
    file = Value();
  }
  if (is_exception_instance(exc)) print_exception(exc, file.is_none() ? Value() : file, false);
}

void write_unraisable(Value obj, Value err_msg) {
  Ref e = fetch_error();
  if (!e) return;
  // An exception that never passed through a frame shows where the program
  // was when it happened (a finalizer run by a decref), as CPython's does.
  ThreadState* ts = current_thread();
  if (is_exception_instance(*e) && e.as<BaseException>()->traceback.is_null() && ts != nullptr &&
      ts->current_frame != nullptr) {
    traceback_add_frame(*e, ts->current_frame);
  }
  Value hook = sys_attr("unraisablehook");
  if (hook.is_null() || hook.is_none()) {
    print_unraisable(*e, err_msg.is_null() ? Value::none() : err_msg, obj);
    return;
  }
  Ref args = make_unraisable_hook_args(*e, obj, err_msg);
  Ref done = args ? call(hook, {*args}) : nullptr;
  if (done) return;
  Ref hook_error = fetch_error();
  Ref message = str_from_utf8("Exception ignored in sys.unraisablehook");
  if (hook_error && message) print_unraisable(*hook_error, *message, hook);
}

}  // namespace taipan
