// semantic.cpp — the program's modules and symbol tables: finding and
// parsing modules (typeshed stubs first for the standard library, then the
// program's folders), collecting the names a block defines, static
// conditions (sys.version_info, sys.platform, TYPE_CHECKING), classes
// (bases, type parameters, MRO) and the types of symbols.
#include "check/semantic.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace taipan::check {

namespace {

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Names of typing / typing_extensions the checker interprets itself.
const std::set<std::string>& special_names() {
  static const std::set<std::string> names = {
      "Any", "Union", "Optional", "Generic", "Protocol", "Callable", "Type", "NoReturn", "Never",
      "ClassVar", "Final", "Literal", "Tuple", "List", "Dict", "DefaultDict", "Set", "FrozenSet",
      "Deque", "Counter", "ChainMap", "OrderedDict", "TypeAlias", "Annotated", "Self",
      "LiteralString", "TypeGuard", "Concatenate", "Required", "NotRequired", "Unpack",
      "TypedDict", "ParamSpec", "TypeVarTuple", "ParamSpecArgs", "ParamSpecKwargs"};
  return names;
}

std::string dotted(const ast::Expr* e) {
  if (e->kind == ast::ExprKind::Name) return static_cast<const ast::Name*>(e)->id;
  if (e->kind == ast::ExprKind::Attribute) {
    auto* a = static_cast<const ast::Attribute*>(e);
    std::string base = dotted(a->value);
    return base.empty() ? "" : base + "." + a->attr;
  }
  return "";
}

std::string last_part(const std::string& s) {
  auto dot = s.rfind('.');
  return dot == std::string::npos ? s : s.substr(dot + 1);
}

// Compares (3, 11) with a tuple of int constants: -1, 0, 1; 2 when not comparable.
int compare_version(const ast::Expr* e, std::vector<long> have) {
  if (e->kind != ast::ExprKind::Tuple) return 2;
  std::vector<long> want;
  for (auto* x : static_cast<const ast::Tuple*>(e)->elts) {
    if (x->kind != ast::ExprKind::Constant) return 2;
    auto* c = static_cast<const ast::Constant*>(x);
    if (c->value_kind != ast::ConstantKind::Int || !c->int_fits_i64) return 2;
    want.push_back(static_cast<long>(c->int_i64));
  }
  if (have.size() > want.size()) have.resize(want.size());
  if (have < want) return -1;
  if (have > want) return 1;
  return 0;
}

bool compare_result(ast::CmpOp op, int c) {
  switch (op) {
    case ast::CmpOp::Lt: return c < 0;
    case ast::CmpOp::LtE: return c <= 0;
    case ast::CmpOp::Gt: return c > 0;
    case ast::CmpOp::GtE: return c >= 0;
    case ast::CmpOp::Eq: return c == 0;
    case ast::CmpOp::NotEq: return c != 0;
    default: return false;
  }
}

}  // namespace

FuncDef func_def(const ast::Stmt* s) {
  FuncDef f;
  f.node = s;
  if (s->kind == ast::StmtKind::FunctionDef) {
    auto* d = static_cast<const ast::FunctionDef*>(s);
    f.name = d->name;
    f.args = d->args;
    f.body = &d->body;
    f.decorators = &d->decorator_list;
    f.returns = d->returns;
  } else {
    auto* d = static_cast<const ast::AsyncFunctionDef*>(s);
    f.name = d->name;
    f.args = d->args;
    f.body = &d->body;
    f.decorators = &d->decorator_list;
    f.returns = d->returns;
    f.is_async = true;
  }
  return f;
}

int static_condition(const ast::Expr* e) {
  switch (e->kind) {
    case ast::ExprKind::Name: {
      const std::string& id = static_cast<const ast::Name*>(e)->id;
      return id == "TYPE_CHECKING" || id == "MYPY" ? 1 : -1;
    }
    case ast::ExprKind::Attribute:
      return dotted(e) == "typing.TYPE_CHECKING" ? 1 : -1;
    case ast::ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op != ast::UnaryOperator::Not) return -1;
      int v = static_condition(u->operand);
      return v < 0 ? v : 1 - v;
    }
    case ast::ExprKind::BoolOp: {
      auto* b = static_cast<const ast::BoolOp*>(e);
      bool is_and = b->op == ast::BoolOperator::And;
      int result = is_and ? 1 : 0;
      for (auto* v : b->values) {
        int x = static_condition(v);
        if (is_and) {
          if (x == 0) return 0;
          if (x < 0) result = -1;
        } else {
          if (x == 1) return 1;
          if (x < 0) result = -1;
        }
      }
      return result;
    }
    case ast::ExprKind::Call: {
      auto* c = static_cast<const ast::Call*>(e);
      if (dotted(c->func) == "sys.platform.startswith" && c->args.size() == 1 &&
          c->args[0]->kind == ast::ExprKind::Constant) {
        const std::string& s = static_cast<const ast::Constant*>(c->args[0])->str;
        return std::string("linux").compare(0, s.size(), s) == 0 ? 1 : 0;
      }
      return -1;
    }
    case ast::ExprKind::Compare: {
      auto* c = static_cast<const ast::Compare*>(e);
      if (c->ops.size() != 1) return -1;
      std::string left = dotted(c->left);
      if (left == "sys.version_info") {
        int cmp = compare_version(c->comparators[0], {3, 11});
        return cmp == 2 ? -1 : compare_result(c->ops[0], cmp);
      }
      if (c->left->kind == ast::ExprKind::Subscript) {
        auto* s = static_cast<const ast::Subscript*>(c->left);
        if (dotted(s->value) == "sys.version_info" && s->slice->kind == ast::ExprKind::Constant &&
            c->comparators[0]->kind == ast::ExprKind::Constant) {
          auto* idx = static_cast<const ast::Constant*>(s->slice);
          auto* rhs = static_cast<const ast::Constant*>(c->comparators[0]);
          if (idx->value_kind == ast::ConstantKind::Int && rhs->value_kind == ast::ConstantKind::Int && idx->int_i64 == 0) {
            int cmp = 3 < rhs->int_i64 ? -1 : 3 > rhs->int_i64 ? 1 : 0;
            return compare_result(c->ops[0], cmp);
          }
        }
      }
      if (left == "sys.platform" && c->comparators[0]->kind == ast::ExprKind::Constant) {
        const std::string& s = static_cast<const ast::Constant*>(c->comparators[0])->str;
        if (c->ops[0] == ast::CmpOp::Eq) return s == "linux";
        if (c->ops[0] == ast::CmpOp::NotEq) return s != "linux";
      }
      return -1;
    }
    default: return -1;
  }
}

