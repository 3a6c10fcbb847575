// Unit tests of the container types' C++ API: tuple hashing and the empty
// tuple, list growth, slicing and sorting (stability, errors, mutation),
// releasing deeply nested containers,
// dict order, versions and deletion, set layout (CPython's iteration order),
// frozenset hashing, the slice helpers, and range iteration.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "modules/sys.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/interpreter.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

class ContainersEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    SysConfig config;
    config.argv = {""};
    ASSERT_EQ(interpreter_init(config), 0);
  }
};

const ::testing::Environment* const kEnv =
    ::testing::AddGlobalTestEnvironment(new ContainersEnvironment);

Value i(int64_t v) { return Value::small_int(v); }

std::string repr_of(Value v) {
  Ref r = repr(v);
  return r ? str_to_std(r.as<Str>()) : std::string("<error>");
}

// The pending exception as "Type: message", cleared.
std::string pending() {
  Ref e = fetch_error();
  if (!e) return "<none>";
  Ref msg = str(*e);
  return std::string(type_name_of(*e)) + ": " + (msg ? str_to_std(msg.as<Str>()) : "?");
}

Ref list_of(std::initializer_list<int64_t> values) {
  Ref l = Ref::steal(list_new(0));
  for (int64_t v : values) list_append(l.as<List>(), i(v));
  return l;
}

// A set built by add() in order, as `s = set(); s.add(x)...` does.
Ref set_by_adding(std::initializer_list<int64_t> values) {
  Ref s = set_new(Value());
  for (int64_t v : values) EXPECT_EQ(set_add(s.as<Set>(), i(v)), 0);
  return s;
}

TEST(Tuple, HashMatchesCPython) {
  Ref t = tuple_pack({i(1), i(2), i(3)});
  EXPECT_EQ(hash(*t), 529344067295497451);
  EXPECT_EQ(hash(Value::object(empty_tuple())), 5740354900026072187);
  Ref one = tuple_pack({i(1)});
  EXPECT_EQ(hash(*one), -6644214454873602895);
}

TEST(Tuple, EmptyIsShared) {
  Tuple* a = tuple_new(0);
  EXPECT_EQ(a, empty_tuple());
  decref(a);
  Ref from_list = tuple_from_iterable(*list_of({}));
  EXPECT_EQ(from_list.get().as_object(), empty_tuple());
  EXPECT_EQ(repr_of(Value::object(empty_tuple())), "()");
  EXPECT_EQ(repr_of(*tuple_pack({i(7)})), "(7,)");
}

TEST(Tuple, UnhashableItemFails) {
  Ref t = tuple_pack({i(1), *list_of({})});
  EXPECT_EQ(hash(*t), -1);
  EXPECT_EQ(pending(), "TypeError: unhashable type: 'list'");
}

TEST(List, AppendGrowsAndKeepsOrder) {
  Ref l = Ref::steal(list_new(0));
  for (int64_t k = 0; k < 1000; ++k) ASSERT_EQ(list_append(l.as<List>(), i(k)), 0);
  List* raw = l.as<List>();
  EXPECT_EQ(raw->size, 1000);
  EXPECT_GE(raw->capacity, 1000);
  for (int64_t k = 0; k < 1000; ++k) EXPECT_EQ(raw->items[k].as_small_int(), k);
}

TEST(List, InsertClampsAndSlices) {
  Ref l = list_of({1, 2, 3});
  ASSERT_EQ(list_insert(l.as<List>(), -100, i(0)), 0);
  ASSERT_EQ(list_insert(l.as<List>(), 100, i(4)), 0);
  EXPECT_EQ(repr_of(*l), "[0, 1, 2, 3, 4]");
  EXPECT_EQ(repr_of(*list_slice(l.as<List>(), 1, 3)), "[1, 2]");
  EXPECT_EQ(repr_of(*list_slice(l.as<List>(), 4, 2)), "[]");
  EXPECT_EQ(repr_of(*list_as_tuple(l.as<List>())), "(0, 1, 2, 3, 4)");
}

TEST(List, ExtendWithItself) {
  Ref l = list_of({1, 2});
  ASSERT_EQ(list_extend(l.as<List>(), *l), 0);
  EXPECT_EQ(repr_of(*l), "[1, 2, 1, 2]");
}

