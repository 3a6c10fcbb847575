// list.sort: a stable natural merge sort. The list is first cut into runs
// (maximal ascending stretches, or strictly descending ones reversed in
// place), short runs are extended to kMinRun items by binary insertion, and
// neighbouring runs are merged pairwise until one remains.
//
// A comparison or key function may raise: sorting then stops, and every item
// is still in the array exactly once. While sorting, the list is emptied so
// that code run by comparisons sees an empty list; if that code adds items,
// they are dropped and "list modified during sort" is raised.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// What is sorted: the key that is compared and the item that moves with it
// (the same value when there is no key function).
struct SortSlot {
  Value key;
  Value item;
};

enum class KeyKind { Generic, SmallInt, Double, ExactStr, ExactTuple };

// a < b for two exact tuples, with the common item types compared inline:
// the first items that are not equal decide, as tuple comparison does.
int tuple_less(const Tuple* a, const Tuple* b) {
  int64_t n = a->size < b->size ? a->size : b->size;
  for (int64_t i = 0; i < n; ++i) {
    Value x = a->items[i], y = b->items[i];
    if (x == y) continue;
    if (x.is_small_int() && y.is_small_int()) return x.as_small_int() < y.as_small_int();
    if (x.is_double() && y.is_double()) {
      if (x.as_double() == y.as_double()) continue;
      return x.as_double() < y.as_double();
    }
    if (is_exact_str(x) && is_exact_str(y)) {
      int c = str_compare(x.as<Str>(), y.as<Str>());
      if (c == 0) continue;
      return c < 0;
    }
    int same = rich_compare_bool(x, y, CompareOp::Eq);
    if (same < 0) return -1;
    if (same) continue;
    return rich_compare_bool(x, y, CompareOp::Lt);
  }
  return a->size < b->size;
}

constexpr int64_t kMinRun = 32;

class Sorter {
 public:
  explicit Sorter(KeyKind kind) : kind_(kind) {}

  // Sorts slots; false with an exception set if a comparison raised.
  bool sort(SortSlot* slots, int64_t n) {
    std::vector<int64_t> run_starts;
    int64_t lo = 0;
    while (lo < n) {
      int64_t run_end;
      if (!find_run(slots, lo, n, &run_end)) return false;
      int64_t forced_end = std::min(n, lo + kMinRun);
      if (run_end < forced_end) {
        if (!insertion_sort(slots, lo, run_end, forced_end)) return false;
        run_end = forced_end;
      }
      run_starts.push_back(lo);
      lo = run_end;
    }
    run_starts.push_back(n);
    while (run_starts.size() > 2) {
      std::vector<int64_t> merged;
      size_t i = 0;
      for (; i + 2 < run_starts.size(); i += 2) {
        if (!merge(slots, run_starts[i], run_starts[i + 1], run_starts[i + 2])) return false;
        merged.push_back(run_starts[i]);
      }
      if (i + 1 < run_starts.size()) merged.push_back(run_starts[i]);
      merged.push_back(n);
      run_starts.swap(merged);
    }
    return true;
  }

 private:
  // a < b: 1, 0, or -1 on error.
  int less(Value a, Value b) {
    switch (kind_) {
      case KeyKind::SmallInt: return a.as_small_int() < b.as_small_int();
      case KeyKind::Double: return a.as_double() < b.as_double();
      case KeyKind::ExactStr: return str_compare(a.as<Str>(), b.as<Str>()) < 0;
      case KeyKind::ExactTuple: return tuple_less(a.as<Tuple>(), b.as<Tuple>());
      case KeyKind::Generic: break;
    }
    return rich_compare_bool(a, b, CompareOp::Lt);
  }

  // The run starting at lo: ascending (a[i] <= a[i+1]) or strictly descending,
  // which is reversed. Sets *end past it.
  bool find_run(SortSlot* s, int64_t lo, int64_t n, int64_t* end) {
    int64_t hi = lo + 1;
    if (hi == n) {
      *end = hi;
      return true;
    }
    int r = less(s[hi].key, s[lo].key);
    if (r < 0) return false;
    bool descending = r == 1;
    for (++hi; hi < n; ++hi) {
      r = less(s[hi].key, s[hi - 1].key);
      if (r < 0) return false;
      if ((r == 1) != descending) break;
    }
    if (descending) std::reverse(s + lo, s + hi);
    *end = hi;
    return true;
  }

