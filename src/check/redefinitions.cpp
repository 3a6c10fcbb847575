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
  struct Binding {
    int line = 0;
    bool import = false;
    bool overloadable = false;  // an @overload or property accessor may follow
  };
  std::map<std::string, Binding> bound;
  auto bind = [&](const std::string& name, int line, bool import, bool overloadable) {
    if (bound.count(name) == 0) bound[name] = {line, import, overloadable};
  };
  for (const ast::Stmt* st : body) {
    switch (st->kind) {
      case ast::StmtKind::FunctionDef: case ast::StmtKind::AsyncFunctionDef: case ast::StmtKind::ClassDef: {
        bool is_class = st->kind == ast::StmtKind::ClassDef;
        std::string name = is_class ? static_cast<const ast::ClassDef*>(st)->name : func_def(st).name;
        const auto& decorators = is_class ? static_cast<const ast::ClassDef*>(st)->decorator_list : *func_def(st).decorators;
        auto it = bound.find(name);
        bool special = !is_class && accessor_or_overload(decorators);
        if (it != bound.end() && !(special || (it->second.overloadable && !is_class))) {
          fail(st, "Name \"" + name + "\" already defined " +
                       (it->second.import ? std::string("(by an import)") : "on line " + std::to_string(it->second.line)),
               "no-redef");
        }
        if (it != bound.end()) {
          // After an overload or accessor, the implementation may follow.
          it->second.overloadable = special || !decorators.empty();
        }
        bind(name, st->lineno, false, !is_class && !decorators.empty());
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
          bind(al->asname.empty() ? al->name.substr(0, al->name.find('.')) : al->asname, st->lineno, true, false);
        }
        break;
      case ast::StmtKind::ImportFrom:
        for (auto* al : static_cast<const ast::ImportFrom*>(st)->names) {
          if (al->name != "*") bind(al->asname.empty() ? al->name : al->asname, st->lineno, true, false);
        }
        break;
      default: break;
    }
  }
}

}  // namespace taipan::check