// ---------------------------------------------------------------- program

Program* g_program = nullptr;
Program& program() { return *g_program; }

Program::Program() {
  g_program = this;
  // TAIPAN_CHECK_EAGER_STUBS=1 parses every stub whole (to compare with the lazy reading).
  const char* eager = std::getenv("TAIPAN_CHECK_EAGER_STUBS");
  lazy_stubs_ = eager == nullptr || *eager == '\0';
}
Program::~Program() { g_program = nullptr; }

Symbol* Program::new_symbol(SymKind k, const std::string& name, ModuleInfo* m) {
  auto s = std::make_unique<Symbol>();
  s->kind = k;
  s->name = name;
  s->module = m;
  symbols_.push_back(std::move(s));
  return symbols_.back().get();
}

ClassInfo* Program::new_class(const std::string& name, ModuleInfo* m, const ast::ClassDef* def) {
  auto c = std::make_unique<ClassInfo>();
  c->name = name;
  c->module = m;
  c->def = def;
  classes_.push_back(std::move(c));
  ClassInfo* raw = classes_.back().get();
  if (def != nullptr) class_of_def_[def] = raw;
  return raw;
}

ClassInfo* Program::class_for_def(const ast::ClassDef* def) {
  auto it = class_of_def_.find(def);
  return it == class_of_def_.end() ? nullptr : it->second;
}

const ast::Expr* Program::parse_string_annotation(const std::string& text) {
  std::string src = text;
  // Leading whitespace would be an indentation error in eval mode.
  src.erase(0, src.find_first_not_of(" \t\n"));
  parser::ParseResult r = parser::parse(src, "<annotation>", parser::ParseMode::Eval, parser::SourceKind::Text);
  if (!r.ok()) return nullptr;
  const ast::Expr* body = static_cast<const ast::Expression*>(r.mod)->body;
  string_annotations_.push_back(std::move(r));
  return body;
}

std::string Program::find_module_file(const std::string& name, bool* stub) {
  std::string rel = name;
  std::replace(rel.begin(), rel.end(), '.', '/');
  std::string top = name.substr(0, name.find('.'));
  bool in_typeshed = !typeshed.empty() &&
                     (is_file(typeshed + "/" + top + ".pyi") || is_dir(typeshed + "/" + top));
  auto try_stub = [&](const std::string& base) -> std::string {
    if (is_file(base + "/" + rel + ".pyi")) return base + "/" + rel + ".pyi";
    if (is_file(base + "/" + rel + "/__init__.pyi")) return base + "/" + rel + "/__init__.pyi";
    return "";
  };
  if (in_typeshed) {
    *stub = true;
    return try_stub(typeshed);
  }
  for (const std::string& dir : search_paths) {
    std::string p = try_stub(dir);
    if (!p.empty()) {
      *stub = true;
      return p;
    }
    if (is_file(dir + "/" + rel + ".py")) {
      *stub = false;
      return dir + "/" + rel + ".py";
    }
    if (is_file(dir + "/" + rel + "/__init__.py")) {
      *stub = false;
      return dir + "/" + rel + "/__init__.py";
    }
  }
  return "";
}

ModuleInfo* Program::parse_module(const std::string& name, const std::string& path, bool stub, StubSplit* split) {
  auto m = std::make_unique<ModuleInfo>();
  m->name = name;
  m->path = path;
  m->is_stub = stub;
  ModuleInfo* raw = m.get();
  modules_[name] = std::move(m);
  if (!read_file(path, &raw->source)) raw->source.clear();
  if (split != nullptr) {
    *split = split_module(raw->source);
    raw->parsed = parser::parse(split->skeleton, path, parser::ParseMode::Exec);
    if (raw->parsed.ok()) return raw;
    split->deferred.clear();  // never expected: the stub read whole gives its own error
  }
  raw->parsed = parser::parse(raw->source, path, parser::ParseMode::Exec);
  return raw;
}

ModuleInfo* Program::add_checked_file(const std::string& path, const std::string& module_name) {
  auto it = modules_.find(module_name);
  if (it != modules_.end()) return it->second.get();
  ModuleInfo* m = parse_module(module_name, path, path.size() > 4 && path.substr(path.size() - 4) == ".pyi");
  m->checked = true;
  checked_paths.insert(path);
  std::string line;
  std::istringstream in(m->source);
  while (std::getline(in, line)) m->lines.push_back(line);
  if (m->parsed.ok()) {
    m->collected = true;
    collect_block(static_cast<const ast::Module*>(m->parsed.mod)->body, m, nullptr, &m->globals, m->name);
  }
  return m;
}

ModuleInfo* Program::load_module(const std::string& name) {
  auto it = modules_.find(name);
  if (it != modules_.end()) return it->second.get();
  if (missing_.count(name) != 0 || name.empty()) return nullptr;
  bool stub = false;
  std::string path = find_module_file(name, &stub);
  if (path.empty()) {
    missing_.insert(name);
    return nullptr;
  }
  // A package's parent is loaded first (as Python imports it).
  auto dot = name.rfind('.');
  if (dot != std::string::npos && load_module(name.substr(0, dot)) == nullptr) {
    missing_.insert(name);
    return nullptr;
  }
  StubSplit split;
  ModuleInfo* m = parse_module(name, path, stub, stub && lazy_stubs_ ? &split : nullptr);
  if (name == "builtins") builtins_ = m;
  if (m->parsed.ok()) {
    m->collected = true;
    collect_block(static_cast<const ast::Module*>(m->parsed.mod)->body, m, nullptr, &m->globals, m->name);
    if (!split.deferred.empty()) {
      auto d = std::make_unique<DeferredDefs>();
      d->module = m;
      d->by_name = std::move(split.deferred);
      m->globals.set_deferred(std::move(d));
    }
  }
  return m;
}

