// TextIOWrapper: text over an FdStream. Reading decodes raw chunks into an
// untranslated UTF-8 buffer; newline translation (universal newlines by
// default) happens as text is handed out, so tell() can map the buffer
// position back to a byte offset. Writing encodes, translates "\n" when
// newline is "\r" or "\r\n", and flushes per line when line-buffered.
#include <cstring>
#include <string>

#include "modules/io_internal.h"
#include "modules/io_object_stream.h"
#include "objects/bytes.h"
#include "objects/codec_registry.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type text_io_wrapper_type;

enum class Newline { Universal, Untranslated, LF, CR, CRLF };

// How many encoded bytes a text file gathers before handing them to its buffer.
constexpr size_t kTextChunkSize = 8192;

struct TextState {
  std::string encoding;  // as given: "UTF-8"
  std::string codec;     // normalised: "utf-8"; for a codec of the registry, the name as given
  // A codec Taipan does not have natively: the incremental decoder and
  // encoder of its CodecInfo (null when the file cannot read / write).
  Ref decoder, encoder;
  std::string errors;
  Newline newline = Newline::Universal;
  bool line_buffering = false;
  bool write_through = false;
  // Reading: decoded[dpos..] is text not handed out yet; pending_raw holds
  // bytes that do not form a whole character yet.
  std::string decoded;
  size_t dpos = 0;
  std::string pending_raw;
  bool eof = false;
  bool at_start = true;
  // The `newlines` attribute: kinds of line ending decoded so far (universal
  // and untranslated modes), a "\r" at the end of a chunk held until the
  // next one shows whether "\n" follows.
  unsigned seen_newlines = 0;
  bool pending_cr = false;
  // Writing: a codec with a byte-order mark writes it only at the start of
  // the stream (after opening at position 0 or seeking there).
  bool bom_pending = true;
  // tell() is refused while the file is being iterated with next().
  bool telling = true;
  bool detached = false;  // detach() handed the buffer out
  // The wrapper runs its own ObjectStream over a buffer object (not a
  // buffered file's stream); questions about the buffer go to that object.
  bool over_object = false;
  size_t chunk_size = kTextChunkSize;  // _CHUNK_SIZE: encoded bytes gathered before a write below

  bool byte_per_char_for_ascii() const { return codec == "utf-8" || codec == "ascii" || codec == "latin-1"; }
};

namespace {

TextFile* as_text(Value v) { return v.as<TextFile>(); }

bool set_codec(TextFile* f, std::string_view encoding);

// The codec that continues a stream whose byte-order mark is already written.
std::string_view codec_without_bom(std::string_view codec) {
  if (codec == "utf-16") return "utf-16-le";
  if (codec == "utf-32") return "utf-32-le";
  if (codec == "utf-8-sig") return "utf-8";
  return codec;
}

bool check_attached(Value self) {
  TextFile* f = as_text(self);
  if (f->stream == nullptr) {
    raise(exc::ValueError, "I/O operation on uninitialized object");
    return false;
  }
  if (!f->state->detached) return true;
  raise(exc::ValueError, "underlying buffer has been detached");
  return false;
}

// Every text operation but write() first hands the pending text to the buffer.
// A wrapper over a buffer object is as closed as that object says.
bool buffer_object_closed(TextFile* f, bool* closed) {
  Ref answer = getattr(f->buffer, intern("closed"));
  if (!answer) return false;
  int truth = is_true(answer.get());
  *closed = truth > 0;
  return truth >= 0;
}

FdStream* open_stream(Value self) {
  if (!check_attached(self)) return nullptr;
  TextFile* f = as_text(self);
  FdStream* s = f->stream;
  bool closed = s->closed();
  if (!closed && f->state->over_object && !buffer_object_closed(f, &closed)) return nullptr;
  if (closed) {
    raise_closed_file();
    return nullptr;
  }
  if (!s->push_text()) {
    raise_stream_error(s);
    return nullptr;
  }
  return s;
}

bool is_ascii(std::string_view data) {
  size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, data.data() + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < data.size(); ++i) {
    if (static_cast<unsigned char>(data[i]) >= 0x80) return false;
  }
  return true;
}

enum SeenNewline : unsigned { kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4 };

void note_newlines(TextState* st, std::string_view text) {
  if (st->newline != Newline::Universal && st->newline != Newline::Untranslated) return;
  if (!st->pending_cr && text.find('\r') == std::string_view::npos) {  // the common case: no "\r" at all
    if (text.find('\n') != std::string_view::npos) st->seen_newlines |= kSeenLF;
    return;
  }
  for (char c : text) {
    if (st->pending_cr) {
      st->pending_cr = false;
      if (c == '\n') {
        st->seen_newlines |= kSeenCRLF;
        continue;
      }
      st->seen_newlines |= kSeenCR;
    }
    if (c == '\r') st->pending_cr = true;
    else if (c == '\n') st->seen_newlines |= kSeenLF;
  }
  if (st->eof && st->pending_cr) {
    st->pending_cr = false;
    st->seen_newlines |= kSeenCR;
  }
}

void reset_reading(TextState* st) {
  st->decoded.clear();
  st->dpos = 0;
  st->pending_raw.clear();
  st->eof = false;
}

