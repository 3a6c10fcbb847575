// Built-in functions about code and namespaces: compile, eval, exec,
// globals, locals, vars, dir, __import__, __build_class__ and breakpoint.
#include <string>

#include "compiler/code.h"
#include "compiler/compile.h"
#include "modules/ast/ast_conversion.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "modules/sys.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/import.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/frame.h"

namespace taipan {

namespace {

// The __future__ features of the running Python code, which compile(),
// exec() and eval() inherit.
uint32_t inherited_future_flags() {
  Frame* f = current_frame();
  return f == nullptr ? 0 : f->code->flags & kCompileFutureMask;
}

// compile()'s modes; FunctionType ("func_type") only with PyCF_ONLY_AST.
bool parse_mode(Value mode, int64_t flags, parser::ParseMode* out) {
  if (is_str(mode)) {
    std::string_view m = str_utf8(mode.as<Str>());
    if (m == "exec") *out = parser::ParseMode::Exec;
    if (m == "eval") *out = parser::ParseMode::Eval;
    if (m == "single") *out = parser::ParseMode::Single;
    if (m == "exec" || m == "eval" || m == "single") return true;
    if (m == "func_type") {
      if ((flags & ast_module::kPyCFOnlyAst) == 0) {
        raise(exc::ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        return false;
      }
      *out = parser::ParseMode::FunctionType;
      return true;
    }
  }
  raise(exc::ValueError, (flags & ast_module::kPyCFOnlyAst) != 0
                             ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                             : "compile() mode must be 'exec', 'eval' or 'single'");
  return false;
}

// The flags compile() accepts: the __future__ features, CO_NESTED, and
// PyCF_ONLY_AST, PyCF_DONT_IMPLY_DEDENT, PyCF_TYPE_COMMENTS,
// PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ALLOW_INCOMPLETE_INPUT.
constexpr int64_t kKnownCompileFlags = 0x1FE0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

// compile() of an ast object: the object itself with PyCF_ONLY_AST, else its
// code once converted and validated.
Ref compile_ast_object(Value tree, std::string_view filename, parser::ParseMode mode, int64_t flags) {
  if ((flags & ast_module::kPyCFOnlyAst) != 0) return Ref::borrow(tree);
  // (mode is not func_type here: that needs PyCF_ONLY_AST.)
  CompileMode compile_mode = mode == parser::ParseMode::Exec   ? CompileMode::Exec
                             : mode == parser::ParseMode::Eval ? CompileMode::Eval
                                                               : CompileMode::Single;
  ast::ModKind kind = compile_mode == CompileMode::Exec   ? ast::ModKind::Module
                      : compile_mode == CompileMode::Eval ? ast::ModKind::Expression
                                                          : ast::ModKind::Interactive;
  ast_module::TreeFromPython converted;
  if (!ast_module::tree_from_python(tree, kind, &converted)) return nullptr;
  return compile_ast(converted.mod, filename, compile_mode, static_cast<uint32_t>(flags));
}

Ref builtin_compile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                      "_feature_version"};
  static const ArgSpec spec = {"compile", names, 7, 0, 3, 6};
  Value a[7];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Ref filename = str(a[1]);
  if (!filename) return nullptr;
  int64_t flags = 0;
  if (!a[3].is_null()) {
    flags = as_int64(a[3]);
    if (flags == -1 && error_occurred()) return nullptr;
  }
  if ((flags & ~kKnownCompileFlags) != 0) return raise(exc::ValueError, "compile(): unrecognised flags");
  if (a[4].is_null()) {
    flags |= inherited_future_flags();
  } else {
    int dont_inherit = is_true(a[4]);
    if (dont_inherit < 0) return nullptr;
    if (dont_inherit == 0) flags |= inherited_future_flags();
  }
  parser::ParseMode mode;
  if (!parse_mode(a[2], flags, &mode)) return nullptr;
  std::string_view file = str_utf8(filename.as<Str>());
  if (ast_module::is_ast_object(a[0])) return compile_ast_object(a[0], file, mode, flags);
  std::string source;
  parser::SourceKind kind;
  if (!source_text("compile", a[0], &source, &kind, "string, bytes or AST object")) return nullptr;
  if ((flags & ast_module::kPyCFOnlyAst) != 0) {
    return parse_source(source, file, mode, kind, ast_module::tree_to_python);
  }
  CompileMode compile_mode = mode == parser::ParseMode::Exec   ? CompileMode::Exec
                             : mode == parser::ParseMode::Eval ? CompileMode::Eval
                                                               : CompileMode::Single;
  return compile_source(source, file, compile_mode, static_cast<uint32_t>(flags), kind);
}

// Makes sure globals has __builtins__, as eval/exec do.
int ensure_builtins(Dict* globals) {
  Str* key = intern("__builtins__");
  if (!dict_get_str(globals, key).is_null()) return 0;
  return dict_set(globals, Value::object(key), Value::object(default_builtins()));
}

// eval() and exec(): the shared argument checks, then compile and run.
Ref run_code(const char* function, const Value* args, size_t nargs, Tuple* kwnames, CompileMode mode) {
  static const char* const eval_names[] = {"source", "globals", "locals"};
  static const char* const exec_names[] = {"source", "globals", "locals", "closure"};
  bool is_exec = mode == CompileMode::Exec;
  ArgSpec spec = is_exec ? ArgSpec{"exec", exec_names, 4, 3, 1, 3} : ArgSpec{"eval", eval_names, 3, 3, 1};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Value globals = a[1].is_null() ? Value::none() : a[1];
  Value locals = a[2].is_null() ? Value::none() : a[2];
  if (!globals.is_none() && !is_dict(globals)) {
    if (is_exec) {
      return raise(exc::TypeError, std::string("exec() globals must be a dict, not ") + type_name_of(globals));
    }
    return raise(exc::TypeError, type_of(locals)->getitem != nullptr || locals.is_none()
                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                     : "globals must be a dict");
  }
  if (!locals.is_none() && type_of(locals)->getitem == nullptr) {
    return raise(exc::TypeError, is_exec ? std::string("locals must be a mapping or None, not ") + type_name_of(locals)
                                         : std::string("locals must be a mapping"));
  }
  Ref owned_locals;
  if (globals.is_none()) {
    globals = current_globals();
    if (globals.is_null()) return raise(exc::SystemError, std::string(function) + "(): no globals");
    if (locals.is_none()) {
      owned_locals = current_locals();
      if (!owned_locals) return nullptr;
      locals = owned_locals.get();
    }
  } else if (locals.is_none()) {
    locals = globals;
  }
  if (ensure_builtins(globals.as<Dict>()) < 0) return nullptr;
  Ref code;
  if (type_of(a[0]) == &code_type) {
    code = Ref::borrow(a[0]);
    // exec() passes no closure (and takes none); eval() refuses outright.
    if (int32_t n = code.as<Code>()->nfreevars; n > 0) {
      if (!is_exec) return raise(exc::TypeError, "code object passed to eval() may not contain free variables");
      return raise(exc::TypeError, "code object requires a closure of exactly length " + std::to_string(n));
    }
  } else {
    std::string source;
    parser::SourceKind kind;
    if (!source_text(function, a[0], &source, &kind, "string, bytes or code object")) return nullptr;
    if (!is_exec) {
      size_t start = source.find_first_not_of(" \t");
      source.erase(0, start == std::string::npos ? source.size() : start);
    }
    code = compile_source(source, "<string>", mode, inherited_future_flags(), kind);
    if (!code) return nullptr;
  }
  Ref result = eval_code(code.as<Code>(), globals.as<Dict>(), locals);
  if (!result) return nullptr;
  return is_exec ? Ref::none() : result;
}

Ref builtin_eval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return run_code("eval", args, nargs, kwnames, CompileMode::Eval);
}

