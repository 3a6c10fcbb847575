// members.cpp — members of classes: lookup along the MRO, reading them from
// an instance (methods bound, class type parameters substituted, explicit
// self-types inferred) or from the class object, constructors, and the
// structural check of protocols.
#include <algorithm>
#include <set>
#include <utility>

#include "check/semantic.h"

namespace taipan::check {

namespace {

bool has_decorator(Symbol* s, const char* name) {
  // Implicit class methods.
  if (std::string(name) == "classmethod" && (s->name == "__init_subclass__" || s->name == "__class_getitem__")) return true;
  for (auto& d : s->decorators) {
    auto dot = d.rfind('.');
    std::string last = dot == std::string::npos ? d : d.substr(dot + 1);
    if (last == name) return true;
  }
  return false;
}

Subst base_subst(const Instance* t, ClassInfo* defined_in) {
  Subst s;
  const Instance* b = map_to_base(t, defined_in);
  if (b == nullptr) return s;
  for (size_t k = 0; k < defined_in->type_params.size() && k < b->args.size(); ++k) {
    s[defined_in->type_params[k]] = b->args[k];
  }
  return s;
}

const Type* solve(const std::vector<const Type*>& bounds) {
  const Type* r = never_type();
  for (auto* b : bounds) r = r->kind == TK::Never ? strip_literal(b) : join(r, b);
  return r;
}

const CallableType* bind_one(const CallableType* c, const Type* self_t, bool* matched) {
  *matched = true;
  if (c->params.empty() || c->params[0].kind == ParamKind::Star) return c;
  const Type* first = c->params[0].type;
  Subst s;
  if (has_type_vars(first)) {
    std::map<const TypeVarType*, std::vector<const Type*>> cons;
    infer_constraints(first, self_t, &cons);
    for (auto& [tv, bounds] : cons) s[tv] = solve(bounds);
  }
  const Type* first_bound = substitute(first, s);
  if (!has_type_vars(first_bound) && !is_subtype(self_t, first_bound)) *matched = false;
  auto* r = arena().make<CallableType>();
  *r = *c;
  r->params.erase(r->params.begin());
  for (auto& p : r->params) p.type = substitute(p.type, s);
  r->ret = substitute(r->ret, s);
  return r;
}

}  // namespace

Member find_member(ClassInfo* c, const std::string& name) {
  if (c == nullptr) return {};
  program().ensure_class(c);
  for (ClassInfo* k : c->mro) {
    program().ensure_class(k);
    auto it = k->members.find(name);
    if (it == k->members.end()) continue;
    Symbol* s = program().resolve(it->second);
    if (s == nullptr) return {};
    return {s, k};
  }
  return {};
}

const Type* bind_self(const Type* fn, const Type* self_t) {
  if (fn->kind == TK::Callable) {
    bool matched;
    return bind_one(static_cast<const CallableType*>(fn), self_t, &matched);
  }
  if (fn->kind == TK::Overloaded) {
    auto* o = static_cast<const Overloaded*>(fn);
    auto* r = arena().make<Overloaded>();
    std::vector<const CallableType*> all;
    for (auto* item : o->items) {
      bool matched;
      const CallableType* b = bind_one(item, self_t, &matched);
      all.push_back(b);
      if (matched) r->items.push_back(b);
    }
    if (r->items.empty()) r->items = all;
    if (r->items.size() == 1) return r->items[0];
    return r;
  }
  return fn;
}

const Type* instance_member(const Instance* t, const std::string& name, const Type* bind_to) {
  const Type* self_t = bind_to != nullptr ? bind_to : t;
  if (t->cls == nullptr) return any_type();
  Member m = find_member(t->cls, name);
  if (m.sym == nullptr) {
    if (name == "__class__") {
      auto* tt = arena().make<TypeType>();
      tt->item = t;
      return tt;
    }
    return t->cls->any_base ? any_type() : nullptr;
  }
  Subst s = base_subst(t, m.defined_in);
  Symbol* sym = m.sym;
  switch (sym->kind) {
    case SymKind::Func: {
      const Type* ft = substitute(program().func_symbol_type(sym), s);
      if (sym->is_property) {
        if (ft->kind == TK::Callable) return static_cast<const CallableType*>(bind_self(ft, self_t))->ret;
        if (ft->kind == TK::Overloaded) return static_cast<const Overloaded*>(ft)->items[0]->ret;
        return any_type();
      }
      if (has_decorator(sym, "staticmethod")) return ft;
      if (has_decorator(sym, "classmethod")) {
        auto* tt = arena().make<TypeType>();
        tt->item = self_t;
        return bind_self(ft, tt);
      }
      return bind_self(ft, self_t);
    }
    case SymKind::Class: {
      auto* tt = arena().make<TypeType>();
      tt->item = instance(sym->cls);
      return tt;
    }
    case SymKind::Var: {
      const Type* vt = program().symbol_type(sym);
      // Callables stored in the class body are methods (bound on access).
      if (sym->class_var && sym->annotation == nullptr && (vt->kind == TK::Callable || vt->kind == TK::Overloaded)) {
        return any_type();
      }
      return substitute(vt, s);
    }
    case SymKind::Module: return program().symbol_type(sym);
    default: return any_type();
  }
}

const Type* class_member(const Instance* t, const std::string& name) {
  if (t->cls == nullptr) return any_type();
  Member m = find_member(t->cls, name);
  if (m.sym == nullptr) {
    if (t->cls->metaclass != nullptr) {
      const Type* meta = instance_member(t->cls->metaclass, name);
      if (meta != nullptr) return meta;
    }
    ClassInfo* type_cls = builtins().type;
    if (type_cls != nullptr) {
      const Type* meta = instance_member(instance(type_cls), name);
      if (meta != nullptr) return meta;
    }
    return t->cls->any_base ? any_type() : nullptr;
  }
  Subst s = base_subst(t, m.defined_in);
  Symbol* sym = m.sym;
  switch (sym->kind) {
    case SymKind::Func: {
      const Type* ft = substitute(program().func_symbol_type(sym), s);
      // A property read from the class is its getter (with a setter or
      // deleter, mypy's overloaded definition of one item).
      if (sym->is_property) {
        if (ft->kind != TK::Callable) return any_type();
        if (sym->funcs.size() < 2) return ft;
        auto* o = arena().make<Overloaded>();
        o->items = {static_cast<const CallableType*>(ft)};
        return o;
      }
      if (has_decorator(sym, "classmethod")) {
        auto* tt = arena().make<TypeType>();
        tt->item = t;
        return bind_self(ft, tt);
      }
      return ft;
    }
    case SymKind::Class: {
      auto* tt = arena().make<TypeType>();
      tt->item = instance(sym->cls);
      return tt;
    }
    case SymKind::Var:
      if (t->cls->is_enum && sym->owner == t->cls && enum_member(t->cls, name) != nullptr) {
        return enum_literal(t->cls, name, false);
      }
      return substitute(program().symbol_type(sym), s);
    default: return program().symbol_type(sym);
  }
}

const Type* constructor_type(ClassInfo* c) {
  program().ensure_class(c);
  if (c->typed_dict && !c->any_base) return typeddict_constructor(c);
  if (c->any_base || c->is_enum || c->unknown_init) return any_type();
  Member init = find_member(c, "__init__");
  Member nw = find_member(c, "__new__");
  auto index = [&](ClassInfo* k) {
    auto it = std::find(c->mro.begin(), c->mro.end(), k);
    return it - c->mro.begin();
  };
  bool use_new = nw.sym != nullptr && (init.sym == nullptr || index(nw.defined_in) < index(init.defined_in));
  Member chosen = use_new ? nw : init;
  const Type* self = c->self_type != nullptr ? c->self_type : instance(c);
  // `ret` is what the call makes: the class's instance, or the explicit
  // self-type of an __init__ overload (dict[str, _VT] for dict(**kw)).
  auto finish = [&](const CallableType* item, const Type* ret) {
    auto* r = arena().make<CallableType>();
    *r = *item;
    r->name = c->name;
    r->class_name.clear();
    r->is_type_obj = true;
    if (use_new) {
      // __new__ returning another type (or a subclass): the class's instance.
      if (r->ret->kind != TK::Instance || !is_subtype(r->ret, instance(c))) r->ret = self;
    } else {
      r->ret = ret;
    }
    return r;
  };
  auto self_of = [&](const CallableType* item) -> const Type* {
    if (use_new || item->params.empty()) return self;
    const Type* first = item->params[0].type;
    if (first->kind == TK::Instance && static_cast<const Instance*>(first)->cls == c) return first;
    return self;
  };
  if (chosen.sym == nullptr || chosen.defined_in == builtins().object || chosen.sym->kind != SymKind::Func) {
    auto* r = arena().make<CallableType>();
    r->name = c->name;
    r->ret = self;
    r->is_type_obj = true;
    if (chosen.sym != nullptr && chosen.sym->kind != SymKind::Func) r->ellipsis_args = true;
    return r;
  }
  // A named tuple's type parameters are those of its class.
  const Type* self_inst = self->kind == TK::Tuple ? tuple_fallback(static_cast<const TupleType*>(self)) : self;
  Subst s = base_subst(static_cast<const Instance*>(self_inst), chosen.defined_in);
  const Type* ft = substitute(program().func_symbol_type(chosen.sym), s);
  const Type* bound_to = self;
  if (use_new) {
    auto* tt = arena().make<TypeType>();
    tt->item = self;
    bound_to = tt;
  }
  if (ft->kind == TK::Callable) {
    auto* item = static_cast<const CallableType*>(ft);
    const Type* ret = self_of(item);
    auto* bound = static_cast<const CallableType*>(bind_self(item, bound_to));
    return finish(bound, ret);
  }
  if (ft->kind == TK::Overloaded) {
    auto* o = arena().make<Overloaded>();
    for (auto* item : static_cast<const Overloaded*>(ft)->items) {
      const Type* ret = self_of(item);
      const Type* b = bind_self(item, bound_to);
      if (b->kind == TK::Callable) o->items.push_back(finish(static_cast<const CallableType*>(b), ret));
    }
    return o;
  }
  return any_type();
}

std::vector<std::string> abstract_attributes(ClassInfo* c) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  program().ensure_class(c);
  for (ClassInfo* k : c->mro) {
    program().ensure_class(k);
    // A stub's deferred methods stay unparsed: the split knows their decorators.
    k->members.for_each_name([&](const std::string& name, Symbol* sym, bool deferred_abstract) {
      if (!seen.insert(name).second) return;
      bool abstract = sym == nullptr ? deferred_abstract
                                     : sym->kind == SymKind::Func && (has_decorator(sym, "abstractmethod") ||
                                                                      has_decorator(sym, "abstractproperty"));
      if (abstract) out.push_back(name);
    });
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool satisfies_protocol(const Type* a, const Instance* proto) {
  static std::set<std::pair<const void*, ClassInfo*>> in_progress;
  const void* key = a->kind == TK::Instance ? static_cast<const void*>(static_cast<const Instance*>(a)->cls)
                                            : static_cast<const void*>(a);
  if (in_progress.count({key, proto->cls}) != 0) return true;
  if (a->kind == TK::Callable || a->kind == TK::Overloaded || a->kind == TK::TypeType) return true;
  const Instance* ai = nullptr;
  if (a->kind == TK::Instance) {
    ai = static_cast<const Instance*>(a);
  } else if (a->kind == TK::Tuple) {
    ai = static_cast<const Instance*>(tuple_fallback(static_cast<const TupleType*>(a)));
  } else if (a->kind == TK::None) {
    ai = instance(builtins().object);
  } else {
    return false;
  }
  in_progress.insert({key, proto->cls});
  bool ok = true;
  program().ensure_class(proto->cls);
  for (ClassInfo* k : proto->cls->mro) {
    if (!k->is_protocol || !ok) continue;
    for (auto& [name, sym] : k->members) {
      if (name == "__slots__" || name == "__class_getitem__" || name == "__init__" || name == "__new__" ||
          name == "__hash__" || name == "__annotations__" || name == "__parameters__") {
        continue;
      }
      const Type* have = instance_member(ai, name);
      if (have == nullptr) {
        ok = false;
        break;
      }
      if (sym->kind != SymKind::Func) continue;
      const Type* want = instance_member(proto, name);
      if (want != nullptr && !is_subtype(have, want)) {
        ok = false;
        break;
      }
    }
  }
  in_progress.erase({key, proto->cls});
  return ok;
}

}  // namespace taipan::check
