// lexer.cpp — the tokenizer. It follows the structure of CPython 3.11's
// tokenizer (so that error messages and positions agree) but is written from
// scratch: indentation with a tab-size-8 and a tab-size-1 column to detect
// inconsistent tabs, bracket tracking, string and number scanning.
#include "parser/lexer.h"

#include <cstdio>

#include "parser/unicode_tables.h"
#include "parser/utf8.h"

namespace taipan::parser {
namespace {

constexpr std::size_t kMaxBrackets = 200;
constexpr std::size_t kMaxIndent = 100;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_xdigit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ident_start_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 128;
}
bool is_ident_byte(char c) { return is_ident_start_byte(c) || is_digit(c); }
bool is_ascii_ident_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c);
}

std::string format(const char* fmt, int a) {
  char buf[160];
  std::snprintf(buf, sizeof buf, fmt, a);
  return buf;
}

}  // namespace

Lexer::Lexer(const SourceText& src) : src_(src) {}

void Lexer::newline_consumed() {
  ++lineno_;
  line_begin_ = pos_;
  if (!in_token_) buffer_begin_ = pos_;
}

Token Lexer::make(TokenKind kind, std::size_t start, int start_line,
                  std::size_t start_line_begin) const {
  Token t;
  t.kind = kind;
  t.start = static_cast<std::uint32_t>(start);
  t.end = static_cast<std::uint32_t>(pos_);
  t.lineno = start_line;
  t.col = static_cast<int>(start - start_line_begin);
  t.end_lineno = lineno_;
  t.end_col = static_cast<int>(pos_ - line_begin_);
  t.level = static_cast<int>(brackets_.size());
  return t;
}

void Lexer::tok_error_at(const std::string& msg, int lineno, std::size_t line_begin,
                         std::size_t cur) const {
  ErrorLocation loc;
  loc.lineno = lineno;
  std::size_t n = cur > line_begin ? cur - line_begin : 0;
  loc.offset = count_chars(std::string_view(src_.text()).substr(line_begin, n));
  loc.end_lineno = lineno;
  loc.end_offset = loc.offset;
  throw_error(src_, "SyntaxError", msg, loc, false);
}

void Lexer::tok_error(const std::string& msg, std::size_t cur) const {
  tok_error_at(msg, lineno_, line_begin_, cur);
}

void Lexer::indent_error(const std::string& type, const std::string& msg, int offset,
                         int end_offset) const {
  ErrorLocation loc{lineno_, offset, lineno_, end_offset};
  try {
    throw_error(src_, type, msg, loc, true);
  } catch (SyntaxErrorException& e) {
    e.overrides_parser_errors = false;
    throw;
  }
}

void Lexer::throw_unclosed_bracket() const {
  const OpenBracket& b = brackets_.back();
  char msg[40];
  std::snprintf(msg, sizeof msg, "'%c' was never closed", b.ch);
  ErrorLocation loc{b.lineno, src_.char_col(b.lineno, b.col) + 1, b.lineno, 0};
  // CPython shows the line from its tokenizer's buffer, newline included,
  // when the bracket is on the line it was reading (at EOF: the last one).
  throw_error(src_, "SyntaxError", msg, loc, b.lineno == (at_end() ? eof_line() : lineno_));
}

bool Lexer::handle_indentation() {
  int col = 0, altcol = 0;
  // A backslash continuation inside the indentation: the column where the
  // first one appears is the line's indentation (as CPython 3.11.7).
  int cont_col = 0, cont_altcol = 0;
  for (;;) {
    char c = peek();
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\') {
      if (cont_col == 0) {
        cont_col = col;
        cont_altcol = altcol;
      }
      ++pos_;
      if (peek() != '\n') {
        int offset =
            count_chars(std::string_view(src_.text()).substr(buffer_begin_, pos_ + 1 - buffer_begin_));
        indent_error("SyntaxError", "unexpected character after line continuation character",
                     offset, 0);
      }
      ++pos_;
      in_token_ = true;
      newline_consumed();
      in_token_ = false;
      if (at_end()) {
        --lineno_;
        line_begin_ = src_.line_start(lineno_);
        int offset = count_chars(std::string_view(src_.text()).substr(line_begin_, pos_ - line_begin_));
        eof_error_ = true;
        indent_error("SyntaxError", "unexpected EOF while parsing", offset, -1);
      }
      continue;
    } else {
      break;
    }
    ++pos_;
  }
  if (cont_col != 0) {
    col = cont_col;
    altcol = cont_altcol;
  }
  char c = peek();
  bool blank = c == '#' || c == '\n';
  indent_token_pos_ = pos_;
  if (blank || !brackets_.empty()) return blank;
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) {
      indent_error("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndent) {
      indent_error("IndentationError", "too many levels of indentation", 1, 0);
    }
    if (altcol <= alt_indents_.back()) {
      indent_error("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    ++pending_;
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      --pending_;
    }
    if (col != indents_.back()) {
      std::size_t end = pos_;
      while (end < src_.size() && src_.at(end) != '\n') ++end;
      if (end < src_.size()) ++end;
      int offset = count_chars(std::string_view(src_.text()).substr(line_begin_, end - line_begin_));
      indent_error("IndentationError", "unindent does not match any outer indentation level",
                   offset, -1);
    }
    if (altcol != alt_indents_.back()) {
      indent_error("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }
  }
  return false;
}

int Lexer::eof_line() const {
  if (src_.size() == 0) return 0;  // CPython's empty input is at line 0
  return lineno_ > 1 && line_begin_ == src_.size() ? lineno_ - 1 : lineno_;
}

Token Lexer::end_marker() {
  Token t;
  t.kind = TokenKind::EndMarker;
  t.start = t.end = static_cast<std::uint32_t>(src_.size());
  t.lineno = t.end_lineno = eof_line();
  t.col = t.end_col = -1;
  last_line_ = t.lineno;
  token_buffer_begin_ = buffer_begin_;
  return t;
}

Token Lexer::next() {
  if (done_) return end_marker();
  for (;;) {  // one physical line per iteration
    bool blank = false;
    if (at_bol_) {
      at_bol_ = false;
      blank = handle_indentation();
    }
    if (pending_ != 0) {
      Token t;
      t.kind = pending_ < 0 ? TokenKind::Dedent : TokenKind::Indent;
      pending_ += pending_ < 0 ? 1 : -1;
      t.start = t.end = static_cast<std::uint32_t>(indent_token_pos_);
      t.lineno = t.end_lineno = at_end() ? eof_line() : lineno_;
      t.col = t.end_col = -1;
      last_line_ = lineno_;
      token_buffer_begin_ = buffer_begin_;
      return t;
    }
    for (;;) {  // tokens of the line, and continuation lines
      while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++pos_;
      std::size_t comment_start = pos_;
      if (peek() == '#') {
        while (!at_end() && peek() != '\n') ++pos_;
      }
      if (at_end()) {
        if (!brackets_.empty()) {
          unclosed_at_eof_ = true;
          throw_unclosed_bracket();
        }
        if (line_has_tokens_) {
          // Text not ending with a newline (eval/single input): an implicit
          // NEWLINE, without a position, as CPython's tokenizer makes.
          line_has_tokens_ = false;
          at_bol_ = imply_dedent_;
          Token t;
          t.kind = TokenKind::Newline;
          t.start = t.end = static_cast<std::uint32_t>(pos_);
          t.lineno = t.end_lineno = lineno_;
          t.col = t.end_col = -1;
          last_line_ = lineno_;
          token_buffer_begin_ = buffer_begin_;
          return t;
        }
        done_ = true;
        return end_marker();
      }
      std::size_t start = pos_;
      char c = peek();
      if (c == '\n') {
        at_bol_ = true;
        if (blank || !brackets_.empty()) {
          ++pos_;
          newline_consumed();
          break;  // next physical line
        }
        // As in CPython, NEWLINE starts at a comment before it and ends
        // before the '\n' (zero width when there is no comment).
        line_has_tokens_ = false;
        Token t;
        t.kind = TokenKind::Newline;
        t.start = static_cast<std::uint32_t>(comment_start);
        t.end = static_cast<std::uint32_t>(pos_);
        t.lineno = t.end_lineno = lineno_;
        t.col = static_cast<int>(comment_start - line_begin_);
        t.end_col = static_cast<int>(pos_ - line_begin_);
        last_line_ = lineno_;
        token_buffer_begin_ = buffer_begin_;
        ++pos_;
        newline_consumed();
        return t;
      }
      if (c == '\\') {
        ++pos_;
        if (peek() != '\n') {
          if (at_end()) {
            tok_error("unexpected EOF while parsing", pos_);
          }
          // CPython counts from the start of its input buffer, which may
          // begin on an earlier line (after a multi-line token).
          int offset =
              count_chars(std::string_view(src_.text()).substr(buffer_begin_, pos_ - buffer_begin_)) + 1;
          indent_error("SyntaxError", "unexpected character after line continuation character",
                       offset, 0);
        }
        ++pos_;
        in_token_ = true;  // CPython reads the next line with a token pending
        newline_consumed();
        in_token_ = false;
        if (at_end()) {
          if (!brackets_.empty()) {
            unclosed_at_eof_ = true;
            throw_unclosed_bracket();
          }
          --lineno_;
          line_begin_ = src_.line_start(lineno_);
          int offset = count_chars(std::string_view(src_.text()).substr(line_begin_, pos_ - line_begin_));
          eof_error_ = true;
          indent_error("SyntaxError", "unexpected EOF while parsing", offset, -1);
        }
        continue;
      }
      Token t;
      if (is_ident_start_byte(c)) {
        t = lex_name_or_string();
      } else if (c == '"' || c == '\'') {
        t = lex_string(start, lineno_, line_begin_);
      } else if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
        t = lex_number(start);
      } else {
        t = lex_operator(start);
      }
      last_line_ = t.end_lineno;
      token_buffer_begin_ = buffer_begin_;
      line_has_tokens_ = true;
      return t;
    }
  }
}

Token Lexer::lex_name_or_string() {
  std::size_t start = pos_;
  int start_line = lineno_;
  std::size_t lb = line_begin_;
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    char c = peek();
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    ++pos_;
    if (peek() == '"' || peek() == '\'') return lex_string(start, start_line, lb);
  }
  bool nonascii = false;
  while (is_ident_byte(peek())) {
    if (static_cast<unsigned char>(peek()) >= 128) nonascii = true;
    ++pos_;
  }
  std::string_view word = std::string_view(src_.text()).substr(start, pos_ - start);
  if (nonascii) {
    std::size_t i = 0;
    bool first = true;
    while (i < word.size()) {
      std::uint32_t cp = utf8_decode(word, i);
      bool ok = first ? is_xid_start(cp) : is_xid_continue(cp);
      first = false;
      if (!ok) {
        char msg[80];
        std::size_t cur = i < word.size() ? start + i : pos_;
        if (is_printable(cp)) {
          std::string ch;
          utf8_append(ch, cp);
          std::snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
        } else {
          std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
        }
        tok_error(msg, cur);
      }
    }
  }
  return make(keyword_kind(word), start, start_line, lb);
}

Token Lexer::lex_string(std::size_t start, int start_line, std::size_t start_line_begin) {
  struct InToken {
    bool& flag;
    explicit InToken(bool& f) : flag(f) { flag = true; }
    ~InToken() { flag = false; }
  } in_token(in_token_);
  char quote = peek();
  ++pos_;
  int quote_size = 1, end_quote_size = 0;
  if (peek() == quote) {
    ++pos_;
    if (peek() == quote) {
      ++pos_;
      quote_size = 3;
    } else {
      end_quote_size = 1;  // empty string
    }
  }
  while (end_quote_size != quote_size) {
    if (at_end() || (quote_size == 1 && peek() == '\n')) {
      int detected = lineno_;
      if (at_end() && pos_ == line_begin_ && lineno_ > 1) --detected;
      const char* fmt = quote_size == 3
                            ? "unterminated triple-quoted string literal (detected at line %d)"
                            : "unterminated string literal (detected at line %d)";
      eof_error_ = at_end();
      tok_error_at(format(fmt, detected), start_line, start_line_begin, start + 1);
    }
    char c = peek();
    ++pos_;
    if (c == '\n') newline_consumed();
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\' && !at_end()) {
        char d = peek();
        ++pos_;
        if (d == '\n') newline_consumed();
      }
    }
  }
  return make(TokenKind::String, start, start_line, start_line_begin);
}

void Lexer::verify_end_of_number(const char* kind) {
  // pos_ is just past the character `c` that follows the number.
  char c = src_.at(pos_ - 1);
  auto lookahead = [&](const char* rest) {
    std::size_t i = pos_;
    for (; *rest; ++rest, ++i) {
      if (src_.at(i) != *rest) return false;
    }
    return !is_ident_byte(src_.at(i));
  };
  bool keyword = false;
  switch (c) {
    case 'a': keyword = lookahead("nd"); break;
    case 'e': keyword = lookahead("lse"); break;
    case 'f': keyword = lookahead("or"); break;
    case 'i': keyword = peek() == 'f' || peek() == 'n' || peek() == 's'; break;
    case 'o': keyword = lookahead("r"); break;
    case 'n': keyword = lookahead("ot"); break;
    default: break;
  }
  // (A non-ASCII character simply starts the next token, as in CPython.)
  if (!keyword && is_ascii_ident_byte(c)) {
    --pos_;
    char msg[64];
    std::snprintf(msg, sizeof msg, "invalid %s literal", kind);
    tok_error(msg, pos_);
  }
}

