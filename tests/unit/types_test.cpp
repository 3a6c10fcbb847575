// Unit tests of the type system through its C++ API: readied built-in types,
// classes made by calling type(), C3 MRO and its error, lookup, slots derived
// from dunders, __slots__, descriptors, super, and the protocol's messages.
#include <gtest/gtest.h>

#include <string>

#include "modules/sys.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

class TypesEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    SysConfig config;
    config.argv = {""};
    ASSERT_EQ(interpreter_init(config), 0);
  }
};

const ::testing::Environment* const kEnv = ::testing::AddGlobalTestEnvironment(new TypesEnvironment);

Value T(Type* t) { return Value::object(t); }
Value S(const char* s) { return Value::object(intern(s)); }
std::string text(const Ref& r) { return r ? str_to_std(r.as<Str>()) : std::string("<null>"); }

// The pending exception as "Type: message", cleared.
std::string pending() {
  Ref e = fetch_error();
  if (!e) return "<none>";
  Ref msg = str(e.get());
  return std::string(type_name_of(e.get())) + ": " + text(msg);
}

// type(name, bases, ns) with ns built from name/value pairs.
Ref make_class(const char* name, std::initializer_list<Value> bases,
               std::initializer_list<std::pair<const char*, Value>> ns = {}) {
  Ref b = tuple_from_array(bases.begin(), static_cast<int64_t>(bases.size()));
  Ref d = Ref::steal(Value::object(dict_new()));
  for (auto& [k, v] : ns) dict_set_str(d.as<Dict>(), k, v);
  dict_set_str(d.as<Dict>(), "__module__", S("__main__"));
  return call(T(&type_type), {S(name), b.get(), d.get()});
}

std::string mro_names(Value cls) {
  std::string out;
  Tuple* mro = cls.as<Type>()->mro;
  for (int64_t i = 0; i < mro->size; i++) {
    if (i) out += " ";
    out += mro->items[i].as<Type>()->name;
  }
  return out;
}

TEST(Types, BuiltinTypesAreReady) {
  EXPECT_EQ(type_of(T(&type_type)), &type_type);
  EXPECT_EQ(type_of(T(&object_type)), &type_type);
  EXPECT_EQ(mro_names(T(&object_type)), "object");
  EXPECT_EQ(mro_names(T(&type_type)), "type object");
  EXPECT_EQ(mro_names(T(&bool_type)), "bool int object");
  EXPECT_TRUE(type_is_subtype(&bool_type, &int_type));
  EXPECT_FALSE(type_is_subtype(&int_type, &bool_type));
  EXPECT_EQ(text(repr(T(&int_type))), "<class 'int'>");
  EXPECT_EQ(text(repr(Value::none())), "None");
  EXPECT_EQ(text(repr(not_implemented_value())), "NotImplemented");
  EXPECT_EQ(text(repr(ellipsis_value())), "Ellipsis");
}

TEST(Types, LookupFindsDescriptors) {
  Value append = type_lookup(&list_type, "append");
  ASSERT_FALSE(append.is_null());
  EXPECT_EQ(type_of(append), &method_descriptor_type);
  EXPECT_EQ(text(repr(append)), "<method 'append' of 'list' objects>");
  Value add = type_lookup(&int_type, "__add__");
  ASSERT_FALSE(add.is_null());
  EXPECT_EQ(text(repr(add)), "<slot wrapper '__add__' of 'int' objects>");
  EXPECT_EQ(type_lookup(&mappingproxy_type, "__hash__"), Value::none());
  EXPECT_TRUE(type_lookup(&int_type, "no_such_name").is_null());
}

TEST(Types, ClassCreationAndInstances) {
  Ref C = make_class("C", {}, {{"x", Value::small_int(1)}});
  ASSERT_TRUE(C) << pending();
  EXPECT_EQ(text(repr(C.get())), "<class '__main__.C'>");
  EXPECT_EQ(mro_names(C.get()), "C object");
  Ref x = getattr(C.get(), "x");
  ASSERT_TRUE(x);
  EXPECT_EQ(x.get(), Value::small_int(1));

  Ref obj = call(C.get(), {});
  ASSERT_TRUE(obj) << pending();
  EXPECT_EQ(type_of(obj.get()), C.as<Type>());
  EXPECT_EQ(setattr(obj.get(), intern("y"), Value::small_int(5)), 0);
  Ref y = getattr(obj.get(), "y");
  EXPECT_EQ(y.get(), Value::small_int(5));
  EXPECT_FALSE(getattr(obj.get(), "nope"));
  EXPECT_EQ(pending(), "AttributeError: 'C' object has no attribute 'nope'");
  EXPECT_FALSE(getattr_optional(obj.get(), intern("nope")));
  EXPECT_FALSE(error_occurred());
  EXPECT_EQ(text(repr(obj.get())).rfind("<__main__.C object at 0x", 0), 0u);

  EXPECT_FALSE(call(C.get(), {Value::small_int(1)}));
  EXPECT_EQ(pending(), "TypeError: C() takes no arguments");
  EXPECT_EQ(isinstance(obj.get(), C.get()), 1);
  EXPECT_EQ(isinstance(obj.get(), T(&int_type)), 0);
}

