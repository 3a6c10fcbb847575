// The `_warnings` module: warn and warn_explicit, the filter list and the
// registries, as CPython writes them in C under its warnings.py. Once
// warnings.py is imported, its module attributes (`filters`,
// `_onceregistry`, `_defaultaction`, `_showwarnmsg`, `WarningMessage`) are
// read on every warning, so catch_warnings and user changes take effect;
// before that, this module's own state serves and warnings are printed here.
// Being native, an exception a warning raises shows no warnings.py frame.
#include "modules/warnings.h"

#include <string>

#include "compiler/code.h"
#include "modules/modules.h"
#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/frame.h"

namespace taipan {

namespace {

// This module's own state: what warnings.py imports from it.
struct WarningsState {
  Value filters;        // list
  Value once_registry;  // dict
  Value default_action; // str
  int64_t filters_version = 0;
};

WarningsState g_state;

// warnings.<name> when warnings.py is imported (new reference), else null.
Ref warnings_attr(const char* name) {
  Value modules = sys_modules();
  if (modules.is_null()) return nullptr;
  Value warnings = dict_get_str(modules.as<Dict>(), intern("warnings"));
  if (warnings.is_null() || warnings.is_none()) return nullptr;
  Ref value = getattr_optional(warnings, intern(name));
  if (!value && error_occurred()) clear_error();
  return value;
}

// The current filters: warnings.filters if the module has replaced them.
Ref current_filters() {
  Ref filters = warnings_attr("filters");
  if (!filters) return Ref::borrow(g_state.filters);
  if (!is_list(filters.get())) {
    raise(exc::ValueError, "_warnings.filters must be a list");
    return nullptr;
  }
  if (filters.get() != g_state.filters) {
    Value old = g_state.filters;
    g_state.filters = Ref::borrow(filters.get()).release();
    decref(old);
  }
  return filters;
}

Ref current_once_registry() {
  Ref registry = warnings_attr("_onceregistry");
  if (!registry) return Ref::borrow(g_state.once_registry);
  if (!is_dict(registry.get())) {
    raise(exc::TypeError, std::string("_warnings.onceregistry must be a dict, not '") +
                              type_name_of(registry.get()) + "'");
    return nullptr;
  }
  return registry;
}

Ref current_default_action() {
  Ref action = warnings_attr("_defaultaction");
  if (!action) return Ref::borrow(g_state.default_action);
  if (!is_str(action.get())) {
    raise(exc::TypeError, std::string("_warnings.defaultaction must be a string, not '") +
                              type_name_of(action.get()) + "'");
    return nullptr;
  }
  return action;
}

// Whether `registry` records `key`; a registry filled under other filters is
// emptied first. With `record`, key is marked. 1 yes, 0 no, -1 error.
int already_warned(Dict* registry, Value key, bool record) {
  Value version = dict_get_str(registry, intern("version"));
  int64_t seen;
  if (version.is_null() || !is_int(version) || !int_to_int64(version, &seen) || seen != g_state.filters_version) {
    if (error_occurred()) clear_error();
    dict_clear(registry);
    if (dict_set_str(registry, "version", Value::small_int(g_state.filters_version)) < 0) return -1;
  } else {
    Value found = dict_get(registry, key);
    if (found.is_null() && error_occurred()) return -1;
    if (!found.is_null()) {
      int truth = is_true(found);
      if (truth != 0) return truth;
    }
  }
  if (record && dict_set(registry, key, Value::true_()) < 0) return -1;
  return 0;
}

// A filter's message or module part: None matches everything, a plain str
// (the start-up filters hold one) must equal the text, else
// pattern.match(text) decides. 1, 0 or -1.
int filter_matches(Value pattern, Value text) {
  if (pattern.is_none()) return 1;
  if (type_of(pattern) == &str_type) return equal(pattern, text);
  Ref result = call_method(pattern, "match", {text});
  if (!result) return -1;
  return is_true(result.get());
}

// The action for a warning (new reference) and the filter that chose it
// (borrowed from the list, null for the default action).
Ref find_action(Value text, Value category, Value module, int64_t lineno, Ref* item_out) {
  Ref filters = current_filters();
  if (!filters) return nullptr;
  List* list = filters.as<List>();
  for (int64_t i = 0; i < list->size; ++i) {
    Ref item = Ref::borrow(list->items[i]);
    if (!is_tuple(item.get()) || item.as<Tuple>()->size != 5) {
      return raise(exc::ValueError, "_warnings.filters item " + std::to_string(i) + " isn't a 5-tuple");
    }
    Tuple* t = item.as<Tuple>();
    Value action = t->items[0];
    if (!is_str(action)) {
      return raise(exc::TypeError, std::string("action must be a string, not '") + type_name_of(action) + "'");
    }
    int64_t filter_lineno;
    if (!int_to_int64(t->items[4], &filter_lineno)) return nullptr;
    int matched = filter_matches(t->items[1], text);
    if (matched < 0) return nullptr;
    if (matched == 0) continue;
    int subclass = issubclass(category, t->items[2]);
    if (subclass < 0) return nullptr;
    if (subclass == 0) continue;
    matched = filter_matches(t->items[3], module);
    if (matched < 0) return nullptr;
    if (matched == 0 || (filter_lineno != 0 && filter_lineno != lineno)) continue;
    *item_out = std::move(item);
    return Ref::borrow(action);
  }
  return current_default_action();
}

// "FILE:LINE: CATEGORY: TEXT" and the source line, on sys.stderr: the report
// before warnings.py is imported.
int print_warning(Value category, Value text, Value filename, int64_t lineno, Value sourceline) {
  Value err = sys_attr("stderr");
  if (err.is_null() || err.is_none()) return 0;
  Ref name = getattr(category, "__name__");
  Ref file_text = str(filename);
  Ref message_text = str(text);
  if (!name || !file_text || !message_text) return -1;
  std::string out = str_to_std(file_text.as<Str>()) + ":" + std::to_string(lineno) + ": " +
                    str_to_std(name.as<Str>()) + ": " + str_to_std(message_text.as<Str>()) + "\n";
  std::string line;
  if (!sourceline.is_null() && is_str(sourceline)) {
    line = str_to_std(sourceline.as<Str>());
  } else {
    Ref linecache = import_module("linecache");
    Ref got = linecache ? call_method(linecache.get(), "getline", {filename, Value::small_int(lineno)}) : nullptr;
    if (got && is_str(got.get())) line = str_to_std(got.as<Str>());
    if (error_occurred()) clear_error();
  }
  size_t start = line.find_first_not_of(" \t\f\r\n");
  if (start != std::string::npos) {
    size_t end = line.find_last_not_of(" \t\f\r\n");
    out += "  " + line.substr(start, end - start + 1) + "\n";
  }
  Ref written = str_from_utf8(out);
  if (!written || !call_method(err, "write", {written.get()})) return -1;
  return 0;
}

// Hands the warning to warnings._showwarnmsg, or prints it.
int show_warning(Value message, Value category, Value text, Value filename, int64_t lineno, Value sourceline,
                 Value source) {
  Ref show = warnings_attr("_showwarnmsg");
  if (!show) return print_warning(category, text, filename, lineno, sourceline);
  if (type_of(show.get())->call == nullptr) return fail(exc::TypeError, "warnings._showwarnmsg() must be set to a callable");
  Ref message_class = warnings_attr("WarningMessage");
  if (!message_class) {
    if (!error_occurred()) raise(exc::RuntimeError, "unable to get warnings.WarningMessage");
    return -1;
  }
  Ref lineno_value = int_from_int64(lineno);
  if (!lineno_value) return -1;
  Value args[] = {message, category, filename, lineno_value.get(), Value::none(),
                  sourceline.is_null() ? Value::none() : sourceline, source.is_null() ? Value::none() : source};
  Ref record = call(message_class.get(), args, 7);
  if (!record) return -1;
  return call(show.get(), {record.get()}) ? 0 : -1;
}

// The core of both entry points. registry may be None.
int warn_at(Value message, Value category, Value filename, int64_t lineno, Value module, Value registry,
            Value sourceline, Value source) {
  Ref text;
  Ref instance;
  int is_warning = isinstance(message, Value::object(exc::Warning));
  if (is_warning < 0) return -1;
  if (is_warning) {
    text = str(message);
    category = Value::object(type_of(message));
    instance = Ref::borrow(message);
  } else {
    text = Ref::borrow(message);
    instance = call(category, {message});
  }
  if (!text || !instance) return -1;
  Ref lineno_value = int_from_int64(lineno);
  if (!lineno_value) return -1;
  Ref key = tuple_pack({text.get(), category, lineno_value.get()});
  if (!key) return -1;
  Dict* reg = registry.is_none() ? nullptr : registry.as<Dict>();
  if (reg != nullptr) {
    int warned = already_warned(reg, key.get(), false);
    if (warned != 0) return warned < 0 ? -1 : 0;
  }
  Ref item;
  Ref action = find_action(text.get(), category, module, lineno, &item);
  if (!action) return -1;
  std::string_view act = str_utf8(action.as<Str>());
  if (act == "error") {
    restore_error(std::move(instance));
    return -1;
  }
  if (act == "ignore") return 0;
  if (act != "always") {
    if (reg != nullptr && dict_set(reg, key.get(), Value::true_()) < 0) return -1;
    int warned = 0;
    if (act == "once" || act == "module") {
      Ref once_key = tuple_pack({text.get(), category});
      if (!once_key) return -1;
      Ref target;
      if (reg != nullptr) {
        target = Ref::borrow(registry);
      } else if (act == "once") {
        target = current_once_registry();
        if (!target) return -1;
      }
      if (target) warned = already_warned(target.as<Dict>(), once_key.get(), true);
    } else if (act != "default") {
      Ref action_repr = repr(action.get());
      Ref item_repr = item ? repr(item.get()) : str_from_utf8("None");
      if (!action_repr || !item_repr) return -1;
      return fail(exc::RuntimeError, "Unrecognized action (" + str_to_std(action_repr.as<Str>()) +
                                         ") in warnings.filters:\n " + str_to_std(item_repr.as<Str>()));
    }
    if (warned != 0) return warned < 0 ? -1 : 0;
  }
  return show_warning(instance.get(), category, text.get(), filename, lineno, sourceline, source);
}

// CPython skips the frames of its import machinery when counting levels.
bool is_internal_frame(Frame* f) {
  std::string_view file = str_utf8(f->code->filename.as<Str>());
  return file.find("importlib") != std::string_view::npos && file.find("_bootstrap") != std::string_view::npos;
}

// The warning's site stacklevel levels up (1: warn's caller): its file,
// line and globals. Past the outermost frame, the site is `sys`.
void warning_site(int64_t stacklevel, Value* filename, int64_t* lineno, Dict** globals) {
  Frame* f = current_frame();
  if (stacklevel <= 0 || (f != nullptr && is_internal_frame(f))) {
    while (--stacklevel > 0 && f != nullptr) f = f->previous;
  } else {
    while (--stacklevel > 0 && f != nullptr) {
      f = f->previous;
      while (f != nullptr && is_internal_frame(f)) f = f->previous;
    }
  }
  if (f == nullptr) {
    *filename = Value::object(intern("sys"));
    *lineno = 1;
    *globals = module_dict(sys_module());
    return;
  }
  *filename = f->code->filename;
  *lineno = f->lineno();
  *globals = f->globals;
}

// Validates warn()'s category: the message's class, or UserWarning.
bool warn_category(Value message, Value* category) {
  int is_warning = isinstance(message, Value::object(exc::Warning));
  if (is_warning < 0) return false;
  if (is_warning) {
    *category = Value::object(type_of(message));
    return true;
  }
  if (category->is_null() || category->is_none()) {
    *category = Value::object(exc::UserWarning);
    return true;
  }
  if (!is_type(*category) || !type_is_subtype(category->as<Type>(), exc::Warning)) {
    raise(exc::TypeError, std::string("category must be a Warning subclass, not '") + type_name_of(*category) + "'");
    return false;
  }
  return true;
}

int warn_with_site(Value message, Value category, int64_t stacklevel, Value source) {
  Value filename;
  int64_t lineno;
  Dict* globals;
  warning_site(stacklevel, &filename, &lineno, &globals);
  Value registry = dict_get_str(globals, intern("__warningregistry__"));
  Ref made;
  if (registry.is_null() || registry.is_none()) {
    made = Ref::steal(static_cast<Object*>(dict_new()));
    if (!made || dict_set_str(globals, "__warningregistry__", made.get()) < 0) return -1;
    registry = made.get();
  } else if (!is_dict(registry)) {
    return fail(exc::TypeError, "'registry' must be a dict or None");
  }
  Value module = dict_get_str(globals, intern("__name__"));
  Ref module_name = module.is_null() || !is_str(module) ? str_from_utf8("<string>") : Ref::borrow(module);
  if (!module_name) return -1;
  return warn_at(message, category, filename, lineno, module_name.get(), registry, Value(), source);
}

Ref warnings_warn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"message", "category", "stacklevel", "source"};
  static const ArgSpec spec = {"warn", names, 4, 0, 1};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Value category = a[1];
  if (!warn_category(a[0], &category)) return nullptr;
  int64_t stacklevel = 1;
  if (!a[2].is_null() && !int_to_int64(a[2], &stacklevel)) return nullptr;
  if (warn_with_site(a[0], category, stacklevel, a[3].is_null() ? Value::none() : a[3]) < 0) return nullptr;
  return Ref::none();
}

