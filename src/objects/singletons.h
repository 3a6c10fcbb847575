// The value-less singletons: None's type, NotImplemented and Ellipsis.
// None itself is a Value immediate (Value::none()); its type is none_type
// (declared in object.h). NotImplemented and Ellipsis are immortal objects.
#pragma once

#include "objects/type.h"

namespace taipan {

extern Type not_implemented_type;  // NotImplementedType
extern Type ellipsis_type;         // ellipsis

extern Object* not_implemented;  // the NotImplemented object (immortal)
extern Object* ellipsis;         // the Ellipsis object (immortal)

inline Value not_implemented_value() { return Value::object(not_implemented); }
inline Value ellipsis_value() { return Value::object(ellipsis); }
inline bool is_not_implemented(Value v) { return v.is_object() && v.as_object() == not_implemented; }
// A new reference to NotImplemented, for binary slots that decline.
inline Ref ref_not_implemented() { return Ref::borrow(not_implemented); }

// Readies NoneType, NotImplementedType and ellipsis. 0 or -1.
int init_singleton_types();

}  // namespace taipan
