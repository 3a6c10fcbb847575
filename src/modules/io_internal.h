// Internal to the io files: the object layouts of the file and in-memory
// stream types, the base classes, and the helpers they share.
#pragma once

#include <cstddef>
#include <string>

#include "modules/io_stream.h"
#include "objects/type.h"

namespace taipan {

// FileIO (unbuffered) and BufferedReader / BufferedWriter / BufferedRandom:
// binary files over an FdStream.
struct BinaryFile : Object {
  FdStream* stream;  // shared with a text file above it
  Value name;        // owned: what open() was given
  Value mode;        // owned str: "rb", "wb", "ab+" ...
  Dict* dict;
  bool closefd;
  bool detached;     // buffered files: detach() handed the raw file out
};

struct TextState;

// TextIOWrapper: decoded text over an FdStream.
struct TextFile : Object {
  FdStream* stream;
  TextState* state;  // decoding and newline state (C++ object, owned)
  Value name;        // owned
  Value mode;        // owned str
  Value buffer;      // owned: the BinaryFile exposed as .buffer
  Dict* dict;
};

struct StringIOState;

struct StringIO : Object {
  StringIOState* state;
  Dict* dict;
};

struct BytesIO : Object {
  std::string* data;
  int64_t pos;
  bool closed;
  Dict* dict;
};

extern Type io_base_type;            // _io._IOBase
extern Type raw_io_base_type;        // _io._RawIOBase
extern Type buffered_io_base_type;   // _io._BufferedIOBase
extern Type text_io_base_type;       // _io._TextIOBase
extern Type file_io_type;            // _io.FileIO
extern Type buffered_reader_type;    // _io.BufferedReader
extern Type buffered_writer_type;    // _io.BufferedWriter
extern Type buffered_random_type;    // _io.BufferedRandom
extern Type text_io_wrapper_type;    // _io.TextIOWrapper
extern Type string_io_type;          // _io.StringIO
extern Type bytes_io_type;           // _io.BytesIO
extern Type buffered_rw_pair_type;   // _io.BufferedRWPair
extern Type newline_decoder_type;    // _io.IncrementalNewlineDecoder
// io.UnsupportedOperation (a class deriving from OSError and ValueError).
extern Type* io_unsupported_operation;

int init_io_base_types();
int init_binary_file_types();
int init_text_file_type();
int init_memory_io_types();
int init_rw_pair_type();
int init_newline_decoder_type();

// io.DEFAULT_BUFFER_SIZE.
constexpr size_t kDefaultBufferSize = 8192;

// A binary file object of the type fitting the mode (stream retained).
Ref binary_file_new(FdStream* stream, Value name, std::string_view mode, bool buffered, bool closefd);
// A text file over `stream` (retained); `binary` becomes .buffer.
Ref text_file_new(FdStream* stream, Value name, std::string_view mode, Value binary, std::string_view encoding,
                  std::string_view errors, Value newline, bool line_buffering, bool write_through);

// The FdStream of a BufferedReader/Writer/Random made by open() (exact type,
// attached), borrowed; null otherwise.
FdStream* buffered_file_stream(Value v);

// Writes a str to a text file (the fast path of print). 0 or -1.
int text_file_write(TextFile* f, Value s);

// Where each layout keeps its __dict__ (offsetof, which GCC questions for
// these non-standard-layout structs).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int64_t kBinaryFileDictOffset = offsetof(BinaryFile, dict);
constexpr int64_t kTextFileDictOffset = offsetof(TextFile, dict);
constexpr int64_t kStringIODictOffset = offsetof(StringIO, dict);
constexpr int64_t kBytesIODictOffset = offsetof(BytesIO, dict);
#pragma GCC diagnostic pop

// Shared checks and errors.
Ref raise_closed_file();
Ref raise_unsupported(const char* what);
// Raises OSError from errno (as the stream recorded it).
Ref raise_stream_error(FdStream* s);
// Parses the optional size argument of read()/readline(): -1 when absent or None.
bool size_argument(const char* function, const Value* args, size_t nargs, Tuple* kwnames, int64_t* out);
// The GC slots of the io objects' __dict__.
void io_dict_traverse(Dict* d, VisitFn visit, void* arg);

}  // namespace taipan