Ref warnings_warn_explicit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"message", "category", "filename", "lineno", "module",
                                      "registry", "module_globals", "source"};
  static const ArgSpec spec = {"warn_explicit", names, 8, 0, 4};
  Value a[8];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[2])) {
    return raise(exc::TypeError, std::string("warn_explicit() argument 'filename' must be str, not ") +
                                     type_name_of(a[2]));
  }
  int64_t lineno;
  if (!int_to_int64(a[3], &lineno)) return nullptr;
  Value registry = a[5].is_null() ? Value::none() : a[5];
  if (!registry.is_none() && !is_dict(registry)) return raise(exc::TypeError, "'registry' must be a dict or None");
  Value globals = a[6].is_null() ? Value::none() : a[6];
  if (!globals.is_none() && !is_dict(globals)) {
    return raise(exc::TypeError, std::string("module_globals must be a dict, not '") + type_name_of(globals) + "'");
  }
  Ref module;
  if (a[4].is_null() || a[4].is_none()) {
    std::string_view file = str_utf8(a[2].as<Str>());
    if (file.empty()) {
      module = str_from_utf8("<unknown>");
    } else if (file.size() >= 3 && file.substr(file.size() - 3) == ".py") {
      module = str_from_utf8(file.substr(0, file.size() - 3));
    } else {
      module = Ref::borrow(a[2]);
    }
    if (!module) return nullptr;
  } else {
    module = Ref::borrow(a[4]);
  }
  Value category = a[1];
  if (category.is_none()) category = Value::object(exc::UserWarning);
  if (warn_at(a[0], category, a[2], lineno, module.get(), registry, Value(),
              a[7].is_null() ? Value::none() : a[7]) < 0) {
    return nullptr;
  }
  return Ref::none();
}

