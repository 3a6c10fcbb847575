// annotations.cpp — mypy's errors in annotations themselves: undefined
// names, variables, functions and modules used as types (valid-type),
// literal values that should be Literal[...], `[...]` for List[...],
// type argument counts, Optional[...] arity, Callable's first argument,
// and ClassVar outside a class body's assignments.
#include "check/checker.h"

namespace taipan::check {

namespace {

bool is_constant(const ast::Expr* e, ast::ConstantKind k) {
  return e->kind == ast::ExprKind::Constant && static_cast<const ast::Constant*>(e)->value_kind == k;
}

// A variable's value that cannot be a type alias.
bool plain_value(const ast::Expr* v) {
  switch (v->kind) {
    case ast::ExprKind::Constant:
      return !is_constant(v, ast::ConstantKind::None) && !is_constant(v, ast::ConstantKind::Str);
    case ast::ExprKind::List: case ast::ExprKind::Dict: case ast::ExprKind::Set: case ast::ExprKind::Tuple:
    case ast::ExprKind::Lambda: case ast::ExprKind::JoinedStr: case ast::ExprKind::ListComp:
    case ast::ExprKind::DictComp: case ast::ExprKind::SetComp: case ast::ExprKind::Compare:
      return true;
    case ast::ExprKind::BinOp: return static_cast<const ast::BinOp*>(v)->op != ast::Operator::BitOr;
    default: return false;
  }
}

std::string symbol_fullname(Symbol* s) {
  std::string prefix = s->owner != nullptr ? s->owner->fullname : s->module->name;
  return prefix + "." + s->name;
}

}  // namespace

bool Checker::check_type_arg_count(ClassInfo* cls, size_t given, const ast::Node* where) {
  program().ensure_class(cls);
  if (cls == builtins().tuple || cls == builtins().type || cls->any_base) return true;
  size_t want = cls->type_params.size();
  if (given == want) return true;
  std::string expects = want == 0   ? "expects no type arguments"
                        : want == 1 ? "expects 1 type argument"
                                    : "expects " + std::to_string(want) + " type arguments";
  fail(where, "\"" + cls->name + "\" " + expects + ", but " + std::to_string(given) + " given", "type-arg");
  return false;
}

void Checker::validate_annotation(const ast::Expr* e, bool class_assignment, const ast::Node* at) {
  if (e == nullptr || silent_ > 0 || untyped_) return;
  const ast::Node* where = at != nullptr ? at : e;
  ClassInfo* owner = nullptr;
  for (auto* s : scopes_)
    if (s->kind == ScopeKind::Class) owner = s->cls;
  auto locals = type_lookup();
  switch (e->kind) {
    case ast::ExprKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      if (c->value_kind == ast::ConstantKind::Str) {
        const ast::Expr* parsed = program().parse_string_annotation(c->str);
        if (parsed != nullptr) validate_annotation(parsed, class_assignment, where);
        return;
      }
      std::string text = c->value_kind == ast::ConstantKind::Int && c->int_fits_i64 ? std::to_string(c->int_i64)
                         : c->value_kind == ast::ConstantKind::True               ? "True"
                         : c->value_kind == ast::ConstantKind::False              ? "False"
                                                                                  : "";
      if (!text.empty()) fail(where, "Invalid type: try using Literal[" + text + "] instead?", "valid-type");
      return;
    }
    case ast::ExprKind::List:
      fail(where, "Bracketed expression \"[...]\" is not valid as a type", "valid-type");
      note(where, "Did you mean \"List[...]\"?");
      return;
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      if (b->op != ast::Operator::BitOr) return;
      validate_annotation(b->left, false, at);
      validate_annotation(b->right, false, at);
      return;
    }
    case ast::ExprKind::Name: case ast::ExprKind::Attribute: {
      Symbol* s = program().lookup_type_name(e, mod_, owner, &locals);
      if (s == nullptr && owner != nullptr && e->kind == ast::ExprKind::Name) {
        auto it = owner->members.find(static_cast<const ast::Name*>(e)->id);
        if (it != owner->members.end()) s = it->second;
      }
      if (s == nullptr) {
        if (e->kind != ast::ExprKind::Name) return;
        const std::string& id = static_cast<const ast::Name*>(e)->id;
        if (lookup(id) == nullptr && (owner == nullptr || owner->members.count(id) == 0)) {
          fail(where, "Name \"" + id + "\" is not defined", "name-defined");
        }
        return;
      }
      if (s->kind == SymKind::Special && s->special == "ClassVar" && !class_assignment) {
        fail(where, "ClassVar can only be used for assignments in class body", "misc");
      } else if (s->kind == SymKind::Func) {
        fail(where, "Function \"" + symbol_fullname(s) + "\" is not valid as a type", "valid-type");
        note(where, "Perhaps you need \"Callable[...]\" or a callback protocol?");
      } else if (s->kind == SymKind::Module && s->target != nullptr) {
        fail(where, "Module \"" + s->target->name + "\" is not valid as a type", "valid-type");
        note(where, "Perhaps you meant to use a protocol matching the module structure?");
      } else if (s->kind == SymKind::Var && !s->module->is_stub && s->value != nullptr &&
                 (plain_value(s->value) ||
                  (s->annotation != nullptr && annotation_special(s->annotation, s->module, s->owner) != "TypeAlias"))) {
        fail(where, "Variable \"" + symbol_fullname(s) + "\" is not valid as a type", "valid-type");
        note(where, "See https://mypy.readthedocs.io/en/stable/common_issues.html#variables-vs-type-aliases");
      }
      return;
    }
    case ast::ExprKind::Subscript: {
      auto* sub = static_cast<const ast::Subscript*>(e);
      Symbol* s = program().lookup_type_name(sub->value, mod_, owner, &locals);
      std::vector<const ast::Expr*> args;
      if (sub->slice->kind == ast::ExprKind::Tuple) {
        for (auto* x : static_cast<const ast::Tuple*>(sub->slice)->elts) args.push_back(x);
      } else {
        args.push_back(sub->slice);
      }
      if (s == nullptr) {
        validate_annotation(sub->value, false, at);
        return;
      }
      if (s->kind == SymKind::Special) {
        const std::string& sp = s->special;
        if (sp == "Literal") return;
        if (sp == "ClassVar" && !class_assignment) {
          fail(where, "ClassVar can only be used for assignments in class body", "misc");
          return;
        }
        if (sp == "Optional" && args.size() != 1) {
          fail(where, "Optional[...] must have exactly one type argument", "valid-type");
          return;
        }
        if (sp == "Annotated") {
          validate_annotation(args[0], false, at);
          return;
        }
        if (sp == "Callable") {
          if (args.size() == 2) {
            const ast::Expr* first = args[0];
            bool ok = first->kind == ast::ExprKind::List || is_constant(first, ast::ConstantKind::Ellipsis);
            if (!ok && (first->kind == ast::ExprKind::Name || first->kind == ast::ExprKind::Attribute ||
                        first->kind == ast::ExprKind::Subscript)) {
              // A ParamSpec or Concatenate[...] is a parameter specification.
              const ast::Expr* head = first->kind == ast::ExprKind::Subscript
                                          ? static_cast<const ast::Subscript*>(first)->value
                                          : first;
              Symbol* p = program().lookup_type_name(head, mod_, owner, &locals);
              ok = p == nullptr || p->kind != SymKind::Class;
            }
            if (!ok) {
              fail(where, "The first argument to Callable must be a list of types, parameter specification, or \"...\"",
                   "valid-type");
              note(where, "See https://mypy.readthedocs.io/en/stable/kinds_of_types.html#callable-types-and-lambdas");
              return;
            }
            if (first->kind == ast::ExprKind::List)
              for (auto* x : static_cast<const ast::List*>(first)->elts) validate_annotation(x, false, at);
            validate_annotation(args[1], false, at);
          }
          return;
        }
        if (sp == "Concatenate") return;
        std::string module;
        const char* target = alias_target(sp, &module);
        if (target != nullptr) {
          ClassInfo* cls = program().typing_class(module, target);
          if (cls != nullptr && !check_type_arg_count(cls, args.size(), where)) return;
        }
        for (auto* x : args)
          if (!is_constant(x, ast::ConstantKind::Ellipsis)) validate_annotation(x, false, at);
        return;
      }
      if (s->kind == SymKind::Class) {
        if (!check_type_arg_count(s->cls, args.size(), where)) return;
        for (auto* x : args)
          if (!is_constant(x, ast::ConstantKind::Ellipsis)) validate_annotation(x, false, at);
      }
      return;
    }
    default: return;
  }
}

}  // namespace taipan::check
