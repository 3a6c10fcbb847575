// Internal to the io files: the object layouts of the file and in-memory
// stream types, the base classes, and the helpers they share.
#pragma once

#include <cstddef>
#include <string>

#include "modules/io_stream.h"
#include "objects/type.h"

namespace taipan {

// Every io object starts with its __dict__, so that _io._IOBase and all the
// classes deriving from it share one layout prefix (and one dict offset).
struct IOObject : Object {
  Dict* dict;
};

// FileIO (unbuffered) and BufferedReader / BufferedWriter / BufferedRandom:
// binary files over an FdStream (over a descriptor; or, for a buffered file
// built from Python over another raw object, an ObjectStream over it).
struct BinaryFile : IOObject {
  FdStream* stream;  // shared with a text file above it, and with .raw
  Value name;        // owned: what open() was given; null: ask the raw object
  Value mode;        // owned str: "rb", "wb", "ab+" ...; null: ask the raw object
  Value raw;         // owned: a buffered file's raw object (made when first asked
                     // for, when open() made the file); null for FileIO
  bool closefd;
  bool initialized;  // buffered files: __init__ (or open()) gave it a raw stream
  bool detached;     // buffered files: detach() handed the raw file out
};

struct TextState;

// TextIOWrapper: decoded text over an FdStream.
struct TextFile : IOObject {
  FdStream* stream;  // null until __init__
  TextState* state;  // decoding and newline state (C++ object, owned)
  Value name;        // owned; null: ask the buffer
  Value mode;        // owned str; null when not made by open()
  Value buffer;      // owned: the binary object exposed as .buffer
};

struct StringIOState;

struct StringIO : IOObject {
  StringIOState* state;
};

struct BytesIO : IOObject {
  std::string* data;
  Value exported;  // owned bytearray while getbuffer() views live (io_memory.cpp)
  int64_t pos;
  bool closed;
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

// The name open() gave a buffered file while no raw object was handed out
// (borrowed); null when the file must be asked.
Value binary_file_stored_name(Value v);

// Writes a str to a text file (the fast path of print). 0 or -1.
int text_file_write(TextFile* f, Value s);

// Where every io object keeps its __dict__ (offsetof, which GCC questions
// for these non-standard-layout structs).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int64_t kIODictOffset = offsetof(IOObject, dict);
#pragma GCC diagnostic pop

// The finaliser of every io class (_IOBase.__del__): close() unless closed.
// Native objects over a descriptor skip it: their dealloc flushes.
void io_finalize(Value self);
// Raises UnsupportedOperation unless self.readable() / writable() / seekable()
// says yes (_checkReadable ...). 0 or -1.
int io_check_ability(Value self, const char* method);

// A file's mode as open() and FileIO take it apart.
struct OpenMode {
  bool read = false, write = false, create = false, append = false, plus = false, text = false, binary = false;
};
// FileIO's mode argument ("r", "rb", "w+", "ab" ...); false with ValueError set.
bool parse_raw_mode(std::string_view mode, OpenMode* m);
// The raw mode FileIO reports: "rb", "wb", "xb", "ab", "rb+" ...
std::string raw_mode(const OpenMode& m);
// Opens `file` (a path, os.PathLike or descriptor; through `opener` when not
// null or None) as `m` says; the stream (new reference) and, in *name, what
// the file object is named. Null with an exception set on failure.
FdStream* open_file_stream(Value file, const OpenMode& m, bool closefd, Value opener, int64_t buffering, Ref* name);

// Shared checks and errors.
Ref raise_closed_file();
Ref raise_unsupported(const char* what);
// Raises OSError from errno (as the stream recorded it).
// (An ObjectStream's failure has its exception set already.)
Ref raise_stream_error(FdStream* s);
// Parses the optional size argument of read()/readline(): -1 when absent or None.
bool size_argument(const char* function, const Value* args, size_t nargs, Tuple* kwnames, int64_t* out);
// The GC slots of the io objects' __dict__.
void io_dict_traverse(Dict* d, VisitFn visit, void* arg);

}  // namespace taipan
