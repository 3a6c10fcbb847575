// tokens.cpp — token kind names and the keyword lookup.
#include "parser/tokens.h"

namespace taipan::parser {

const char* token_text(TokenKind k) {
  switch (k) {
#define X(name, text) \
  case TokenKind::name: return text;
    TAIPAN_TOKEN_KINDS(X)
#undef X
  }
  return "?";
}

TokenKind keyword_kind(std::string_view w) {
  // Switch on length and first letter; then one comparison.
  auto is = [&](const char* k, TokenKind kind) { return w == k ? kind : TokenKind::Name; };
  if (w.size() < 2 || w.size() > 8) return TokenKind::Name;
  switch (w[0]) {
    case 'F': return is("False", TokenKind::KwFalse);
    case 'N': return is("None", TokenKind::KwNone);
    case 'T': return is("True", TokenKind::KwTrue);
    case 'a':
      switch (w.size()) {
        case 2: return is("as", TokenKind::KwAs);
        case 3: return is("and", TokenKind::KwAnd);
        case 5: return w[1] == 's' ? is("async", TokenKind::KwAsync) : is("await", TokenKind::KwAwait);
        case 6: return is("assert", TokenKind::KwAssert);
        default: return TokenKind::Name;
      }
    case 'b': return is("break", TokenKind::KwBreak);
    case 'c': return w.size() == 5 ? is("class", TokenKind::KwClass) : is("continue", TokenKind::KwContinue);
    case 'd': return w.size() == 3 ? (w[2] == 'f' ? is("def", TokenKind::KwDef) : is("del", TokenKind::KwDel))
                                   : TokenKind::Name;
    case 'e':
      switch (w.size()) {
        case 4: return w[1] == 'l' ? (w[2] == 'i' ? is("elif", TokenKind::KwElif) : is("else", TokenKind::KwElse))
                                   : TokenKind::Name;
        case 6: return is("except", TokenKind::KwExcept);
        default: return TokenKind::Name;
      }
    case 'f':
      switch (w.size()) {
        case 3: return is("for", TokenKind::KwFor);
        case 4: return is("from", TokenKind::KwFrom);
        case 7: return is("finally", TokenKind::KwFinally);
        default: return TokenKind::Name;
      }
    case 'g': return is("global", TokenKind::KwGlobal);
    case 'i':
      if (w.size() == 2) {
        return w[1] == 'f' ? TokenKind::KwIf : w[1] == 'n' ? TokenKind::KwIn
               : w[1] == 's' ? TokenKind::KwIs : TokenKind::Name;
      }
      return is("import", TokenKind::KwImport);
    case 'l': return is("lambda", TokenKind::KwLambda);
    case 'n': return w.size() == 3 ? is("not", TokenKind::KwNot) : is("nonlocal", TokenKind::KwNonlocal);
    case 'o': return is("or", TokenKind::KwOr);
    case 'p': return is("pass", TokenKind::KwPass);
    case 'r': return w.size() == 5 ? is("raise", TokenKind::KwRaise) : is("return", TokenKind::KwReturn);
    case 't': return is("try", TokenKind::KwTry);
    case 'w': return w.size() == 5 ? is("while", TokenKind::KwWhile) : is("with", TokenKind::KwWith);
    case 'y': return is("yield", TokenKind::KwYield);
    default: return TokenKind::Name;
  }
}

}  // namespace taipan::parser