// Reads and decodes one more chunk; false with an exception set on error.
// Decodes `chunk` (all that is left of the stream when at_eof) onto the
// decoded text.
bool absorb(TextFile* f, const std::string& chunk, bool at_eof) {
  TextState* st = f->state;
  if (st->dpos == st->decoded.size()) {
    st->decoded.clear();
    st->dpos = 0;
  } else if (st->dpos > 65536) {
    st->decoded.erase(0, st->dpos);
    st->dpos = 0;
  }
  if (at_eof) st->eof = true;
  if (st->pending_raw.empty() && st->byte_per_char_for_ascii() && is_ascii(chunk)) {
    note_newlines(st, chunk);
    st->decoded += chunk;
    if (!chunk.empty()) st->at_start = false;
    return true;
  }
  std::string data = st->pending_raw + chunk;
  int64_t consumed = static_cast<int64_t>(data.size());
  Ref text;
  if (st->decoder) {
    Ref input = bytes_from_string(data);
    if (!input) return false;
    text = call_method(st->decoder.get(), "decode", {input.get(), Value::boolean(st->eof)});
    if (text && !is_str(text.get())) {
      raise(exc::TypeError, std::string("decoder should return a string result, not '") + type_name_of(text.get()) + "'");
      return false;
    }
  } else {
    text = decode_incremental(data, st->codec, st->errors, st->eof, st->at_start, &consumed);
  }
  if (!text) return false;
  note_newlines(st, str_utf8(text.as<Str>()));
  st->decoded += str_utf8(text.as<Str>());
  st->pending_raw = data.substr(static_cast<size_t>(consumed));
  if (consumed > 0) st->at_start = false;
  return true;
}

bool fill(TextFile* f) {
  std::string chunk;
  if (!f->stream->read_some(f->stream->buffer_size(), &chunk)) {
    raise_stream_error(f->stream);
    return false;
  }
  return absorb(f, chunk, chunk.empty());
}

size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

int64_t count_chars(std::string_view utf8) {
  int64_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

// Universal newlines: "\r\n" and "\r" become "\n".
std::string translate_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

FdStream* readable_stream(Value self) {
  FdStream* s = open_stream(self);
  if (s != nullptr && !s->readable()) {
    raise_unsupported("not readable");
    return nullptr;
  }
  return s;
}

Ref read_all(TextFile* f) {
  TextState* st = f->state;
  if (!st->eof) {
    std::string all;
    if (!f->stream->read(-1, &all)) return raise_stream_error(f->stream);
    if (!absorb(f, all, true)) return nullptr;
  }
  std::string_view rest(st->decoded.data() + st->dpos, st->decoded.size() - st->dpos);
  bool translate = st->newline == Newline::Universal && rest.find('\r') != std::string_view::npos;
  Ref out = translate ? str_from_utf8(translate_newlines(rest)) : str_from_utf8(rest);
  st->decoded.clear();
  st->dpos = 0;
  return out;
}

Ref read_chars(TextFile* f, int64_t n) {
  TextState* st = f->state;
  std::string out;
  int64_t count = 0;
  while (count < n) {
    if (st->dpos >= st->decoded.size()) {
      if (st->eof) break;
      if (!fill(f)) return nullptr;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(st->decoded[st->dpos]);
    if (c == '\r' && st->newline == Newline::Universal) {
      if (st->dpos + 1 >= st->decoded.size() && !st->eof) {
        if (!fill(f)) return nullptr;
        continue;
      }
      bool crlf = st->dpos + 1 < st->decoded.size() && st->decoded[st->dpos + 1] == '\n';
      out += '\n';
      st->dpos += crlf ? 2 : 1;
    } else {
      size_t len = utf8_length(c);
      out.append(st->decoded, st->dpos, len);
      st->dpos += len;
    }
    ++count;
  }
  return str_from_utf8(out);
}

// Finds the end of the line that starts at dpos, scanning from `scan`;
// npos when more text is needed.
size_t line_end(const TextState* st, size_t scan) {
  const std::string& d = st->decoded;
  switch (st->newline) {
    case Newline::LF: {
      size_t i = d.find('\n', scan);
      return i == std::string::npos ? i : i + 1;
    }
    case Newline::CR: {
      size_t i = d.find('\r', scan);
      return i == std::string::npos ? i : i + 1;
    }
    case Newline::CRLF: {
      size_t i = d.find("\r\n", scan);
      return i == std::string::npos ? i : i + 2;
    }
    default: {
      size_t i = d.find_first_of("\r\n", scan);
      if (i == std::string::npos || d[i] == '\n') return i == std::string::npos ? i : i + 1;
      if (i + 1 == d.size()) return st->eof ? i + 1 : std::string::npos;
      return d[i + 1] == '\n' ? i + 2 : i + 1;
    }
  }
}

Ref read_line(TextFile* f, int64_t limit) {
  TextState* st = f->state;
  size_t scan_offset = 0;  // relative to dpos: fill() may move the buffer
  size_t end;
  for (;;) {
    end = line_end(st, st->dpos + scan_offset);
    if (end != std::string::npos) break;
    if (st->eof) {
      end = st->decoded.size();
      break;
    }
    scan_offset = st->decoded.size() - st->dpos;
    if (scan_offset > 0 && st->decoded.back() == '\r') --scan_offset;
    if (limit >= 0 && count_chars(std::string_view(st->decoded).substr(st->dpos)) >= limit) {
      end = st->decoded.size();
      break;
    }
    if (!fill(f)) return nullptr;
  }
  std::string_view raw(st->decoded.data() + st->dpos, end - st->dpos);
  if (limit >= 0 && count_chars(raw) > limit) {
    size_t bytes = 0;
    for (int64_t k = 0; k < limit; ++k) bytes += utf8_length(static_cast<unsigned char>(raw[bytes]));
    raw = raw.substr(0, bytes);
  }
  st->dpos += raw.size();
  if (st->newline == Newline::Universal && !raw.empty() && raw.back() != '\n' && raw.find('\r') != std::string_view::npos) {
    return str_from_utf8(translate_newlines(raw));
  }
  if (st->newline == Newline::Universal && raw.size() >= 2 && raw.substr(raw.size() - 2) == "\r\n") {
    std::string line(raw.substr(0, raw.size() - 2));
    return str_from_utf8(line + "\n");
  }
  return str_from_utf8(raw);
}

bool size_of_remainder_in_bytes(TextFile* f, int64_t* out) {
  TextState* st = f->state;
  std::string_view rest(st->decoded.data() + st->dpos, st->decoded.size() - st->dpos);
  if (st->codec == "utf-8" || (st->byte_per_char_for_ascii() && is_ascii(rest))) {
    *out = static_cast<int64_t>(rest.size());
    return true;
  }
  Ref text = str_from_utf8(rest);
  if (!text) return false;
  Ref bytes = encode(text.as<Str>(), codec_without_bom(st->codec), st->errors);
  if (!bytes) return false;
  *out = bytes.as<Bytes>()->size;
  return true;
}

bool tell_position(TextFile* f, int64_t* pos) {
  if (!f->stream->tell(pos)) {
    raise_stream_error(f->stream);
    return false;
  }
  int64_t rest;
  if (!size_of_remainder_in_bytes(f, &rest)) return false;
  *pos -= static_cast<int64_t>(f->state->pending_raw.size()) + rest;
  return true;
}

// --- Methods ---------------------------------------------------------------------

Ref text_read(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t n;
  if (!size_argument("read", args, nargs, kwnames, &n) || readable_stream(self) == nullptr) return nullptr;
  return n < 0 ? read_all(as_text(self)) : read_chars(as_text(self), n);
}

// readline(size=-1): unlike read(), the size must be an int (None is refused).
Ref text_readline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("readline", kwnames) || !check_arg_count("readline", nargs, 0, 1)) return nullptr;
  int64_t n = nargs == 0 ? -1 : as_int64(args[0]);
  if (n == -1 && error_occurred()) return nullptr;
  if (readable_stream(self) == nullptr) return nullptr;
  return read_line(as_text(self), n);
}