TEST(Types, C3Linearisation) {
  Ref A = make_class("A", {});
  Ref B = make_class("B", {A.get()});
  Ref C = make_class("C", {A.get()});
  Ref D = make_class("D", {B.get(), C.get()});
  ASSERT_TRUE(D) << pending();
  EXPECT_EQ(mro_names(D.get()), "D B C A object");
  EXPECT_EQ(issubclass(D.get(), A.get()), 1);
  EXPECT_EQ(issubclass(A.get(), D.get()), 0);

  EXPECT_FALSE(make_class("E", {A.get(), B.get()}));
  EXPECT_EQ(pending(), "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  EXPECT_FALSE(make_class("F", {A.get(), A.get()}));
  EXPECT_EQ(pending(), "TypeError: duplicate base class A");
  EXPECT_FALSE(make_class("G", {T(&bool_type)}));
  EXPECT_EQ(pending(), "TypeError: type 'bool' is not an acceptable base type");
}

TEST(Types, AssignedDunderUpdatesSlot) {
  Ref I = make_class("I", {T(&int_type)});
  ASSERT_TRUE(I) << pending();
  Ref five = call(I.get(), {Value::small_int(5)});
  ASSERT_TRUE(five) << pending();
  Ref sum = binary_op(five.get(), Value::small_int(3), BinaryOp::Add);
  EXPECT_EQ(sum.get(), Value::small_int(8));
  // I.__add__ = int.__sub__: the add slot now dispatches to the new dunder.
  ASSERT_EQ(setattr(I.get(), intern("__add__"), type_lookup(&int_type, "__sub__")), 0);
  sum = binary_op(five.get(), Value::small_int(3), BinaryOp::Add);
  EXPECT_EQ(sum.get(), Value::small_int(2));
  // Reflected: 3 + I(5) uses I.__radd__, still int's.
  sum = binary_op(Value::small_int(3), five.get(), BinaryOp::Add);
  EXPECT_EQ(sum.get(), Value::small_int(8));
}

TEST(Types, SlotsMakeMemberDescriptors) {
  Ref slots = tuple_pack({S("a")});
  Ref Sl = make_class("S", {}, {{"__slots__", slots.get()}});
  ASSERT_TRUE(Sl) << pending();
  EXPECT_EQ(Sl.as<Type>()->dict_offset, 0);
  Ref obj = call(Sl.get(), {});
  EXPECT_FALSE(getattr(obj.get(), "a"));
  EXPECT_EQ(pending(), "AttributeError: 'S' object has no attribute 'a'");
  EXPECT_EQ(setattr(obj.get(), intern("a"), Value::small_int(7)), 0);
  EXPECT_EQ(getattr(obj.get(), "a").get(), Value::small_int(7));
  EXPECT_EQ(setattr(obj.get(), intern("b"), Value::small_int(1)), -1);
  EXPECT_EQ(pending(), "AttributeError: 'S' object has no attribute 'b'");
  EXPECT_EQ(text(repr(type_lookup(Sl.as<Type>(), "a"))), "<member 'a' of 'S' objects>");
}

TEST(Types, ImmutableBuiltinsAndReadOnlyAttributes) {
  EXPECT_EQ(setattr(T(&int_type), intern("x"), Value::small_int(1)), -1);
  EXPECT_EQ(pending(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
  EXPECT_EQ(setattr(Value::small_int(1), intern("x"), Value::small_int(1)), -1);
  EXPECT_EQ(pending(), "AttributeError: 'int' object has no attribute 'x'");
  Ref l = Ref::steal(Value::object(list_new(0)));
  EXPECT_EQ(setattr(l.get(), intern("append"), Value::small_int(1)), -1);
  EXPECT_EQ(pending(), "AttributeError: 'list' object attribute 'append' is read-only");
}

TEST(Types, ProtocolMessages) {
  Ref l = Ref::steal(Value::object(list_new(0)));
  EXPECT_EQ(hash(l.get()), -1);
  EXPECT_EQ(pending(), "TypeError: unhashable type: 'list'");
  EXPECT_FALSE(binary_op(Value::small_int(1), S("a"), BinaryOp::Add));
  EXPECT_EQ(pending(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_FALSE(inplace_op(Value::small_int(1), S("a"), BinaryOp::Subtract));
  EXPECT_EQ(pending(), "TypeError: unsupported operand type(s) for -=: 'int' and 'str'");
  EXPECT_FALSE(rich_compare(Value::small_int(1), S("a"), CompareOp::Lt));
  EXPECT_EQ(pending(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(equal(Value::small_int(1), S("a")), 0);
  EXPECT_FALSE(call(Value::small_int(1), {}));
  EXPECT_EQ(pending(), "TypeError: 'int' object is not callable");
  EXPECT_FALSE(iter(Value::small_int(1)));
  EXPECT_EQ(pending(), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(length(Value::small_int(1)), -1);
  EXPECT_EQ(pending(), "TypeError: object of type 'int' has no len()");
  EXPECT_FALSE(getitem(Value::small_int(1), Value::small_int(0)));
  EXPECT_EQ(pending(), "TypeError: 'int' object is not subscriptable");
  EXPECT_FALSE(index(Value::from_double(1.5)));
  EXPECT_EQ(pending(), "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_FALSE(unary_op(S("a"), UnaryOp::Negative));
  EXPECT_EQ(pending(), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_EQ(is_true(Value::none()), 0);
  EXPECT_EQ(is_true(l.get()), 0);
  EXPECT_EQ(is_true(S("x")), 1);
}

TEST(Types, SuperSkipsToTheNextClass) {
  Ref A = make_class("A", {}, {{"v", Value::small_int(1)}});
  Ref B = make_class("B", {A.get()}, {{"v", Value::small_int(2)}});
  Ref b = call(B.get(), {});
  Ref sup = call(T(&super_type), {B.get(), b.get()});
  ASSERT_TRUE(sup) << pending();
  EXPECT_EQ(getattr(sup.get(), "v").get(), Value::small_int(1));
  EXPECT_EQ(text(repr(sup.get())), "<super: <class 'B'>, <B object>>");
  EXPECT_FALSE(call(T(&super_type), {B.get(), Value::small_int(1)}));
  EXPECT_EQ(pending(), "TypeError: super(type, obj): obj must be an instance or subtype of type");
}

TEST(Types, PropertyAndStaticMethod) {
  // A property whose getter is the builtin len, on a list subclass.
  Ref len_fn = getattr(T(&list_type), "__len__");
  Ref prop = call(T(&property_type), {len_fn.get()});
  ASSERT_TRUE(prop) << pending();
  Ref L = make_class("L", {T(&list_type)}, {{"size", prop.get()}});
  ASSERT_TRUE(L) << pending();
  Ref inst = call(L.get(), {});
  ASSERT_TRUE(inst) << pending();
  EXPECT_EQ(getattr(inst.get(), "size").get(), Value::small_int(0));
  EXPECT_EQ(setattr(inst.get(), intern("size"), Value::small_int(1)), -1);
  EXPECT_EQ(pending(), "AttributeError: property 'size' of 'L' object has no setter");

  Ref sm = call(T(&staticmethod_type), {T(&int_type)});
  Ref K = make_class("K", {}, {{"make", sm.get()}});
  Ref k = call(K.get(), {});
  Ref made = call_method(k.get(), "make", {Value::small_int(4)});
  EXPECT_EQ(made.get(), Value::small_int(4));
}

TEST(Types, ModuleAttributes) {
  Ref m = module_new("demo");
  ASSERT_TRUE(m);
  EXPECT_EQ(text(repr(m.get())), "<module 'demo'>");
  EXPECT_FALSE(getattr(m.get(), "missing"));
  EXPECT_EQ(pending(), "AttributeError: module 'demo' has no attribute 'missing'");
  ASSERT_EQ(module_add(m.get(), "x", Value::small_int(3)), 0);
  EXPECT_EQ(getattr(m.get(), "x").get(), Value::small_int(3));
}

}  // namespace
}  // namespace taipan
