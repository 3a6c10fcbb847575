// The `binascii` module: conversions between binary data and its ASCII
// encodings (hex, base64, uuencode, quoted-printable) and the CRC-32 /
// CRC-CCITT checksums, with CPython 3.11's results and messages (base64.py,
// quopri, uu and email rely on them). The a2b_* functions accept ASCII str
// as well as bytes-like objects; the b2a_* functions bytes-like objects only.
#include <zlib.h>

#include <array>
#include <string>

#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Type* binascii_error = nullptr;       // binascii.Error (a ValueError)
Type* binascii_incomplete = nullptr;  // binascii.Incomplete

Ref error(const std::string& message) { return raise(binascii_error, message); }

Ref to_bytes(const std::string& data) { return bytes_from_string(data); }

// The data of an a2b_* argument: a bytes-like object or an ASCII str.
bool ascii_input(Value v, Buffer* out) {
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (!s->ascii) {
      raise(exc::ValueError, "string argument should contain only ASCII characters");
      return false;
    }
    out->data = str_utf8(s);
    return true;
  }
  if (get_buffer(v, out)) return true;
  if (!error_occurred()) {
    raise(exc::TypeError, std::string("argument should be bytes, buffer or ASCII string, not '") + type_name_of(v) +
                              "'");
  }
  return false;
}

// A flag argument (bool or int); `fallback` when not given.
int flag(Value v, bool fallback) { return v.is_null() ? fallback : is_true(v); }

// An `unsigned int` argument taken modulo 2**32, as CPython's bitwise converter.
bool crc_argument(Value v, uint32_t* out) {
  Ref i = index(v);
  if (!i) return false;
  int64_t small;
  if (int_to_int64(*i, &small)) {
    *out = static_cast<uint32_t>(small);
    return true;
  }
  mpz_t m, r;
  mpz_init(m);
  mpz_init(r);
  int_to_mpz(*i, m);
  mpz_fdiv_r_2exp(r, m, 32);
  *out = static_cast<uint32_t>(mpz_get_ui(r));
  mpz_clear(m);
  mpz_clear(r);
  return true;
}

// ---- uuencode ----

Ref a2b_uu(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("a2b_uu", kwnames) || !check_arg_count("a2b_uu", nargs, 1, 1)) return nullptr;
  Buffer in;
  if (!ascii_input(args[0], &in)) return nullptr;
  std::string_view data = in.data;
  // The first character gives the decoded length; an empty line reads as
  // the terminating NUL, which says 32.
  size_t length = static_cast<size_t>(((data.empty() ? 0 : static_cast<unsigned char>(data[0])) - ' ') & 077);
  size_t pos = 1;
  std::string out;
  uint32_t bits = 0;
  int nbits = 0;
  while (out.size() < length) {
    unsigned char c = pos < data.size() ? static_cast<unsigned char>(data[pos]) : 0;
    unsigned value = 0;
    // Missing characters and line ends count as zero (spaces eaten at end of line).
    if (pos < data.size() && c != '\n' && c != '\r') {
      if (c < ' ' || c > ' ' + 64) return error("Illegal char");
      value = (c - ' ') & 077;
    }
    ++pos;
    bits = (bits << 6) | value;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out.push_back(static_cast<char>((bits >> nbits) & 0xff));
      bits &= (1u << nbits) - 1;
    }
  }
  for (; pos < data.size(); ++pos) {
    char c = data[pos];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return error("Trailing garbage");
  }
  return to_bytes(out);
}

Ref b2a_uu(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "backtick"};
  static const ArgSpec spec{"b2a_uu", names, 2, 1, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  int backtick = flag(a[1], false);
  if (backtick < 0) return nullptr;
  std::string_view data = in.data;
  if (data.size() > 45) return error("At most 45 bytes at once");
  auto symbol = [&](unsigned v) { return static_cast<char>(backtick && v == 0 ? '`' : ' ' + v); };
  std::string out;
  out.push_back(symbol(static_cast<unsigned>(data.size())));
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) {
      group = (group << 8) | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0);
    }
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(symbol((group >> shift) & 0x3f));
  }
  out.push_back('\n');
  return to_bytes(out);
}

// ---- base64 ----

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of each byte, 0xff for bytes outside the alphabet.
const std::array<unsigned char, 256>& base64_values() {
  static const std::array<unsigned char, 256> table = [] {
    std::array<unsigned char, 256> t;
    t.fill(0xff);
    for (unsigned char i = 0; i < 64; ++i) t[static_cast<unsigned char>(kBase64Alphabet[i])] = i;
    return t;
  }();
  return table;
}

