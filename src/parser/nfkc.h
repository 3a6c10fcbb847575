// nfkc.h — NFKC normalisation of identifiers, as Python applies to every
// non-ASCII identifier (so `ﬁle` and `file` are the same name).
#pragma once

#include <string>
#include <string_view>

namespace taipan::parser {

// Returns the NFKC form of a UTF-8 identifier (ASCII input is returned as
// is). The tables cover identifier characters only.
std::string nfkc_identifier(std::string_view id);

}  // namespace taipan::parser
