// The built-in exception hierarchy: the BaseException object layout and one
// Type pointer per built-in exception class.
#pragma once

#include "objects/type.h"

namespace taipan {

// Every exception instance starts with this layout; subclasses such as
// OSError or StopIteration add fields after it.
struct BaseException : Object {
  Dict* dict;               // instance __dict__, or null
  Value args;               // tuple (owned)
  Value notes;              // __notes__ list or null (owned)
  Value traceback;          // __traceback__ or null (owned)
  Value context;            // __context__ or null (owned)
  Value cause;              // __cause__ or null (owned)
  bool suppress_context;    // __suppress_context__
};

namespace exc {
#define TAIPAN_EXCEPTION_TYPES(X)                                                        \
  X(BaseException) X(BaseExceptionGroup) X(Exception) X(ExceptionGroup)                \
  X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit) X(ArithmeticError)               \
  X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) X(AssertionError)        \
  X(AttributeError) X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError)   \
  X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(NameError)                 \
  X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError)              \
  X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError)                      \
  X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError)                 \
  X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError)  \
  X(PermissionError) X(ProcessLookupError) X(TimeoutError) X(ReferenceError)           \
  X(RuntimeError) X(NotImplementedError) X(RecursionError) X(StopAsyncIteration)       \
  X(StopIteration) X(SyntaxError) X(IndentationError) X(TabError) X(SystemError)       \
  X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError)                     \
  X(UnicodeEncodeError) X(UnicodeTranslateError) X(Warning) X(BytesWarning)            \
  X(DeprecationWarning) X(EncodingWarning) X(FutureWarning) X(ImportWarning)           \
  X(PendingDeprecationWarning) X(ResourceWarning) X(RuntimeWarning) X(SyntaxWarning)   \
  X(UnicodeWarning) X(UserWarning)
#define TAIPAN_DECLARE_EXCEPTION(name) extern Type* name;
TAIPAN_EXCEPTION_TYPES(TAIPAN_DECLARE_EXCEPTION)
#undef TAIPAN_DECLARE_EXCEPTION
}  // namespace exc

// Creates the hierarchy and fills the exc:: pointers. 0 or -1.
int init_exceptions();

// The layouts of the exception classes that carry fields of their own. Every
// field is a Value (owned; null reads as None), so that the shared traverse,
// clear and dealloc slots can walk them.
struct StopIterationObject : BaseException {
  Value value;
};
struct SystemExitObject : BaseException {
  Value code;
};
struct OSErrorObject : BaseException {
  Value errno_;  // `errno` (a macro name in C++)
  Value strerror;
  Value filename;
  Value filename2;
  Value characters_written;  // BlockingIOError; null when unset
};
struct ImportErrorObject : BaseException {
  Value msg;
  Value name;
  Value path;
};
struct SyntaxErrorObject : BaseException {
  Value msg;
  Value filename;
  Value lineno;
  Value offset;
  Value text;
  Value end_lineno;
  Value end_offset;
  Value print_file_and_line;
};
struct UnicodeErrorObject : BaseException {
  Value encoding;
  Value object;
  Value start;
  Value end;
  Value reason;
};
struct AttributeErrorObject : BaseException {
  Value name;
  Value obj;
};
struct NameErrorObject : BaseException {
  Value name;
};
struct ExceptionGroupObject : BaseException {
  Value message;     // str
  Value exceptions;  // tuple of exceptions
};

inline bool is_exception_instance(Value v) {
  return v.is_object() && type_has_flag(v.as_object()->type, kTypeBaseExceptionSubclass);
}
// True for a class (not an instance) deriving from BaseException.
bool is_exception_class(Value v);

// Instantiates an exception class with positional arguments (fast for the
// built-in classes, a normal call for classes made by `class`).
Ref make_exception(Type* type, const Value* args, size_t nargs);
// The `value` of a StopIteration instance (borrowed; None when unset).
Value stop_iteration_value(Value exc);
// Raises OSError(errnum, strerror(errnum)[, filename[, None, filename2]]),
// which becomes the matching subclass (FileNotFoundError for ENOENT …).
// Either filename may be null.
Ref raise_os_error(int errnum, Value filename = Value(), Value filename2 = Value());
// Raises AttributeError("'T' object has no attribute 'name'") with its name
// and obj fields set, as CPython's attribute lookup does.
Ref raise_attribute_error(Value obj, Str* name);
// Hands the pending exception, raised where nothing can catch it (__del__, a
// dropped generator's finally, callbacks …), to sys.unraisablehook, then
// clears it. Without a hook, print_unraisable() reports it. err_msg (a str)
// replaces "Exception ignored in".
void write_unraisable(Value obj, Value err_msg = Value());
// sys.__unraisablehook__'s output on sys.stderr: "<err_msg>: <repr of obj>"
// (err_msg None: "Exception ignored in"; obj None: "<err_msg>:") and exc's traceback.
void print_unraisable(Value exc, Value err_msg, Value obj);

// ExceptionGroup's slots and tables, defined in exception_group.cpp.
Ref exception_group_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
int exception_group_init(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Ref exception_group_str(Value self);
extern const MethodDef kExceptionGroupMethods[];
extern const GetSetDef kExceptionGroupGetSets[];

}  // namespace taipan