Ref a2b_base64(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "strict_mode"};
  static const ArgSpec spec{"a2b_base64", names, 2, 1, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!ascii_input(a[0], &in)) return nullptr;
  int strict = flag(a[1], false);
  if (strict < 0) return nullptr;
  std::string_view data = in.data;
  const auto& values = base64_values();
  if (strict && !data.empty() && data[0] == '=') return error("Leading padding not allowed");
  std::string out;
  out.reserve(data.size() / 4 * 3 + 3);
  int quad_pos = 0;  // data characters read of the current group of four
  unsigned char left = 0;
  int pads = 0;
  bool padding_started = false;
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad_pos == 0) return error("Excess padding not allowed");
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        // The padding completes the group: the rest of the input is ignored.
        if (strict && i + 1 < data.size()) return error("Excess data after padding");
        return to_bytes(out);
      }
      continue;
    }
    unsigned char v = values[c];
    if (v >= 64) {
      if (strict) return error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0: left = v; break;
      case 1: out.push_back(static_cast<char>((left << 2) | (v >> 4))); left = v & 0x0f; break;
      case 2: out.push_back(static_cast<char>((left << 4) | (v >> 2))); left = v & 0x03; break;
      default: out.push_back(static_cast<char>((left << 6) | v)); left = 0; break;
    }
    quad_pos = (quad_pos + 1) & 3;
  }
  if (quad_pos == 1) {
    return error("Invalid base64-encoded string: number of data characters (" +
                 std::to_string(out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
  }
  if (quad_pos != 0) return error("Incorrect padding");
  return to_bytes(out);
}

Ref b2a_base64(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "newline"};
  static const ArgSpec spec{"b2a_base64", names, 2, 1, 1, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  int newline = flag(a[1], true);
  if (newline < 0) return nullptr;
  std::string_view data = in.data;
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  for (size_t i = 0; i < data.size(); i += 3) {
    size_t n = data.size() - i < 3 ? data.size() - i : 3;
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) group = (group << 8) | (k < n ? static_cast<unsigned char>(data[i + k]) : 0);
    for (size_t k = 0; k < 4; ++k) {
      out.push_back(k <= n ? kBase64Alphabet[(group >> (18 - 6 * k)) & 0x3f] : '=');
    }
  }
  if (newline) out.push_back('\n');
  return to_bytes(out);
}

// ---- hex ----

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Ref unhexlify_impl(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(name, kwnames) || !check_arg_count(name, nargs, 1, 1)) return nullptr;
  Buffer in;
  if (!ascii_input(args[0], &in)) return nullptr;
  std::string_view data = in.data;
  if (data.size() % 2 != 0) return error("Odd-length string");
  Bytes* out = bytes_alloc(static_cast<int64_t>(data.size() / 2));
  if (out == nullptr) return nullptr;
  Ref result = Ref::steal(out);
  for (size_t i = 0; i < data.size(); i += 2) {
    int hi = hex_digit(static_cast<unsigned char>(data[i]));
    int lo = hex_digit(static_cast<unsigned char>(data[i + 1]));
    if (hi < 0 || lo < 0) return error("Non-hexadecimal digit found");
    out->data[i / 2] = static_cast<unsigned char>((hi << 4) | lo);
  }
  return result;
}

Ref a2b_hex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return unhexlify_impl("a2b_hex", args, nargs, kwnames);
}
Ref unhexlify(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return unhexlify_impl("unhexlify", args, nargs, kwnames);
}

// hexlify(data, sep, bytes_per_sep): bytes.hex()'s text (same separator
// rules and messages) as bytes.
Ref hexlify_impl(const char* name, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "sep", "bytes_per_sep"};
  ArgSpec spec{name, names, 3, 0, 1};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  Ref data = bytes_from_string(in.data);
  if (!data) return nullptr;
  Ref hex_method = getattr(*data, "hex");
  if (!hex_method) return nullptr;
  // Unlike bytes.hex(), a one-character str separator may be any Latin-1
  // character: it is written as that byte. An ASCII stand-in that hex
  // digits never use takes its place, then is replaced.
  Value sep = a[1];
  int latin1_sep = -1;
  Ref stand_in;
  if (!sep.is_null() && is_str(sep) && sep.as<Str>()->length == 1 && str_char_at(sep.as<Str>(), 0) >= 128 &&
      str_char_at(sep.as<Str>(), 0) < 256) {
    latin1_sep = static_cast<int>(str_char_at(sep.as<Str>(), 0));
    stand_in = str_from_utf8(":");
    if (!stand_in) return nullptr;
    sep = *stand_in;
  }
  Value hex_args[2] = {sep, a[2]};
  size_t hex_nargs = a[2].is_null() ? (sep.is_null() ? 0 : 1) : 2;
  if (hex_nargs == 2 && hex_args[0].is_null()) hex_args[0] = Value::none();
  Ref text = call(*hex_method, hex_args, hex_nargs);
  if (!text) return nullptr;
  std::string out(str_utf8(text.as<Str>()));
  if (latin1_sep >= 0) {
    for (char& c : out) {
      if (c == ':') c = static_cast<char>(latin1_sep);
    }
  }
  return bytes_from_string(out);
}