Ref text_next(Value self) {
  if (readable_stream(self) == nullptr) return nullptr;
  TextState* st = as_text(self)->state;
  st->telling = false;
  Ref line = read_line(as_text(self), -1);
  if (!line || line.as<Str>()->length > 0) return line;
  st->telling = true;
  return Ref();
}

Ref text_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("write", kwnames) || !check_arg_count("write", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("write() argument must be str, not ") + type_name_of(args[0]));
  }
  if (text_file_write(as_text(self), args[0]) < 0) return nullptr;
  return int_from_int64(args[0].as<Str>()->length);
}

Ref text_seek(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("seek", kwnames) || !check_arg_count("seek", nargs, 1, 2)) return nullptr;
  TextFile* f = as_text(self);
  if (open_stream(self) == nullptr) return nullptr;
  if (!f->stream->seekable()) return raise_unsupported("underlying stream is not seekable");
  int64_t cookie = as_int64(args[0]);
  if (cookie == -1 && error_occurred()) return nullptr;
  int64_t whence = nargs == 2 ? as_int64(args[1]) : 0;
  if (whence == -1 && error_occurred()) return nullptr;
  int64_t pos;
  if (whence == 1) {
    if (cookie != 0) return raise_unsupported("can't do nonzero cur-relative seeks");
    if (!tell_position(f, &pos)) return nullptr;
    cookie = pos;
    whence = 0;
  } else if (whence == 2) {
    if (cookie != 0) return raise_unsupported("can't do nonzero end-relative seeks");
  } else if (whence != 0) {
    return raise(exc::ValueError, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  } else if (cookie < 0) {
    return raise(exc::ValueError, "negative seek position " + std::to_string(cookie));
  }
  reset_reading(f->state);
  if (!f->stream->seek(cookie, static_cast<int>(whence), &pos)) return raise_stream_error(f->stream);
  f->state->at_start = pos == 0;
  f->state->bom_pending = pos == 0;
  if (pos == 0) {
    f->state->seen_newlines = 0;
    f->state->pending_cr = false;
  }
  return int_from_int64(pos);
}

Ref text_tell(Value self, const Value*, size_t, Tuple*) {
  TextFile* f = as_text(self);
  if (open_stream(self) == nullptr) return nullptr;
  if (!f->stream->seekable()) return raise_unsupported("underlying stream is not seekable");
  if (!f->state->telling) return raise(exc::OSError, "telling position disabled by next() call");
  int64_t pos;
  if (!tell_position(f, &pos)) return nullptr;
  return int_from_int64(pos);
}

Ref text_truncate(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("truncate", kwnames) || !check_arg_count("truncate", nargs, 0, 1)) return nullptr;
  TextFile* f = as_text(self);
  if (open_stream(self) == nullptr) return nullptr;
  if (!f->stream->writable()) return raise_unsupported("truncate");  // the buffer's wording
  // As CPython's, this is the buffer's truncate: by default at the binary
  // position (after any chunk read ahead), and the text position stays.
  int64_t size;
  if (nargs == 0 || args[0].is_none()) {
    if (!f->stream->tell(&size)) return raise_stream_error(f->stream);
  } else {
    size = as_int64(args[0]);
    if (size == -1 && error_occurred()) return nullptr;
  }
  if (!f->stream->truncate(size)) return raise_stream_error(f->stream);
  return int_from_int64(size);
}

Ref text_flush(Value self, const Value*, size_t, Tuple*) {
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  if (!s->sync()) return raise_stream_error(s);
  return Ref::none();
}

// One of the questions a wrapper passes on to its buffer object.
Ref ask_buffer(Value self, const char* method) {
  return call_method(as_text(self)->buffer, method, {});
}

bool over_object(Value self) { return as_text(self)->state->over_object; }

// Over a buffer object, or over the stream of a buffered file made from
// Python over a raw object: the questions go to the buffer, not a descriptor.
bool asks_buffer(Value self) { return !as_text(self)->stream->source().is_null(); }

// A wrapper over a buffer object that is already closed has nothing to do;
// otherwise the buffer is flushed, then closed.
Ref text_close(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_text(self)->stream;
  if (over_object(self) && !s->closed()) {
    Ref closed = getattr(as_text(self)->buffer, intern("closed"));
    if (!closed) return nullptr;
    int truth = is_true(closed.get());
    if (truth < 0) return nullptr;
    if (truth) {
      s->abandon();
      return Ref::none();
    }
    if (!s->push_text() || !s->sync()) {
      Ref pending = fetch_error();
      s->close();
      restore_error(std::move(pending));
      return raise_stream_error(s);
    }
  }
  if (!s->close()) return raise_stream_error(s);
  return Ref::none();
}

// The queries below are answered by the binary file underneath, which words
// its closed-file error without the final period.
FdStream* open_buffer_stream(Value self) {
  if (!check_attached(self)) return nullptr;
  FdStream* s = as_text(self)->stream;
  if (s->closed()) {
    raise(exc::ValueError, "I/O operation on closed file");
    return nullptr;
  }
  return s;
}

Ref text_fileno(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  if (asks_buffer(self)) return ask_buffer(self, "fileno");
  FdStream* s = open_buffer_stream(self);
  return s == nullptr ? nullptr : Ref::small_int(s->fd());
}

Ref text_isatty(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  if (asks_buffer(self)) return ask_buffer(self, "isatty");
  FdStream* s = open_buffer_stream(self);
  return s == nullptr ? nullptr : Ref::boolean(s->isatty());
}

// A buffer that only reads is never writable (and one that only writes never
// readable), open or closed.
Ref buffer_ability(Value self, bool able) {
  if (!able) return Ref::boolean(false);
  return open_buffer_stream(self) == nullptr ? nullptr : Ref::boolean(true);
}

Ref text_readable(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  if (asks_buffer(self)) return ask_buffer(self, "readable");
  return buffer_ability(self, as_text(self)->stream->readable());
}

Ref text_writable(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  if (asks_buffer(self)) return ask_buffer(self, "writable");
  return buffer_ability(self, as_text(self)->stream->writable());
}

Ref text_seekable(Value self, const Value*, size_t, Tuple*) {
  if (!check_attached(self)) return nullptr;
  if (asks_buffer(self)) return ask_buffer(self, "seekable");
  FdStream* s = open_buffer_stream(self);
  return s == nullptr ? nullptr : Ref::boolean(s->seekable());
}

bool parse_newline(Value v, Newline* out) {
  if (v.is_null() || v.is_none()) {
    *out = Newline::Universal;
    return true;
  }
  std::string_view nl = is_str(v) ? str_utf8(v.as<Str>()) : "?";
  if (nl == "") *out = Newline::Untranslated;
  else if (nl == "\n") *out = Newline::LF;
  else if (nl == "\r") *out = Newline::CR;
  else if (nl == "\r\n") *out = Newline::CRLF;
  else {
    raise(exc::ValueError, "illegal newline value: " + std::string(nl));
    return false;
  }
  return true;
}

// reconfigure(*, encoding, errors, newline, line_buffering, write_through):
// flushes first; encoding and newline only before anything is read ahead.
Ref text_reconfigure(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};
  static const ArgSpec spec = {"reconfigure", names, 5, 0, 0, 0};
  Value a[5];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (!check_attached(self)) return nullptr;
  TextFile* f = as_text(self);
  TextState* st = f->state;
  bool given[3];
  for (int i = 0; i < 3; ++i) given[i] = !a[i].is_null() && !a[i].is_none();
  if ((given[0] || given[1] || !a[2].is_null()) && (st->dpos < st->decoded.size() || !st->pending_raw.empty())) {
    return raise_unsupported("It is not possible to set the encoding or newline of stream after the first read");
  }
  // CPython 3.11.2 converts the newline first, then the encoding and errors,
  // with its generic message for a value that is not a str.
  static const int kConversionOrder[] = {2, 0, 1};
  for (int i : kConversionOrder) {
    if (given[i] && !is_str(a[i])) return raise(exc::TypeError, "bad argument type for built-in operation");
  }
  Newline newline = st->newline;
  if (!a[2].is_null() && !parse_newline(a[2], &newline)) return nullptr;
  bool flags[2] = {st->line_buffering, st->write_through};
  for (int i = 0; i < 2; ++i) {
    if (a[3 + i].is_null() || a[3 + i].is_none()) continue;
    int truth = is_true(a[3 + i]);
    if (truth < 0) return nullptr;
    flags[i] = truth != 0;
  }
  if (!call_method(self, "flush", {})) return nullptr;
  if (given[0] || given[1]) {
    // A new encoding starts strict unless errors is given, as in CPython.
    std::string old_errors = st->errors;
    st->errors = given[1] ? str_to_std(a[1].as<Str>()) : std::string("strict");
    // A registry codec's coders are made again for new errors.
    bool remake = given[0] || st->decoder || st->encoder;
    std::string encoding = given[0] ? str_to_std(a[0].as<Str>()) : st->encoding;
    if (remake && !set_codec(f, encoding)) {
      st->errors = old_errors;
      return nullptr;
    }
  }
  st->newline = newline;
  st->line_buffering = flags[0];
  st->write_through = flags[1];
  return Ref::none();
}

// detach(): flushes and hands out the binary buffer; the wrapper is unusable after.
Ref text_detach(Value self, const Value*, size_t, Tuple*) {
  FdStream* s = open_stream(self);
  if (s == nullptr) return nullptr;
  if (!s->sync()) return raise_stream_error(s);
  TextFile* f = as_text(self);
  if (f->state->over_object) {
    static_cast<ObjectStream*>(s)->forget();
    s->abandon();
  }
  f->state->detached = true;
  return Ref::borrow(f->buffer);
}

