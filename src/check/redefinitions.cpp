// redefinitions.cpp — mypy's no-redef: a `def` or `class` statement that
// binds a name the same block bound before (`Name "f" already defined on
// line 3`, `... (by an import)`). Overloads and property accessors are
// definitions of one name, not redefinitions; definitions in different
// branches are conditional variants and not compared here.
#include "check/checker.h"

namespace taipan::check {

namespace {

bool accessor_or_overload(const std::vector<ast::Expr*>& decorators) {
  for (auto* d : decorators) {
    const ast::Expr* e = d->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(d)->func : d;
    std::string last = e->kind == ast::ExprKind::Name        ? static_cast<const ast::Name*>(e)->id
                       : e->kind == ast::ExprKind::Attribute ? static_cast<const ast::Attribute*>(e)->attr
                                                             : "";
    if (last == "overload" || last == "setter" || last == "getter" || last == "deleter") return true;
  }
  return false;
}

}  // namespace

void Checker::check_redefinitions(const std::vector<ast::Stmt*>& body) {
  std::map<std::string, Binding> bound;
  check_redefinitions_in(body, true, &bound);
}

void Checker::check_redefinitions_in(const std::vector<ast::Stmt*>& body, bool top, std::map<std::string, Binding>* names) {
  std::map<std::string, Binding>& bound = *names;
  auto bind = [&](const std::string& name, int line, bool import, bool overloadable, const std::string& module = "") {
    if (bound.count(name) == 0) bound[name] = {line, import, overloadable, module};
  };
  // An import binding a name another module's import bound (mypy checks an
  // import over a def as an assignment, which is not modelled).
  auto import_name = [&](const std::string& name, const std::string& module, const ast::Stmt* st) {
    auto it = bound.find(name);
    if (it != bound.end() && it->second.import && it->second.module != module) {
      fail(st, "Name \"" + name + "\" already defined (by an import)", "no-redef");
    }
    bind(name, st->lineno, true, false, module);
  };
  for (const ast::Stmt* st : body) {
    switch (st->kind) {
      case ast::StmtKind::FunctionDef: case ast::StmtKind::AsyncFunctionDef: case ast::StmtKind::ClassDef: {
        bool is_class = st->kind == ast::StmtKind::ClassDef;
        std::string name = is_class ? static_cast<const ast::ClassDef*>(st)->name : func_def(st).name;
        const auto& decorators = is_class ? static_cast<const ast::ClassDef*>(st)->decorator_list : *func_def(st).decorators;
        auto it = bound.find(name);
        bool special = !is_class && accessor_or_overload(decorators);
        if (!top) {
          // Definitions in branches are conditional variants.
          if (it == bound.end()) bound[name] = {st->lineno, false, false, ""};
          break;
        }
        if (it != bound.end() && !(special || (it->second.overloadable && !is_class))) {
          fail(st, "Name \"" + name + "\" already defined " +
                       (it->second.import ? std::string("(by an import)") : "on line " + std::to_string(it->second.line)),
               "no-redef");
        }
        if (it != bound.end()) {
          // After an overload or accessor, the implementation may follow.
          it->second.overloadable = special || !decorators.empty();
        }
        if (it == bound.end()) bound[name] = {st->lineno, false, !is_class && !decorators.empty(), ""};
        break;
      }
      case ast::StmtKind::Assign:
        for (auto* t : static_cast<const ast::Assign*>(st)->targets)
          if (t->kind == ast::ExprKind::Name) bind(static_cast<const ast::Name*>(t)->id, st->lineno, false, false);
        break;
      case ast::StmtKind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(st);
        if (a->target->kind == ast::ExprKind::Name && a->value != nullptr) {
          bind(static_cast<const ast::Name*>(a->target)->id, st->lineno, false, false);
        }
        break;
      }
      case ast::StmtKind::Import:
        for (auto* al : static_cast<const ast::Import*>(st)->names) {
          std::string name = al->asname.empty() ? al->name.substr(0, al->name.find('.')) : al->asname;
          import_name(name, al->asname.empty() ? name : al->name, st);
        }
        break;
      case ast::StmtKind::ImportFrom: {
        auto* im = static_cast<const ast::ImportFrom*>(st);
        for (auto* al : im->names) {
          if (al->name != "*") import_name(al->asname.empty() ? al->name : al->asname, im->module + "." + al->name, st);
        }
        break;
      }
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(st);
        if (static_condition(i->test) != 0) check_redefinitions_in(i->body, false, names);
        if (static_condition(i->test) != 1) check_redefinitions_in(i->orelse, false, names);
        break;
      }
      case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(st);
        check_redefinitions_in(t->body, false, names);
        for (auto* h : t->handlers) check_redefinitions_in(h->body, false, names);
        check_redefinitions_in(t->orelse, false, names);
        check_redefinitions_in(t->finalbody, false, names);
        break;
      }
      default: break;
    }
  }
}

}  // namespace taipan::check