TEST(List, ReprOfSelfContainingList) {
  Ref l = list_of({1});
  list_append(l.as<List>(), *l);
  EXPECT_EQ(repr_of(*l), "[1, [...]]");
  EXPECT_TRUE(call_method(*l, "pop", {}));  // breaks the cycle
}

TEST(List, DeepNestingIsReleasedWithoutDeepRecursion) {
  Ref outer = Ref::steal(list_new(0));
  for (int k = 0; k < 300000; ++k) {
    Ref next = Ref::steal(list_new(0));
    list_append(next.as<List>(), *outer);
    Ref t = tuple_pack({*next});
    outer = std::move(t);
  }
  outer.reset();  // must not overflow the C stack
  SUCCEED();
}

TEST(List, SortIsStableWithKey) {
  // Strings sorted by len: equal lengths keep their original order.
  Ref l = Ref::steal(list_new(0));
  for (const char* w : {"ccc", "a", "bb", "b", "aaa", "cc", "c"}) {
    list_append(l.as<List>(), *str_from_utf8(w));
  }
  Ref len_fn = getattr(builtins_module(), "len");
  ASSERT_TRUE(len_fn);
  ASSERT_EQ(list_sort(l.as<List>(), *len_fn, false), 0);
  EXPECT_EQ(repr_of(*l), "['a', 'b', 'c', 'bb', 'cc', 'ccc', 'aaa']");
  ASSERT_EQ(list_sort(l.as<List>(), *len_fn, true), 0);
  EXPECT_EQ(repr_of(*l), "['ccc', 'aaa', 'bb', 'cc', 'a', 'b', 'c']");
  ASSERT_EQ(list_sort(l.as<List>(), Value(), false), 0);
  EXPECT_EQ(repr_of(*l), "['a', 'aaa', 'b', 'bb', 'c', 'cc', 'ccc']");
}

TEST(List, SortLargeInputs) {
  Ref l = Ref::steal(list_new(0));
  uint64_t seed = 42;
  for (int k = 0; k < 5000; ++k) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    list_append(l.as<List>(), i(static_cast<int64_t>(seed >> 40) % 1000));
  }
  ASSERT_EQ(list_sort(l.as<List>(), Value(), false), 0);
  List* raw = l.as<List>();
  ASSERT_EQ(raw->size, 5000);
  for (int64_t k = 1; k < raw->size; ++k) {
    EXPECT_LE(raw->items[k - 1].as_small_int(), raw->items[k].as_small_int());
  }
}

