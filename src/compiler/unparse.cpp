// Writes an expression back as source text with CPython's spacing and
// parenthesisation rules (see unparse.h).
#include "compiler/unparse.h"

#include <string_view>

#include "compiler/compile_error.h"
#include "objects/float.h"
#include "objects/str.h"
#include "runtime/protocol.h"

namespace taipan::compiler {

namespace {

// Binding strength, weakest first: an operand weaker than its context is
// parenthesised.
enum Prec : int {
  kTuple, kTest, kOr, kAnd, kNot, kCmp, kBor, kBxor, kBand, kShift, kArith, kTerm, kFactor,
  kPower, kAwait, kAtom
};

struct BinaryForm {
  const char* text;
  Prec prec;
};

BinaryForm binary_form(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return {" + ", kArith};
    case ast::Operator::Sub: return {" - ", kArith};
    case ast::Operator::Mult: return {" * ", kTerm};
    case ast::Operator::MatMult: return {" @ ", kTerm};
    case ast::Operator::Div: return {" / ", kTerm};
    case ast::Operator::Mod: return {" % ", kTerm};
    case ast::Operator::FloorDiv: return {" // ", kTerm};
    case ast::Operator::Pow: return {" ** ", kPower};
    case ast::Operator::LShift: return {" << ", kShift};
    case ast::Operator::RShift: return {" >> ", kShift};
    case ast::Operator::BitOr: return {" | ", kBor};
    case ast::Operator::BitXor: return {" ^ ", kBxor};
    case ast::Operator::BitAnd: return {" & ", kBand};
  }
  return {" ? ", kAtom};
}

const char* compare_text(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Eq: return " == ";
    case ast::CmpOp::NotEq: return " != ";
    case ast::CmpOp::Lt: return " < ";
    case ast::CmpOp::LtE: return " <= ";
    case ast::CmpOp::Gt: return " > ";
    case ast::CmpOp::GtE: return " >= ";
    case ast::CmpOp::Is: return " is ";
    case ast::CmpOp::IsNot: return " is not ";
    case ast::CmpOp::In: return " in ";
    case ast::CmpOp::NotIn: return " not in ";
  }
  return " ? ";
}

// repr(v) as UTF-8; infinities written as 1e309, a literal that reads back
// as one.
std::string repr_text(Value v) {
  Ref r = repr(v);
  if (!r) throw PendingError{};
  std::string text(str_utf8(r.as<Str>()));
  if (!is_float(v) && type_of(v) != &complex_type) return text;
  for (size_t at = text.find("inf"); at != std::string::npos; at = text.find("inf", at + 5)) {
    text.replace(at, 3, "1e309");
  }
  return text;
}

class Unparser {
 public:
  explicit Unparser(const std::function<Ref(const ast::Constant*)>& constant_value)
      : constant_value_(constant_value) {}

  std::string out;