ClassInfo* Program::builtin_class(const std::string& name) { return typing_class("builtins", name); }

ClassInfo* Program::typing_class(const std::string& module, const std::string& name) {
  ModuleInfo* m = load_module(module);
  if (m == nullptr) return nullptr;
  Symbol* s = module_member(m, name);
  return s != nullptr && s->kind == SymKind::Class ? s->cls : nullptr;
}

// ---------------------------------------------------------------- lazy stubs

void SymbolTable::load(const std::vector<std::string>& names) {
  std::vector<DefChunk> chunks;
  for (const std::string& n : names) {
    auto it = deferred_->by_name.find(n);
    if (it == deferred_->by_name.end()) continue;
    chunks.insert(chunks.end(), it->second.begin(), it->second.end());
    deferred_->by_name.erase(it);
  }
  if (!chunks.empty()) program().load_deferred(*deferred_, std::move(chunks), this);
}

void SymbolTable::load_all() {
  std::vector<std::string> names;
  for (auto& entry : deferred_->by_name) names.push_back(entry.first);
  load(names);
}

void Program::load_deferred(const DeferredDefs& d, std::vector<DefChunk> chunks, SymbolTable* table) {
  std::sort(chunks.begin(), chunks.end(), [](const DefChunk& a, const DefChunk& b) { return a.begin < b.begin; });
  ModuleInfo* m = d.module;
  ClassInfo* owner = d.owner;
  std::string_view src = m->source;
  // Top-level classes come with their methods deferred in turn.
  std::vector<StubSplit> classes;
  classes.reserve(chunks.size());
  std::vector<std::string_view> pieces;
  for (const DefChunk& c : chunks) {
    if (owner != nullptr) {
      pieces.push_back(src.substr(c.begin, c.end - c.begin));
    } else {
      classes.push_back(split_class(src, c));
      pieces.push_back(classes.back().skeleton);
    }
  }
  parser::ParseResult r = parser::parse(deferred_text(pieces, owner != nullptr), m->path, parser::ParseMode::Exec);
  if (!r.ok()) return;
  const std::vector<ast::Stmt*>* body = &static_cast<const ast::Module*>(r.mod)->body;
  if (owner != nullptr) {
    if (body->size() != 1 || (*body)[0]->kind != ast::StmtKind::ClassDef) return;
    body = &static_cast<const ast::ClassDef*>((*body)[0])->body;
  }
  for (std::size_t i = 0; i < classes.size() && body->size() == chunks.size(); ++i) {
    if ((*body)[i]->kind != ast::StmtKind::ClassDef || classes[i].deferred.empty()) continue;
    auto dm = std::make_unique<DeferredDefs>();
    dm->module = m;
    dm->indent = classes[i].indent;
    dm->by_name = std::move(classes[i].deferred);
    deferred_members_[static_cast<const ast::ClassDef*>((*body)[i])] = std::move(dm);
  }
  deferred_parses_.push_back(std::move(r));
  collect_block(*body, m, owner, table, owner != nullptr ? owner->fullname : m->name);
}

// ---------------------------------------------------------------- collection

