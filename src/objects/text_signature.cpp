// Splits native docstrings into signature and documentation
// (see text_signature.h).
#include "objects/text_signature.h"

#include <cstring>
#include <string_view>

#include "objects/str.h"

namespace taipan {

namespace {

constexpr std::string_view kEndMarker = ")\n--\n\n";

// Where the signature "(...)" starts and where the documentation begins, or
// sig_start = npos when the docstring has no signature.
struct Split {
  size_t sig_start = std::string_view::npos;
  size_t body_start = 0;
};

Split split(const char* name, std::string_view doc) {
  std::string_view n(name);
  if (size_t dot = n.rfind('.'); dot != std::string_view::npos) n = n.substr(dot + 1);
  Split s;
  if (doc.size() <= n.size() || doc.substr(0, n.size()) != n || doc[n.size()] != '(') return s;
  for (size_t i = n.size(); i < doc.size(); i++) {
    if (doc.substr(i, kEndMarker.size()) == kEndMarker) {
      s.sig_start = n.size();
      s.body_start = i + kEndMarker.size();
      return s;
    }
    // A blank line before the marker: no signature after all.
    if (doc[i] == '\n' && i + 1 < doc.size() && doc[i + 1] == '\n') return s;
  }
  return s;
}

}  // namespace

Ref native_doc(const char* name, const char* doc) {
  if (doc == nullptr) return Ref::none();
  std::string_view d(doc);
  std::string_view body = d.substr(split(name, d).body_start);
  if (body.empty()) return Ref::none();
  return str_from_utf8(body);
}

Ref native_text_signature(const char* name, const char* doc) {
  if (doc == nullptr) return Ref::none();
  std::string_view d(doc);
  Split s = split(name, d);
  if (s.sig_start == std::string_view::npos) return Ref::none();
  // The signature keeps its closing parenthesis, the first character of the marker.
  return str_from_utf8(d.substr(s.sig_start, s.body_start - kEndMarker.size() + 1 - s.sig_start));
}

}  // namespace taipan
