// tokens.h — the token kinds of Python 3.11 and the Token record the lexer
// hands to the parser. Hard keywords get their own kinds; soft keywords
// (match, case, _) stay Name.
#pragma once

#include <cstdint>
#include <string_view>

namespace taipan::parser {

#define TAIPAN_TOKEN_KINDS(X)                                                   \
  X(EndMarker, "ENDMARKER") X(Name, "NAME") X(Number, "NUMBER")                 \
  X(String, "STRING") X(Newline, "NEWLINE") X(Indent, "INDENT")                 \
  X(Dedent, "DEDENT") X(ErrorToken, "ERRORTOKEN")                               \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")            \
  X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")          \
  X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")           \
  X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")        \
  X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")                         \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")     \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=")                    \
  X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=")                      \
  X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=")                  \
  X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                             \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")      \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")        \
  X(Ellipsis, "...") X(ColonEqual, ":=") X(Exclamation, "!")                    \
  X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and")       \
  X(KwAs, "as") X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await")   \
  X(KwBreak, "break") X(KwClass, "class") X(KwContinue, "continue")             \
  X(KwDef, "def") X(KwDel, "del") X(KwElif, "elif") X(KwElse, "else")           \
  X(KwExcept, "except") X(KwFinally, "finally") X(KwFor, "for")                 \
  X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import")   \
  X(KwIn, "in") X(KwIs, "is") X(KwLambda, "lambda")                             \
  X(KwNonlocal, "nonlocal") X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass")     \
  X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try")                     \
  X(KwWhile, "while") X(KwWith, "with") X(KwYield, "yield")

enum class TokenKind : std::uint8_t {
#define X(name, text) name,
  TAIPAN_TOKEN_KINDS(X)
#undef X
};

// "NAME", "(", "if" ...
const char* token_text(TokenKind k);

inline bool is_keyword(TokenKind k) { return k >= TokenKind::KwFalse; }

// Returns the keyword kind for `word`, or TokenKind::Name.
TokenKind keyword_kind(std::string_view word);

// One token. Positions follow CPython: lineno 1-based, col 0-based byte
// offsets. `start`/`end` index the normalised source text. NEWLINE has zero
// width. INDENT, DEDENT and ENDMARKER have col == end_col == -1 and `start`
// at the lexer's cursor (after the indentation, or the end of the text).
struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  int lineno = 0;
  int col = 0;
  int end_lineno = 0;
  int end_col = 0;
  int level = 0;  // bracket depth after this token (as CPython's token level)
};

}  // namespace taipan::parser