void Program::collect_block(const std::vector<ast::Stmt*>& body, ModuleInfo* m, ClassInfo* owner,
                            SymbolTable* table, const std::string& prefix) {
  bool typing_module = owner == nullptr && (m->name == "typing" || m->name == "typing_extensions");
  auto define = [&](SymKind k, const std::string& name, int line) -> Symbol* {
    auto it = table->find(name);
    if (it != table->end()) return nullptr;
    Symbol* s = new_symbol(k, name, m);
    s->owner = owner;
    s->line = line;
    (*table)[name] = s;
    if (typing_module && special_names().count(name) != 0) {
      s->kind = SymKind::Special;
      s->special = name;
    }
    return s;
  };
  auto define_target = [&](const ast::Expr* t, const ast::Expr* value, const ast::Expr* annotation) {
    if (t->kind == ast::ExprKind::Name) {
      auto* n = static_cast<const ast::Name*>(t);
      Symbol* s = define(SymKind::Var, n->id, t->lineno);
      if (s == nullptr) {
        Symbol* old = (*table)[n->id];
        if (old->kind == SymKind::Var && old->annotation == nullptr && annotation != nullptr) {
          old->annotation = annotation;
        }
        return;
      }
      if (s->kind == SymKind::Special) return;
      s->annotation = annotation;
      s->value = value;
      s->class_var = owner != nullptr;
      if (value != nullptr && value->kind == ast::ExprKind::Call) {
        std::string callee = last_part(dotted(static_cast<const ast::Call*>(value)->func));
        if (callee == "TypeVar") s->kind = SymKind::TypeVar;
        if (callee == "ParamSpec") s->kind = SymKind::TypeVar;
        if (callee == "TypeVarTuple") {
          s->kind = SymKind::Special;
          s->special = "ParamSpec";
        }
      }
      if (annotation != nullptr && last_part(dotted(annotation)) == "TypeAlias") s->kind = SymKind::Alias;
      if (annotation == nullptr && is_namedtuple_call(value)) {
        s->kind = SymKind::Class;
        s->cls = new_class(n->id, m, nullptr);
        s->cls->fullname = prefix + "." + n->id;
        s->cls->namedtuple = true;
        s->cls->namedtuple_call = static_cast<const ast::Call*>(value);
      }
    } else if (t->kind == ast::ExprKind::Tuple || t->kind == ast::ExprKind::List) {
      auto& elts = t->kind == ast::ExprKind::Tuple ? static_cast<const ast::Tuple*>(t)->elts
                                                    : static_cast<const ast::List*>(t)->elts;
      for (auto* e : elts) {
        const ast::Expr* x = e->kind == ast::ExprKind::Starred ? static_cast<const ast::Starred*>(e)->value : e;
        if (x->kind == ast::ExprKind::Name) define(SymKind::Var, static_cast<const ast::Name*>(x)->id, x->lineno);
      }
    }
  };
  for (const ast::Stmt* st : body) {
    switch (st->kind) {
      case ast::StmtKind::FunctionDef: case ast::StmtKind::AsyncFunctionDef: {
        FuncDef f = func_def(st);
        auto it = table->find(f.name);
        Symbol* s = nullptr;
        if (it != table->end() && it->second->kind == SymKind::Func) {
          s = it->second;
        } else if (it == table->end()) {
          s = define(SymKind::Func, f.name, st->lineno);
        }
        if (s == nullptr) break;
        if (s->kind == SymKind::Special) break;
        s->funcs.push_back(st);
        for (auto* d : *f.decorators) {
          const ast::Expr* de = d->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(d)->func : d;
          std::string name = dotted(de);
          s->decorators.push_back(name);
          std::string last = last_part(name);
          if (last == "property" || last == "cached_property" || last == "setter" || last == "getter" ||
              last == "deleter" || last == "abstractproperty" || last == "_magic_enum_attr" ||
              last == "DynamicClassAttribute") {
            s->is_property = true;
          }
        }
        break;
      }
      case ast::StmtKind::ClassDef: {
        auto* d = static_cast<const ast::ClassDef*>(st);
        Symbol* s = define(SymKind::Class, d->name, st->lineno);
        if (s == nullptr || s->kind != SymKind::Class) break;
        s->cls = new_class(d->name, m, d);
        s->cls->fullname = prefix + "." + d->name;
        break;
      }
      case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::Assign*>(st);
        for (auto* t : a->targets) define_target(t, a->value, nullptr);
        break;
      }
      case ast::StmtKind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(st);
        define_target(a->target, a->value, a->annotation);
        break;
      }
      case ast::StmtKind::AugAssign:
        define_target(static_cast<const ast::AugAssign*>(st)->target, nullptr, nullptr);
        break;
      case ast::StmtKind::Import: {
        for (auto* al : static_cast<const ast::Import*>(st)->names) {
          std::string bound = al->asname.empty() ? al->name.substr(0, al->name.find('.')) : al->asname;
          Symbol* s = define(SymKind::Module, bound, st->lineno);
          if (s == nullptr || s->kind != SymKind::Module) continue;
          s->import_module = al->asname.empty() ? bound : al->name;
          // `import a.b` makes a.b reachable as an attribute of a.
          if (al->asname.empty() && al->name != bound) s->import_name = al->name;
        }
        break;
      }
      case ast::StmtKind::ImportFrom: {
        auto* im = static_cast<const ast::ImportFrom*>(st);
        std::string mod = im->module;
        if (im->level > 0) {
          std::string base = m->name;
          bool package = m->path.size() >= 12 && (m->path.find("__init__.py") != std::string::npos);
          int up = im->level - (package ? 1 : 0);
          for (int k = 0; k < up; ++k) {
            auto dot = base.rfind('.');
            base = dot == std::string::npos ? "" : base.substr(0, dot);
          }
          mod = mod.empty() ? base : (base.empty() ? mod : base + "." + mod);
        }
        for (auto* al : im->names) {
          if (al->name == "*") {
            ModuleInfo* src = mod == m->name ? nullptr : load_module(mod);
            if (src == nullptr) continue;
            for (auto& [name, sym] : src->globals) {
              if (name.empty() || name[0] == '_') continue;
              if (table->count(name) == 0) (*table)[name] = sym;
            }
            continue;
          }
          std::string bound = al->asname.empty() ? al->name : al->asname;
          Symbol* s = define(SymKind::Import, bound, st->lineno);
          if (s == nullptr || s->kind != SymKind::Import) continue;
          s->import_module = mod;
          s->import_name = al->name;
        }
        break;
      }
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(st);
        int c = static_condition(i->test);
        if (c != 0) collect_block(i->body, m, owner, table, prefix);
        if (c != 1) collect_block(i->orelse, m, owner, table, prefix);
        break;
      }
      case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(st);
        collect_block(t->body, m, owner, table, prefix);
        for (auto* h : t->handlers) {
          if (!h->name.empty()) define(SymKind::Var, h->name, h->lineno);
          collect_block(h->body, m, owner, table, prefix);
        }
        collect_block(t->orelse, m, owner, table, prefix);
        collect_block(t->finalbody, m, owner, table, prefix);
        break;
      }
      case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
        auto* f = static_cast<const ast::For*>(st);
        define_target(f->target, nullptr, nullptr);
        collect_block(f->body, m, owner, table, prefix);
        collect_block(f->orelse, m, owner, table, prefix);
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(st);
        collect_block(w->body, m, owner, table, prefix);
        collect_block(w->orelse, m, owner, table, prefix);
        break;
      }
      case ast::StmtKind::With: case ast::StmtKind::AsyncWith: {
        auto* w = static_cast<const ast::With*>(st);
        for (auto* item : w->items)
          if (item->optional_vars != nullptr) define_target(item->optional_vars, nullptr, nullptr);
        collect_block(w->body, m, owner, table, prefix);
        break;
      }
      case ast::StmtKind::Match: {
        for (auto* c : static_cast<const ast::Match*>(st)->cases) collect_block(c->body, m, owner, table, prefix);
        break;
      }
      default: break;
    }
  }
}

