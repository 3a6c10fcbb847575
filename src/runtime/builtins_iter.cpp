// Built-in functions over iterables: iter, next, all, any, min, max, sum,
// sorted, aiter and anext.
#include <string>

#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/anext_awaitable.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

size_t keyword_count(Tuple* kwnames) { return kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size); }

std::string_view keyword_at(Tuple* kwnames, size_t i) { return str_utf8(kwnames->items[i].as<Str>()); }

Ref unexpected_keyword(const char* function, std::string_view name) {
  return raise(exc::TypeError, "'" + std::string(name) + "' is an invalid keyword argument for " +
                                   std::string(function) + "()");
}

Ref builtin_iter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("iter", kwnames) || !check_arg_count("iter", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return iter(args[0]);
  if (type_of(args[0])->call == nullptr) return raise(exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

Ref builtin_next(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("next", kwnames) || !check_arg_count("next", nargs, 1, 2)) return nullptr;
  if (type_of(args[0])->next == nullptr) {
    return raise(exc::TypeError, std::string("'") + type_name_of(args[0]) + "' object is not an iterator");
  }
  Ref item = type_of(args[0])->next(args[0]);  // the slot itself: StopIteration keeps its value
  if (item) return item;
  if (error_occurred()) {
    if (nargs == 1 || !error_matches(exc::StopIteration)) return nullptr;
    clear_error();
  }
  if (nargs == 2) return Ref::borrow(args[1]);
  return raise_empty(exc::StopIteration);
}

// all() and any(): stops at the first item whose truth is `stop_at`.
Ref truth_scan(const char* function, const Value* args, size_t nargs, Tuple* kwnames, bool stop_at) {
  if (!no_keywords(function, kwnames) || !check_arg_count(function, nargs, 1, 1)) return nullptr;
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  while (Ref item = next(it.get())) {
    int truth = is_true(item.get());
    if (truth < 0) return nullptr;
    if ((truth != 0) == stop_at) return Ref::boolean(stop_at);
  }
  if (error_occurred()) return nullptr;
  return Ref::boolean(!stop_at);
}

Ref builtin_all(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return truth_scan("all", args, nargs, kwnames, false);
}

Ref builtin_any(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return truth_scan("any", args, nargs, kwnames, true);
}

// min() and max(): op is Lt for min, Gt for max.
Ref min_max(const char* name, const Value* args, size_t nargs, Tuple* kwnames, CompareOp op) {
  Value key, default_value;
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    std::string_view k = keyword_at(kwnames, i);
    if (k == "key") {
      key = args[nargs + i];
    } else if (k == "default") {
      default_value = args[nargs + i];
    } else {
      return unexpected_keyword(name, k);
    }
  }
  if (nargs == 0) return raise(exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (nargs > 1 && !default_value.is_null()) {
    return raise(exc::TypeError, std::string("Cannot specify a default for ") + name +
                                     "() with multiple positional arguments");
  }
  if (key.is_none()) key = Value();
  Ref it;
  if (nargs == 1) {
    it = iter(args[0]);
    if (!it) return nullptr;
  }
  Ref best, best_key;
  for (size_t i = 0;; ++i) {
    Ref item;
    if (nargs == 1) {
      item = next(it.get());
      if (!item) break;
    } else {
      if (i == nargs) break;
      item = Ref::borrow(args[i]);
    }
    Ref item_key = key.is_null() ? item : call(key, {item.get()});
    if (!item_key) return nullptr;
    if (!best) {
      best = std::move(item);
      best_key = std::move(item_key);
      continue;
    }
    int better = rich_compare_bool(item_key.get(), best_key.get(), op);
    if (better < 0) return nullptr;
    if (better) {
      best = std::move(item);
      best_key = std::move(item_key);
    }
  }
  if (error_occurred()) return nullptr;
  if (best) return best;
  if (!default_value.is_null()) return Ref::borrow(default_value);
  return raise(exc::ValueError, std::string(name) + "() arg is an empty sequence");
}

Ref builtin_min(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max("min", args, nargs, kwnames, CompareOp::Lt);
}

Ref builtin_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max("max", args, nargs, kwnames, CompareOp::Gt);
}

