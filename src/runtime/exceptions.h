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

}  // namespace taipan
