// The pending-exception API: one exception instance per thread, set by a
// failing function and passed up through null/-1 returns (see errors.h).
#include "runtime/errors.h"

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan {

namespace {

// Replaces the thread's pending exception with `exc` (owned).
void set_pending(Ref exc) {
  ThreadState* ts = current_thread();
  Value old = ts->current_exception;
  ts->current_exception = exc.release();
  decref(old);
}

// The instance raised when even a MemoryError cannot be allocated.
Value g_memory_error_instance;

}  // namespace

Ref raise(Type* type, std::string_view message) {
  Ref text = str_from_utf8(message);
  if (!text) return nullptr;
  Value arg = text.get();
  Ref e = make_exception(type, &arg, 1);
  if (e) set_pending(std::move(e));
  return nullptr;
}

Ref raise_value(Value exc) {
  if (is_exception_instance(exc)) {
    set_pending(Ref::borrow(exc));
    return nullptr;
  }
  if (is_exception_class(exc)) return raise_empty(exc.as<Type>());
  return raise(exc::TypeError, "exceptions must derive from BaseException");
}

Ref raise_empty(Type* type) {
  Ref e = make_exception(type, nullptr, 0);
  if (e) set_pending(std::move(e));
  return nullptr;
}

Ref raise_with_arg(Type* type, Value arg) {
  Ref e = make_exception(type, &arg, 1);
  if (e) set_pending(std::move(e));
  return nullptr;
}

bool error_occurred() { return !current_thread()->current_exception.is_null(); }

Value current_error() { return current_thread()->current_exception; }

Ref fetch_error() {
  ThreadState* ts = current_thread();
  Value e = ts->current_exception;
  ts->current_exception = Value();
  return Ref::steal(e);
}

void restore_error(Ref exc) {
  if (exc) set_pending(std::move(exc));
}

void clear_error() { set_pending(Ref()); }

bool error_matches(Type* type) {
  Value e = current_thread()->current_exception;
  return !e.is_null() && type_is_subtype(type_of(e), type);
}

const char* type_name_of(Value v) { return type_of(v)->name; }

Ref raise_no_memory() {
  if (g_memory_error_instance.is_null() && exc::MemoryError != nullptr) {
    Ref e = make_exception(exc::MemoryError, nullptr, 0);
    if (!e) return nullptr;
    g_memory_error_instance = e.release();
  }
  if (!g_memory_error_instance.is_null()) set_pending(Ref::borrow(g_memory_error_instance));
  return nullptr;
}

}  // namespace taipan
