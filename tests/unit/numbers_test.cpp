// Unit tests of the numeric C++ API: float repr and hashing, int parsing,
// conversions and hashes (checked against values computed by CPython 3.11),
// and the format-spec parser and renderers.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

class NumbersEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    SysConfig config;
    config.argv = {""};
    ASSERT_EQ(interpreter_init(config), 0);
  }
};

const ::testing::Environment* const kEnv = ::testing::AddGlobalTestEnvironment(new NumbersEnvironment);

// The message of the pending exception (and clears it).
std::string pending_message() {
  Ref e = fetch_error();
  if (!e) return "<no error>";
  Ref s = str(e.get());
  return s ? str_to_std(s.as<Str>()) : "<str failed>";
}

std::string decimal_of(const Ref& v) { return int_to_decimal(v.get()); }

std::string formatted_float(double d, std::string_view spec_text) {
  FormatSpec spec;
  if (!parse_format_spec(spec_text, "float", &spec)) return "error: " + pending_message();
  Ref r = format_float_spec(d, spec);
  return r ? str_to_std(r.as<Str>()) : "error: " + pending_message();
}

std::string formatted_int(int64_t v, std::string_view spec_text) {
  FormatSpec spec;
  if (!parse_format_spec(spec_text, "int", &spec)) return "error: " + pending_message();
  mpz_t m;
  mpz_init_set_si(m, v);
  Ref r = format_int_spec(m, spec);
  mpz_clear(m);
  return r ? str_to_std(r.as<Str>()) : "error: " + pending_message();
}

TEST(FloatRepr, ShortestRoundTrip) {
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(float_repr(2.675), "2.675");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
}

TEST(FloatRepr, ExponentSwitch) {
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(float_repr(1e-4), "0.0001");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
  EXPECT_EQ(float_repr(100.0), "100.0");
}

TEST(FloatRepr, SpecialValues) {
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(0.0), "0.0");
  EXPECT_EQ(float_repr(INFINITY), "inf");
  EXPECT_EQ(float_repr(-INFINITY), "-inf");
  EXPECT_EQ(float_repr(NAN), "nan");
}

TEST(FloatHash, MatchesCPython) {
  EXPECT_EQ(float_hash(1.5), 1152921504606846977);
  EXPECT_EQ(float_hash(-1.5), -1152921504606846977);
  EXPECT_EQ(float_hash(0.1), 230584300921369408);
  EXPECT_EQ(float_hash(1e300), 1224995262755759164);
  EXPECT_EQ(float_hash(1e-300), 482449582752280463);
  EXPECT_EQ(float_hash(-1.0), -2);
  EXPECT_EQ(float_hash(INFINITY), 314159);
  EXPECT_EQ(float_hash(-INFINITY), -314159);
  EXPECT_EQ(float_hash(2305843009213693951.0), float_hash(2305843009213693952.0));
}

TEST(IntHash, MatchesCPython) {
  EXPECT_EQ(int_hash(Value::small_int(-1)), -2);
  EXPECT_EQ(int_hash(Value::small_int(12345)), 12345);
  Ref big = int_from_string("2305843009213693951", 10);  // 2**61 - 1
  EXPECT_EQ(int_hash(big.get()), 0);
  Ref big2 = int_from_string("18446744073709551616", 10);  // 2**64
  EXPECT_EQ(int_hash(big2.get()), 8);
  Ref neg = int_from_string("-18446744073709551616", 10);
  EXPECT_EQ(int_hash(neg.get()), -8);
  Ref huge = int_from_string("1000000000000000000000000000000", 10);  // 10**30
  EXPECT_EQ(int_hash(huge.get()), 465258685558744706);
}

TEST(IntParse, Bases) {
  EXPECT_EQ(decimal_of(int_from_string("  -1_000  ", 10)), "-1000");
  EXPECT_EQ(decimal_of(int_from_string("0x_ff", 0)), "255");
  EXPECT_EQ(decimal_of(int_from_string("0b101", 2)), "5");
  EXPECT_EQ(decimal_of(int_from_string("zz", 36)), "1295");
  EXPECT_EQ(decimal_of(int_from_string("000", 0)), "0");
  EXPECT_EQ(decimal_of(int_from_string("123456789012345678901234567890", 10)),
            "123456789012345678901234567890");
}

