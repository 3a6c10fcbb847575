// ast_dump.cpp — renders a tree exactly like Python 3.11's
// ast.dump(node, include_attributes=True): fields in ASDL order, optional
// fields omitted when absent, constants in Python repr() form.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/unicode_tables.h"
#include "parser/utf8.h"

namespace taipan::parser {

using namespace ast;

namespace {

// Python's repr() of a str held in generalized UTF-8.
std::string repr_str(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.push_back(quote);
  std::size_t i = 0;
  while (i < s.size()) {
    std::uint32_t cp = utf8_decode(s, i);
    char buf[16];
    if (cp == static_cast<std::uint32_t>(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x7F) {
      out.push_back(static_cast<char>(cp));
    } else if (!is_printable(cp)) {
      if (cp <= 0xFF) {
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      } else if (cp <= 0xFFFF) {
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      }
      out += buf;
    } else {
      utf8_append(out, cp);
    }
  }
  out.push_back(quote);
  return out;
}

std::string repr_bytes(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out.push_back(quote);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
  return out;
}

// repr(float) ('r' format); `complex_style` drops the ".0" of integral
// values, as repr(complex) does for its parts.
std::string repr_double(double v, bool complex_style) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return std::signbit(v) ? (complex_style ? "-0" : "-0.0") : (complex_style ? "0" : "0.0");
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, r.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  std::size_t e = sci.find('e');
  std::string mant = sci.substr(0, e);
  int exp = std::stoi(sci.substr(e + 1));
  std::string digits;
  for (char c : mant) {
    if (c != '.') digits.push_back(c);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;
  std::string out;
  if (decpt <= -4 || decpt > 16) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  } else if (decpt <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
  } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
    out = digits + std::string(static_cast<std::size_t>(decpt) - digits.size(), '0');
    if (!complex_style) out += ".0";
  } else {
    out = digits.substr(0, static_cast<std::size_t>(decpt)) + "." +
          digits.substr(static_cast<std::size_t>(decpt));
  }
  return sign + out;
}

// The decimal digits of an integer given in another base.
std::string to_decimal(const std::string& digits, int base) {
  std::vector<std::uint32_t> limbs;  // little-endian, base 1e9
  for (char c : digits) {
    std::uint32_t d = static_cast<std::uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    std::uint64_t carry = d;
    for (std::uint32_t& limb : limbs) {
      std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<std::uint64_t>(base) + carry;
      limb = static_cast<std::uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<std::uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (std::size_t i = limbs.size() - 1; i-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

std::string repr_constant(const Constant* c) {
  switch (c->value_kind) {
    case ConstantKind::None: return "None";
    case ConstantKind::True: return "True";
    case ConstantKind::False: return "False";
    case ConstantKind::Ellipsis: return "Ellipsis";
    case ConstantKind::Int:
      if (c->int_fits_i64) return std::to_string(c->int_i64);
      return to_decimal(c->int_digits, c->int_base);
    case ConstantKind::Float: return repr_double(c->number, false);
    case ConstantKind::Complex: return repr_double(c->number, true) + "j";
    case ConstantKind::Str: return repr_str(c->str);
    case ConstantKind::Bytes: return repr_bytes(c->str);
    case ConstantKind::Object: return "<object>";  // never in a parsed tree
  }
  return "?";
}

class Dumper {
 public:
  std::string out;

  void mod(const Mod* m) {
    switch (m->kind) {
      case ModKind::Module: {
        auto* x = static_cast<const Module*>(m);
        out += "Module(";
        field("body", x->body, true);
        out += "type_ignores=[])";
        break;
      }
      case ModKind::Interactive: {
        auto* x = static_cast<const Interactive*>(m);
        out += "Interactive(";
        field("body", x->body, false);
        out += ")";
        break;
      }
      case ModKind::Expression: {
        auto* x = static_cast<const Expression*>(m);
        out += "Expression(body=";
        expr(x->body);
        out += ")";
        break;
      }
      case ModKind::FunctionType: {
        auto* x = static_cast<const FunctionType*>(m);
        out += "FunctionType(";
        field("argtypes", x->argtypes, true);
        out += "returns=";
        expr(x->returns);
        out += ")";
        break;
      }
    }
  }

 private:
  // Writes ", " before every argument but the first of a node.
  struct Args {
    Dumper* d;
    bool first = true;
    void sep() {
      if (!first) d->out += ", ";
      first = false;
    }
  };

  void node_list(const std::vector<Stmt*>& v) {
    out += "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      stmt(v[i]);
    }
    out += "]";
  }
  void node_list(const std::vector<Expr*>& v) {
    out += "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      if (v[i]) {
        expr(v[i]);
      } else {
        out += "None";
      }
    }
    out += "]";
  }
  void node_list(const std::vector<Pattern*>& v) {
    out += "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      pattern(v[i]);
    }
    out += "]";
  }
  template <class T>
  void field(const char* name, const std::vector<T*>& v, bool trailing_sep) {
    out += name;
    out += "=";
    node_list(v);
    if (trailing_sep) out += ", ";
  }

  void str_list(Args& a, const char* name, const std::vector<std::string>& v) {
    a.sep();
    out += name;
    out += "=[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += repr_str(v[i]);
    }
    out += "]";
  }
  void opt_ident(Args& a, const char* name, const std::string& v) {
    if (v.empty()) return;
    a.sep();
    out += name;
    out += "=";
    out += repr_str(v);
  }
  void ident(Args& a, const char* name, const std::string& v) {
    a.sep();
    out += name;
    out += "=";
    out += repr_str(v);
  }
  void int_field(Args& a, const char* name, int v) {
    a.sep();
    out += name;
    out += "=" + std::to_string(v);
  }
  void e(Args& a, const char* name, const Expr* v) {
    if (!v) return;
    a.sep();
    out += name;
    out += "=";
    expr(v);
  }
  void el(Args& a, const char* name, const std::vector<Expr*>& v) {
    a.sep();
    out += name;
    out += "=";
    node_list(v);
  }
  void sl(Args& a, const char* name, const std::vector<Stmt*>& v) {
    a.sep();
    out += name;
    out += "=";
    node_list(v);
  }
  void pl(Args& a, const char* name, const std::vector<Pattern*>& v) {
    a.sep();
    out += name;
    out += "=";
    node_list(v);
  }
  void ctx(Args& a, ExprContext c) {
    a.sep();
    out += "ctx=";
    out += name_of(c);
    out += "()";
  }
  void attrs(Args& a, const Node* n) {
    a.sep();
    out += "lineno=" + std::to_string(n->lineno) + ", col_offset=" + std::to_string(n->col_offset) +
           ", end_lineno=" + std::to_string(n->end_lineno) +
           ", end_col_offset=" + std::to_string(n->end_col_offset);
  }