void Lexer::decimal_tail() {
  // Called with one digit consumed; leaves pos_ just past the first
  // non-digit character.
  for (;;) {
    char c;
    do {
      c = peek();
      ++pos_;
    } while (is_digit(c));
    if (c != '_') return;
    c = peek();
    ++pos_;
    if (!is_digit(c)) {
      --pos_;
      tok_error("invalid decimal literal", pos_);
    }
  }
}

Token Lexer::lex_number(std::size_t start) {
  int start_line = lineno_;
  std::size_t lb = line_begin_;
  auto nextc = [&]() {
    char ch = peek();
    ++pos_;
    return ch;
  };
  auto last = [&]() { return src_.at(pos_ - 1); };
  char c;
  enum { kDone, kFraction, kExponent, kImaginary, kDecimalEnd } state = kDone;

  if (peek() == '.') {
    ++pos_;
    c = nextc();
    state = kFraction;
  } else {
    c = nextc();
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (!is_xdigit(c)) {
            --pos_;
            tok_error("invalid hexadecimal literal", pos_);
          }
          do {
            c = nextc();
          } while (is_xdigit(c));
        } while (c == '_');
        verify_end_of_number("hexadecimal");
      } else if (c == 'o' || c == 'O') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c < '0' || c >= '8') {
            if (is_digit(c)) tok_error(format("invalid digit '%c' in octal literal", c), pos_);
            --pos_;
            tok_error("invalid octal literal", pos_);
          }
          do {
            c = nextc();
          } while (c >= '0' && c < '8');
        } while (c == '_');
        if (is_digit(c)) tok_error(format("invalid digit '%c' in octal literal", c), pos_);
        verify_end_of_number("octal");
      } else if (c == 'b' || c == 'B') {
        c = nextc();
        do {
          if (c == '_') c = nextc();
          if (c != '0' && c != '1') {
            if (is_digit(c)) tok_error(format("invalid digit '%c' in binary literal", c), pos_);
            --pos_;
            tok_error("invalid binary literal", pos_);
          }
          do {
            c = nextc();
          } while (c == '0' || c == '1');
        } while (c == '_');
        if (is_digit(c)) tok_error(format("invalid digit '%c' in binary literal", c), pos_);
        verify_end_of_number("binary");
      } else {
        bool nonzero = false;
        for (;;) {
          if (c == '_') {
            c = nextc();
            if (!is_digit(c)) {
              --pos_;
              tok_error("invalid decimal literal", pos_);
            }
          }
          if (c != '0') break;
          c = nextc();
        }
        std::size_t zeros_end = pos_;
        if (is_digit(c)) {
          nonzero = true;
          decimal_tail();
          c = last();
        }
        if (c == '.') {
          c = nextc();
          state = kFraction;
        } else if (c == 'e' || c == 'E') {
          state = kExponent;
        } else if (c == 'j' || c == 'J') {
          state = kImaginary;
        } else if (nonzero) {
          --pos_;
          // CPython reports this range in bytes.
          ErrorLocation loc{lineno_, static_cast<int>(start - lb) + 1, lineno_,
                            static_cast<int>(zeros_end - lb)};
          throw_error(src_, "SyntaxError",
                      "leading zeros in decimal integer literals are not permitted; use an 0o "
                      "prefix for octal integers",
                      loc, false);
        } else {
          verify_end_of_number("decimal");
        }
      }
    } else {
      decimal_tail();
      c = last();
      if (c == '.') {
        c = nextc();
        state = kFraction;
      } else {
        state = kDecimalEnd;
      }
    }
  }

  if (state == kFraction) {
    if (is_digit(c)) {
      decimal_tail();
      c = last();
    }
    state = kDecimalEnd;
  }
  if (state == kDecimalEnd && (c == 'e' || c == 'E')) state = kExponent;
  if (state == kExponent) {
    char e = c;
    c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        --pos_;
        tok_error("invalid decimal literal", pos_);
      }
    } else if (!is_digit(c)) {
      --pos_;  // back to just past e
      (void)e;
      verify_end_of_number("decimal");
      --pos_;  // the number ends before e
      return make(TokenKind::Number, start, start_line, lb);
    }
    decimal_tail();
    c = last();
    state = kDecimalEnd;
  }
  if (state == kDecimalEnd && (c == 'j' || c == 'J')) state = kImaginary;
  if (state == kImaginary) {
    c = nextc();
    verify_end_of_number("imaginary");
  } else if (state == kDecimalEnd) {
    verify_end_of_number("decimal");
  }
  --pos_;
  return make(TokenKind::Number, start, start_line, lb);
}