void Program::collect_self_attrs(ClassInfo* c, const std::vector<ast::Stmt*>& body, const ast::Stmt* method,
                                 const std::string& self_name,
                                 std::vector<std::pair<const ast::Expr*, bool>>* guards) {
  auto record = [&](const ast::Expr* target, const ast::Expr* value, const ast::Expr* annotation) {
    if (target->kind != ast::ExprKind::Attribute) return;
    auto* a = static_cast<const ast::Attribute*>(target);
    if (a->value->kind != ast::ExprKind::Name || static_cast<const ast::Name*>(a->value)->id != self_name) return;
    // An attribute a base class declares is that one (mypy binds self.x to it).
    for (size_t k = 1; k < c->mro.size(); ++k)
      if (c->mro[k]->state == 2 && c->mro[k]->members.count(a->attr) != 0) return;
    auto it = c->members.find(a->attr);
    if (it != c->members.end()) {
      if (it->second->kind == SymKind::Var && it->second->annotation == nullptr && it->second->value == nullptr &&
          annotation != nullptr) {
        it->second->annotation = annotation;
        it->second->method = method;
      }
      return;
    }
    Symbol* s = new_symbol(SymKind::Var, a->attr, c->module);
    s->owner = c;
    s->line = target->lineno;
    s->annotation = annotation;
    s->value = value;
    s->method = method;
    s->guards = *guards;
    c->members[a->attr] = s;
  };
  for (const ast::Stmt* st : body) {
    switch (st->kind) {
      case ast::StmtKind::Assign: {
        auto* a = static_cast<const ast::Assign*>(st);
        for (auto* t : a->targets) {
          if (t->kind == ast::ExprKind::Tuple) {
            for (auto* e : static_cast<const ast::Tuple*>(t)->elts) record(e, nullptr, nullptr);
          } else {
            record(t, a->value, nullptr);
          }
        }
        break;
      }
      case ast::StmtKind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(st);
        record(a->target, a->value, a->annotation);
        break;
      }
      case ast::StmtKind::AugAssign:
        record(static_cast<const ast::AugAssign*>(st)->target, nullptr, nullptr);
        break;
      case ast::StmtKind::If: {
        auto* i = static_cast<const ast::If*>(st);
        guards->push_back({i->test, true});
        collect_self_attrs(c, i->body, method, self_name, guards);
        guards->back().second = false;
        collect_self_attrs(c, i->orelse, method, self_name, guards);
        guards->pop_back();
        break;
      }
      case ast::StmtKind::For: case ast::StmtKind::AsyncFor: {
        auto* f = static_cast<const ast::For*>(st);
        record(f->target, nullptr, nullptr);
        collect_self_attrs(c, f->body, method, self_name, guards);
        collect_self_attrs(c, f->orelse, method, self_name, guards);
        break;
      }
      case ast::StmtKind::While: {
        auto* w = static_cast<const ast::While*>(st);
        collect_self_attrs(c, w->body, method, self_name, guards);
        collect_self_attrs(c, w->orelse, method, self_name, guards);
        break;
      }
      case ast::StmtKind::With: case ast::StmtKind::AsyncWith: {
        auto* w = static_cast<const ast::With*>(st);
        for (auto* item : w->items)
          if (item->optional_vars != nullptr) record(item->optional_vars, nullptr, nullptr);
        collect_self_attrs(c, w->body, method, self_name, guards);
        break;
      }
      case ast::StmtKind::Try: case ast::StmtKind::TryStar: {
        auto* t = static_cast<const ast::Try*>(st);
        collect_self_attrs(c, t->body, method, self_name, guards);
        for (auto* h : t->handlers) collect_self_attrs(c, h->body, method, self_name, guards);
        collect_self_attrs(c, t->orelse, method, self_name, guards);
        collect_self_attrs(c, t->finalbody, method, self_name, guards);
        break;
      }
      default: break;
    }
  }
}

// ---------------------------------------------------------------- resolution

Symbol* Program::resolve(Symbol* s) {
  if (s == nullptr) return nullptr;
  if (s->kind == SymKind::Module) {
    if (s->target == nullptr && s->state == 0) {
      s->state = 1;
      s->target = load_module(s->import_module);
      if (!s->import_name.empty()) load_module(s->import_name);
      s->state = 2;
    }
    return s->target != nullptr ? s : nullptr;
  }
  if (s->kind != SymKind::Import) return s;
  if (s->state == 2) return s->resolved;
  if (s->state == 1) return nullptr;
  s->state = 1;
  Symbol* r = nullptr;
  ModuleInfo* m = load_module(s->import_module);
  if (m != nullptr) {
    // A submodule of that name wins (`from . import path` in os).
    ModuleInfo* sub = load_module(s->import_module + "." + s->import_name);
    if (sub != nullptr) {
      r = new_symbol(SymKind::Module, s->import_name, s->module);
      r->target = sub;
      r->import_module = sub->name;
      r->state = 2;
    } else {
      auto it = m->globals.find(s->import_name);
      if (it != m->globals.end() && it->second != s) r = resolve(it->second);
    }
  }
  s->resolved = r;
  s->state = 2;
  return r;
}

Symbol* Program::module_member(ModuleInfo* m, const std::string& name) {
  auto it = m->globals.find(name);
  if (it != m->globals.end()) return resolve(it->second);
  ModuleInfo* sub = load_module(m->name + "." + name);
  if (sub == nullptr) return nullptr;
  Symbol* r = new_symbol(SymKind::Module, name, m);
  r->target = sub;
  r->import_module = sub->name;
  r->state = 2;
  m->globals[name] = r;
  return r;
}

Symbol* Program::lookup_global(ModuleInfo* m, const std::string& name) {
  auto it = m->globals.find(name);
  if (it != m->globals.end()) return resolve(it->second);
  if (builtins_ == nullptr) return nullptr;
  auto b = builtins_->globals.find(name);
  if (b == builtins_->globals.end() || name.empty() || (name[0] == '_' && name != "__import__" && name != "__build_class__")) {
    return nullptr;
  }
  return resolve(b->second);
}

// ---------------------------------------------------------------- classes

namespace {

void compute_mro(ClassInfo* c) {
  std::vector<std::vector<ClassInfo*>> seqs;
  std::vector<ClassInfo*> direct;
  for (auto* b : c->bases) {
    if (b->cls == nullptr || b->cls == c) continue;
    seqs.push_back(b->cls->mro);
    direct.push_back(b->cls);
  }
  seqs.push_back(direct);
  std::vector<ClassInfo*> out = {c};
  bool failed = false;
  while (true) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) break;
    ClassInfo* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      ClassInfo* head = s[0];
      bool in_tail = false;
      for (auto& t : seqs)
        if (std::find(t.begin() + (t.empty() ? 0 : 1), t.end(), head) != t.end()) in_tail = true;
      if (!in_tail) {
        pick = head;
        break;
      }
    }
    if (pick == nullptr) {
      failed = true;
      break;
    }
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == pick) s.erase(s.begin());
  }
  if (failed) {
    out = {c};
    for (auto* b : direct)
      for (auto* x : b->mro)
        if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
  }
  ClassInfo* object = builtins().object;
  if (object != nullptr && c != object && std::find(out.begin(), out.end(), object) == out.end()) out.push_back(object);
  c->mro = std::move(out);
}

