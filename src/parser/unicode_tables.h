// unicode_tables.h — the few Unicode properties the lexer needs, without a
// library: identifier characters, printability, and character names for
// "\N{...}" escapes (all names of Unicode 14.0 plus the algorithmic CJK /
// Hangul / Tangut / Khitan / Nushu names and the common aliases).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::parser {

bool is_xid_start(std::uint32_t cp);     // may start an identifier ('_' included)
bool is_xid_continue(std::uint32_t cp);  // may continue an identifier
bool is_printable(std::uint32_t cp);     // as str.isprintable()

// Looks a character name up (case-insensitively, like unicodedata.lookup).
// Returns false if unknown.
bool lookup_unicode_name(std::string_view name, std::uint32_t* cp);
// The name of a character (as unicodedata.name); false if it has none.
bool unicode_name(std::uint32_t cp, std::string* out);

}  // namespace taipan::parser
