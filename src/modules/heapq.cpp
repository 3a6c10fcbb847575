// The `_heapq` module: the binary-heap core of lib/heapq.py over a list,
// min-heap and max-heap flavours. Comparisons go through `<` in CPython's
// order (so results and side effects match), and a comparison that changes
// the list's size raises "list changed size during iteration".
#include <string>
#include <utility>

#include "modules/modules.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

// Which way the heap is ordered: a min-heap keeps the smallest item on top.
enum class HeapOrder { Min, Max };

// `a` sorts before `b` in this heap: a < b for a min-heap, b < a for a max-heap.
// Both are held while the comparison runs, since it may rewrite the list.
int comes_before(Value a, Value b, HeapOrder order) {
  Ref hold_a = Ref::borrow(a);
  Ref hold_b = Ref::borrow(b);
  return order == HeapOrder::Min ? rich_compare_bool(a, b, CompareOp::Lt) : rich_compare_bool(b, a, CompareOp::Lt);
}

bool size_unchanged(List* heap, int64_t size) {
  if (heap->size == size) return true;
  raise(exc::RuntimeError, "list changed size during iteration");
  return false;
}

// Moves the item at pos up towards startpos while it comes before its parent.
int sift_towards_root(List* heap, int64_t startpos, int64_t pos, HeapOrder order) {
  int64_t size = heap->size;
  if (pos >= size) {
    raise(exc::IndexError, "index out of range");
    return -1;
  }
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    int before = comes_before(heap->items[pos], heap->items[parentpos], order);
    if (before < 0 || !size_unchanged(heap, size)) return -1;
    if (before == 0) break;
    std::swap(heap->items[parentpos], heap->items[pos]);
    pos = parentpos;
  }
  return 0;
}

// Moves the hole at pos down to a leaf, always taking the child that comes
// first, then lets the item settle back up (CPython's "bottom-up" variant).
int sift_to_leaf(List* heap, int64_t pos, HeapOrder order) {
  int64_t endpos = heap->size;
  int64_t startpos = pos;
  if (pos >= endpos) {
    raise(exc::IndexError, "index out of range");
    return -1;
  }
  int64_t limit = endpos >> 1;
  while (pos < limit) {
    int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      // The right child is taken unless the left one strictly comes first.
      int left_first = comes_before(heap->items[childpos], heap->items[childpos + 1], order);
      if (left_first < 0) return -1;
      if (!left_first) ++childpos;
      if (!size_unchanged(heap, endpos)) return -1;
    }
    std::swap(heap->items[childpos], heap->items[pos]);
    pos = childpos;
  }
  return sift_towards_root(heap, startpos, pos, order);
}

// heapify: CPython sifts row by row for large heaps so that the work stays
// in cache; the order of comparisons follows it exactly.
int64_t keep_top_bit(int64_t n) {
  int shift = 0;
  while (n > 1) {
    n >>= 1;
    ++shift;
  }
  return n << shift;
}

// Sifts i, then its ancestors while i is a right child (odd index).
int sift_with_ancestors(List* heap, int64_t i, HeapOrder order) {
  while (true) {
    if (sift_to_leaf(heap, i, order) < 0) return -1;
    if (!(i & 1)) return 0;
    i >>= 1;
  }
}

int heapify_in_place(List* heap, HeapOrder order) {
  int64_t n = heap->size;
  if (n <= 2500) {
    for (int64_t i = (n >> 1) - 1; i >= 0; --i) {
      if (sift_to_leaf(heap, i, order) < 0) return -1;
    }
    return 0;
  }
  int64_t first_leaf = n >> 1;
  int64_t leftmost = keep_top_bit(first_leaf + 1) - 1;
  for (int64_t i = leftmost - 1; i >= (first_leaf >> 1); --i) {
    if (sift_with_ancestors(heap, i, order) < 0) return -1;
  }
  for (int64_t i = first_leaf - 1; i >= leftmost; --i) {
    if (sift_with_ancestors(heap, i, order) < 0) return -1;
  }
  return 0;
}

// The heap argument: a list (or subclass), else CPython's TypeError.
List* heap_argument(const char* function, Value v, const char* which) {
  if (is_list(v)) return v.as<List>();
  raise(exc::TypeError, std::string(function) + "() argument " + which + "must be list, not " + type_name_of(v));
  return nullptr;
}