void collect_type_vars(const ast::Expr* e, ModuleInfo* m, std::vector<const TypeVarType*>* out) {
  if (e == nullptr) return;
  switch (e->kind) {
    case ast::ExprKind::Name: case ast::ExprKind::Attribute: {
      Symbol* s = program().lookup_type_name(e, m, nullptr, nullptr);
      if (s != nullptr && s->kind == SymKind::TypeVar) {
        auto* tv = static_cast<const TypeVarType*>(program().symbol_type(s));
        if (tv != nullptr && tv->kind == TK::TypeVar && std::find(out->begin(), out->end(), tv) == out->end()) {
          out->push_back(tv);
        }
      }
      return;
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      collect_type_vars(s->value, m, out);
      collect_type_vars(s->slice, m, out);
      return;
    }
    case ast::ExprKind::Tuple:
      for (auto* x : static_cast<const ast::Tuple*>(e)->elts) collect_type_vars(x, m, out);
      return;
    case ast::ExprKind::List:
      for (auto* x : static_cast<const ast::List*>(e)->elts) collect_type_vars(x, m, out);
      return;
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      collect_type_vars(b->left, m, out);
      collect_type_vars(b->right, m, out);
      return;
    }
    default: return;
  }
}

}  // namespace

void Program::ensure_class(ClassInfo* c) {
  if (c == nullptr || c->state != 0) return;
  c->state = 1;
  if (c->def == nullptr) {
    ClassInfo* base = c->namedtuple_call != nullptr ? typing_class("typing", "NamedTuple") : nullptr;
    if (base != nullptr) {
      ensure_class(base);
      c->bases.push_back(instance(base));
    }
    compute_mro(c);
    if (c->namedtuple_call != nullptr) setup_namedtuple(c);
    c->state = 2;
    return;
  }
  ModuleInfo* m = c->module;
  // Type parameters: Generic[...] / Protocol[...] if given, else every
  // type variable of the bases in order.
  std::vector<const TypeVarType*> explicit_params;
  bool has_explicit = false;
  for (auto* b : c->def->bases) {
    if (b->kind != ast::ExprKind::Subscript) continue;
    auto* sub = static_cast<const ast::Subscript*>(b);
    Symbol* base = lookup_type_name(sub->value, m, nullptr, nullptr);
    if (base != nullptr && base->kind == SymKind::Special && (base->special == "Generic" || base->special == "Protocol")) {
      has_explicit = true;
      collect_type_vars(sub->slice, m, &explicit_params);
    }
  }
  if (has_explicit) {
    c->type_params = explicit_params;
  } else {
    for (auto* b : c->def->bases) collect_type_vars(b, m, &c->type_params);
  }
  for (auto* b : c->def->bases) {
    const ast::Expr* head = b->kind == ast::ExprKind::Subscript ? static_cast<const ast::Subscript*>(b)->value : b;
    Symbol* base = lookup_type_name(head, m, nullptr, nullptr);
    if (base != nullptr && base->kind == SymKind::Special) {
      if (base->special == "Protocol") c->is_protocol = true;
      if (base->special == "Generic" || base->special == "Protocol") continue;
      if (base->special == "TypedDict") {
        // TypedDict classes are typing._TypedDict mappings.
        ClassInfo* td = typing_class("typing", "_TypedDict");
        c->typed_dict = true;
        if (td != nullptr) {
          ensure_class(td);
          c->bases.push_back(instance(td));
          continue;
        }
      }
      c->any_base = true;
      continue;
    }
    const Type* t = analyze_type(b, m, nullptr);
    if (t->kind == TK::Instance && static_cast<const Instance*>(t)->cls != nullptr &&
        static_cast<const Instance*>(t)->cls != c) {
      ClassInfo* bc = static_cast<const Instance*>(t)->cls;
      ensure_class(bc);
      if (bc->fullname == "typing.NamedTuple") c->namedtuple = true;
      if (bc->typed_dict) c->typed_dict = true;
      if (bc->state != 2) {
        c->any_base = true;
        continue;
      }
      c->bases.push_back(static_cast<const Instance*>(t));
      if (bc->any_base) c->any_base = true;
    } else if (t->kind == TK::Tuple) {
      c->bases.push_back(static_cast<const Instance*>(tuple_fallback(static_cast<const TupleType*>(t))));
    } else {
      c->any_base = true;
    }
  }
  // A class decorator the checker does not model (dataclass, attrs, ...)
  // may add any __init__: its constructor is Any.
  for (auto* d : c->def->decorator_list) {
    const ast::Expr* de = d->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(d)->func : d;
    std::string last = last_part(dotted(de));
    if (setup_dataclass(c, d)) continue;
    if (last != "final" && last != "runtime_checkable" && last != "type_check_only" && last != "total_ordering") {
      c->unknown_init = true;
    }
  }
  for (auto* kw : c->def->keywords) {
    if (kw->arg == "metaclass") {
      std::string meta = last_part(dotted(kw->value));
      if (meta != "ABCMeta" && meta != "EnumMeta" && meta != "type") c->any_base = true;
      const Type* mt = analyze_type(kw->value, m, nullptr);
      if (mt->kind == TK::Instance) c->metaclass = static_cast<const Instance*>(mt);
    }
  }
  if (c->bases.empty() && builtins().object != nullptr && c != builtins().object) {
    c->bases.push_back(instance(builtins().object));
  }
  compute_mro(c);
  for (auto* b : c->bases)
    if (c->metaclass == nullptr && b->cls != nullptr) c->metaclass = b->cls->metaclass;
  for (auto* x : c->mro) {
    if (x->fullname == "enum.Enum") c->is_enum = true;
    if (x->unknown_init) c->unknown_init = true;
  }
  collect_block(c->def->body, m, c, &c->members, c->fullname);
  auto deferred = deferred_members_.find(c->def);
  if (deferred != deferred_members_.end()) {
    deferred->second->owner = c;
    c->members.set_deferred(std::move(deferred->second));
    deferred_members_.erase(deferred);
  }
  if (c->dataclass != nullptr) collect_dataclass(c);
  if (!m->is_stub) {
    for (auto* st : c->def->body) {
      if (st->kind != ast::StmtKind::FunctionDef && st->kind != ast::StmtKind::AsyncFunctionDef) continue;
      FuncDef f = func_def(st);
      if (f.args->args.empty() && f.args->posonlyargs.empty()) continue;
      bool is_static = false;
      for (auto* d : *f.decorators) is_static = is_static || last_part(dotted(d)) == "staticmethod";
      if (is_static) continue;
      const ast::Arg* first = f.args->posonlyargs.empty() ? f.args->args[0] : f.args->posonlyargs[0];
      std::vector<std::pair<const ast::Expr*, bool>> guards;
      collect_self_attrs(c, *f.body, st, first->arg, &guards);
    }
  }
  std::vector<const Type*> params(c->type_params.begin(), c->type_params.end());
  auto* self = arena().make<Instance>();
  self->cls = c;
  self->args = params;
  c->self_type = self;
  if (c->namedtuple) setup_namedtuple(c);
  c->state = 2;
}

