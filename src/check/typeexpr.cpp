// typeexpr.cpp — annotations to types: names of classes, type variables and
// aliases, the special forms of typing (Optional, Union, Callable, Tuple,
// Literal, ...), `X | Y`, string forward references. Anything not modelled
// is Any.
#include <set>

#include "check/semantic.h"

namespace taipan::check {

namespace {

std::set<Symbol*>& aliases_in_progress() {
  static std::set<Symbol*> s;
  return s;
}

}  // namespace

const char* alias_target(const std::string& special, std::string* module) {
  *module = "builtins";
  if (special == "List") return "list";
  if (special == "Dict") return "dict";
  if (special == "Set") return "set";
  if (special == "FrozenSet") return "frozenset";
  *module = "collections";
  if (special == "DefaultDict") return "defaultdict";
  if (special == "Deque") return "deque";
  if (special == "Counter") return "Counter";
  if (special == "ChainMap") return "ChainMap";
  if (special == "OrderedDict") return "OrderedDict";
  return nullptr;
}

namespace {

bool is_ellipsis(const ast::Expr* e) {
  return e->kind == ast::ExprKind::Constant &&
         static_cast<const ast::Constant*>(e)->value_kind == ast::ConstantKind::Ellipsis;
}

// Type variables of `t` in order of first appearance.
void free_vars(const Type* t, std::vector<const TypeVarType*>* out) {
  switch (t->kind) {
    case TK::TypeVar: {
      auto* tv = static_cast<const TypeVarType*>(t);
      for (auto* x : *out)
        if (x == tv) return;
      out->push_back(tv);
      return;
    }
    case TK::Instance:
      for (auto* a : static_cast<const Instance*>(t)->args) free_vars(a, out);
      return;
    case TK::Union:
      for (auto* a : static_cast<const UnionType*>(t)->items) free_vars(a, out);
      return;
    case TK::Tuple:
      for (auto* a : static_cast<const TupleType*>(t)->items) free_vars(a, out);
      return;
    case TK::Callable: {
      auto* c = static_cast<const CallableType*>(t);
      for (auto& p : c->params) free_vars(p.type, out);
      free_vars(c->ret, out);
      return;
    }
    case TK::TypeType: free_vars(static_cast<const TypeType*>(t)->item, out); return;
    default: return;
  }
}

// Whether a variable without annotation reads as an implicit type alias.
bool looks_like_type(const ast::Expr* v) {
  switch (v->kind) {
    case ast::ExprKind::Name: case ast::ExprKind::Attribute: case ast::ExprKind::Subscript: return true;
    case ast::ExprKind::BinOp: return static_cast<const ast::BinOp*>(v)->op == ast::Operator::BitOr;
    default: return false;
  }
}

}  // namespace

Symbol* Program::lookup_type_name(const ast::Expr* e, ModuleInfo* m, ClassInfo* owner, const LocalLookup* locals) {
  if (e->kind == ast::ExprKind::Name) {
    const std::string& id = static_cast<const ast::Name*>(e)->id;
    if (locals != nullptr) {
      Symbol* s = (*locals)(id);
      if (s != nullptr) return resolve(s);
    }
    if (owner != nullptr) {
      auto it = owner->members.find(id);
      if (it != owner->members.end() && (it->second->kind == SymKind::Class || it->second->kind == SymKind::TypeVar ||
                                         it->second->kind == SymKind::Alias || it->second->kind == SymKind::Import)) {
        return resolve(it->second);
      }
    }
    return lookup_global(m, id);
  }
  if (e->kind == ast::ExprKind::Attribute) {
    auto* a = static_cast<const ast::Attribute*>(e);
    Symbol* base = lookup_type_name(a->value, m, owner, locals);
    if (base == nullptr) return nullptr;
    if (base->kind == SymKind::Module && base->target != nullptr) return module_member(base->target, a->attr);
    if (base->kind == SymKind::Class) {
      ensure_class(base->cls);
      auto it = base->cls->members.find(a->attr);
      return it == base->cls->members.end() ? nullptr : resolve(it->second);
    }
  }
  return nullptr;
}

std::string annotation_special(const ast::Expr* e, ModuleInfo* m, ClassInfo* owner) {
  if (e == nullptr) return "";
  const ast::Expr* head = e->kind == ast::ExprKind::Subscript ? static_cast<const ast::Subscript*>(e)->value : e;
  if (head->kind != ast::ExprKind::Name && head->kind != ast::ExprKind::Attribute) return "";
  Symbol* s = program().lookup_type_name(head, m, owner, nullptr);
  return s != nullptr && s->kind == SymKind::Special ? s->special : "";
}

std::vector<const Type*> Program::analyze_args(const ast::Expr* slice, ModuleInfo* m, ClassInfo* owner,
                                               const LocalLookup* locals) {
  std::vector<const Type*> out;
  if (slice->kind == ast::ExprKind::Tuple) {
    for (auto* e : static_cast<const ast::Tuple*>(slice)->elts) out.push_back(analyze_type(e, m, owner, locals));
  } else {
    out.push_back(analyze_type(slice, m, owner, locals));
  }
  return out;
}

const Type* Program::analyze_type(const ast::Expr* e, ModuleInfo* m, ClassInfo* owner, const LocalLookup* locals) {
  if (e == nullptr) return any_type();
  switch (e->kind) {
    case ast::ExprKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      if (c->value_kind == ast::ConstantKind::None) return none_type();
      if (c->value_kind == ast::ConstantKind::Str) {
        const ast::Expr* parsed = parse_string_annotation(c->str);
        return parsed != nullptr ? analyze_type(parsed, m, owner, locals) : any_type();
      }
      return any_type();
    }
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      if (b->op != ast::Operator::BitOr) return any_type();
      return make_union({analyze_type(b->left, m, owner, locals), analyze_type(b->right, m, owner, locals)});
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      Symbol* base = lookup_type_name(s->value, m, owner, locals);
      if (base == nullptr) return any_type();
      return analyze_subscript(base, s, m, owner, locals);
    }
    case ast::ExprKind::Name: case ast::ExprKind::Attribute: {
      Symbol* s = lookup_type_name(e, m, owner, locals);
      if (s == nullptr) return any_type();
      switch (s->kind) {
        case SymKind::Class:
          if (s->cls == builtins().tuple) return instance(s->cls, {any_type()});
          return class_instance(s->cls);
        case SymKind::TypeVar: return symbol_type(s);
        case SymKind::Special: {
          const std::string& sp = s->special;
          if (sp == "NoReturn" || sp == "Never") return never_type();
          if (sp == "Tuple") return instance(builtins().tuple, {any_type()});
          if (sp == "LiteralString") return instance(builtins().str);
          if (sp == "Type") return instance(builtins().type);
          if (sp == "Self" && owner != nullptr) {
            ensure_class(owner);
            return owner->self_type != nullptr ? owner->self_type : any_type();
          }
          if (sp == "Callable") {
            auto* c = arena().make<CallableType>();
            c->ellipsis_args = true;
            c->ret = any_type();
            return c;
          }
          std::string module;
          const char* target = alias_target(sp, &module);
          if (target != nullptr) {
            ClassInfo* cls = typing_class(module, target);
            return cls != nullptr ? static_cast<const Type*>(instance(cls)) : any_type();
          }
          return any_type();
        }
        case SymKind::Alias: case SymKind::Var: {
          // `X: TypeAlias = ...` under another name (`TypeAlias as _TypeAlias`).
          if (s->kind == SymKind::Var && s->annotation != nullptr && s->value != nullptr) {
            Symbol* ann = lookup_type_name(s->annotation, s->module, s->owner, nullptr);
            if (ann != nullptr && ann->kind == SymKind::Special && ann->special == "TypeAlias") s->kind = SymKind::Alias;
          }
          if (s->value == nullptr || (s->annotation != nullptr && s->kind == SymKind::Var)) return any_type();
          if (s->kind == SymKind::Var && !looks_like_type(s->value)) return any_type();
          if (aliases_in_progress().count(s) != 0) return any_type();
          aliases_in_progress().insert(s);
          const Type* t = analyze_type(s->value, s->module, s->owner);
          aliases_in_progress().erase(s);
          return t;
        }
        default: return any_type();
      }
    }
    default: return any_type();
  }
}