List* one_heap_argument(const char* function, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string qualified = std::string("_heapq.") + function;
  if (!no_keywords(qualified.c_str(), kwnames)) return nullptr;
  if (nargs != 1) {
    raise(exc::TypeError, qualified + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    return nullptr;
  }
  return heap_argument(function, args[0], "");
}

List* heap_and_item_arguments(const char* function, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords((std::string("_heapq.") + function).c_str(), kwnames) || !check_arg_count(function, nargs, 2, 2)) {
    return nullptr;
  }
  return heap_argument(function, args[0], "1 ");
}

Ref pop_top(List* heap, HeapOrder order) {
  int64_t n = heap->size;
  if (n == 0) return raise(exc::IndexError, "index out of range");
  Ref last = Ref::steal(heap->items[n - 1]);
  heap->size = --n;
  if (n == 0) return last;
  Ref top = Ref::steal(heap->items[0]);
  heap->items[0] = last.release();
  if (sift_to_leaf(heap, 0, order) < 0) return nullptr;
  return top;
}

// Puts item on top in place of the current top, which is returned.
Ref replace_top(List* heap, Value item, HeapOrder order) {
  if (heap->size == 0) return raise(exc::IndexError, "index out of range");
  Ref top = Ref::steal(heap->items[0]);
  heap->items[0] = Ref::borrow(item).release();
  if (sift_to_leaf(heap, 0, order) < 0) return nullptr;
  return top;
}

Ref heapq_heappush(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = heap_and_item_arguments("heappush", args, nargs, kwnames);
  if (heap == nullptr || list_append(heap, args[1]) < 0) return nullptr;
  if (sift_towards_root(heap, 0, heap->size - 1, HeapOrder::Min) < 0) return nullptr;
  return Ref::none();
}

Ref heapq_heappop(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = one_heap_argument("heappop", args, nargs, kwnames);
  return heap == nullptr ? nullptr : pop_top(heap, HeapOrder::Min);
}

Ref heapq_heappop_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = one_heap_argument("_heappop_max", args, nargs, kwnames);
  return heap == nullptr ? nullptr : pop_top(heap, HeapOrder::Max);
}

Ref heapq_heapreplace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = heap_and_item_arguments("heapreplace", args, nargs, kwnames);
  return heap == nullptr ? nullptr : replace_top(heap, args[1], HeapOrder::Min);
}

Ref heapq_heapreplace_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = heap_and_item_arguments("_heapreplace_max", args, nargs, kwnames);
  return heap == nullptr ? nullptr : replace_top(heap, args[1], HeapOrder::Max);
}

Ref heapq_heappushpop(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = heap_and_item_arguments("heappushpop", args, nargs, kwnames);
  if (heap == nullptr) return nullptr;
  if (heap->size == 0) return Ref::borrow(args[1]);
  int top_smaller = comes_before(heap->items[0], args[1], HeapOrder::Min);
  if (top_smaller < 0) return nullptr;
  if (!top_smaller) return Ref::borrow(args[1]);
  return replace_top(heap, args[1], HeapOrder::Min);
}

Ref heapq_heapify(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = one_heap_argument("heapify", args, nargs, kwnames);
  if (heap == nullptr || heapify_in_place(heap, HeapOrder::Min) < 0) return nullptr;
  return Ref::none();
}

Ref heapq_heapify_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  List* heap = one_heap_argument("_heapify_max", args, nargs, kwnames);
  if (heap == nullptr || heapify_in_place(heap, HeapOrder::Max) < 0) return nullptr;
  return Ref::none();
}

const MethodDef kHeapqFunctions[] = {
    {"heappush", heapq_heappush, kMethodInstance, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heapq_heappop, kMethodInstance, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapq_heapreplace, kMethodInstance, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heapq_heappushpop, kMethodInstance,
     "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", heapq_heapify, kMethodInstance, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heapq_heappop_max, kMethodInstance, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapq_heapreplace_max, kMethodInstance, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapq_heapify_max, kMethodInstance, "Maxheap variant of heapify."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_heapq_module() {
  Ref module = module_new("_heapq", true);
  if (!module || module_add_functions(module.get(), kHeapqFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