// ---------------------------------------------------------------- symbol types

const Type* Program::typevar_from_call(Symbol* s) {
  auto* tv = arena().make<TypeVarType>();
  tv->name = s->name;
  tv->fullname = s->module->name + "." + s->name;
  tv->upper = builtins().object != nullptr ? instance(builtins().object) : any_type();
  if (s->value != nullptr && s->value->kind == ast::ExprKind::Call) {
    auto* call = static_cast<const ast::Call*>(s->value);
    tv->param_spec = last_part(dotted(call->func)) == "ParamSpec";
    if (!call->args.empty() && call->args[0]->kind == ast::ExprKind::Constant) {
      tv->name = static_cast<const ast::Constant*>(call->args[0])->str;
    }
    for (size_t k = 1; k < call->args.size(); ++k) tv->values.push_back(analyze_type(call->args[k], s->module, nullptr));
    for (auto* kw : call->keywords) {
      if (kw->arg == "bound") tv->upper = analyze_type(kw->value, s->module, nullptr);
      bool truth = kw->value->kind == ast::ExprKind::Constant &&
                   static_cast<const ast::Constant*>(kw->value)->value_kind == ast::ConstantKind::True;
      if (kw->arg == "covariant" && truth) tv->variance = 1;
      if (kw->arg == "contravariant" && truth) tv->variance = -1;
    }
  }
  return tv;
}

const Type* Program::symbol_type(Symbol* s) {
  s = resolve(s);
  if (s == nullptr) return any_type();
  switch (s->kind) {
    case SymKind::Class: {
      auto* t = arena().make<TypeType>();
      ensure_class(s->cls);
      t->item = instance(s->cls);
      return t;
    }
    case SymKind::Module: {
      auto* t = arena().make<ModuleType>();
      t->module = s->target;
      return t;
    }
    case SymKind::Func: return func_symbol_type(s);
    case SymKind::TypeVar:
      if (s->state == 0) {
        s->state = 1;
        s->type = typevar_from_call(s);
        s->state = 2;
      }
      return s->type != nullptr ? s->type : any_type();
    case SymKind::Var: {
      if (s->state == 2) return s->type;
      if (s->state == 1) return any_type();
      s->state = 1;
      const Type* t = any_type();
      // `X: Final = value` takes the value's type.
      bool bare_final = s->annotation != nullptr && s->annotation->kind != ast::ExprKind::Subscript &&
                        annotation_special(s->annotation, s->module, s->owner) == "Final";
      if (s->annotation != nullptr && !bare_final) {
        t = analyze_type(s->annotation, s->module, s->owner);
      } else if (s->value != nullptr && infer_var) {
        t = infer_var(s);
      }
      if (s->state == 2) return s->type;  // set meanwhile by the checker
      s->type = t;
      s->state = 2;
      return t;
    }
    case SymKind::Alias: {
      const Type* t = s->value != nullptr ? analyze_type(s->value, s->module, s->owner) : any_type();
      if (t->kind == TK::Instance) {
        auto* tt = arena().make<TypeType>();
        tt->item = t;
        return tt;
      }
      return any_type();
    }
    default: return any_type();
  }
}

