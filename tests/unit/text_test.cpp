// Unit tests of the text types' C++ API: str storage and widths, hashing and
// interning, repr, the builder, find/join, case mapping through methods,
// codecs with their error handlers, bytes/bytearray/memoryview basics, and
// the % and format() engines.
#include <gtest/gtest.h>

#include <string>

#include "modules/sys.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/hash_bytes.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

class TextEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    SysConfig config;
    config.argv = {""};
    ASSERT_EQ(interpreter_init(config), 0);
  }
};

const ::testing::Environment* const kEnv = ::testing::AddGlobalTestEnvironment(new TextEnvironment);

Ref s(std::string_view utf8) { return str_from_utf8(utf8); }
std::string text(const Ref& r) { return r ? str_to_std(r.as<Str>()) : std::string("<null>"); }

// The pending exception as "Type: message", cleared.
std::string pending() {
  Ref e = fetch_error();
  if (!e) return "<none>";
  Ref msg = str(*e);
  return std::string(type_name_of(*e)) + ": " + text(msg);
}

Ref method(const Ref& self, const char* name, std::initializer_list<Value> args) {
  return call_method(*self, name, args);
}

TEST(Str, WidthsAndLength) {
  Ref a = s("hello");
  EXPECT_EQ(a.as<Str>()->kind, 1);
  EXPECT_TRUE(a.as<Str>()->ascii);
  EXPECT_EQ(a.as<Str>()->length, 5);
  Ref b = s("caf\xC3\xA9");
  EXPECT_EQ(b.as<Str>()->kind, 1);
  EXPECT_FALSE(b.as<Str>()->ascii);
  EXPECT_EQ(b.as<Str>()->length, 4);
  Ref c = s("\xE2\x82\xAC");  // €
  EXPECT_EQ(c.as<Str>()->kind, 2);
  Ref d = s("\xF0\x9F\x98\x80");  // 😀
  EXPECT_EQ(d.as<Str>()->kind, 4);
  EXPECT_EQ(str_char_at(d.as<Str>(), 0), 0x1F600u);
  EXPECT_EQ(str_utf8(d.as<Str>()), "\xF0\x9F\x98\x80");
}

TEST(Str, HashEqualityCompare) {
  Ref a = s("abc"), b = s("abc"), c = s("abd");
  EXPECT_EQ(str_hash(a.as<Str>()), str_hash(b.as<Str>()));
  EXPECT_NE(str_hash(a.as<Str>()), -1);
  EXPECT_TRUE(str_equal(a.as<Str>(), b.as<Str>()));
  EXPECT_FALSE(str_equal(a.as<Str>(), c.as<Str>()));
  EXPECT_LT(str_compare(a.as<Str>(), c.as<Str>()), 0);
  EXPECT_GT(str_compare(s("b").as<Str>(), a.as<Str>()), 0);
  EXPECT_LT(str_compare(s("ab").as<Str>(), a.as<Str>()), 0);
}

// Values CPython 3.11 prints for hash(...) under PYTHONHASHSEED=0 and 12345.
TEST(Str, HashIsCPythonsSipHash13) {
  uint64_t k0 = 1, k1 = 1;
  hash_key_from_seed(0, &k0, &k1);
  EXPECT_EQ(k0, 0u);
  EXPECT_EQ(static_cast<int64_t>(siphash13(k0, k1, "abc", 3)), -4594863902769663758);
  EXPECT_EQ(static_cast<int64_t>(siphash13(k0, k1, "\xe9", 1)), 6047309291227476195);  // 'é', 1 byte a char
  const unsigned char nihon[] = {0xe5, 0x65, 0x2c, 0x67};                              // '日本', 2 bytes a char
  EXPECT_EQ(static_cast<int64_t>(siphash13(k0, k1, nihon, sizeof nihon)), 6243316497235261705);
  hash_key_from_seed(12345, &k0, &k1);
  EXPECT_EQ(static_cast<int64_t>(siphash13(k0, k1, "abc", 3)), 2962436275791859092);
  EXPECT_EQ(hash_bytes("", 0), 0);
}

