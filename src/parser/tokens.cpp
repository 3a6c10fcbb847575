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
  if (w.size() < 2 || w.size() > 8) return TokenKind::Name;
  for (int k = static_cast<int>(TokenKind::KwFalse); k <= static_cast<int>(TokenKind::KwYield); ++k) {
    TokenKind kind = static_cast<TokenKind>(k);
    if (w == token_text(kind)) return kind;
  }
  return TokenKind::Name;
}

}  // namespace taipan::parser