TEST(List, SortPropagatesComparisonError) {
  Ref l = list_of({3, 1});
  Ref s = str_from_utf8("x");
  list_append(l.as<List>(), *s);
  EXPECT_EQ(list_sort(l.as<List>(), Value(), false), -1);
  EXPECT_EQ(pending(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(l.as<List>()->size, 3);  // nothing lost
}

TEST(List, FromIterable) {
  Ref r = range_new(0, 5, 1);
  Ref l = list_from_iterable(*r);
  EXPECT_EQ(repr_of(*l), "[0, 1, 2, 3, 4]");
  EXPECT_FALSE(list_from_iterable(i(3)));
  EXPECT_EQ(pending(), "TypeError: 'int' object is not iterable");
}

TEST(Dict, InsertionOrderAndDeletion) {
  Ref d = Ref::steal(dict_new());
  Dict* raw = d.as<Dict>();
  for (int64_t k = 0; k < 100; ++k) ASSERT_EQ(dict_set(raw, i(k * 7), i(k)), 0);
  for (int64_t k = 0; k < 100; k += 2) ASSERT_EQ(dict_del(raw, i(k * 7)), 0);
  EXPECT_EQ(dict_size(raw), 50);
  int64_t pos = 0, expected = 1;
  Value key, value;
  while (dict_next(raw, &pos, &key, &value)) {
    EXPECT_EQ(value.as_small_int(), expected);
    expected += 2;
  }
  EXPECT_EQ(dict_get(raw, i(14)).is_null(), true);
  EXPECT_FALSE(error_occurred());
  EXPECT_EQ(dict_get(raw, i(21)).as_small_int(), 3);
  EXPECT_EQ(dict_del(raw, i(14)), -1);
  EXPECT_EQ(pending(), "KeyError: 14");
}

TEST(Dict, KeysVersionChangesWithTheKeys) {
  Ref d = Ref::steal(dict_new());
  Dict* raw = d.as<Dict>();
  uint64_t v0 = raw->keys_version;
  dict_set_str(raw, "a", i(1));
  uint64_t v1 = raw->keys_version;
  EXPECT_NE(v0, v1);
  dict_set_str(raw, "a", i(2));  // a new value for a key it has: same keys
  EXPECT_EQ(v1, raw->keys_version);
  dict_del(raw, Value::object(intern("a")));
  EXPECT_NE(v1, raw->keys_version);
  uint64_t v2 = raw->keys_version;
  dict_get_str(raw, intern("a"));
  EXPECT_EQ(v2, raw->keys_version);
}

TEST(Dict, StrKeysAndUnhashable) {
  Ref d = Ref::steal(dict_new());
  Dict* raw = d.as<Dict>();
  ASSERT_EQ(dict_set_str(raw, "name", i(5)), 0);
  Ref key = str_from_utf8("name");  // a different object, equal text
  EXPECT_EQ(dict_get(raw, *key).as_small_int(), 5);
  EXPECT_EQ(dict_get_str(raw, intern("name")).as_small_int(), 5);
  Ref bad = list_of({});
  EXPECT_EQ(dict_set(raw, *bad, i(1)), -1);
  EXPECT_EQ(pending(), "TypeError: unhashable type: 'list'");
}

TEST(Dict, UpdateFromPairsAndCopy) {
  Ref d = Ref::steal(dict_new());
  Ref pairs = Ref::steal(list_new(0));
  list_append(pairs.as<List>(), *tuple_pack({i(1), i(2)}));
  list_append(pairs.as<List>(), *tuple_pack({i(3), i(4)}));
  ASSERT_EQ(dict_update(d.as<Dict>(), *pairs), 0);
  EXPECT_EQ(repr_of(*d), "{1: 2, 3: 4}");
  Ref copy = Ref::steal(dict_copy(d.as<Dict>()));
  EXPECT_EQ(repr_of(*copy), "{1: 2, 3: 4}");
  Ref bad = Ref::steal(list_new(0));
  list_append(bad.as<List>(), *tuple_pack({i(1), i(2), i(3)}));
  EXPECT_EQ(dict_update(d.as<Dict>(), *bad), -1);
  EXPECT_EQ(pending(),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
}

TEST(Dict, GrowsPastManyResizes) {
  Ref d = Ref::steal(dict_new_presized(10));
  for (int64_t k = 0; k < 100000; ++k) ASSERT_EQ(dict_set(d.as<Dict>(), i(k), i(-k)), 0);
  for (int64_t k = 0; k < 100000; k += 997) {
    EXPECT_EQ(dict_get(d.as<Dict>(), i(k)).as_small_int(), -k);
  }
  EXPECT_EQ(dict_size(d.as<Dict>()), 100000);
}

TEST(Set, OrderMatchesCPython) {
  EXPECT_EQ(repr_of(*set_by_adding({5, 3, 17, 33, 1})), "{1, 33, 3, 5, 17}");
  EXPECT_EQ(repr_of(*set_by_adding({1, 9, 17, 4})), "{1, 4, 9, 17}");
  // A deleted slot passed by the probe is reused (the last one seen).
  Ref s = set_by_adding({1, 9, 17, 4});
  set_discard(s.as<Set>(), i(1));
  set_discard(s.as<Set>(), i(17));
  set_add(s.as<Set>(), i(25));
  EXPECT_EQ(repr_of(*s), "{4, 9, 25}");
}

TEST(Set, DisplayConstantLayout) {
  Value items[] = {i(5), i(3), i(17), i(33), i(1)};
  Ref fs = frozenset_for_set_display(items, 5);
  Ref s = set_new(Value());
  ASSERT_EQ(set_update(s.as<Set>(), *fs), 0);
  EXPECT_EQ(repr_of(*s), "{1, 33, 3, 17, 5}");
}

TEST(Set, FrozensetHashMatchesCPython) {
  Ref fs = frozenset_new(*tuple_pack({i(1), i(2), i(3)}));
  EXPECT_EQ(hash(*fs), -272375401224217160);
  Ref fe = frozenset_new(Value());
  EXPECT_EQ(hash(*fe), 133146708735736);
}

TEST(Set, ContainsDiscardAndUnhashableSetKey) {
  Ref s = set_by_adding({1, 2, 3});
  EXPECT_EQ(set_contains(s.as<Set>(), i(2)), 1);
  EXPECT_EQ(set_contains(s.as<Set>(), i(9)), 0);
  EXPECT_EQ(set_discard(s.as<Set>(), i(2)), 1);
  EXPECT_EQ(set_discard(s.as<Set>(), i(2)), 0);
  Ref inner = set_by_adding({1});
  EXPECT_EQ(set_contains(s.as<Set>(), *inner), 0);  // looked up as frozenset({1})
  EXPECT_FALSE(error_occurred());
  Ref l = list_of({});
  EXPECT_EQ(set_contains(s.as<Set>(), *l), -1);
  EXPECT_EQ(pending(), "TypeError: unhashable type: 'list'");
}

TEST(Set, LargeGrowthKeepsEverything) {
  Ref s = set_new(Value());
  for (int64_t k = 0; k < 100000; ++k) ASSERT_EQ(set_add(s.as<Set>(), i(k * 31)), 0);
  EXPECT_EQ(set_size(s.as<Set>()), 100000);
  for (int64_t k = 0; k < 100000; k += 3) ASSERT_EQ(set_discard(s.as<Set>(), i(k * 31)), 1);
  int64_t pos = 0, count = 0;
  Value key;
  int64_t h;
  while (set_next(s.as<Set>(), &pos, &key, &h)) ++count;
  EXPECT_EQ(count, set_size(s.as<Set>()));
}

TEST(Slice, UnpackAndAdjust) {
  Ref s = slice_new(Value::none(), Value::none(), i(-1));
  int64_t start, stop, step;
  ASSERT_TRUE(slice_unpack(s.as<Slice>(), &start, &stop, &step));
  EXPECT_EQ(slice_adjust_indices(10, &start, &stop, step), 10);
  EXPECT_EQ(start, 9);
  EXPECT_EQ(stop, -1);
  Ref t = slice_new(i(-3), i(100), i(2));
  ASSERT_TRUE(slice_unpack(t.as<Slice>(), &start, &stop, &step));
  EXPECT_EQ(slice_adjust_indices(10, &start, &stop, step), 2);
  EXPECT_EQ(start, 7);
  EXPECT_EQ(stop, 10);
  Ref zero = slice_new(Value(), Value(), i(0));
  EXPECT_FALSE(slice_unpack(zero.as<Slice>(), &start, &stop, &step));
  EXPECT_EQ(pending(), "ValueError: slice step cannot be zero");
  Ref bad = slice_new(str_from_utf8("a").get(), Value(), Value());
  EXPECT_FALSE(slice_unpack(bad.as<Slice>(), &start, &stop, &step));
  EXPECT_EQ(pending(),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  EXPECT_EQ(repr_of(*slice_new(i(1), Value(), Value())), "slice(1, None, None)");
}

TEST(Range, IteratorFastPath) {
  Ref r = range_new(10, 0, -3);
  EXPECT_EQ(repr_of(*r), "range(10, 0, -3)");
  Ref it = iter(*r);
  ASSERT_EQ(type_of(*it), &range_iterator_type);
  std::vector<int64_t> seen;
  int64_t v;
  while (range_iterator_next(it.as<RangeIterator>(), &v)) seen.push_back(v);
  EXPECT_EQ(seen, (std::vector<int64_t>{10, 7, 4, 1}));
  EXPECT_FALSE(range_new(0, 1, 0));
  EXPECT_EQ(pending(), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(length(*r), 4);
}

TEST(Iterators, SequenceAndCallableIterators) {
  Ref l = list_of({4, 5});
  Ref it = seq_iter_new(*l);
  Ref a = next(*it), b = next(*it), c = next(*it);
  EXPECT_EQ(a.get().as_small_int(), 4);
  EXPECT_EQ(b.get().as_small_int(), 5);
  EXPECT_FALSE(c);
  EXPECT_FALSE(error_occurred());
  Ref rev = reversed_new(*l);
  EXPECT_EQ(repr_of(*list_from_iterable(*rev)), "[5, 4]");
  EXPECT_FALSE(reversed_new(i(1)));
  EXPECT_EQ(pending(), "TypeError: 'int' object is not reversible");
}

}  // namespace
}  // namespace taipan
