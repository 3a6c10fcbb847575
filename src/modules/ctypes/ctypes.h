// _ctypes: C data types and foreign calls on libffi, under CPython's names.
// Every ctypes type is a class whose metaclass (PyCSimpleType,
// PyCStructType, UnionType, PyCArrayType, PyCPointerType, PyCFuncPtrType)
// carries a CTypeInfo: the size, alignment and ffi_type of its instances and
// what they hold (CPython's StgDict). Every instance is a CDataObject over a
// block of C memory, its own or borrowed from another object it keeps alive.
// Shared by the files of src/modules/ctypes/: storage and the metaclass
// machinery (cdata.cpp), simple types (simple.cpp), structures and unions
// (struct_layout.cpp), arrays and pointers (array_pointer.cpp), foreign calls
// (funcptr.cpp), callbacks (callback.cpp) and the module (module.cpp).
#pragma once

#include <ffi.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "objects/type.h"

namespace taipan {

enum class CKind : uint8_t { None, Simple, Struct, Union, Array, Pointer, Function };

// CPython's FUNCFLAG_* values.
constexpr int kFuncFlagCdecl = 0x1;
constexpr int kFuncFlagHResult = 0x2;
constexpr int kFuncFlagPythonApi = 0x4;
constexpr int kFuncFlagUseErrno = 0x8;
constexpr int kFuncFlagUseLastError = 0x10;

// One field of a structure or union (a CField descriptor holds it too).
struct CFieldInfo {
  int64_t offset;
  int64_t size;       // bytes of the field's type
  int bit_offset;     // bit fields: the lowest bit's position
  int bit_count;      // 0: not a bit field
  Value type;         // the field's ctypes type (borrowed from the fields list)
};

struct CTypeInfo {
  CKind kind = CKind::None;
  int64_t size = 0;
  int64_t align = 0;
  int64_t length = 0;       // arrays: the item count
  char code = 0;            // simple types: the _type_ letter
  ffi_type* ffi = nullptr;  // how libffi passes a value of this type
  ffi_type own_ffi{};       // structs and arrays: the ffi_type made for them
  std::vector<ffi_type*> ffi_elements;
  Value proto;              // arrays and pointers: the item type (owned)
  bool final = false;       // structures: _fields_ is set and may not change
  // Function pointer types: _argtypes_, _restype_, _flags_ (owned).
  Value argtypes, restype;
  int flags = 0;
  // Structures and unions: every field name, the bases' first (owned tuple).
  Value names;
};

struct CTypeObject : Type {
  CTypeInfo* info;  // null until the metaclass fills it
};

struct CDataObject : Object {
  char* ptr;       // the C memory
  int64_t size;
  bool owns;       // ptr is ours (malloc'd)
  Value base;      // the object whose memory this is, kept alive (owned), or null
  Value keep;      // a dict of Python objects the C memory refers to (owned), or null
  int64_t exports;
  Value weakrefs;
  // Function pointers: per-instance argtypes/restype/errcheck, the Python
  // callable of a callback, its closure, and the name given by CDLL.
  Value argtypes, restype, errcheck, callable;
  Value argtypes_given;  // argtypes as assigned (a list stays a list), owned
  void* closure;
  struct CallbackThunk* thunk;
};

extern Type simple_meta, struct_meta, union_meta, array_meta, pointer_meta, funcptr_meta;
// The base classes: instances of their metaclass, so they carry (an empty) info.
extern CTypeObject simple_cdata_type, cstruct_type, cunion_type, array_type_c, pointer_type_c, funcptr_type;
extern Type cfield_type, carg_type;
extern Type* argument_error;

// ---- cdata.cpp ----

// The CTypeInfo of a ctypes type, or null (no exception) for anything else.
CTypeInfo* ctype_info(Value type);
// Of an instance's type.
inline CTypeInfo* cdata_info(Value v) { return ctype_info(Value::object(reinterpret_cast<Object*>(type_of(v)))); }
bool is_cdata(Value v);
// A new instance of `type` with its own zeroed memory of `size` bytes.
CDataObject* cdata_new_owned(Type* type, int64_t size);
// A new instance of `type` over memory at `ptr`, keeping `base` alive (may be null).
CDataObject* cdata_new_at(Type* type, char* ptr, Value base);
// Records that the memory of `self` refers to `obj` (keeps it alive).
int cdata_keep(Value self, Value key, Value obj);
// A type's __name__ (what CPython's tp_name of a class is).
std::string ctype_name(Value type);
// "<NAME object at 0x...>", CPython's repr of CData instances.
Ref cdata_object_repr(Value self);
// sizeof() of a type or an instance, or -1 with TypeError.
int64_t ctype_sizeof(Value type_or_obj);
// Makes the metaclasses, the base types and their shared slots.
int init_cdata_types();
// Completes a metaclass: the shared dealloc/traverse, `*` making array types.
void init_ctype_meta(Type& meta, const char* name);
// Readies a metaclass and gives it the class methods every ctypes type has
// (from_address, from_buffer, from_buffer_copy, in_dll). 0 or -1.
int finish_ctype_meta(Type& meta);
// Fills the slots every CData base class shares; finish_cdata_base() readies it. 
void init_cdata_base(CTypeObject& t, Type* meta, const char* name);
int finish_cdata_base(CTypeObject& t);
// Adds method descriptors to a readied type's dict. 0 or -1.
int add_methods(Type* t, const MethodDef* methods);
// A copy of an info (new references to its values).
CTypeInfo* info_copy(const CTypeInfo* from);
void info_free(CTypeInfo* info);
// _ctypes._unpickle, which __reduce__ names (set by the module).
extern Value cdata_unpickle_function;
// The owning dict at the root of self's base chain.
Ref cdata_objects(Value self);

// ---- simple.cpp ----

// Set in the code of a byte-swapped (big-endian) simple type: its value is
// the plain code's, bytes reversed.
constexpr char kSwappedCode = static_cast<char>(0x80);

// Reads a C value of the simple type `code` at p as a Python object.
Ref simple_get(char code, const char* p, int64_t size);
// Stores v at p as `code`; `keep` gets the object to keep alive (for z/Z/O).
int simple_set(char code, char* p, Value v, Ref* keep);
// The ffi_type of a code.
ffi_type* simple_ffi(char code);
int64_t simple_size(char code);
int init_simple_types();
// True when restype is a subclass of a simple type other than its direct
// children (CPython's _ctypes_simple_instance): results stay instances.
bool simple_instance_type(Value type);

// ---- struct_layout.cpp ----
int init_struct_types();
int struct_set_fields(Type* t, Value fields);
// The type of a structure's field (borrowed), or null.
Value struct_field_type(Value type, Str* name);

// ---- array_pointer.cpp ----
// The array type `itemtype * length` (cached).
Ref array_type_for(Value itemtype, int64_t length);
Ref pointer_type_for(Value type);  // POINTER(type), cached
Ref pointer_to(Value obj);         // pointer(obj)
int init_array_pointer_types();
extern Value pointer_type_cache;   // _pointer_type_cache (a dict, owned)
// A value read at p from memory of type `type`: simple types give Python
// values, others an instance sharing memory with `base`.
Ref cdata_get(Value type, char* p, Value base);
// Stores v at p as type `type` (owner is the instance whose memory p is).
int cdata_set(Value owner, Value type, char* p, Value v, Value key);

// ---- funcptr.cpp ----
int init_funcptr_types();
// Converts a Python argument into how it is passed: an ffi_type and bytes.
struct CArgValue {
  ffi_type* ffi = nullptr;
  union {
    int64_t i;
    double d;
    float f;
    long double g;
    void* p;
  } value{};
  std::vector<char> big;  // structs passed by value
  Ref keep;               // what must live through the call
  void* data() { return big.empty() ? static_cast<void*>(&value) : big.data(); }
};

// ---- callback.cpp ----
// Makes self (a CFuncPtr) call `callable` from C; 0 or -1.
int callback_init(CDataObject* self, CTypeInfo* info, Value callable);
void callback_free(CDataObject* self);

// ---- module.cpp ----
// byref()'s result and how arguments passed by reference are built.
struct CArgObject : Object {
  char tag;       // the type code CPython shows in the repr ('P' for byref)
  bool by_value;  // from_param's wrapping of a simple instance: obj is passed as it is
  void* ptr;      // byref: the address passed
  Value obj;      // kept alive (owned)
};
Ref carg_new(void* ptr, Value obj);
// A simple instance as from_param gives it: passed by value.
Ref carg_wrap(Value simple, char code);
int& ctypes_errno();

}  // namespace taipan