Token Lexer::lex_operator(std::size_t start) {
  char c = peek();
  char c1 = peek(1);
  char c2 = peek(2);
  TokenKind kind = TokenKind::ErrorToken;
  std::size_t len = 1;
  auto two = [&](char second, TokenKind k) {
    if (c1 == second) {
      kind = k;
      len = 2;
      return true;
    }
    return false;
  };
  switch (c) {
    case '(': case '[': case '{': {
      if (brackets_.size() >= kMaxBrackets) tok_error("too many nested parentheses", pos_ + 1);
      brackets_.push_back({c, lineno_, static_cast<int>(pos_ - line_begin_)});
      kind = c == '(' ? TokenKind::LPar : c == '[' ? TokenKind::LSqb : TokenKind::LBrace;
      break;
    }
    case ')': case ']': case '}': {
      if (brackets_.empty()) tok_error(format("unmatched '%c'", c), pos_ + 1);
      const OpenBracket& open = brackets_.back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (c != want) {
        char msg[120];
        if (open.lineno != lineno_) {
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                        c, open.ch, open.lineno);
        } else {
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open.ch);
        }
        tok_error(msg, pos_ + 1);
      }
      brackets_.pop_back();
      kind = c == ')' ? TokenKind::RPar : c == ']' ? TokenKind::RSqb : TokenKind::RBrace;
      break;
    }
    case ':': if (!two('=', TokenKind::ColonEqual)) kind = TokenKind::Colon; break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semi; break;
    case '~': kind = TokenKind::Tilde; break;
    case '+': if (!two('=', TokenKind::PlusEqual)) kind = TokenKind::Plus; break;
    case '-':
      if (!two('=', TokenKind::MinEqual) && !two('>', TokenKind::RArrow)) kind = TokenKind::Minus;
      break;
    case '*':
      if (c1 == '*') {
        kind = c2 == '=' ? TokenKind::DoubleStarEqual : TokenKind::DoubleStar;
        len = c2 == '=' ? 3 : 2;
      } else if (!two('=', TokenKind::StarEqual)) {
        kind = TokenKind::Star;
      }
      break;
    case '/':
      if (c1 == '/') {
        kind = c2 == '=' ? TokenKind::DoubleSlashEqual : TokenKind::DoubleSlash;
        len = c2 == '=' ? 3 : 2;
      } else if (!two('=', TokenKind::SlashEqual)) {
        kind = TokenKind::Slash;
      }
      break;
    case '|': if (!two('=', TokenKind::VBarEqual)) kind = TokenKind::VBar; break;
    case '&': if (!two('=', TokenKind::AmperEqual)) kind = TokenKind::Amper; break;
    case '^': if (!two('=', TokenKind::CircumflexEqual)) kind = TokenKind::Circumflex; break;
    case '%': if (!two('=', TokenKind::PercentEqual)) kind = TokenKind::Percent; break;
    case '@': if (!two('=', TokenKind::AtEqual)) kind = TokenKind::At; break;
    case '=': if (!two('=', TokenKind::EqEqual)) kind = TokenKind::Equal; break;
    case '!': if (!two('=', TokenKind::NotEqual)) kind = TokenKind::Exclamation; break;
    case '<':
      if (c1 == '<') {
        kind = c2 == '=' ? TokenKind::LeftShiftEqual : TokenKind::LeftShift;
        len = c2 == '=' ? 3 : 2;
      } else if (!two('=', TokenKind::LessEqual)) {
        kind = TokenKind::Less;
      }
      break;
    case '>':
      if (c1 == '>') {
        kind = c2 == '=' ? TokenKind::RightShiftEqual : TokenKind::RightShift;
        len = c2 == '=' ? 3 : 2;
      } else if (!two('=', TokenKind::GreaterEqual)) {
        kind = TokenKind::Greater;
      }
      break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        kind = TokenKind::Ellipsis;
        len = 3;
      } else {
        kind = TokenKind::Dot;
      }
      break;
    default: {
      unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7F) {
        tok_error(format("invalid non-printable character U+%04X", u), pos_ + 1);
      }
      kind = TokenKind::ErrorToken;  // '$', '?', '`' ...
      break;
    }
  }
  pos_ += len;
  return make(kind, start, lineno_, line_begin_);  // level counts this bracket
}

}  // namespace taipan::parser