Ref b2a_hex(Value, const Value* args, size_t nargs, Tuple* kwnames) { return hexlify_impl("b2a_hex", args, nargs, kwnames); }
Ref hexlify(Value, const Value* args, size_t nargs, Tuple* kwnames) { return hexlify_impl("hexlify", args, nargs, kwnames); }

// ---- quoted-printable ----

Ref a2b_qp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "header"};
  static const ArgSpec spec{"a2b_qp", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!ascii_input(a[0], &in)) return nullptr;
  int header = flag(a[1], false);
  if (header < 0) return nullptr;
  std::string_view data = in.data;
  std::string out;
  size_t i = 0;
  while (i < data.size()) {
    char c = data[i];
    if (c == '_' && header) {
      out.push_back(' ');
      ++i;
      continue;
    }
    if (c != '=') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (++i >= data.size()) break;  // a lone '=' at the end is dropped
    char next = data[i];
    if (next == '\n' || next == '\r') {  // soft line break: skip to after the newline
      while (i < data.size() && data[i] != '\n') ++i;
      if (i < data.size()) ++i;
    } else if (next == '=') {
      out.push_back('=');
      ++i;
    } else if (i + 1 < data.size() && hex_digit(static_cast<unsigned char>(next)) >= 0 &&
               hex_digit(static_cast<unsigned char>(data[i + 1])) >= 0) {
      out.push_back(static_cast<char>((hex_digit(static_cast<unsigned char>(next)) << 4) |
                                      hex_digit(static_cast<unsigned char>(data[i + 1]))));
      i += 2;
    } else {
      out.push_back('=');
    }
  }
  return to_bytes(out);
}

// Quoted-printable encoding: lines of at most 76 characters ending in a soft
// break "=", special bytes as "=XX", line ends kept in the style of the
// first one (CRLF or LF) when the data is text.
class QpEncoder {
 public:
  QpEncoder(std::string_view data, bool quotetabs, bool istext, bool header)
      : data_(data), quotetabs_(quotetabs), istext_(istext), header_(header) {
    size_t nl = data.find('\n');
    crlf_ = nl != std::string_view::npos && nl > 0 && data[nl - 1] == '\r';
  }

  std::string run() {
    size_t i = 0;
    while (i < data_.size()) {
      unsigned char c = static_cast<unsigned char>(data_[i]);
      if (needs_quoting(i)) {
        if (line_ + 3 >= kMaxLine) soft_break();
        quote(c);
        line_ += 3;
        ++i;
      } else if (istext_ && (c == '\n' || (c == '\r' && i + 1 < data_.size() && data_[i + 1] == '\n'))) {
        // White space before a line end would be lost: quote it.
        if (!out_.empty() && (out_.back() == ' ' || out_.back() == '\t')) {
          unsigned char last = static_cast<unsigned char>(out_.back());
          out_.pop_back();
          quote(last);
        }
        end_line();
        line_ = 0;
        i += c == '\r' ? 2 : 1;
      } else {
        if (i + 1 != data_.size() && data_[i + 1] != '\n' && line_ + 1 >= kMaxLine) soft_break();
        ++line_;
        out_.push_back(header_ && c == ' ' ? '_' : static_cast<char>(c));
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  static constexpr size_t kMaxLine = 76;

  bool needs_quoting(size_t i) const {
    unsigned char c = static_cast<unsigned char>(data_[i]);
    bool last = i + 1 == data_.size();
    if (c > 126 || c == '=' || (header_ && c == '_')) return true;
    if (c == '.' && line_ == 0 && (last || data_[i + 1] == '\n' || data_[i + 1] == '\r' || data_[i + 1] == 0)) {
      return true;
    }
    if (!istext_ && (c == '\r' || c == '\n')) return true;
    if ((c == '\t' || c == ' ') && last) return true;
    return c < 33 && c != '\r' && c != '\n' && (quotetabs_ || (c != '\t' && c != ' '));
  }

  void quote(unsigned char c) {
    static const char kHex[] = "0123456789ABCDEF";
    out_.push_back('=');
    out_.push_back(kHex[c >> 4]);
    out_.push_back(kHex[c & 15]);
  }

  void end_line() {
    if (crlf_) out_.push_back('\r');
    out_.push_back('\n');
  }

  void soft_break() {
    out_.push_back('=');
    end_line();
    line_ = 0;
  }

  std::string_view data_;
  bool quotetabs_, istext_, header_;
  bool crlf_;
  size_t line_ = 0;
  std::string out_;
};

Ref b2a_qp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "quotetabs", "istext", "header"};
  static const ArgSpec spec{"b2a_qp", names, 4, 0, 1};
  Value a[4];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Buffer in;
  if (!require_buffer(a[0], &in)) return nullptr;
  int quotetabs = flag(a[1], false);
  int istext = quotetabs < 0 ? -1 : flag(a[2], true);
  int header = istext < 0 ? -1 : flag(a[3], false);
  if (header < 0) return nullptr;
  return to_bytes(QpEncoder(in.data, quotetabs, istext, header).run());
}

// ---- checksums ----

Ref crc32_fn(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("crc32", kwnames) || !check_arg_count("crc32", nargs, 1, 2)) return nullptr;
  Buffer in;
  if (!require_buffer(args[0], &in)) return nullptr;
  uint32_t crc = 0;
  if (nargs == 2 && !crc_argument(args[1], &crc)) return nullptr;
  uLong value = crc;
  std::string_view data = in.data;
  while (!data.empty()) {  // zlib takes lengths as unsigned int
    uInt chunk = data.size() > (1u << 30) ? (1u << 30) : static_cast<uInt>(data.size());
    value = ::crc32(value, reinterpret_cast<const Bytef*>(data.data()), chunk);
    data.remove_prefix(chunk);
  }
  return Ref::small_int(static_cast<int64_t>(value & 0xffffffffu));
}