TEST(Str, InternAndCharCache) {
  Str* x = intern("identifier");
  Str* y = intern("identifier");
  EXPECT_EQ(x, y);
  EXPECT_TRUE(x->interned);
  Ref z = s("identifier");
  EXPECT_EQ(intern_str(z.as<Str>()), x);
  Ref c1 = str_from_char('q'), c2 = str_from_char('q');
  EXPECT_EQ(c1.get(), c2.get());
  EXPECT_EQ(str_empty()->length, 0);
}

TEST(Str, Repr) {
  EXPECT_EQ(text(str_repr(s("it's").as<Str>())), "\"it's\"");
  EXPECT_EQ(text(str_repr(s("a'\"").as<Str>())), "'a\\'\"'");
  EXPECT_EQ(text(str_repr(s("\n\t\\\x01\x7f").as<Str>())), "'\\n\\t\\\\\\x01\\x7f'");
  EXPECT_EQ(text(str_repr(s("caf\xC3\xA9").as<Str>())), "'caf\xC3\xA9'");
  EXPECT_EQ(text(str_repr(s("caf\xC3\xA9").as<Str>(), true)), "'caf\\xe9'");
  EXPECT_EQ(text(str_repr(s("\xE2\x80\xA8").as<Str>())), "'\\u2028'");
}

TEST(Str, BuilderConcatFindJoin) {
  StrBuilder b;
  b.append_ascii("ab");
  b.append(0x20ACu);
  b.append_utf8("\xC3\xA9");
  Ref r = b.finish();
  EXPECT_EQ(text(r), "ab\xE2\x82\xAC\xC3\xA9");
  EXPECT_EQ(r.as<Str>()->kind, 2);
  Ref cat = str_concat(s("x").as<Str>(), r.as<Str>());
  EXPECT_EQ(cat.as<Str>()->length, 5);
  EXPECT_EQ(str_find(cat.as<Str>(), s("b").as<Str>(), 0, 5, false), 2);
  EXPECT_EQ(str_find(s("abcabc").as<Str>(), s("bc").as<Str>(), 0, 6, true), 4);
  EXPECT_EQ(str_find(s("abc").as<Str>(), s("\xE2\x82\xAC").as<Str>(), 0, 3, false), -1);
  Ref items = tuple_pack({*s("a"), *s("b"), *s("c")});
  EXPECT_EQ(text(str_join(s(", ").as<Str>(), *items)), "a, b, c");
}

TEST(Str, BuilderWidthTransitions) {
  StrBuilder b;
  b.append_ascii("abc");
  b.append(0xE9u);
  EXPECT_EQ(b.size(), 4);
  b.append(0x1F600u);
  b.append(s("xyz").as<Str>(), 1, 3);
  Ref r = b.finish();
  EXPECT_EQ(r.as<Str>()->kind, 4);
  EXPECT_EQ(r.as<Str>()->length, 7);
  EXPECT_EQ(str_char_at(r.as<Str>(), 4), 0x1F600u);
  // A slice of a non-ASCII 1-byte string that is itself ASCII keeps the ascii flag.
  StrBuilder c;
  c.append(s("\xC3\xA9" "ab").as<Str>(), 1, 3);
  c.append(s("\xC3\xA9" "ab").as<Str>(), 1, 3);
  Ref ab = c.finish();
  EXPECT_TRUE(ab.as<Str>()->ascii);
  EXPECT_TRUE(str_equal(ab.as<Str>(), s("abab").as<Str>()));
  StrBuilder d;
  d.repeat('-', 3);
  d.repeat(0x20ACu, 2);
  EXPECT_EQ(text(d.finish()), "---\xE2\x82\xAC\xE2\x82\xAC");
}

