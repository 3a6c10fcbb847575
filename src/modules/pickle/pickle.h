// The `_pickle` module, pickle's accelerator: the shared pieces of its
// Pickler (pickler.cpp), Unpickler (unpickler.cpp) and PickleBuffer
// (pickle_buffer.cpp): the opcodes, the module state (its exception classes
// and what it borrows from copyreg, _compat_pickle, codecs and functools),
// and the name resolution both directions use.
#pragma once

#include <string_view>

#include "objects/type.h"

namespace taipan::pickle {

// The opcodes of protocols 0 to 5 (pickletools documents each).
enum Op : unsigned char {
  MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', DUP = '2', FLOAT = 'F', INT = 'I', BININT = 'J',
  BININT1 = 'K', LONG = 'L', BININT2 = 'M', NONE = 'N', PERSID = 'P', BINPERSID = 'Q', REDUCE = 'R',
  STRING = 'S', BINSTRING = 'T', SHORT_BINSTRING = 'U', UNICODE = 'V', BINUNICODE = 'X', APPEND = 'a',
  BUILD = 'b', GLOBAL = 'c', DICT = 'd', EMPTY_DICT = '}', APPENDS = 'e', GET = 'g', BINGET = 'h',
  INST = 'i', LONG_BINGET = 'j', LIST = 'l', EMPTY_LIST = ']', OBJ = 'o', PUT = 'p', BINPUT = 'q',
  LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't', EMPTY_TUPLE = ')', SETITEMS = 'u', BINFLOAT = 'G',
  // protocol 2
  PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84, TUPLE1 = 0x85, TUPLE2 = 0x86,
  TUPLE3 = 0x87, NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b,
  // protocol 3
  BINBYTES = 'B', SHORT_BINBYTES = 'C',
  // protocol 4
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90,
  FROZENSET = 0x91, NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95,
  // protocol 5
  BYTEARRAY8 = 0x96, NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98,
};

constexpr int kHighestProtocol = 5;
constexpr int kDefaultProtocol = 4;
constexpr int kBatchSize = 1000;  // items per APPENDS / SETITEMS / ADDITEMS

// What the module keeps for its whole life (owned references, never released).
struct State {
  Type* PickleError = nullptr;
  Type* PicklingError = nullptr;
  Type* UnpicklingError = nullptr;
  Value dispatch_table;          // copyreg.dispatch_table
  Value extension_registry;      // copyreg._extension_registry
  Value inverted_registry;       // copyreg._inverted_registry
  Value extension_cache;         // copyreg._extension_cache
  Value name_mapping_2to3;       // _compat_pickle.NAME_MAPPING
  Value import_mapping_2to3;     // _compat_pickle.IMPORT_MAPPING
  Value name_mapping_3to2;       // _compat_pickle.REVERSE_NAME_MAPPING
  Value import_mapping_3to2;     // _compat_pickle.REVERSE_IMPORT_MAPPING
  Value codecs_encode;           // codecs.encode
  Value getattr;                 // builtins.getattr
  Value partial;                 // functools.partial
};
State& state();

extern Type pickler_type;
extern Type unpickler_type;
extern Type pickle_buffer_type;

int init_pickler_type();
int init_unpickler_type();
int init_pickle_buffer_type();

// The module functions dump, dumps (pickler.cpp), load, loads (unpickler.cpp).
Ref py_dump(Value module, const Value* args, size_t nargs, Tuple* kwnames);
Ref py_dumps(Value module, const Value* args, size_t nargs, Tuple* kwnames);
Ref py_load(Value module, const Value* args, size_t nargs, Tuple* kwnames);
Ref py_loads(Value module, const Value* args, size_t nargs, Tuple* kwnames);

// name split at dots, refusing "<locals>" (AttributeError naming obj when
// given); a new list of str.
Ref dotted_path(Value obj, Value name);
// getattr along the path; *parent (may be null) gets the last object but one.
// Null with no exception set when an attribute is missing.
Ref deep_attribute(Value obj, Value path, Ref* parent);
// sys.modules[name] after importing it (PyImport_Import).
Ref import_by_name(Value name);

// Raises one of the module's exception classes with the message.
Ref raise_pickling(std::string_view message);
Ref raise_unpickling(std::string_view message);

// The memoryview a PickleBuffer wraps (null once released: ValueError set).
Value pickle_buffer_view(Value pickle_buffer);

}  // namespace taipan::pickle