// CRC-CCITT (polynomial 0x1021, most significant bit first), as BinHex uses.
const std::array<uint16_t, 256>& crc_hqx_table() {
  static const std::array<uint16_t, 256> table = [] {
    std::array<uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
      unsigned crc = i << 8;
      for (int k = 0; k < 8; ++k) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
      t[i] = static_cast<uint16_t>(crc);
    }
    return t;
  }();
  return table;
}

Ref crc_hqx(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("crc_hqx", kwnames) || !check_arg_count("crc_hqx", nargs, 2, 2)) return nullptr;
  Buffer in;
  if (!require_buffer(args[0], &in)) return nullptr;
  uint32_t crc;
  if (!crc_argument(args[1], &crc)) return nullptr;
  crc &= 0xffff;
  const auto& table = crc_hqx_table();
  for (char c : in.data) crc = ((crc << 8) & 0xff00) ^ table[((crc >> 8) ^ static_cast<unsigned char>(c)) & 0xff];
  return Ref::small_int(crc);
}

const MethodDef kFunctions[] = {
    {"a2b_uu", a2b_uu, kMethodInstance, "Decode a line of uuencoded data."},
    {"b2a_uu", b2a_uu, kMethodInstance, "Uuencode line of data."},
    {"a2b_base64", a2b_base64, kMethodInstance, "Decode a line of base64 data."},
    {"b2a_base64", b2a_base64, kMethodInstance, "Base64-code line of data."},
    {"a2b_qp", a2b_qp, kMethodInstance, "Decode a string of qp-encoded data."},
    {"b2a_qp", b2a_qp, kMethodInstance, "Encode a string using quoted-printable encoding."},
    {"a2b_hex", a2b_hex, kMethodInstance, "Binary data of hexadecimal representation."},
    {"b2a_hex", b2a_hex, kMethodInstance, "Hexadecimal representation of binary data."},
    {"hexlify", hexlify, kMethodInstance, "Hexadecimal representation of binary data."},
    {"unhexlify", unhexlify, kMethodInstance, "Binary data of hexadecimal representation."},
    {"crc32", crc32_fn, kMethodInstance, "Compute CRC-32 incrementally."},
    {"crc_hqx", crc_hqx, kMethodInstance, "Compute CRC-CCITT incrementally."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_binascii_module() {
  if (binascii_error == nullptr) {
    binascii_error = new_exception_class("binascii", "Error", {exc::ValueError});
    if (binascii_error == nullptr) return nullptr;
    binascii_incomplete = new_exception_class("binascii", "Incomplete", {exc::Exception});
    if (binascii_incomplete == nullptr) return nullptr;
  }
  Ref module = module_new("binascii", true);
  Ref doc = str_from_utf8("Conversion between binary data and ASCII");
  if (!module || !doc || module_add_functions(*module, kFunctions) < 0 || module_add(*module, "__doc__", *doc) < 0 ||
      module_add(*module, "Error", Value::object(binascii_error)) < 0 ||
      module_add(*module, "Incomplete", Value::object(binascii_incomplete)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