  void expr(const ast::Expr* e, int level) {
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::BoolOp: {
        auto* b = static_cast<const ast::BoolOp*>(e);
        bool is_and = b->op == ast::BoolOperator::And;
        int prec = is_and ? kAnd : kOr;
        open_if(level > prec);
        for (size_t i = 0; i < b->values.size(); i++) {
          if (i > 0) out += is_and ? " and " : " or ";
          expr(b->values[i], prec + 1);
        }
        close_if(level > prec);
        return;
      }
      case K::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(e);
        open_if(level > kTuple);
        expr(n->target, kAtom);
        out += " := ";
        expr(n->value, kAtom);
        close_if(level > kTuple);
        return;
      }
      case K::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        BinaryForm form = binary_form(b->op);
        int right_assoc = b->op == ast::Operator::Pow ? 1 : 0;
        open_if(level > form.prec);
        expr(b->left, form.prec + right_assoc);
        out += form.text;
        expr(b->right, form.prec + 1 - right_assoc);
        close_if(level > form.prec);
        return;
      }
      case K::UnaryOp: {
        auto* u = static_cast<const ast::UnaryOp*>(e);
        bool is_not = u->op == ast::UnaryOperator::Not;
        int prec = is_not ? kNot : kFactor;
        open_if(level > prec);
        out += is_not ? "not " : u->op == ast::UnaryOperator::Invert ? "~" : u->op == ast::UnaryOperator::UAdd ? "+" : "-";
        expr(u->operand, prec);
        close_if(level > prec);
        return;
      }
      case K::Lambda: {
        auto* l = static_cast<const ast::Lambda*>(e);
        open_if(level > kTest);
        out += "lambda";
        std::string params = arguments(l->args);
        if (!params.empty()) out += " " + params;
        out += ": ";
        expr(l->body, kTest);
        close_if(level > kTest);
        return;
      }
      case K::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        open_if(level > kTest);
        expr(i->body, kTest + 1);
        out += " if ";
        expr(i->test, kTest + 1);
        out += " else ";
        expr(i->orelse, kTest);
        close_if(level > kTest);
        return;
      }
      case K::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        out += "{";
        for (size_t i = 0; i < d->values.size(); i++) {
          if (i > 0) out += ", ";
          if (d->keys[i] != nullptr) {
            expr(d->keys[i], kTest);
            out += ": ";
            expr(d->values[i], kTest);
          } else {
            out += "**";
            expr(d->values[i], kBor);
          }
        }
        out += "}";
        return;
      }
      case K::Set: {
        out += "{";
        elements(static_cast<const ast::Set*>(e)->elts);
        out += "}";
        return;
      }
      case K::ListComp: {
        auto* c = static_cast<const ast::ListComp*>(e);
        comprehension("[", c->elt, nullptr, c->generators, "]");
        return;
      }
      case K::SetComp: {
        auto* c = static_cast<const ast::SetComp*>(e);
        comprehension("{", c->elt, nullptr, c->generators, "}");
        return;
      }
      case K::DictComp: {
        auto* c = static_cast<const ast::DictComp*>(e);
        comprehension("{", c->key, c->value, c->generators, "}");
        return;
      }
      case K::GeneratorExp: {
        auto* c = static_cast<const ast::GeneratorExp*>(e);
        comprehension("(", c->elt, nullptr, c->generators, ")");
        return;
      }
      case K::Await: {
        open_if(level > kAwait);
        out += "await ";
        expr(static_cast<const ast::Await*>(e)->value, kAtom);
        close_if(level > kAwait);
        return;
      }
      case K::Yield: {
        auto* y = static_cast<const ast::Yield*>(e);
        if (y->value == nullptr) {
          out += "(yield)";
          return;
        }
        out += "(yield ";
        expr(y->value, kTest);
        out += ")";
        return;
      }
      case K::YieldFrom: {
        out += "(yield from ";
        expr(static_cast<const ast::YieldFrom*>(e)->value, kTest);
        out += ")";
        return;
      }
      case K::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        open_if(level > kCmp);
        expr(c->left, kCmp + 1);
        for (size_t i = 0; i < c->ops.size(); i++) {
          out += compare_text(c->ops[i]);
          expr(c->comparators[i], kCmp + 1);
        }
        close_if(level > kCmp);
        return;
      }
      case K::Call: {
        call(static_cast<const ast::Call*>(e));
        return;
      }
      case K::JoinedStr: {
        Ref body = str_from_utf8(fstring_body(static_cast<const ast::JoinedStr*>(e)->values));
        if (!body) throw PendingError{};
        out += "f" + repr_text(body.get());
        return;
      }
      case K::FormattedValue: {
        out += replacement_field(static_cast<const ast::FormattedValue*>(e));
        return;
      }
      case K::Constant: {
        auto* c = static_cast<const ast::Constant*>(e);
        if (c->value_kind == ast::ConstantKind::Ellipsis) {
          out += "...";
          return;
        }
        if (c->string_kind == "u") out += "u";
        Ref v = constant_value_(c);
        if (!v) throw PendingError{};
        out += repr_text(v.get());
        return;
      }
      case K::Attribute: {
        auto* a = static_cast<const ast::Attribute*>(e);
        expr(a->value, kAtom);
        // "1 .real": a dot right after an int literal would read as a float.
        bool after_int = a->value->kind == K::Constant &&
                         static_cast<const ast::Constant*>(a->value)->value_kind == ast::ConstantKind::Int;
        out += after_int ? " ." : ".";
        out += a->attr;
        return;
      }
      case K::Subscript: {
        auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->value, kAtom);
        out += "[";
        expr(s->slice, kTuple);
        out += "]";
        return;
      }
      case K::Starred: {
        out += "*";
        expr(static_cast<const ast::Starred*>(e)->value, kBor);
        return;
      }
      case K::Name: {
        out += static_cast<const ast::Name*>(e)->id;
        return;
      }
      case K::List: {
        out += "[";
        elements(static_cast<const ast::List*>(e)->elts);
        out += "]";
        return;
      }
      case K::Tuple: {
        const auto& elts = static_cast<const ast::Tuple*>(e)->elts;
        if (elts.empty()) {
          out += "()";
          return;
        }
        open_if(level > kTuple);
        elements(elts);
        if (elts.size() == 1) out += ",";
        close_if(level > kTuple);
        return;
      }
      case K::Slice: {
        auto* s = static_cast<const ast::Slice*>(e);
        if (s->lower != nullptr) expr(s->lower, kTest);
        out += ":";
        if (s->upper != nullptr) expr(s->upper, kTest);
        if (s->step != nullptr) {
          out += ":";
          expr(s->step, kTest);
        }
        return;
      }
    }
  }

 private:
  const std::function<Ref(const ast::Constant*)>& constant_value_;

  // The text between an f-string's quotes: literal parts with braces
  // doubled, replacement fields in braces.
  std::string fstring_body(const std::vector<ast::Expr*>& values) {
    std::string body;
    for (const ast::Expr* v : values) {
      if (v->kind == ast::ExprKind::FormattedValue) {
        body += replacement_field(static_cast<const ast::FormattedValue*>(v));
        continue;
      }
      for (char ch : static_cast<const ast::Constant*>(v)->str) {
        body += ch;
        if (ch == '{' || ch == '}') body += ch;
      }
    }
    return body;
  }

  std::string replacement_field(const ast::FormattedValue* f) {
    std::string saved = std::move(out);
    out.clear();
    expr(f->value, kTest + 1);
    std::string value = std::move(out);
    out = std::move(saved);
    // "{ {...}}": a value that starts with a brace is kept apart from the field's own.
    std::string field = value.starts_with("{") ? "{ " : "{";
    field += value;
    if (f->conversion > 0) {
      field += "!";
      field += static_cast<char>(f->conversion);
    }
    if (f->format_spec != nullptr) {
      field += ":";
      field += fstring_body(static_cast<const ast::JoinedStr*>(f->format_spec)->values);
    }
    return field + "}";
  }

  void open_if(bool cond) {
    if (cond) out += "(";
  }
  void close_if(bool cond) {
    if (cond) out += ")";
  }

  void elements(const std::vector<ast::Expr*>& elts) {
    for (size_t i = 0; i < elts.size(); i++) {
      if (i > 0) out += ", ";
      expr(elts[i], kTest);
    }
  }

  void comprehension(const char* open, const ast::Expr* elt, const ast::Expr* value,
                     const std::vector<ast::Comprehension*>& generators, const char* close) {
    out += open;
    expr(elt, kTest);
    if (value != nullptr) {
      out += ": ";
      expr(value, kTest);
    }
    for (const ast::Comprehension* g : generators) {
      out += g->is_async ? " async for " : " for ";
      expr(g->target, kTuple);
      out += " in ";
      expr(g->iter, kTest + 1);
      for (const ast::Expr* cond : g->ifs) {
        out += " if ";
        expr(cond, kTest + 1);
      }
    }
    out += close;
  }

  void call(const ast::Call* c) {
    expr(c->func, kAtom);
    // f(x for x in y): a lone generator argument keeps its own parentheses.
    if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == ast::ExprKind::GeneratorExp) {
      expr(c->args[0], kTest);
      return;
    }
    out += "(";
    bool first = true;
    for (const ast::Expr* a : c->args) {
      if (!first) out += ", ";
      first = false;
      expr(a, kTest);
    }
    for (const ast::Keyword* k : c->keywords) {
      if (!first) out += ", ";
      first = false;
      out += k->arg.empty() ? "**" : k->arg + "=";
      expr(k->value, kTest);
    }
    out += ")";
  }

  // A lambda's parameters, as "a, b=1, /, *c, d, **e".
  std::string arguments(const ast::Arguments* a) {
    std::string saved = std::move(out);
    out.clear();
    bool first = true;
    auto sep = [&] {
      if (!first) out += ", ";
      first = false;
    };
    size_t positional = a->posonlyargs.size() + a->args.size();
    size_t first_default = positional - a->defaults.size();
    for (size_t i = 0; i < positional; i++) {
      sep();
      bool posonly = i < a->posonlyargs.size();
      out += posonly ? a->posonlyargs[i]->arg : a->args[i - a->posonlyargs.size()]->arg;
      if (i >= first_default) {
        out += "=";
        expr(a->defaults[i - first_default], kTest);
      }
      if (posonly && i + 1 == a->posonlyargs.size()) {
        sep();
        out += "/";
      }
    }
    if (a->vararg != nullptr || !a->kwonlyargs.empty()) {
      sep();
      out += "*";
      if (a->vararg != nullptr) out += a->vararg->arg;
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
      sep();
      out += a->kwonlyargs[i]->arg;
      if (a->kw_defaults[i] != nullptr) {
        out += "=";
        expr(a->kw_defaults[i], kTest);
      }
    }
    if (a->kwarg != nullptr) {
      sep();
      out += "**" + a->kwarg->arg;
    }
    std::string params = std::move(out);
    out = std::move(saved);
    return params;
  }
};

}  // namespace

std::string unparse_expr(const ast::Expr* e, const std::function<Ref(const ast::Constant*)>& constant_value) {
  Unparser u(constant_value);
  u.expr(e, kTest);
  return u.out;
}

}  // namespace taipan::compiler