TEST(Str, Methods) {
  EXPECT_EQ(text(method(s("\xC3\x9F"), "upper", {})), "SS");
  EXPECT_EQ(text(method(s("\xCE\x91\xCE\xA3"), "lower", {})), "\xCE\xB1\xCF\x82");  // ΑΣ -> ας
  EXPECT_EQ(text(method(s("hello world"), "title", {})), "Hello World");
  EXPECT_EQ(text(method(s("  x  "), "strip", {})), "x");
  Ref parts = method(s("a,b,,c"), "split", {*s(",")});
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts.as<List>()->size, 4);
  EXPECT_EQ(text(method(s("aaa"), "replace", {*s("a"), *s("b"), Value::small_int(2)})), "bba");
  Ref yes = method(s("\xC7\x85"), "istitle", {});  // ǅ
  EXPECT_TRUE(yes.get().is_true());
  EXPECT_TRUE(method(s("_x1"), "isidentifier", {}).get().is_true());
  EXPECT_FALSE(method(s("1x"), "isidentifier", {}).get().is_true());
  Ref bad = method(s("a"), "index", {*s("b")});
  EXPECT_FALSE(bad);
  EXPECT_EQ(pending(), "ValueError: substring not found");
}

TEST(Unicode, Properties) {
  EXPECT_TRUE(unicode::is_space(0x3000));
  EXPECT_TRUE(unicode::is_digit(0xB2));
  EXPECT_FALSE(unicode::is_decimal(0xB2));
  EXPECT_TRUE(unicode::is_numeric(0x4E00));
  EXPECT_EQ(unicode::decimal_value(0x0665), 5);  // ARABIC-INDIC DIGIT FIVE
  uint32_t out[3];
  EXPECT_EQ(unicode::to_upper(0xFB00, out), 2);  // ﬀ -> FF
  EXPECT_EQ(unicode::to_casefold(0xDF, out), 2);
}

TEST(Codecs, RoundTrips) {
  Ref e = encode(s("h\xC3\xA9").as<Str>(), "utf-8", "strict");
  EXPECT_EQ(bytes_view(e.as<Bytes>()), "h\xC3\xA9");
  EXPECT_EQ(text(decode("h\xC3\xA9", "UTF8", "strict")), "h\xC3\xA9");
  Ref u16 = encode(s("a").as<Str>(), "utf-16", "strict");
  EXPECT_EQ(bytes_view(u16.as<Bytes>()), std::string("\xFF\xFE" "a\0", 4));
  EXPECT_EQ(text(decode(std::string("\xFF\xFE" "a\0", 4), "utf-16", "strict")), "a");
  Ref l1 = encode(s("\xC3\xA9").as<Str>(), "latin_1", "strict");
  EXPECT_EQ(bytes_view(l1.as<Bytes>()), "\xE9");
  EXPECT_EQ(normalize_encoding("Latin-1"), "latin-1");
  EXPECT_EQ(normalize_encoding("nope"), "");
}