TEST(IntParse, Errors) {
  EXPECT_TRUE(int_from_string("010", 0).is_null());
  EXPECT_EQ(pending_message(), "invalid literal for int() with base 0: '010'");
  EXPECT_TRUE(int_from_string("1__0", 10).is_null());
  EXPECT_EQ(pending_message(), "invalid literal for int() with base 10: '1__0'");
  EXPECT_TRUE(int_from_string("", 10).is_null());
  EXPECT_EQ(pending_message(), "invalid literal for int() with base 10: ''");
  EXPECT_TRUE(int_from_string(std::string(4301, '7'), 10).is_null());
  EXPECT_EQ(pending_message(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
}

TEST(IntConvert, SmallAndBig) {
  Ref a = int_from_int64(Value::kSmallIntMax);
  EXPECT_TRUE(a.get().is_small_int());
  Ref b = int_from_int64(Value::kSmallIntMax + 1);
  EXPECT_TRUE(b.get().is_object());
  int64_t out = 0;
  EXPECT_TRUE(int_to_int64(b.get(), &out));
  EXPECT_EQ(out, Value::kSmallIntMax + 1);
  Ref c = int_from_uint64(UINT64_MAX);
  EXPECT_FALSE(int_to_int64(c.get(), &out));
  EXPECT_EQ(decimal_of(c), "18446744073709551615");
  EXPECT_EQ(int_sign(c.get()), 1);
  EXPECT_EQ(int_sign(Value::small_int(-3)), -1);
}

TEST(IntConvert, ToDoubleRoundsToEven) {
  bool overflow = false;
  // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: it goes to the even one.
  Ref tie = int_from_string("9007199254740993", 10);
  EXPECT_EQ(int_to_double(tie.get(), &overflow), 9007199254740992.0);
  Ref above = int_from_string("9007199254740995", 10);
  EXPECT_EQ(int_to_double(above.get(), &overflow), 9007199254740996.0);
  Ref huge = int_from_string(std::string("1") + std::string(400, '0'), 10);
  int_to_double(huge.get(), &overflow);
  EXPECT_TRUE(overflow);
}

TEST(IntConvert, FromDouble) {
  EXPECT_EQ(decimal_of(int_from_double(-3.9)), "-3");
  EXPECT_EQ(decimal_of(int_from_double(1e20)), "100000000000000000000");
  EXPECT_TRUE(int_from_double(INFINITY).is_null());
  EXPECT_EQ(pending_message(), "cannot convert float infinity to integer");
  EXPECT_TRUE(int_from_double(NAN).is_null());
  EXPECT_EQ(pending_message(), "cannot convert float NaN to integer");
}

TEST(RatioToDouble, CorrectlyRounded) {
  mpz_t n, d;
  mpz_init_set_ui(n, 1);
  mpz_init_set_ui(d, 3);
  bool overflow;
  EXPECT_EQ(mpz_ratio_to_double(n, d, &overflow), 1.0 / 3);
  mpz_ui_pow_ui(n, 10, 400);
  mpz_ui_pow_ui(d, 10, 399);
  EXPECT_EQ(mpz_ratio_to_double(n, d, &overflow), 10.0);
  mpz_set_ui(n, 3);
  mpz_ui_pow_ui(d, 2, 1075);
  EXPECT_EQ(mpz_ratio_to_double(n, d, &overflow), 1e-323);  // a subnormal tie, to even
  mpz_clear(n);
  mpz_clear(d);
}

TEST(FormatSpec, Parse) {
  FormatSpec spec;
  ASSERT_TRUE(parse_format_spec("*^+#012,.3f", "float", &spec));
  EXPECT_EQ(spec.fill, static_cast<uint32_t>('*'));
  EXPECT_EQ(spec.align, '^');
  EXPECT_EQ(spec.sign, '+');
  EXPECT_TRUE(spec.alternate);
  EXPECT_TRUE(spec.zero_pad);
  EXPECT_EQ(spec.width, 12);
  EXPECT_EQ(spec.grouping, ',');
  EXPECT_EQ(spec.precision, 3);
  EXPECT_EQ(spec.type, static_cast<uint32_t>('f'));
  ASSERT_TRUE(parse_format_spec("\xC3\xA9<5", "str", &spec));
  EXPECT_EQ(spec.fill, 0xE9u);
  EXPECT_FALSE(parse_format_spec("xx", "int", &spec));
  EXPECT_EQ(pending_message(), "Invalid format specifier 'xx' for object of type 'int'");
  EXPECT_FALSE(parse_format_spec(",", "str", &spec));
  EXPECT_EQ(pending_message(), "Cannot specify ',' with 's'.");
  EXPECT_FALSE(parse_format_spec(",_", "int", &spec));
  EXPECT_EQ(pending_message(), "Cannot specify both ',' and '_'.");
}

TEST(FormatSpec, Floats) {
  EXPECT_EQ(formatted_float(100.0, ".3"), "1e+02");
  EXPECT_EQ(formatted_float(1.0, ".2"), "1.0");
  EXPECT_EQ(formatted_float(123.0, "#.0g"), "1.e+02");
  EXPECT_EQ(formatted_float(123.0, "#g"), "123.000");
  EXPECT_EQ(formatted_float(0.125, ".2f"), "0.12");
  EXPECT_EQ(formatted_float(1234.5, "010,"), "0,001,234.5");
  EXPECT_EQ(formatted_float(-0.0, "z"), "0.0");
  EXPECT_EQ(formatted_float(INFINITY, "010"), "0000000inf");
  EXPECT_EQ(formatted_float(0.5, ".0%"), "50%");
  EXPECT_EQ(formatted_float(1e16, "#"), "1.e+16");
  EXPECT_EQ(formatted_float(1.5, "d"), "error: Unknown format code 'd' for object of type 'float'");
}

TEST(FormatSpec, Ints) {
  EXPECT_EQ(formatted_int(1234, "08,"), "0,001,234");
  EXPECT_EQ(formatted_int(11259375, "#012_x"), "0x0_00ab_cdef");
  EXPECT_EQ(formatted_int(-5, "#010x"), "-0x0000005");
  EXPECT_EQ(formatted_int(-1, "^010"), "0000-10000");
  EXPECT_EQ(formatted_int(65, ">5c"), "    A");
  EXPECT_EQ(formatted_int(12, "%"), "1200.000000%");
  EXPECT_EQ(formatted_int(1, ".2d"), "error: Precision not allowed in integer format specifier");
  EXPECT_EQ(formatted_int(-1, "c"), "error: %c arg not in range(0x110000)");
}

TEST(FormatSpec, Padding) {
  FormatSpec spec;
  ASSERT_TRUE(parse_format_spec("\xC3\xA9^7", "str", &spec));
  EXPECT_EQ(pad_to_width("ab", 2, spec, '<'), "\xC3\xA9\xC3\xA9" "ab" "\xC3\xA9\xC3\xA9\xC3\xA9");
  EXPECT_EQ(group_digits("1234567.25", ',', 3), "1,234,567.25");
}

}  // namespace
}  // namespace taipan