  void arg(const Arg* x) {
    out += "arg(";
    Args a{this};
    ident(a, "arg", x->arg);
    e(a, "annotation", x->annotation);
    attrs(a, x);
    out += ")";
  }
  void arguments(const Arguments* x) {
    out += "arguments(";
    auto arg_list = [&](const char* name, const std::vector<Arg*>& v, bool sep) {
      out += name;
      out += "=[";
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ", ";
        arg(v[i]);
      }
      out += "]";
      if (sep) out += ", ";
    };
    arg_list("posonlyargs", x->posonlyargs, true);
    arg_list("args", x->args, true);
    if (x->vararg) {
      out += "vararg=";
      arg(x->vararg);
      out += ", ";
    }
    arg_list("kwonlyargs", x->kwonlyargs, true);
    out += "kw_defaults=";
    node_list(x->kw_defaults);
    out += ", ";
    if (x->kwarg) {
      out += "kwarg=";
      arg(x->kwarg);
      out += ", ";
    }
    out += "defaults=";
    node_list(x->defaults);
    out += ")";
  }
  void keyword(const Keyword* k) {
    out += "keyword(";
    Args a{this};
    opt_ident(a, "arg", k->arg);
    e(a, "value", k->value);
    attrs(a, k);
    out += ")";
  }
  void keywords(Args& a, const std::vector<Keyword*>& v) {
    a.sep();
    out += "keywords=[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      keyword(v[i]);
    }
    out += "]";
  }
  void alias(const Alias* x) {
    out += "alias(";
    Args a{this};
    ident(a, "name", x->name);
    opt_ident(a, "asname", x->asname);
    attrs(a, x);
    out += ")";
  }
  void aliases(Args& a, const std::vector<Alias*>& v) {
    a.sep();
    out += "names=[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      alias(v[i]);
    }
    out += "]";
  }
  void comprehensions(Args& a, const std::vector<Comprehension*>& v) {
    a.sep();
    out += "generators=[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      const Comprehension* c = v[i];
      out += "comprehension(";
      Args b{this};
      e(b, "target", c->target);
      e(b, "iter", c->iter);
      el(b, "ifs", c->ifs);
      int_field(b, "is_async", c->is_async);
      out += ")";
    }
    out += "]";
  }
  void withitems(Args& a, const std::vector<WithItem*>& v) {
    a.sep();
    out += "items=[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      out += "withitem(";
      Args b{this};
      e(b, "context_expr", v[i]->context_expr);
      e(b, "optional_vars", v[i]->optional_vars);
      out += ")";
    }
    out += "]";
  }
  void handlers(Args& a, const std::vector<ExceptHandler*>& v) {
    a.sep();
    out += "handlers=[";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      const ExceptHandler* h = v[i];
      out += "ExceptHandler(";
      Args b{this};
      e(b, "type", h->type);
      opt_ident(b, "name", h->name);
      sl(b, "body", h->body);
      attrs(b, h);
      out += ")";
    }
    out += "]";
  }

  void function(const char* cls, const std::string& name, const Arguments* args,
                const std::vector<Stmt*>& body, const std::vector<Expr*>& decorators,
                const Expr* returns, const Stmt* s) {
    out += cls;
    out += "(";
    Args a{this};
    ident(a, "name", name);
    a.sep();
    out += "args=";
    arguments(args);
    sl(a, "body", body);
    el(a, "decorator_list", decorators);
    e(a, "returns", returns);
    attrs(a, s);
    out += ")";
  }

  void stmt(const Stmt* s) {
    Args a{this};
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* x = static_cast<const FunctionDef*>(s);
        function("FunctionDef", x->name, x->args, x->body, x->decorator_list, x->returns, s);
        return;
      }
      case StmtKind::AsyncFunctionDef: {
        auto* x = static_cast<const AsyncFunctionDef*>(s);
        function("AsyncFunctionDef", x->name, x->args, x->body, x->decorator_list, x->returns, s);
        return;
      }
      case StmtKind::ClassDef: {
        auto* x = static_cast<const ClassDef*>(s);
        out += "ClassDef(";
        ident(a, "name", x->name);
        el(a, "bases", x->bases);
        keywords(a, x->keywords);
        sl(a, "body", x->body);
        el(a, "decorator_list", x->decorator_list);
        break;
      }
      case StmtKind::Return:
        out += "Return(";
        e(a, "value", static_cast<const Return*>(s)->value);
        break;
      case StmtKind::Delete:
        out += "Delete(";
        el(a, "targets", static_cast<const Delete*>(s)->targets);
        break;
      case StmtKind::Assign: {
        auto* x = static_cast<const Assign*>(s);
        out += "Assign(";
        el(a, "targets", x->targets);
        e(a, "value", x->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* x = static_cast<const AugAssign*>(s);
        out += "AugAssign(";
        e(a, "target", x->target);
        a.sep();
        out += "op=";
        out += name_of(x->op);
        out += "()";
        e(a, "value", x->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* x = static_cast<const AnnAssign*>(s);
        out += "AnnAssign(";
        e(a, "target", x->target);
        e(a, "annotation", x->annotation);
        e(a, "value", x->value);
        int_field(a, "simple", x->simple);
        break;
      }
      case StmtKind::For: case StmtKind::AsyncFor: {
        bool async = s->kind == StmtKind::AsyncFor;
        auto* f = static_cast<const For*>(s);
        auto* af = static_cast<const AsyncFor*>(s);
        out += async ? "AsyncFor(" : "For(";
        e(a, "target", async ? af->target : f->target);
        e(a, "iter", async ? af->iter : f->iter);
        sl(a, "body", async ? af->body : f->body);
        sl(a, "orelse", async ? af->orelse : f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* x = static_cast<const While*>(s);
        out += "While(";
        e(a, "test", x->test);
        sl(a, "body", x->body);
        sl(a, "orelse", x->orelse);
        break;
      }
      case StmtKind::If: {
        auto* x = static_cast<const If*>(s);
        out += "If(";
        e(a, "test", x->test);
        sl(a, "body", x->body);
        sl(a, "orelse", x->orelse);
        break;
      }
      case StmtKind::With: case StmtKind::AsyncWith: {
        bool async = s->kind == StmtKind::AsyncWith;
        auto* w = static_cast<const With*>(s);
        auto* aw = static_cast<const AsyncWith*>(s);
        out += async ? "AsyncWith(" : "With(";
        withitems(a, async ? aw->items : w->items);
        sl(a, "body", async ? aw->body : w->body);
        break;
      }
      case StmtKind::Match: {
        auto* x = static_cast<const Match*>(s);
        out += "Match(";
        e(a, "subject", x->subject);
        a.sep();
        out += "cases=[";
        for (std::size_t i = 0; i < x->cases.size(); ++i) {
          if (i) out += ", ";
          const MatchCase* c = x->cases[i];
          out += "match_case(";
          Args b{this};
          b.sep();
          out += "pattern=";
          pattern(c->pattern);
          e(b, "guard", c->guard);
          sl(b, "body", c->body);
          out += ")";
        }
        out += "]";
        break;
      }
      case StmtKind::Raise: {
        auto* x = static_cast<const Raise*>(s);
        out += "Raise(";
        e(a, "exc", x->exc);
        e(a, "cause", x->cause);
        break;
      }
      case StmtKind::Try: case StmtKind::TryStar: {
        bool star = s->kind == StmtKind::TryStar;
        auto* t = static_cast<const Try*>(s);
        auto* ts = static_cast<const TryStar*>(s);
        out += star ? "TryStar(" : "Try(";
        sl(a, "body", star ? ts->body : t->body);
        handlers(a, star ? ts->handlers : t->handlers);
        sl(a, "orelse", star ? ts->orelse : t->orelse);
        sl(a, "finalbody", star ? ts->finalbody : t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* x = static_cast<const Assert*>(s);
        out += "Assert(";
        e(a, "test", x->test);
        e(a, "msg", x->msg);
        break;
      }
      case StmtKind::Import:
        out += "Import(";
        aliases(a, static_cast<const Import*>(s)->names);
        break;
      case StmtKind::ImportFrom: {
        auto* x = static_cast<const ImportFrom*>(s);
        out += "ImportFrom(";
        opt_ident(a, "module", x->module);
        aliases(a, x->names);
        int_field(a, "level", x->level);
        break;
      }
      case StmtKind::Global:
        out += "Global(";
        str_list(a, "names", static_cast<const Global*>(s)->names);
        break;
      case StmtKind::Nonlocal:
        out += "Nonlocal(";
        str_list(a, "names", static_cast<const Nonlocal*>(s)->names);
        break;
      case StmtKind::Expr:
        out += "Expr(";
        e(a, "value", static_cast<const ExprStmt*>(s)->value);
        break;
      case StmtKind::Pass: out += "Pass("; break;
      case StmtKind::Break: out += "Break("; break;
      case StmtKind::Continue: out += "Continue("; break;
    }
    attrs(a, s);
    out += ")";
  }

  void expr(const Expr* x) {
    Args a{this};
    out += name_of(x->kind);
    out += "(";
    switch (x->kind) {
      case ExprKind::BoolOp: {
        auto* n = static_cast<const BoolOp*>(x);
        a.sep();
        out += "op=";
        out += name_of(n->op);
        out += "()";
        el(a, "values", n->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(x);
        e(a, "target", n->target);
        e(a, "value", n->value);
        break;
      }
      case ExprKind::BinOp: {
        auto* n = static_cast<const BinOp*>(x);
        e(a, "left", n->left);
        a.sep();
        out += "op=";
        out += name_of(n->op);
        out += "()";
        e(a, "right", n->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = static_cast<const UnaryOp*>(x);
        a.sep();
        out += "op=";
        out += name_of(n->op);
        out += "()";
        e(a, "operand", n->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto* n = static_cast<const Lambda*>(x);
        a.sep();
        out += "args=";
        arguments(n->args);
        e(a, "body", n->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* n = static_cast<const IfExp*>(x);
        e(a, "test", n->test);
        e(a, "body", n->body);
        e(a, "orelse", n->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* n = static_cast<const Dict*>(x);
        el(a, "keys", n->keys);
        el(a, "values", n->values);
        break;
      }
      case ExprKind::Set:
        el(a, "elts", static_cast<const Set*>(x)->elts);
        break;
      case ExprKind::ListComp: {
        auto* n = static_cast<const ListComp*>(x);
        e(a, "elt", n->elt);
        comprehensions(a, n->generators);
        break;
      }
      case ExprKind::SetComp: {
        auto* n = static_cast<const SetComp*>(x);
        e(a, "elt", n->elt);
        comprehensions(a, n->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto* n = static_cast<const DictComp*>(x);
        e(a, "key", n->key);
        e(a, "value", n->value);
        comprehensions(a, n->generators);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* n = static_cast<const GeneratorExp*>(x);
        e(a, "elt", n->elt);
        comprehensions(a, n->generators);
        break;
      }
      case ExprKind::Await:
        e(a, "value", static_cast<const Await*>(x)->value);
        break;
      case ExprKind::Yield:
        e(a, "value", static_cast<const Yield*>(x)->value);
        break;
      case ExprKind::YieldFrom:
        e(a, "value", static_cast<const YieldFrom*>(x)->value);
        break;
      case ExprKind::Compare: {
        auto* n = static_cast<const Compare*>(x);
        e(a, "left", n->left);
        a.sep();
        out += "ops=[";
        for (std::size_t i = 0; i < n->ops.size(); ++i) {
          if (i) out += ", ";
          out += name_of(n->ops[i]);
          out += "()";
        }
        out += "]";
        el(a, "comparators", n->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* n = static_cast<const Call*>(x);
        e(a, "func", n->func);
        el(a, "args", n->args);
        keywords(a, n->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = static_cast<const FormattedValue*>(x);
        e(a, "value", n->value);
        int_field(a, "conversion", n->conversion);
        e(a, "format_spec", n->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        el(a, "values", static_cast<const JoinedStr*>(x)->values);
        break;
      case ExprKind::Constant: {
        auto* n = static_cast<const Constant*>(x);
        a.sep();
        out += "value=";
        out += repr_constant(n);
        opt_ident(a, "kind", n->string_kind);
        break;
      }
      case ExprKind::Attribute: {
        auto* n = static_cast<const Attribute*>(x);
        e(a, "value", n->value);
        ident(a, "attr", n->attr);
        ctx(a, n->ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto* n = static_cast<const Subscript*>(x);
        e(a, "value", n->value);
        e(a, "slice", n->slice);
        ctx(a, n->ctx);
        break;
      }
      case ExprKind::Starred: {
        auto* n = static_cast<const Starred*>(x);
        e(a, "value", n->value);
        ctx(a, n->ctx);
        break;
      }
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(x);
        ident(a, "id", n->id);
        ctx(a, n->ctx);
        break;
      }
      case ExprKind::List: {
        auto* n = static_cast<const List*>(x);
        el(a, "elts", n->elts);
        ctx(a, n->ctx);
        break;
      }
      case ExprKind::Tuple: {
        auto* n = static_cast<const Tuple*>(x);
        el(a, "elts", n->elts);
        ctx(a, n->ctx);
        break;
      }
      case ExprKind::Slice: {
        auto* n = static_cast<const Slice*>(x);
        e(a, "lower", n->lower);
        e(a, "upper", n->upper);
        e(a, "step", n->step);
        break;
      }
    }
    attrs(a, x);
    out += ")";
  }

  void pattern(const Pattern* p) {
    Args a{this};
    out += name_of(p->kind);
    out += "(";
    switch (p->kind) {
      case PatternKind::MatchValue:
        e(a, "value", static_cast<const MatchValue*>(p)->value);
        break;
      case PatternKind::MatchSingleton: {
        a.sep();
        ConstantKind v = static_cast<const MatchSingleton*>(p)->value;
        out += "value=";
        out += v == ConstantKind::None ? "None" : v == ConstantKind::True ? "True" : "False";
        break;
      }
      case PatternKind::MatchSequence:
        pl(a, "patterns", static_cast<const MatchSequence*>(p)->patterns);
        break;
      case PatternKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(p);
        el(a, "keys", m->keys);
        pl(a, "patterns", m->patterns);
        opt_ident(a, "rest", m->rest);
        break;
      }
      case PatternKind::MatchClass: {
        auto* m = static_cast<const MatchClass*>(p);
        e(a, "cls", m->cls);
        pl(a, "patterns", m->patterns);
        str_list(a, "kwd_attrs", m->kwd_attrs);
        pl(a, "kwd_patterns", m->kwd_patterns);
        break;
      }
      case PatternKind::MatchStar:
        opt_ident(a, "name", static_cast<const MatchStar*>(p)->name);
        break;
      case PatternKind::MatchAs: {
        auto* m = static_cast<const MatchAs*>(p);
        if (m->pattern) {
          a.sep();
          out += "pattern=";
          pattern(m->pattern);
        }
        opt_ident(a, "name", m->name);
        break;
      }
      case PatternKind::MatchOr:
        pl(a, "patterns", static_cast<const MatchOr*>(p)->patterns);
        break;
    }
    attrs(a, p);
    out += ")";
  }
};

}  // namespace

std::string dump(const Mod* mod) {
  Dumper d;
  d.mod(mod);
  return d.out;
}

}  // namespace taipan::parser
