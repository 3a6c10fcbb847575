// _pickle.PickleBuffer: the wrapper by which an object hands its buffer to
// protocol 5 (in band, or out of band through buffer_callback). It holds a
// memoryview of the object, which pins the exporter while the wrapper lives,
// and exposes that buffer itself (memoryview(pb), raw(), release()).
#include "modules/pickle/pickle.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::pickle {

Type pickle_buffer_type;

namespace {

struct PickleBufferObject : Object {
  Value view;  // a memoryview of the wrapped object (owned)
  Value weakrefs;
};

constexpr const char* kReleased = "operation forbidden on released PickleBuffer object";

Ref pickle_buffer_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("PickleBuffer", kwnames) || !check_arg_count("PickleBuffer", nargs, 1, 1)) return nullptr;
  Buffer probe;
  if (!require_buffer(args[0], &probe)) return nullptr;
  Ref view = call(Value::object(&memoryview_type), {args[0]});
  if (!view) return nullptr;
  auto* self = new_object<PickleBufferObject>(type, static_cast<size_t>(type->basic_size));
  if (self == nullptr) return nullptr;
  self->view = view.release();
  return Ref::steal(self);
}

void pickle_buffer_traverse(Object* self, VisitFn visit, void* arg) {
  Value view = static_cast<PickleBufferObject*>(self)->view;
  if (!view.is_null()) visit(view, arg);
}

void pickle_buffer_clear(Object* self) {
  auto* pb = static_cast<PickleBufferObject*>(self);
  Value view = pb->view;
  pb->view = Value();
  decref(view);
}

void pickle_buffer_dealloc(Object* self) {
  pickle_buffer_clear(self);
  free_object(self);
}

bool pickle_buffer_get(Value self, Buffer* out) {
  Value view = pickle_buffer_view(self);
  return !view.is_null() && memoryview_buffer(view.as<MemoryView>(), out);
}

Ref pickle_buffer_raw(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("raw", kwnames) || !check_arg_count("raw", nargs, 0, 0)) return nullptr;
  Value view = pickle_buffer_view(self);
  if (view.is_null()) return nullptr;
  MemoryView* m = view.as<MemoryView>();
  if (m->step != m->itemsize) return raise(exc::BufferError, "cannot extract raw buffer from non-contiguous buffer");
  return call_method(view, "cast", {Value::object(INTERNED("B"))});
}

Ref pickle_buffer_release(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("release", kwnames) || !check_arg_count("release", nargs, 0, 0)) return nullptr;
  Value view = self.as<PickleBufferObject>()->view;
  if (!view.is_null() && !call_method(view, "release", {})) return nullptr;
  return Ref::none();
}

const MethodDef kPickleBufferMethods[] = {
    {"raw", pickle_buffer_raw, kMethodInstance, "Return a memoryview of the raw memory underlying this buffer."},
    {"release", pickle_buffer_release, kMethodInstance, "Release the underlying buffer exposed by the PickleBuffer object."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Value pickle_buffer_view(Value pickle_buffer) {
  Value view = pickle_buffer.as<PickleBufferObject>()->view;
  if (view.is_null() || view.as<MemoryView>()->released) {
    raise(exc::ValueError, kReleased);
    return Value();
  }
  return view;
}

int init_pickle_buffer_type() {
  Type& t = pickle_buffer_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "pickle.PickleBuffer";
  t.doc = "Wrapper for potentially out-of-band buffers";
  t.basic_size = sizeof(PickleBufferObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  PickleBufferObject probe{};
  t.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  t.new_ = pickle_buffer_new;
  t.dealloc = pickle_buffer_dealloc;
  t.traverse = pickle_buffer_traverse;
  t.clear = pickle_buffer_clear;
  t.methods = kPickleBufferMethods;
  if (type_ready(&t) < 0) return -1;
  register_buffer_type(&t, pickle_buffer_get);
  return 0;
}

}  // namespace taipan::pickle