const Type* Program::analyze_subscript(Symbol* base, const ast::Subscript* e, ModuleInfo* m, ClassInfo* owner,
                                       const LocalLookup* locals) {
  const ast::Expr* slice = e->slice;
  if (base->kind == SymKind::Special) {
    const std::string& sp = base->special;
    if (sp == "Optional") return make_optional(analyze_type(slice, m, owner, locals));
    if (sp == "Union") {
      auto args = analyze_args(slice, m, owner, locals);
      return make_union(args);
    }
    if (sp == "Final" || sp == "ClassVar" || sp == "Required" || sp == "NotRequired") {
      return analyze_type(slice, m, owner, locals);
    }
    if (sp == "Annotated") {
      const ast::Expr* first = slice->kind == ast::ExprKind::Tuple && !static_cast<const ast::Tuple*>(slice)->elts.empty()
                                   ? static_cast<const ast::Tuple*>(slice)->elts[0]
                                   : slice;
      return analyze_type(first, m, owner, locals);
    }
    if (sp == "TypeGuard") return instance(builtins().bool_);
    if (sp == "Type") {
      auto* t = arena().make<TypeType>();
      t->item = analyze_type(slice, m, owner, locals);
      return t;
    }
    if (sp == "Tuple") {
      if (slice->kind == ast::ExprKind::Tuple) {
        auto& elts = static_cast<const ast::Tuple*>(slice)->elts;
        if (elts.size() == 2 && is_ellipsis(elts[1])) {
          return instance(builtins().tuple, {analyze_type(elts[0], m, owner, locals)});
        }
        if (elts.empty()) return arena().make<TupleType>();
      }
      auto* t = arena().make<TupleType>();
      t->items = analyze_args(slice, m, owner, locals);
      return t;
    }
    if (sp == "Callable") {
      auto* c = arena().make<CallableType>();
      c->ret = any_type();
      if (slice->kind != ast::ExprKind::Tuple || static_cast<const ast::Tuple*>(slice)->elts.size() != 2) {
        c->ellipsis_args = true;
        return c;
      }
      auto& elts = static_cast<const ast::Tuple*>(slice)->elts;
      c->ret = analyze_type(elts[1], m, owner, locals);
      // Callable[P, R] and Callable[Concatenate[X, P], R].
      const ast::Expr* spec = elts[0];
      std::vector<const ast::Expr*> prefix;
      if (spec->kind == ast::ExprKind::Subscript) {
        Symbol* head = lookup_type_name(static_cast<const ast::Subscript*>(spec)->value, m, owner, locals);
        const ast::Expr* args = static_cast<const ast::Subscript*>(spec)->slice;
        if (head != nullptr && head->kind == SymKind::Special && head->special == "Concatenate" &&
            args->kind == ast::ExprKind::Tuple && !static_cast<const ast::Tuple*>(args)->elts.empty()) {
          auto& parts = static_cast<const ast::Tuple*>(args)->elts;
          prefix.assign(parts.begin(), parts.end() - 1);
          spec = parts.back();
        }
      }
      if (spec->kind == ast::ExprKind::Name || spec->kind == ast::ExprKind::Attribute) {
        Symbol* p = lookup_type_name(spec, m, owner, locals);
        const Type* pt = p != nullptr && p->kind == SymKind::TypeVar ? symbol_type(p) : nullptr;
        if (pt != nullptr && pt->kind == TK::TypeVar && static_cast<const TypeVarType*>(pt)->param_spec) {
          for (auto* x : prefix) c->params.push_back({"", ParamKind::Pos, analyze_type(x, m, owner, locals), true});
          c->param_spec = static_cast<const TypeVarType*>(pt);
          c->ellipsis_args = true;
          return c;
        }
      }
      if (elts[0]->kind == ast::ExprKind::List) {
        for (auto* p : static_cast<const ast::List*>(elts[0])->elts) {
          Param param;
          param.kind = ParamKind::Pos;
          param.pos_only = true;
          param.type = analyze_type(p, m, owner, locals);
          c->params.push_back(param);
        }
      } else {
        c->ellipsis_args = true;
      }
      return c;
    }
    if (sp == "Literal") {
      std::vector<const ast::Expr*> elts;
      if (slice->kind == ast::ExprKind::Tuple) {
        for (auto* x : static_cast<const ast::Tuple*>(slice)->elts) elts.push_back(x);
      } else {
        elts.push_back(slice);
      }
      std::vector<const Type*> items;
      for (auto* x : elts) {
        bool negative = false;
        if (x->kind == ast::ExprKind::UnaryOp && static_cast<const ast::UnaryOp*>(x)->op == ast::UnaryOperator::USub) {
          negative = true;
          x = static_cast<const ast::UnaryOp*>(x)->operand;
        }
        if (x->kind != ast::ExprKind::Constant) return any_type();
        auto* c = static_cast<const ast::Constant*>(x);
        switch (c->value_kind) {
          case ast::ConstantKind::None: items.push_back(none_type()); break;
          case ast::ConstantKind::True: items.push_back(literal_instance(builtins().bool_, "True", true)); break;
          case ast::ConstantKind::False: items.push_back(literal_instance(builtins().bool_, "False", true)); break;
          case ast::ConstantKind::Int:
            if (!c->int_fits_i64) return any_type();
            items.push_back(literal_instance(builtins().int_, (negative ? "-" : "") + std::to_string(c->int_i64), true));
            break;
          case ast::ConstantKind::Str: {
            std::string text = str_literal_text(c->str);
            items.push_back(text.empty() ? static_cast<const Type*>(instance(builtins().str))
                                         : literal_instance(builtins().str, text, true));
            break;
          }
          case ast::ConstantKind::Bytes: items.push_back(instance(builtins().bytes)); break;
          default: return any_type();
        }
      }
      return make_union(items);
    }
    std::string module;
    const char* target = alias_target(sp, &module);
    if (target != nullptr) {
      ClassInfo* cls = typing_class(module, target);
      if (cls == nullptr) return any_type();
      return instance(cls, analyze_args(slice, m, owner, locals));
    }
    return any_type();
  }
  if (base->kind == SymKind::Class) {
    ClassInfo* cls = base->cls;
    if (cls == builtins().tuple) {
      if (slice->kind == ast::ExprKind::Tuple) {
        auto& elts = static_cast<const ast::Tuple*>(slice)->elts;
        if (elts.size() == 2 && is_ellipsis(elts[1])) return instance(cls, {analyze_type(elts[0], m, owner, locals)});
        if (elts.empty()) return arena().make<TupleType>();
      }
      auto* t = arena().make<TupleType>();
      t->items = analyze_args(slice, m, owner, locals);
      return t;
    }
    if (cls == builtins().type) {
      auto* t = arena().make<TypeType>();
      t->item = analyze_type(slice, m, owner, locals);
      return t;
    }
    // A dataclass's InitVar[T] field is a T (an __init__ parameter).
    if (cls->fullname == "dataclasses.InitVar") return analyze_type(slice, m, owner, locals);
    ensure_class(cls);
    auto args = analyze_args(slice, m, owner, locals);
    if (args.size() != cls->type_params.size()) {
      for (auto& a : args) a = any_type();
    }
    return instance(cls, args);
  }
  if (base->kind == SymKind::Alias || (base->kind == SymKind::Var && base->annotation == nullptr && base->value != nullptr &&
                                       looks_like_type(base->value))) {
    if (aliases_in_progress().count(base) != 0) return any_type();
    aliases_in_progress().insert(base);
    const Type* target = analyze_type(base->value, base->module, base->owner);
    aliases_in_progress().erase(base);
    std::vector<const TypeVarType*> vars;
    free_vars(target, &vars);
    auto args = analyze_args(slice, m, owner, locals);
    Subst s;
    for (size_t k = 0; k < vars.size(); ++k) s[vars[k]] = k < args.size() ? args[k] : any_type();
    return substitute(target, s);
  }
  return any_type();
}

}  // namespace taipan::check