Ref builtin_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return run_code("exec", args, nargs, kwnames, CompileMode::Exec);
}

Ref builtin_globals(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("globals", kwnames) || !check_arg_count("globals", nargs, 0, 0)) return nullptr;
  Value g = current_globals();
  return g.is_null() ? Ref::none() : Ref::borrow(g);
}

Ref builtin_locals(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("locals", kwnames) || !check_arg_count("locals", nargs, 0, 0)) return nullptr;
  Ref l = current_locals();
  if (!l && !error_occurred()) return Ref::none();
  return l;
}

Ref builtin_vars(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("vars", kwnames)) return nullptr;
  if (nargs > 1) return raise(exc::TypeError, "vars expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 0) return builtin_locals(Value(), args, 0, nullptr);
  Ref d = getattr_optional(args[0], intern("__dict__"));
  if (d || error_occurred()) return d;
  return raise(exc::TypeError, "vars() argument must have __dict__ attribute");
}

Ref sorted_list_of(Value iterable) {
  Ref items = list_from_iterable(iterable);
  if (!items || list_sort(items.as<List>(), Value(), false) < 0) return nullptr;
  return items;
}

Ref builtin_dir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("dir", kwnames)) return nullptr;
  if (nargs > 1) return raise(exc::TypeError, "dir expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 0) {
    Ref l = current_locals();
    if (!l) return error_occurred() ? nullptr : Ref::steal(static_cast<Object*>(list_new(0)));
    return sorted_list_of(l.get());
  }
  Value method = type_lookup(type_of(args[0]), "__dir__");
  if (method.is_null()) return raise(exc::TypeError, "object does not provide __dir__");
  Ref names;
  if (DescrGetFn get = type_of(method)->descr_get) {
    Ref bound = get(method, args[0], type_of(args[0]));
    if (!bound) return nullptr;
    names = call(bound.get(), {});
  } else {
    names = call(method, {args[0]});
  }
  if (!names) return nullptr;
  return sorted_list_of(names.get());
}

