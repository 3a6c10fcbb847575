// encoding.h — PEP 263 source encoding declarations ("# -*- coding: X -*-"
// on line 1 or 2) for source given as bytes.
#pragma once

#include <string>
#include <string_view>

namespace taipan::parser {

// Returns the source as UTF-8 (BOM kept). UTF-8 and ASCII declarations pass
// the bytes through; ISO-8859-1 and cp1252 declarations are transcoded;
// other codecs Python knows are assumed to hold UTF-8-compatible text; an
// unknown codec or a BOM with a non-UTF-8 declaration throws CPython's
// SyntaxError ("unknown encoding: X", "encoding problem: X with BOM").
std::string apply_coding_declaration(std::string_view raw, std::string_view filename);

}  // namespace taipan::parser
