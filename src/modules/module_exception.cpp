// Exception classes defined by native modules (module_exception.h).
#include "modules/module_exception.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocol.h"

namespace taipan {

Type* new_exception_class(std::string_view module, std::string_view name, std::initializer_list<Type*> bases) {
  Ref class_name = str_from_utf8(name);
  Ref module_name = str_from_utf8(module);
  Tuple* base_tuple = tuple_new(static_cast<int64_t>(bases.size()));
  if (base_tuple == nullptr) return nullptr;
  Ref hold_bases = Ref::steal(base_tuple);
  int64_t i = 0;
  for (Type* base : bases) {
    incref(base);
    base_tuple->items[i++] = Value::object(base);
  }
  Dict* ns = dict_new();
  if (ns == nullptr) return nullptr;
  Ref hold_ns = Ref::steal(static_cast<Object*>(ns));
  if (!class_name || !module_name || dict_set_str(ns, "__module__", module_name.get()) < 0) return nullptr;
  Ref cls = call(Value::object(&type_type), {class_name.get(), hold_bases.get(), hold_ns.get()});
  if (!cls) return nullptr;
  return cls.release().as<Type>();
}

}  // namespace taipan