// sum(): exact small ints and floats accumulate natively until an item
// needs the generic `+`, after which the running total picks its mode again.
Ref builtin_sum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + keyword_count(kwnames);
  if (nargs == 0) return raise(exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (total > 2) {
    return raise(exc::TypeError, "sum() takes at most 2 arguments (" + std::to_string(total) + " given)");
  }
  Value start = nargs == 2 ? args[1] : Value::small_int(0);
  if (keyword_count(kwnames) == 1) {
    if (keyword_at(kwnames, 0) != "start") return unexpected_keyword("sum", keyword_at(kwnames, 0));
    start = args[1];
  }
  if (is_str(start)) return raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const char* byte_kind = type_name_of(start);
  if (std::string_view(byte_kind) == "bytes" || std::string_view(byte_kind) == "bytearray") {
    return raise(exc::TypeError, std::string("sum() can't sum ") + byte_kind + " [use b''.join(seq) instead]");
  }
  Ref it = iter(args[0]);
  if (!it) return nullptr;
  enum class Mode { Int, Float, Generic } mode;
  Ref result = Ref::borrow(start);
  int64_t int_total = 0;
  double float_total = 0;
  auto choose_mode = [&]() {
    if (result.get().is_small_int()) {
      mode = Mode::Int;
      int_total = result.get().as_small_int();
    } else if (result.get().is_double()) {
      mode = Mode::Float;
      float_total = result.get().as_double();
    } else {
      mode = Mode::Generic;
    }
  };
  choose_mode();
  while (Ref item = next(it.get())) {
    Value v = item.get();
    if (mode == Mode::Int && v.is_small_int()) {
      int64_t sum;
      if (!__builtin_add_overflow(int_total, v.as_small_int(), &sum) && Value::fits_small_int(sum)) {
        int_total = sum;
        continue;
      }
    } else if (mode == Mode::Float && (v.is_double() || v.is_small_int())) {
      float_total += v.is_double() ? v.as_double() : static_cast<double>(v.as_small_int());
      continue;
    }
    if (mode == Mode::Int) result = Ref::small_int(int_total);
    if (mode == Mode::Float) result = Ref::from_double(float_total);
    result = binary_op(result.get(), v, BinaryOp::Add);
    if (!result) return nullptr;
    choose_mode();
  }
  if (error_occurred()) return nullptr;
  if (mode == Mode::Int) return Ref::small_int(int_total);
  if (mode == Mode::Float) return Ref::from_double(float_total);
  return result;
}

Ref builtin_sorted(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) {
    return raise(exc::TypeError, "sorted expected 1 argument, got " + std::to_string(nargs));
  }
  Value key, reverse;
  for (size_t i = 0; i < keyword_count(kwnames); ++i) {
    std::string_view k = keyword_at(kwnames, i);
    if (k == "key") {
      key = args[nargs + i];
    } else if (k == "reverse") {
      reverse = args[nargs + i];
    } else {
      return unexpected_keyword("sort", k);
    }
  }
  int descending = reverse.is_null() ? 0 : is_true(reverse);
  if (descending < 0) return nullptr;
  Ref items = list_from_iterable(args[0]);
  if (!items) return nullptr;
  if (list_sort(items.as<List>(), key.is_none() ? Value() : key, descending != 0) < 0) return nullptr;
  return items;
}

Ref builtin_aiter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("aiter", kwnames)) return nullptr;
  if (nargs != 1) return raise(exc::TypeError, "aiter() takes exactly one argument (" + std::to_string(nargs) + " given)");
  UnaryFn slot = type_of(args[0])->aiter;
  if (slot == nullptr) {
    return raise(exc::TypeError, std::string("'") + type_name_of(args[0]) + "' object is not an async iterable");
  }
  Ref it = slot(args[0]);
  if (it && type_of(*it)->anext == nullptr) {
    return raise(exc::TypeError, std::string("aiter() returned not an async iterator of type '") + type_name_of(*it) + "'");
  }
  return it;
}

Ref builtin_anext(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("anext", kwnames) || !check_arg_count("anext", nargs, 1, 2)) return nullptr;
  UnaryFn slot = type_of(args[0])->anext;
  if (slot == nullptr) {
    return raise(exc::TypeError, std::string("'") + type_name_of(args[0]) + "' object is not an async iterator");
  }
  Ref awaitable = slot(args[0]);
  if (!awaitable || nargs == 1) return awaitable;
  return anext_awaitable_new(*awaitable, args[1]);
}

}  // namespace

const MethodDef kBuiltinIterFunctions[] = {
    {"iter", builtin_iter, kMethodInstance, "Get an iterator from an object."},
    {"next", builtin_next, kMethodInstance, "Return the next item from the iterator."},
    {"all", builtin_all, kMethodInstance, "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any, kMethodInstance, "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable."},
    {"min", builtin_min, kMethodInstance, "With a single iterable argument, return its smallest item."},
    {"max", builtin_max, kMethodInstance, "With a single iterable argument, return its biggest item."},
    {"sum", builtin_sum, kMethodInstance, "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"sorted", builtin_sorted, kMethodInstance, "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order."},
    {"aiter", builtin_aiter, kMethodInstance, "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object."},
    {"anext", builtin_anext, kMethodInstance, "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nReturn the next item from the async iterator."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan
