// fstring.cpp — string literals in expressions: implicit concatenation of
// adjacent STRING tokens, bytes/str mixing checks, and Python 3.11 f-strings
// (literal parts, replacement fields parsed by a sub-parser over
// "(" + field + ")", conversions, nested format specs, `=` debug text).
// Node positions follow CPython 3.11, including its quirks: string parts
// and FormattedValue nodes span the whole concatenation, and fields are
// located by counting from the enclosing token.
#include <cstdio>

#include "parser/parser_impl.h"
#include "parser/string_literal.h"

namespace taipan::parser {

using namespace ast;

struct Parser::FStringState {
  Pos group_start;
  Pos group_end;
  bool first_is_u = false;
  bool fmode = false;
  std::vector<Expr*> values;
  std::string last_str;
  bool has_last = false;

  void add_literal(const std::string& s) {
    if (s.empty()) return;
    last_str += s;
    has_last = true;
  }
};

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

Expr* Parser::make_str_constant(std::string value, Pos start, Pos end, bool u) {
  auto* c = make<Constant>();
  c->value_kind = ConstantKind::Str;
  c->str = std::move(value);
  if (u) c->string_kind = "u";
  return span(c, start, end);
}

void Parser::fstring_flush(FStringState& st) {
  if (!st.has_last) return;
  st.values.push_back(make_str_constant(std::move(st.last_str), st.group_start, st.group_end,
                                        st.first_is_u));
  st.last_str.clear();
  st.has_last = false;
}

Expr* Parser::parse_strings() {
  try {
    return parse_strings_unchecked();
  } catch (SyntaxErrorException& e) {
    e.action_error = true;
    throw;
  }
}

Expr* Parser::parse_strings_unchecked() {
  Pos start = start_of(peek());
  std::vector<const Token*> toks;
  while (at(TokenKind::String)) toks.push_back(&advance());
  Pos end = prev_end_;
  peek();  // like CPython, the token after the strings has been read
  FStringState st;
  st.group_start = start;
  st.group_end = end;
  st.first_is_u = !text(*toks[0]).empty() && text(*toks[0])[0] == 'u';
  bool bytes_mode = false;
  std::string bytes_value;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = *toks[k];
    StringToken info = classify_string_token(text(t));
    if (info.bytes) {
      for (char c : info.body) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          // CPython 3.11.2 marks the empty range at the token's end.
          error_range(end_of(t), end_of(t), "bytes can only contain ASCII literal characters");
        }
      }
    }
    std::string decoded;
    if (!info.fstring) {
      std::string err = decode_string_body(info.body, info.bytes, info.raw, &decoded);
      if (!err.empty()) error_last(err);
    }
    if (k != 0 && bytes_mode != info.bytes) error_last("cannot mix bytes and nonbytes literals");
    bytes_mode = info.bytes;
    if (info.fstring) {
      std::size_t i = 0;
      fstring_concat(st, t, info, i, 0);
    } else if (bytes_mode) {
      bytes_value += decoded;
    } else {
      st.add_literal(decoded);
    }
  }
  if (bytes_mode) {
    auto* c = make<Constant>();
    c->value_kind = ConstantKind::Bytes;
    c->str = std::move(bytes_value);
    return span(c, start, end);
  }
  if (!st.fmode) return make_str_constant(std::move(st.last_str), start, end, st.first_is_u);
  fstring_flush(st);
  auto* j = make<JoinedStr>();
  j->values = std::move(st.values);
  return span(j, start, end);
}