  // Extends the sorted stretch [lo, sorted_end) to [lo, end).
  bool insertion_sort(SortSlot* s, int64_t lo, int64_t sorted_end, int64_t end) {
    for (int64_t i = sorted_end; i < end; ++i) {
      SortSlot pivot = s[i];
      int64_t left = lo, right = i;
      while (left < right) {  // first position whose key is > pivot (stability)
        int64_t mid = left + (right - left) / 2;
        int r = less(pivot.key, s[mid].key);
        if (r < 0) return false;
        if (r) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      std::move_backward(s + left, s + i, s + i + 1);
      s[left] = pivot;
    }
    return true;
  }

  // Merges the sorted neighbours [lo, mid) and [mid, hi).
  bool merge(SortSlot* s, int64_t lo, int64_t mid, int64_t hi) {
    int r = less(s[mid].key, s[mid - 1].key);
    if (r <= 0) return r == 0;  // already in order
    buffer_.assign(s + lo, s + mid);
    size_t i = 0;
    int64_t j = mid, out = lo;
    while (i < buffer_.size() && j < hi) {
      r = less(s[j].key, buffer_[i].key);
      if (r < 0) break;
      s[out++] = r ? s[j++] : buffer_[i++];
    }
    // Whatever is left of the left run fills the gap before s[j].
    std::copy(buffer_.begin() + static_cast<std::ptrdiff_t>(i), buffer_.end(), s + out);
    return r >= 0;
  }

  KeyKind kind_;
  std::vector<SortSlot> buffer_;
};

KeyKind key_kind(const SortSlot* slots, int64_t n) {
  if (n == 0) return KeyKind::Generic;
  auto all = [&](auto pred) {
    for (int64_t i = 0; i < n; ++i) {
      if (!pred(slots[i].key)) return false;
    }
    return true;
  };
  if (all([](Value v) { return v.is_small_int(); })) return KeyKind::SmallInt;
  if (all([](Value v) { return v.is_double(); })) return KeyKind::Double;
  if (all([](Value v) { return is_exact_str(v); })) return KeyKind::ExactStr;
  if (all([](Value v) { return v.is_object() && v.as_object()->type == &tuple_type; })) {
    return KeyKind::ExactTuple;
  }
  return KeyKind::Generic;
}

}  // namespace

int list_sort(List* l, Value key, bool reverse) {
  // Take the items out of the list for the duration of the sort.
  Value* items = l->items;
  int64_t n = l->size;
  int64_t capacity = l->capacity;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;

  std::vector<SortSlot> slots(static_cast<size_t>(n));
  std::vector<Ref> keys;
  bool ok = true;
  if (!key.is_null()) keys.reserve(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    slots[i].item = items[i];
    if (key.is_null()) {
      slots[i].key = items[i];
      continue;
    }
    Ref k = call(key, &items[i], 1);
    if (!k) {
      ok = false;
      break;
    }
    slots[i].key = *k;
    keys.push_back(std::move(k));
  }

  if (ok && n > 1) {
    // Reversing before and after a stable sort keeps equal items in their
    // original order under reverse=True.
    if (reverse) std::reverse(slots.begin(), slots.end());
    Sorter sorter(key_kind(slots.data(), n));
    ok = sorter.sort(slots.data(), n);
    if (reverse) std::reverse(slots.begin(), slots.end());
    for (int64_t i = 0; i < n; ++i) items[i] = slots[i].item;
  }

  // Put the items back, dropping whatever was added meanwhile.
  Value* added = l->items;
  int64_t added_count = l->size;
  l->items = items;
  l->size = n;
  l->capacity = capacity;
  if (added != nullptr) {
    for (int64_t i = 0; i < added_count; ++i) decref(added[i]);
    std::free(added);
    if (ok) {
      raise(exc::ValueError, "list modified during sort");
      ok = false;
    }
  }
  return ok ? 0 : -1;
}

}  // namespace taipan
