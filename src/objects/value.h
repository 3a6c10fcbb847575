// Value: the 64-bit word every Python value travels in (NaN-boxing), and Ref,
// the RAII handle that owns one reference to it.
//
// The top 16 bits decide what the word is:
//   0x0000            pointer to a heap Object; all-zero is "no value" (the
//                     error / empty marker, never a Python value)
//   0x0001            special immediates: None, False, True
//   0x0002 .. 0xFFF2  a double: its IEEE bits plus 2^49 (NaNs are made canonical
//                     first, so no double lands outside this range)
//   0xFFFF            small int: a signed 48-bit payload in the low 48 bits
// Immediates need no allocation and no reference count.
#pragma once

#include <bit>
#include <cstdint>
#include <utility>

namespace taipan {

struct Object;
struct Type;

class Value {
 public:
  constexpr Value() = default;

  static constexpr Value from_bits(uint64_t bits) { return Value(bits); }
  static Value object(Object* o) { return Value(reinterpret_cast<uint64_t>(o)); }
  static constexpr Value none() { return Value(kSpecialTag | 0); }
  static constexpr Value false_() { return Value(kSpecialTag | 1); }
  static constexpr Value true_() { return Value(kSpecialTag | 2); }
  static constexpr Value boolean(bool b) { return b ? true_() : false_(); }
  static Value from_double(double d) {
    if (d != d) d = std::bit_cast<double>(kCanonicalNaN);
    return Value(std::bit_cast<uint64_t>(d) + kDoubleOffset);
  }
  static constexpr bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Precondition: fits_small_int(v).
  static constexpr Value small_int(int64_t v) {
    return Value((static_cast<uint64_t>(v) & kPayloadMask) | kIntTag);
  }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_object() const { return (bits_ >> 48) == 0 && bits_ != 0; }
  constexpr bool is_none() const { return bits_ == none().bits_; }
  constexpr bool is_bool() const { return bits_ == true_().bits_ || bits_ == false_().bits_; }
  constexpr bool is_true() const { return bits_ == true_().bits_; }
  constexpr bool is_false() const { return bits_ == false_().bits_; }
  constexpr bool is_special() const { return (bits_ >> 48) == 1; }
  constexpr bool is_double() const { return bits_ >= kDoubleOffset && bits_ < kDoubleEnd; }
  constexpr bool is_small_int() const { return (bits_ & kIntTag) == kIntTag; }

  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
  template <class T>
  T* as() const { return static_cast<T*>(as_object()); }
  double as_double() const { return std::bit_cast<double>(bits_ - kDoubleOffset); }
  constexpr int64_t as_small_int() const { return static_cast<int64_t>(bits_ << 16) >> 16; }

  // Identity (Python's `is`).
  constexpr bool operator==(const Value& o) const = default;

  static constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}

  static constexpr uint64_t kTagUnit = uint64_t{1} << 48;
  static constexpr uint64_t kSpecialTag = kTagUnit;
  static constexpr uint64_t kDoubleOffset = uint64_t{2} << 48;
  static constexpr uint64_t kDoubleEnd = uint64_t{0xFFF3} << 48;
  static constexpr uint64_t kIntTag = uint64_t{0xFFFF} << 48;
  static constexpr uint64_t kPayloadMask = kTagUnit - 1;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ULL;

  uint64_t bits_ = 0;
};

// Reference counting on the object header; defined in object.h.
inline void incref(Value v);
inline void decref(Value v);

// Ref owns one reference. A null Ref means "an exception is pending" when it
// is returned from a function that can fail (see runtime/errors.h).
class Ref {
 public:
  constexpr Ref() = default;
  Ref(std::nullptr_t) {}
  // Takes over a reference the caller already owns.
  static Ref steal(Value v) { return Ref(v); }
  // Adds a reference to a value the caller only borrows.
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  static Ref borrow(Object* o) { return borrow(Value::object(o)); }
  static Ref steal(Object* o) { return Ref(Value::object(o)); }
  // Immediates own nothing, so these need no count.
  static Ref none() { return Ref(Value::none()); }
  static Ref boolean(bool b) { return Ref(Value::boolean(b)); }
  static Ref from_double(double d) { return Ref(Value::from_double(d)); }
  static Ref small_int(int64_t v) { return Ref(Value::small_int(v)); }

  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(const Ref& o) {
    Value old = v_;
    v_ = o.v_;
    incref(v_);
    decref(old);
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      Value old = v_;
      v_ = o.v_;
      o.v_ = Value();
      decref(old);
    }
    return *this;
  }
  ~Ref() { decref(v_); }

  Value get() const { return v_; }
  Value operator*() const { return v_; }
  template <class T>
  T* as() const { return v_.as<T>(); }
  explicit operator bool() const { return !v_.is_null(); }
  bool is_null() const { return v_.is_null(); }
  // Gives up ownership without decrementing.
  [[nodiscard]] Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  void reset() { *this = Ref(); }

 private:
  explicit Ref(Value v) : v_(v) {}
  Value v_;
};

}  // namespace taipan