// Scans a literal part; returns true if it ended at a doubled brace (whose
// second half is skipped). Decodes it into *literal.
bool Parser::fstring_find_literal(const StringToken& info, std::size_t& i, int lvl,
                                  std::string* literal) {
  std::string_view body = info.body;
  const std::size_t end = body.size();
  std::size_t s = i;
  const std::size_t lit_start = i;
  bool doubled = false;
  while (s < end) {
    char ch = body[s++];
    if (!info.raw && ch == '\\' && s < end) {
      ch = body[s++];
      if (ch == 'N') {
        if (s < end && body[s++] == '{') {
          while (s < end && body[s++] != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (lvl == 0) {
        if (s < end && body[s] == ch) {
          doubled = true;
          break;
        }
        if (ch == '}') {
          i = s - 1;
          error_last("f-string: single '}' is not allowed");
        }
      }
      --s;
      break;
    }
  }
  i = doubled ? s + 1 : s;
  if (s != lit_start) {
    std::string err = decode_string_body(body.substr(lit_start, s - lit_start), false, info.raw,
                                         literal);
    if (!err.empty()) error_last(err);
  }
  return doubled;
}

void Parser::fstring_concat(FStringState& st, const Token& t, const StringToken& info,
                            std::size_t& i, int lvl) {
  st.fmode = true;
  std::string_view body = info.body;
  for (;;) {
    std::string literal;
    bool doubled = fstring_find_literal(info, i, lvl, &literal);
    st.add_literal(literal);
    if (doubled) continue;
    if (i >= body.size() || body[i] == '}') break;
    std::string expr_text;
    bool has_text = false;
    Expr* fv = fstring_find_expr(st, t, info, i, lvl, &expr_text, &has_text);
    if (has_text) st.add_literal(expr_text);
    fstring_flush(st);
    st.values.push_back(fv);
  }
  if (lvl == 0 && i + 1 < body.size()) error_last("f-string: unexpected end of string");
  if (lvl != 0 && (i >= body.size() || body[i] != '}')) error_last("f-string: expecting '}'");
}

Expr* Parser::fstring_find_expr(FStringState& st, const Token& t, const StringToken& info,
                                std::size_t& i, int lvl, std::string* expr_text, bool* has_text) {
  std::string_view body = info.body;
  const std::size_t end = body.size();
  if (lvl >= 2) error_last("f-string: expressions nested too deeply");
  ++i;  // '{'
  const std::size_t expr_start = i;
  char quote_char = 0;
  int string_type = 0;
  std::string parens;
  char msg[120];
  for (; i < end; ++i) {
    char ch = body[i];
    if (ch == '\\') error_last("f-string expression part cannot include a backslash");
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (i + 2 < end && body[i + 1] == ch && body[i + 2] == ch) {
            i += 2;
            string_type = 0;
            quote_char = 0;
          }
        } else {
          string_type = 0;
          quote_char = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (i + 2 < end && body[i + 1] == ch && body[i + 2] == ch) {
        string_type = 3;
        i += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (parens.size() >= 200) error_last("f-string: too many nested parenthesis");
      parens.push_back(ch);
    } else if (ch == '#') {
      error_last("f-string expression part cannot include '#'");
    } else if (parens.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (i + 1 < end) {
        char next = body[i + 1];
        if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
          ++i;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (parens.empty()) {
        std::snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
        error_last(msg);
      }
      char opening = parens.back();
      parens.pop_back();
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        std::snprintf(msg, sizeof msg,
                      "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                      ch, opening);
        error_last(msg);
      }
    }
  }
  const std::size_t expr_end = i;
  if (quote_char) error_last("f-string: unterminated string");
  if (!parens.empty()) {
    std::snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parens.back());
    error_last(msg);
  }
  if (i >= end) error_last("f-string: expecting '}'");
  Expr* value = fstring_compile_expr(t, info, expr_start, expr_end);
  if (body[i] == '=') {
    ++i;
    while (i < end && is_ascii_space(body[i])) ++i;
    if (i >= end) error_last("f-string: expecting '}'");
    *expr_text = std::string(body.substr(expr_start, i - expr_start));
    *has_text = true;
  }
  int conversion = -1;
  if (body[i] == '!') {
    ++i;
    if (i >= end) error_last("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(body[i]);
    ++i;
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      error_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  Expr* spec = nullptr;
  if (i < end && body[i] == ':') {
    ++i;
    if (i >= end) error_last("f-string: expecting '}'");
    FStringState spec_st;
    spec_st.group_start = st.group_start;
    spec_st.group_end = st.group_end;
    spec_st.first_is_u = st.first_is_u;
    fstring_concat(spec_st, t, info, i, lvl + 1);
    if (spec_st.has_last) {
      bool u = !text(t).empty() && text(t)[0] == 'u';
      spec_st.values.push_back(
          make_str_constant(std::move(spec_st.last_str), start_of(t), end_of(t), u));
    }
    auto* j = make<JoinedStr>();
    j->values = std::move(spec_st.values);
    spec = span(j, start_of(t), end_of(t));
  }
  if (i >= end || body[i] != '}') error_last("f-string: expecting '}'");
  ++i;
  if (*has_text && !spec && conversion == -1) conversion = 'r';
  auto* fv = make<FormattedValue>();
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  return span(fv, st.group_start, st.group_end);
}

Expr* Parser::fstring_compile_expr(const Token& t, const StringToken& info, std::size_t expr_start,
                                   std::size_t expr_end) {
  std::string_view body = info.body;
  std::string_view expr = body.substr(expr_start, expr_end - expr_start);
  bool blank = true;
  for (char c : expr) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
      blank = false;
      break;
    }
  }
  if (blank) {
    char next = expr_end < body.size() ? body[expr_end] : '\0';
    if (next == '!' || next == ':' || next == '=') {
      char msg[80];
      std::snprintf(msg, sizeof msg, "f-string: expression required before '%c'", next);
      error_last(msg);
    }
    error_last("f-string: empty expression not allowed");
  }
  // Locate the field as CPython 3.11 does: count lines and columns from
  // the start of the token text to the '{'.
  std::string_view tok = text(t);
  std::size_t brace = info.body_offset + expr_start - 1;
  bool newline_after_brace = true;
  for (std::size_t k = brace + 1; k < tok.size() && tok[k] != '}' && tok[k] != '\n'; ++k) {
    if (tok[k] != ' ' && tok[k] != '\t' && tok[k] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  int lines = 0, cols = 0;
  if (!newline_after_brace) {
    std::size_t k = brace;
    while (k > 0 && tok[k] != '\n') --k;
    cols = static_cast<int>(brace - k);
    if (tok[k] == '\n') cols -= 1;
  }
  for (std::size_t k = 0; k < brace; ++k) {
    if (tok[k] == '\n') ++lines;
  }
  Pos tpos = start_of(t);
  int line_shift = tpos.line + lines - 1;
  int col_shift = lines == 0 ? tpos.col + cols : cols;

  std::string sub_text;
  sub_text.reserve(expr.size() + 2);
  sub_text.push_back('(');
  sub_text.append(expr);
  sub_text.push_back(')');
  SourceText sub(sub_text, src_.filename());
  Parser sp(sub, arena_, line_shift, col_shift, depth_);
  sp.recursion_ = recursion_;
  return sp.parse_fstring_replacement();
}

}  // namespace taipan::parser
