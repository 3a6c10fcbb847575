// Struct sequences: a tuple subclass per description, one getter per field
// (items read by index), and a repr that shows the field names.
#include "runtime/struct_sequence.h"

#include <array>
#include <map>
#include <string>
#include <utility>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

std::map<const Type*, const StructSequenceDesc*>& descriptions() {
  static std::map<const Type*, const StructSequenceDesc*> table;
  return table;
}

template <int I>
Ref get_item(Value self) {
  return Ref::borrow(self.as<Tuple>()->items[I]);
}

template <int... I>
constexpr auto make_getters(std::integer_sequence<int, I...>) {
  return std::array<Ref (*)(Value), sizeof...(I)>{get_item<I>...};
}

constexpr auto kGetters = make_getters(std::make_integer_sequence<int, kStructSequenceMaxFields>{});

const StructSequenceDesc* description_of(Type* t) {
  for (Type* c = t; c != nullptr; c = c->base) {
    auto found = descriptions().find(c);
    if (found != descriptions().end()) return found->second;
  }
  return nullptr;
}

Ref struct_sequence_repr(Value self) {
  const StructSequenceDesc* desc = description_of(type_of(self));
  Tuple* t = self.as<Tuple>();
  std::string out = std::string(desc->name) + "(";
  for (int i = 0; i < desc->count && i < t->size; ++i) {
    if (i > 0) out += ", ";
    Ref r = repr(t->items[i]);
    if (!r) return nullptr;
    out += std::string(desc->fields[i]) + "=" + std::string(str_utf8(r.as<Str>()));
  }
  out += ")";
  return str_from_utf8(out);
}

Ref struct_sequence_no_new(Type* type, const Value*, size_t, Tuple*) {
  return raise(exc::TypeError, std::string("cannot create '") + type->name + "' instances");
}

}  // namespace

int struct_sequence_init_type(Type* t, const StructSequenceDesc* desc) {
  if (desc->count > kStructSequenceMaxFields) return fail(exc::SystemError, "struct sequence too long");
  auto* getsets = new GetSetDef[desc->count + 1]();
  for (int i = 0; i < desc->count; ++i) getsets[i] = {desc->fields[i], kGetters[i], nullptr, nullptr};
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = desc->name;
  t->base = &tuple_type;
  t->basic_size = tuple_type.basic_size;
  t->item_size = sizeof(Value);
  t->flags = (tuple_type.flags & (kTypeGC | kTypeTupleSubclass)) | kTypeTupleSubclass;
  t->getsets = getsets;
  t->repr = struct_sequence_repr;
  t->new_ = struct_sequence_no_new;
  descriptions()[t] = desc;
  return type_ready(t);
}

Ref struct_sequence_new(Type* t, const Value* items) {
  const StructSequenceDesc* desc = description_of(t);
  size_t size = static_cast<size_t>(t->basic_size) + sizeof(Value) * static_cast<size_t>(desc->count);
  Tuple* tuple = new_object<Tuple>(t, size);
  if (tuple == nullptr) return nullptr;
  tuple->size = desc->count;
  tuple->hash = -1;
  for (int i = 0; i < desc->count; ++i) tuple->items[i] = Ref::borrow(items[i]).release();
  return Ref::steal(static_cast<Object*>(tuple));
}

}  // namespace taipan