Ref warnings_filters_mutated(Value, const Value*, size_t, Tuple*) {
  ++g_state.filters_version;
  return Ref::none();
}

const MethodDef kWarningsFunctions[] = {
    {"warn", warnings_warn, kMethodInstance, "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", warnings_warn_explicit, kMethodInstance, "Low-level interface to warnings functionality."},
    {"_filters_mutated", warnings_filters_mutated, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// CPython's filters at start-up without -W and outside debug builds.
Ref default_filters() {
  struct Entry {
    const char* action;
    Type* category;
    const char* module;
  };
  const Entry entries[] = {{"default", exc::DeprecationWarning, "__main__"},
                           {"ignore", exc::DeprecationWarning, nullptr},
                           {"ignore", exc::PendingDeprecationWarning, nullptr},
                           {"ignore", exc::ImportWarning, nullptr},
                           {"ignore", exc::ResourceWarning, nullptr}};
  Ref list = Ref::steal(static_cast<Object*>(list_new(0)));
  if (!list) return nullptr;
  for (const Entry& e : entries) {
    Ref action = str_from_utf8(e.action);
    Ref module = e.module == nullptr ? Ref::none() : str_from_utf8(e.module);
    if (!action || !module) return nullptr;
    Ref item = tuple_pack({action.get(), Value::none(), Value::object(e.category), module.get(), Value::small_int(0)});
    if (!item || list_append(list.as<List>(), item.get()) < 0) return nullptr;
  }
  return list;
}

int init_state() {
  if (!g_state.filters.is_null()) return 0;
  Ref filters = default_filters();
  Ref registry = Ref::steal(static_cast<Object*>(dict_new()));
  Ref action = str_from_utf8("default");
  if (!filters || !registry || !action) return -1;
  g_state.filters = filters.release();
  g_state.once_registry = registry.release();
  g_state.default_action = action.release();
  return 0;
}

}  // namespace

int warn(Type* category, std::string_view message, int64_t stacklevel) {
  if (init_state() < 0) return -1;
  Ref text = str_from_utf8(message);
  if (!text) return -1;
  return warn_with_site(text.get(), Value::object(category), stacklevel, Value::none());
}

Ref make_warnings_module() {
  if (init_state() < 0) return nullptr;
  Ref module = module_new("_warnings", true);
  if (!module || module_add_functions(module.get(), kWarningsFunctions) < 0) return nullptr;
  Value m = module.get();
  if (module_add(m, "filters", g_state.filters) < 0 || module_add(m, "_onceregistry", g_state.once_registry) < 0 ||
      module_add(m, "_defaultaction", g_state.default_action) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