const MethodDef kTextMethods[] = {
    {"read", text_read, kMethodInstance, nullptr},
    {"readline", text_readline, kMethodInstance, nullptr},
    {"write", text_write, kMethodInstance, nullptr},
    {"seek", text_seek, kMethodInstance, nullptr},
    {"tell", text_tell, kMethodInstance, nullptr},
    {"truncate", text_truncate, kMethodInstance, nullptr},
    {"flush", text_flush, kMethodInstance, nullptr},
    {"close", text_close, kMethodInstance, nullptr},
    {"fileno", text_fileno, kMethodInstance, nullptr},
    {"isatty", text_isatty, kMethodInstance, nullptr},
    {"readable", text_readable, kMethodInstance, nullptr},
    {"writable", text_writable, kMethodInstance, nullptr},
    {"seekable", text_seekable, kMethodInstance, nullptr},
    {"reconfigure", text_reconfigure, kMethodInstance, nullptr},
    {"detach", text_detach, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Ref get_closed(Value self) {
  if (!check_attached(self)) return nullptr;
  if (asks_buffer(self)) return getattr(as_text(self)->buffer, intern("closed"));
  return Ref::boolean(as_text(self)->stream->closed());
}
// A wrapper made by open() knows its name until its raw file is handed out
// (and so may be renamed); otherwise it asks its buffer.
Ref get_name(Value self) {
  if (!check_attached(self)) return nullptr;
  TextFile* f = as_text(self);
  if (f->name.is_null() || binary_file_stored_name(f->buffer).is_null()) return getattr(f->buffer, intern("name"));
  return Ref::borrow(f->name);
}
// Only open() gives a wrapper a mode (CPython stores it in the instance dict).
Ref get_mode(Value self) {
  TextFile* f = as_text(self);
  if (f->mode.is_null()) {
    return raise(exc::AttributeError, std::string("'") + type_name_of(self) + "' object has no attribute 'mode'");
  }
  return Ref::borrow(f->mode);
}
int set_mode(Value self, Value v) {
  TextFile* f = as_text(self);
  Value old = f->mode;
  f->mode = v.is_null() ? Value() : Ref::borrow(v).release();
  decref(old);
  return 0;
}
// None before __init__ and after detach().
Ref get_buffer(Value self) {
  if (as_text(self)->stream == nullptr || as_text(self)->state->detached) return Ref::none();
  return Ref::borrow(as_text(self)->buffer);
}
Ref get_encoding(Value self) {
  if (as_text(self)->stream == nullptr) return Ref::none();
  return str_from_utf8(as_text(self)->state->encoding);
}
Ref get_errors(Value self) {
  if (as_text(self)->stream == nullptr) return raise(exc::ValueError, "I/O operation on uninitialized object");
  return str_from_utf8(as_text(self)->state->errors);
}
Ref get_newlines(Value self) {
  static const char* const kEndings[] = {"\r", "\n", "\r\n"};
  if (!check_attached(self)) return nullptr;
  unsigned seen = as_text(self)->state->seen_newlines;
  Value found[3];
  size_t count = 0;
  Ref held[3];
  for (unsigned i = 0; i < 3; ++i) {
    if ((seen & (1u << i)) == 0) continue;
    held[count] = str_from_utf8(kEndings[i]);
    if (!held[count]) return nullptr;
    found[count] = *held[count];
    ++count;
  }
  if (count == 0) return Ref::none();
  if (count == 1) return std::move(held[0]);
  return tuple_from_array(found, count);
}
Ref get_chunk_size(Value self) {
  if (!check_attached(self)) return nullptr;
  return int_from_int64(static_cast<int64_t>(as_text(self)->state->chunk_size));
}
int set_chunk_size(Value self, Value v) {
  if (!check_attached(self)) return -1;
  if (v.is_null()) return fail(exc::AttributeError, "cannot delete attribute");
  int64_t n = as_int64(v);
  if (n == -1 && error_occurred()) return -1;
  if (n <= 0) return fail(exc::ValueError, "a strictly positive integer is required");
  as_text(self)->state->chunk_size = static_cast<size_t>(n);
  return 0;
}
Ref get_line_buffering(Value self) {
  if (as_text(self)->stream == nullptr) return raise(exc::ValueError, "I/O operation on uninitialized object");
  return Ref::boolean(as_text(self)->state->line_buffering); }
Ref get_write_through(Value self) {
  if (!check_attached(self)) return nullptr;
  return Ref::boolean(as_text(self)->state->write_through); }

const GetSetDef kTextGetSets[] = {
    {"closed", get_closed, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr},
    {"mode", get_mode, set_mode, nullptr},
    {"buffer", get_buffer, nullptr, nullptr},
    {"encoding", get_encoding, nullptr, nullptr},
    {"errors", get_errors, nullptr, nullptr},
    {"newlines", get_newlines, nullptr, nullptr},
    {"line_buffering", get_line_buffering, nullptr, nullptr},
    {"write_through", get_write_through, nullptr, nullptr},
    {"_CHUNK_SIZE", get_chunk_size, set_chunk_size, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// <_io.TextIOWrapper name=... mode=... encoding=...>: name and mode as the
// object answers them (a detached buffer's ValueError and a missing name or
// mode leave them out).
Ref text_repr(Value self) {
  TextFile* f = as_text(self);
  if (f->stream == nullptr) return raise(exc::ValueError, "I/O operation on uninitialized object");
  std::string out = "<_io.TextIOWrapper";
  static const char* const kShown[] = {"name", "mode"};
  for (const char* attribute : kShown) {
    Ref value = getattr_optional(self, intern(attribute));
    if (!value) {
      if (!error_occurred()) continue;
      if (!error_matches(exc::ValueError) && !error_matches(exc::AttributeError)) return nullptr;
      clear_error();
      continue;
    }
    Ref shown = repr(value.get());
    if (!shown) return nullptr;
    out += std::string(" ") + attribute + "=" + str_to_std(shown.as<Str>());
  }
  Ref encoding = str_from_utf8(f->state->encoding);
  Ref shown = encoding ? repr(encoding.get()) : Ref();
  if (!shown) return nullptr;
  return str_from_utf8(out + " encoding=" + str_to_std(shown.as<Str>()) + ">");
}

void text_traverse(Object* self, VisitFn visit, void* arg) {
  TextFile* f = static_cast<TextFile*>(self);
  io_dict_traverse(f->dict, visit, arg);
  if (!f->buffer.is_null()) visit(f->buffer, arg);
}

// Lets go of the buffer (what waits for a descriptor is written first; a
// stream over a buffer object is told); the wrapper acts detached after.
void text_clear(Object* self) {
  TextFile* f = static_cast<TextFile*>(self);
  Dict* d = f->dict;
  f->dict = nullptr;
  if (d != nullptr) decref(static_cast<Object*>(d));
  if (f->stream == nullptr || f->buffer.is_null()) return;
  if (f->state->over_object) {
    static_cast<ObjectStream*>(f->stream)->forget();
    f->stream->abandon();
  } else if (f->stream->source().is_null() && f->stream->push_text()) {
    f->stream->flush();
  }
  f->state->detached = true;
  Value buffer = f->buffer;
  f->buffer = Value();
  decref(buffer);
}

// A wrapper over a buffered file's stream needs no finaliser (dealloc
// flushes); subclasses and wrappers over buffer objects close as _IOBase does.
void text_finalize(Value self) {
  TextFile* f = as_text(self);
  if (f->stream == nullptr) return;
  if (!type_has_flag(type_of(self), kTypeHeap) && f->stream->source().is_null()) return;
  io_finalize(self);
}

void text_dealloc(Object* self) {
  TextFile* f = static_cast<TextFile*>(self);
  text_clear(self);
  if (f->stream != nullptr) f->stream->release();
  delete f->state;
  decref(f->name);
  decref(f->mode);
  free_object(self);
}

}  // namespace


int text_file_write(TextFile* f, Value s) {
  if (f->stream == nullptr) {
    raise(exc::ValueError, "I/O operation on uninitialized object");
    return -1;
  }
  if (f->state->detached) {
    raise(exc::ValueError, "underlying buffer has been detached");
    return -1;
  }
  FdStream* stream = f->stream;
  bool closed = stream->closed();
  if (!closed && f->state->over_object && !buffer_object_closed(f, &closed)) return -1;
  if (closed) {
    raise_closed_file();
    return -1;
  }
  if (!stream->writable()) {
    raise_unsupported("not writable");
    return -1;
  }
  TextState* st = f->state;
  // Text read ahead is dropped; the write lands where the reading left the
  // binary stream (after the last chunk read), as CPython's does.
  if (!st->decoded.empty() || !st->pending_raw.empty()) reset_reading(st);
  Str* text = s.as<Str>();
  std::string_view utf8 = str_utf8(text);
  std::string translated;
  Ref translated_str;
  if ((st->newline == Newline::CR || st->newline == Newline::CRLF) && utf8.find('\n') != std::string_view::npos) {
    const char* nl = st->newline == Newline::CR ? "\r" : "\r\n";
    for (char c : utf8) {
      if (c == '\n') translated += nl;
      else translated += c;
    }
    translated_str = str_from_utf8(translated);
    if (!translated_str) return -1;
    text = translated_str.as<Str>();
    utf8 = str_utf8(text);
  }
  bool direct = text->ascii ? st->byte_per_char_for_ascii() : (st->codec == "utf-8" && text->kind == 1);
  Ref encoded;
  std::string_view data = utf8;
  if (st->encoder) {
    encoded = call_method(st->encoder.get(), "encode", {Value::object(text)});
    if (encoded && !is_bytes(encoded.get())) {
      raise(exc::TypeError, std::string("encoder should return a bytes object, not '") +
                                type_name_of(encoded.get()) + "'");
      return -1;
    }
    if (!encoded) return -1;
    data = bytes_view(encoded.as<Bytes>());
  } else if (!direct) {
    encoded = encode(text, st->bom_pending ? std::string_view(st->codec) : codec_without_bom(st->codec), st->errors);
    if (!encoded) return -1;
    data = bytes_view(encoded.as<Bytes>());
  }
  if (!stream->write_text(data, st->chunk_size)) {
    raise_stream_error(stream);
    return -1;
  }
  st->bom_pending = false;
  // Line buffering writes the line out; write_through only hands it to the buffer.
  bool line_done = st->line_buffering && utf8.find_first_of("\n\r") != std::string_view::npos;
  if (((line_done || st->write_through) && !stream->push_text()) || (line_done && !stream->sync())) {
    raise_stream_error(stream);
    return -1;
  }
  return 0;
}

namespace {

// The stream a wrapper over `buffer` reads and writes (retained): a buffered
// file's own FdStream, so the two interleave as one.
// Any other buffer object is read and written through its methods.
FdStream* buffer_stream(Value buffer) {
  if (FdStream* stream = buffered_file_stream(buffer)) {
    stream->retain();
    return stream;
  }
  bool abilities[2];
  static const char* const kQuestions[] = {"readable", "writable"};
  for (int i = 0; i < 2; ++i) {
    Ref answer = call_method(buffer, kQuestions[i], {});
    if (!answer) return nullptr;
    int truth = is_true(answer.get());
    if (truth < 0) return nullptr;
    abilities[i] = truth != 0;
  }
  return new ObjectStream(buffer, ObjectStream::Kind::Buffer, abilities[0], abilities[1], kTextChunkSize);
}

// Gives a wrapper its stream and settings; `name` and `mode` may be null
// (a wrapper made from Python asks its buffer for its name and has no mode).
// False with LookupError when the encoding has no codec.
bool text_setup(TextFile* f, FdStream* stream, Value name, Value mode, Value buffer, std::string_view encoding,
                std::string_view errors, Newline newline, bool line_buffering, bool write_through) {
  stream->retain();
  f->stream = stream;
  *f->state = TextState();
  f->state->errors = std::string(errors);
  f->state->newline = newline;
  f->state->line_buffering = line_buffering;
  f->state->write_through = write_through;
  int64_t position;
  if (stream->writable() && stream->seekable() && stream->tell(&position) && position != 0) {
    f->state->bom_pending = false;
  }
  f->name = name.is_null() ? Value() : Ref::borrow(name).release();
  f->mode = mode.is_null() ? Value() : Ref::borrow(mode).release();
  f->buffer = Ref::borrow(buffer).release();
  return set_codec(f, encoding);
}

// A codec Taipan does not have natively: the registry's CodecInfo gives the
// wrapper an incremental decoder (if it reads) and encoder (if it writes).
bool registry_coders(FdStream* stream, std::string_view encoding, std::string_view errors, Ref* decoder,
                     Ref* encoder) {
  Ref info = codec_lookup_text(encoding, "codecs.open");
  Ref errors_str = str_from_utf8(errors);
  if (!info || !errors_str) return false;
  if (stream->readable()) {
    Ref factory = getattr(info.get(), "incrementaldecoder");
    *decoder = factory ? call(factory.get(), {errors_str.get()}) : Ref();
    if (!*decoder) return false;
  }
  if (stream->writable()) {
    Ref factory = getattr(info.get(), "incrementalencoder");
    *encoder = factory ? call(factory.get(), {errors_str.get()}) : Ref();
    if (!*encoder) return false;
  }
  return true;
}

// Sets the wrapper's codec: native, else the registry's.
bool set_codec(TextFile* f, std::string_view encoding) {
  TextState* st = f->state;
  std::string codec = normalize_encoding(encoding);
  Ref decoder, encoder;
  if (codec.empty()) {
    if (!registry_coders(f->stream, encoding, st->errors, &decoder, &encoder)) return false;
    codec = std::string(encoding);
  }
  st->encoding = std::string(encoding);
  st->codec = std::move(codec);
  st->decoder = std::move(decoder);
  st->encoder = std::move(encoder);
  return true;
}

TextFile* text_alloc(Type* type) {
  TextFile* f = new_object<TextFile>(type, static_cast<size_t>(type->basic_size));
  if (f != nullptr) f->state = new TextState();
  return f;
}

Ref text_new(Type* type, const Value*, size_t, Tuple*) {
  TextFile* f = text_alloc(type);
  return f == nullptr ? nullptr : Ref::steal(static_cast<Object*>(f));
}

// An optional str argument of the constructor; false with TypeError set.
bool optional_text_argument(const char* what, Value v, std::string* out) {
  if (v.is_null() || v.is_none()) return true;
  if (!is_str(v)) {
    raise(exc::TypeError, std::string("TextIOWrapper() argument '") + what + "' must be str or None, not " +
                              type_name_of(v));
    return false;
  }
  *out = str_to_std(v.as<Str>());
  return true;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False).
int text_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};
  static const ArgSpec spec = {"TextIOWrapper", names, 6, 0, 1};
  Value a[6];
  if (!bind_args(spec, args, nargs, kwnames, a)) return -1;
  std::string encoding = "locale", errors = "strict";
  if (!optional_text_argument("encoding", a[1], &encoding) || !optional_text_argument("errors", a[2], &errors)) {
    return -1;
  }
  if (!a[3].is_null() && !a[3].is_none() && !is_str(a[3])) {
    return fail(exc::TypeError,
                std::string("TextIOWrapper() argument 'newline' must be str or None, not ") + type_name_of(a[3]));
  }
  Newline newline;
  if (!parse_newline(a[3], &newline)) return -1;
  bool flags[2] = {false, false};
  for (int i = 0; i < 2; ++i) {
    if (a[4 + i].is_null()) continue;
    int truth = is_true(a[4 + i]);
    if (truth < 0) return -1;
    flags[i] = truth != 0;
  }
  if (encoding == "locale") encoding = "UTF-8";  // the locale's encoding (UTF-8 here)
  FdStream* stream = buffer_stream(a[0]);
  if (stream == nullptr) return -1;
  TextFile* f = as_text(self);
  if (f->stream != nullptr) {
    if (f->state->over_object) {
      static_cast<ObjectStream*>(f->stream)->forget();
      f->stream->abandon();
    }
    f->stream->release();
    f->stream = nullptr;
    decref(f->name);
    decref(f->mode);
    decref(f->buffer);
  }
  bool ready = text_setup(f, stream, Value(), Value(), a[0], encoding, errors, newline, flags[0], flags[1]);
  f->state->over_object = !stream->source().is_null() && buffered_file_stream(a[0]) != stream;
  stream->release();
  return ready ? 0 : -1;
}

}  // namespace

Ref text_file_new(FdStream* stream, Value name, std::string_view mode, Value binary, std::string_view encoding,
                  std::string_view errors, Value newline, bool line_buffering, bool write_through) {
  Newline nl;
  if (!parse_newline(newline, &nl)) return nullptr;
  Ref mode_str = str_from_utf8(mode);
  if (!mode_str) return nullptr;
  TextFile* f = text_alloc(&text_io_wrapper_type);
  if (f == nullptr) return nullptr;
  Ref file = Ref::steal(static_cast<Object*>(f));
  if (!text_setup(f, stream, name, mode_str.get(), binary, encoding, errors, nl, line_buffering, write_through)) {
    return nullptr;
  }
  return file;
}

int init_text_file_type() {
  Type* t = &text_io_wrapper_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "_io.TextIOWrapper";
  t->base = &text_io_base_type;
  t->basic_size = sizeof(TextFile);
  t->flags = kTypeBaseType | kTypeGC;
  t->dict_offset = kIODictOffset;
  t->methods = kTextMethods;
  t->getsets = kTextGetSets;
  t->repr = text_repr;
  t->new_ = text_new;
  t->init = text_init;
  t->next = text_next;
  t->finalize = text_finalize;
  t->dealloc = text_dealloc;
  t->traverse = text_traverse;
  t->clear = text_clear;
  return type_ready(t);
}

}  // namespace taipan