const CallableType* Program::function_type(const FuncDef& f, ModuleInfo* m, ClassInfo* owner) {
  auto* c = arena().make<CallableType>();
  c->name = f.name;
  c->def_name = f.name;
  c->class_name = owner != nullptr ? owner->name : "";
  c->def_file = m->path;
  c->def_line = f.node->lineno;
  bool is_static = false, is_class = false;
  for (auto* d : *f.decorators) {
    std::string last = last_part(dotted(d));
    if (last == "staticmethod") is_static = true;
    if (last == "classmethod") is_class = true;
  }
  if (owner != nullptr && (f.name == "__init_subclass__" || f.name == "__class_getitem__")) is_class = true;
  if (owner != nullptr && f.name == "__new__") is_static = false;
  bool any_annotation = f.returns != nullptr;
  const ast::Arguments* a = f.args;
  size_t npos = a->posonlyargs.size() + a->args.size();
  size_t first_default = npos - a->defaults.size();
  for (size_t k = 0; k < npos; ++k) {
    const ast::Arg* arg = k < a->posonlyargs.size() ? a->posonlyargs[k] : a->args[k - a->posonlyargs.size()];
    Param p;
    p.name = arg->arg;
    p.kind = k >= first_default ? ParamKind::PosOpt : ParamKind::Pos;
    p.pos_only = k < a->posonlyargs.size() ||
                 (arg->arg.size() > 2 && arg->arg.compare(0, 2, "__") == 0 &&
                  arg->arg.compare(arg->arg.size() - 2, 2, "__") != 0);
    if (arg->annotation != nullptr) {
      any_annotation = true;
      p.type = analyze_type(arg->annotation, m, owner);
    } else if (k == 0 && owner != nullptr && !is_static) {
      ensure_class(owner);
      const Type* self = owner->self_type != nullptr ? owner->self_type : any_type();
      if (is_class || f.name == "__new__") {
        auto* tt = arena().make<TypeType>();
        tt->item = self;
        self = tt;
      }
      p.type = self;
    } else {
      p.type = any_type();
    }
    c->params.push_back(p);
  }
  if (a->vararg != nullptr) {
    Param p;
    p.name = a->vararg->arg;
    p.kind = ParamKind::Star;
    any_annotation = any_annotation || a->vararg->annotation != nullptr;
    p.type = a->vararg->annotation != nullptr ? analyze_type(a->vararg->annotation, m, owner) : any_type();
    c->params.push_back(p);
  }
  for (size_t k = 0; k < a->kwonlyargs.size(); ++k) {
    const ast::Arg* arg = a->kwonlyargs[k];
    Param p;
    p.name = arg->arg;
    p.kind = a->kw_defaults[k] != nullptr ? ParamKind::KwOnlyOpt : ParamKind::KwOnly;
    any_annotation = any_annotation || arg->annotation != nullptr;
    p.type = arg->annotation != nullptr ? analyze_type(arg->annotation, m, owner) : any_type();
    c->params.push_back(p);
  }
  if (a->kwarg != nullptr) {
    Param p;
    p.name = a->kwarg->arg;
    p.kind = ParamKind::Star2;
    any_annotation = any_annotation || a->kwarg->annotation != nullptr;
    p.type = a->kwarg->annotation != nullptr ? analyze_type(a->kwarg->annotation, m, owner) : any_type();
    c->params.push_back(p);
  }
  c->untyped = !any_annotation;
  if (c->untyped && !m->flags.check_untyped_defs && owner != nullptr && !is_static && !c->params.empty() && !f.args->args.empty() &&
      f.args->posonlyargs.empty() && f.args->args[0]->annotation == nullptr) {
    c->params[0].type = any_type();
  }
  if (f.returns != nullptr) {
    c->ret = analyze_type(f.returns, m, owner);
  } else if (f.name == "__init__" && any_annotation) {
    c->ret = none_type();
  } else {
    c->ret = any_type();
  }
  if (f.is_async) {
    ClassInfo* coro = typing_class("typing", "Coroutine");
    if (coro != nullptr) c->ret = instance(coro, {any_type(), any_type(), c->ret});
  }
  return c;
}

namespace {

// Decorators the checker models where the method is looked up (or that
// change nothing about its type).
bool marking_decorator(const std::string& last) {
  static const std::set<std::string> names = {
      "staticmethod", "classmethod", "abstractmethod", "final", "override", "property", "type_check_only",
      "deprecated", "cached_property", "setter", "getter", "deleter", "abstractproperty", "runtime_checkable",
      "no_type_check", "coroutine", "overload"};
  return names.count(last) != 0;
}

}  // namespace

const Type* Program::decorated_type(const FuncDef& f, ModuleInfo* m, ClassInfo* owner) {
  const Type* t = function_type(f, m, owner);
  for (auto it = f.decorators->rbegin(); it != f.decorators->rend(); ++it) {
    const ast::Expr* e = *it;
    if (marking_decorator(last_part(dotted(e->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(e)->func : e)))) {
      continue;
    }
    // A decorator function of the program mapping callables to callables
    // (typing them with type variables or a ParamSpec) is solved here;
    // anything else (calls, classes, overloads) is applied by the checker.
    Symbol* d = e->kind == ast::ExprKind::Call ? nullptr : lookup_type_name(e, m, owner, nullptr);
    const Type* dt = d != nullptr && d->kind == SymKind::Func ? func_symbol_type(d) : nullptr;
    if (dt == nullptr || dt->kind != TK::Callable) {
      t = apply_decorator ? apply_decorator(e, t, m, owner) : any_type();
      if (t->kind == TK::Any) return t;
      continue;
    }
    auto* deco = static_cast<const CallableType*>(dt);
    if (deco->untyped || deco->params.empty() || deco->params[0].kind == ParamKind::Star2) return any_type();
    std::map<const TypeVarType*, std::vector<const Type*>> cons;
    infer_constraints(deco->params[0].type, t, &cons);
    Subst sub;
    for (auto& [tv, bounds] : cons) {
      const Type* sol = never_type();
      for (auto* b : bounds) sol = sol->kind == TK::Never ? strip_literal(b) : join(sol, b);
      sub[tv] = sol;
    }
    const Type* r = substitute(deco->ret, sub);
    if (has_type_vars(r) || !is_subtype(t, substitute(deco->params[0].type, sub))) return any_type();
    if (r->kind == TK::Callable) {
      auto* named = arena().make<CallableType>();
      *named = *static_cast<const CallableType*>(r);
      named->name = named->def_name = f.name;
      named->class_name = owner != nullptr ? owner->name : "";
      named->def_file.clear();  // mypy gives no "defined here" note for it
      named->def_line = 0;
      r = named;
    }
    t = r;
  }
  return t;
}

const Type* Program::func_symbol_type(Symbol* s) {
  if (s->state == 2) return s->type;
  if (s->state == 1) return any_type();
  s->state = 1;
  if (s->synthesized_for != nullptr) {
    s->type = synthesized_method_type(s);
    s->state = 2;
    return s->type;
  }
  std::vector<const CallableType*> overloads;
  const Type* result = nullptr;
  for (auto* node : s->funcs) {
    FuncDef f = func_def(node);
    bool is_overload = false;
    bool unknown_decorator = false;
    for (auto* d : *f.decorators) {
      std::string last = last_part(dotted(d->kind == ast::ExprKind::Call ? static_cast<const ast::Call*>(d)->func : d));
      if (last == "overload") {
        is_overload = true;
      } else if (!marking_decorator(last)) {
        unknown_decorator = !s->module->is_stub;
      }
    }
    if (is_overload) {
      overloads.push_back(function_type(f, s->module, s->owner));
    } else if (result == nullptr && overloads.empty()) {
      result = !unknown_decorator ? function_type(f, s->module, s->owner) : decorated_type(f, s->module, s->owner);
    }
  }
  if (overloads.size() == 1) {
    result = overloads[0];
  } else if (!overloads.empty()) {
    auto* o = arena().make<Overloaded>();
    o->items = overloads;
    result = o;
  }
  s->type = result != nullptr ? result : any_type();
  s->state = 2;
  return s->type;
}

}  // namespace taipan::check