TEST(Codecs, ErrorHandlers) {
  EXPECT_EQ(text(decode("a\xFF" "b", "utf-8", "replace")), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(text(decode("a\xFF" "b", "utf-8", "ignore")), "ab");
  EXPECT_EQ(text(decode("a\xFF", "utf-8", "backslashreplace")), "a\\xff");
  Ref esc = decode("\xFF", "utf-8", "surrogateescape");
  EXPECT_EQ(str_char_at(esc.as<Str>(), 0), 0xDCFFu);
  Ref back = encode(esc.as<Str>(), "utf-8", "surrogateescape");
  EXPECT_EQ(bytes_view(back.as<Bytes>()), "\xFF");
  Ref x = encode(s("a\xC3\xA9").as<Str>(), "ascii", "xmlcharrefreplace");
  EXPECT_EQ(bytes_view(x.as<Bytes>()), "a&#233;");
  EXPECT_FALSE(decode("\xFF", "utf-8", "strict"));
  EXPECT_TRUE(error_matches(exc::UnicodeDecodeError));
  clear_error();
  EXPECT_FALSE(encode(s("\xC3\xA9").as<Str>(), "ascii", "strict"));
  EXPECT_TRUE(error_matches(exc::UnicodeEncodeError));
  clear_error();
  EXPECT_FALSE(decode("a", "klingon", "strict"));
  EXPECT_EQ(pending(), "LookupError: unknown encoding: klingon");
}

TEST(Bytes, CoreAndRepr) {
  Ref b = bytes_from_string(std::string("a'\0\xFF", 4));
  EXPECT_EQ(b.as<Bytes>()->size, 4);
  EXPECT_EQ(bytes_repr_text(bytes_view(b.as<Bytes>())), "b\"a'\\x00\\xff\"");
  EXPECT_EQ(text(repr(*b)), "b\"a'\\x00\\xff\"");
  Ref ba = bytearray_from_string("xy");
  EXPECT_EQ(text(repr(*ba)), "bytearray(b'xy')");
  EXPECT_EQ(bytearray_append_bytes(ba.as<ByteArray>(), "z"), 0);
  EXPECT_EQ(bytearray_view(ba.as<ByteArray>()), "xyz");
  Buffer buf;
  EXPECT_TRUE(get_buffer(*ba, &buf));
  EXPECT_EQ(buf.data, "xyz");
  EXPECT_FALSE(get_buffer(*s("x"), &buf));
  EXPECT_EQ(bytes_hash(b.as<Bytes>()), bytes_hash(bytes_from_string(std::string("a'\0\xFF", 4)).as<Bytes>()));
}

TEST(Bytes, MemoryView) {
  Ref ba = bytearray_from_string("hello");
  Ref mv = call(Value::object(&memoryview_type), {*ba});
  ASSERT_TRUE(mv);
  Buffer buf;
  EXPECT_TRUE(get_buffer(*mv, &buf));
  EXPECT_EQ(buf.data, "hello");
  EXPECT_FALSE(buf.readonly);
  EXPECT_EQ(bytearray_append_bytes(ba.as<ByteArray>(), "!"), -1);
  EXPECT_EQ(pending(), "BufferError: Existing exports of data: object cannot be re-sized");
  Ref sliced = getitem(*mv, *call(Value::object(&slice_type), {Value::small_int(1), Value::none(), Value::small_int(2)}));
  ASSERT_TRUE(sliced);
  EXPECT_TRUE(get_buffer(*sliced, &buf));
  EXPECT_EQ(buf.data, "el");
  EXPECT_TRUE(call_method(*mv, "release", {}));
  EXPECT_TRUE(call_method(*sliced, "release", {}));
  EXPECT_EQ(bytearray_append_bytes(ba.as<ByteArray>(), "!"), 0);
  EXPECT_EQ(bytearray_view(ba.as<ByteArray>()), "hello!");
}

TEST(Formatting, PercentAndSpec) {
  Ref args = tuple_pack({Value::small_int(42), *s("x"), Value::from_double(3.14159)});
  EXPECT_EQ(text(str_percent_format(s("%5d|%-3s|%.2f").as<Str>(), *args)), "   42|x  |3.14");
  EXPECT_EQ(text(str_percent_format(s("%#x %o %c").as<Str>(), *tuple_pack({Value::small_int(255), Value::small_int(8),
                                                                            Value::small_int(65)}))),
            "0xff 10 A");
  EXPECT_FALSE(str_percent_format(s("%d %d").as<Str>(), Value::small_int(1)));
  EXPECT_EQ(pending(), "TypeError: not enough arguments for format string");
  Ref pb = bytes_percent_format("%s-%d", *tuple_pack({*bytes_from_string("ab"), Value::small_int(7)}), false);
  EXPECT_EQ(bytes_view(pb.as<Bytes>()), "ab-7");
  EXPECT_EQ(text(str_format_spec(s("ab").as<Str>(), s("*^6").as<Str>())), "**ab**");
  EXPECT_EQ(text(str_format_spec(s("abcdef").as<Str>(), s(".3").as<Str>())), "abc");
  Value fargs[] = {*s("a"), Value::small_int(5)};
  EXPECT_EQ(text(str_format_call(s("{0}{1:>3}{0!r}").as<Str>(), fargs, 2, nullptr, Value())), "a  5'a'");
  EXPECT_FALSE(str_format_call(s("{2}").as<Str>(), fargs, 2, nullptr, Value()));
  EXPECT_EQ(pending(), "IndexError: Replacement index 2 out of range for positional args tuple");
}

}  // namespace
}  // namespace taipan