Ref builtin_import(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  static const ArgSpec spec = {"__import__", names, 5, 0, 1};
  Value a[5];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return raise(exc::TypeError, "module name must be a string");
  }
  int64_t level = 0;
  if (!a[4].is_null()) {
    level = as_int64(a[4]);
    if (level == -1 && error_occurred()) return nullptr;
  }
  if (level < 0) return raise(exc::ValueError, "level must be >= 0");
  Value globals = a[1].is_null() ? Value::none() : a[1];
  Value fromlist = a[3].is_null() ? Value::none() : a[3];
  return import_module_level(a[0].as<Str>(), globals, fromlist, level);
}

Ref builtin_breakpoint(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sys = sys_module();
  Ref hook = sys.is_null() ? nullptr : getattr_optional(sys, intern("breakpointhook"));
  if (!hook) {
    if (error_occurred()) return nullptr;
    return raise(exc::RuntimeError, "lost sys.breakpointhook");
  }
  return call(*hook, args, nargs, kwnames);
}

}  // namespace

const MethodDef kBuiltinCodeFunctions[] = {
    {"compile", builtin_compile, kMethodInstance, "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval()."},
    {"eval", builtin_eval, kMethodInstance, "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in the context of globals and locals."},
    {"exec", builtin_exec, kMethodInstance, "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals."},
    {"globals", builtin_globals, kMethodInstance, "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, kMethodInstance, "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables."},
    {"vars", builtin_vars, kMethodInstance, "vars([object]) -> dictionary"},
    {"dir", builtin_dir, kMethodInstance, "dir([object]) -> list of strings"},
    {"__import__", builtin_import, kMethodInstance, "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\nImport a module."},
    {"__build_class__", build_class, kMethodInstance, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"breakpoint", builtin_breakpoint, kMethodInstance, "Call sys.breakpointhook(*args, **kws)."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan
