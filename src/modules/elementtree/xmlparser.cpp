// _elementtree.XMLParser: libexpat driven straight into a target. Names come
// from expat as "uri}local" (namespace separator '}') and are turned into
// ElementTree's "{uri}local" once per distinct name. With an exact
// TreeBuilder as target its methods are called natively, and _setevents()
// queues (event, object) pairs for XMLPullParser and iterparse; any other
// target gets its start/end/data/comment/pi/start_ns/end_ns/doctype/close
// methods called, those it has. A handler that raises stops expat and the
// exception leaves feed() or close().
#include <expat.h>

#include <string>

#include "modules/elementtree/elementtree.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::etree {

Type xmlparser_type;

namespace {

// The target's methods the parser calls (null: the target has none).
enum Method { kStart, kEnd, kData, kComment, kPi, kStartNs, kEndNs, kDoctype, kClose, kMethodCount };
const char* const kMethodNames[kMethodCount] = {"start", "end",    "data",    "comment", "pi",
                                                "start_ns", "end_ns", "doctype", "close"};

// The events _setevents() may ask for, in the names XMLPullParser uses.
enum Event { kStartEvent, kEndEvent, kStartNsEvent, kEndNsEvent, kCommentEvent, kPiEvent, kEventCount };
const char* const kEventNames[kEventCount] = {"start", "end", "start-ns", "end-ns", "comment", "pi"};

struct XMLParserObject : Object {
  XML_Parser parser;
  Value target;                 // owned
  Value entity;                 // owned dict: entity name -> replacement text
  Value names;                  // owned dict: expat's name -> ElementTree's
  Value methods[kMethodCount];  // owned bound methods of a non-TreeBuilder target, or null
  Value events_append;          // owned: the events queue's append, or null
  Value events[kEventCount];    // owned event names reported, or null
  bool builder;                 // target is an exact TreeBuilder
  bool parsing;                 // inside XML_Parse: expat must not be re-entered
};

XMLParserObject* as_parser(Value v) { return v.as<XMLParserObject>(); }
XMLParserObject* from_user_data(void* data) { return static_cast<XMLParserObject*>(data); }

// A handler failed: expat stops and the exception stays set.
void stop(XMLParserObject* p) { XML_StopParser(p->parser, XML_FALSE); }
bool stopped(XMLParserObject*) { return error_occurred(); }

Ref text(const XML_Char* s, int64_t n = -1) {
  if (s == nullptr) return str_from_utf8("");
  return str_from_utf8(n < 0 ? std::string_view(s) : std::string_view(s, static_cast<size_t>(n)));
}

// "uri}local" -> "{uri}local", cached per distinct name.
Ref fix_name(XMLParserObject* p, const XML_Char* name) {
  Ref raw = text(name);
  if (!raw) return nullptr;
  Dict* names = p->names.as<Dict>();
  Value known = dict_get(names, raw.get());
  if (!known.is_null()) return Ref::borrow(known);
  std::string_view s(name);
  Ref fixed = s.find('}') == std::string_view::npos ? raw : str_from_utf8("{" + std::string(s));
  if (!fixed || dict_set(names, raw.get(), fixed.get()) < 0) return nullptr;
  return fixed;
}

// Queues (event, obj) when that event was asked for. False on failure.
bool report(XMLParserObject* p, Event e, Value obj) {
  if (p->events_append.is_null() || p->events[e].is_null()) return true;
  Ref pair = tuple_pack({p->events[e], obj});
  return pair && call(p->events_append, {pair.get()});
}

// Calls the TreeBuilder method `native` or the target's method m with args;
// the result (None when the target has no such method), null on failure.
Ref dispatch(XMLParserObject* p, NativeFn native, Method m, std::initializer_list<Value> args) {
  if (p->builder) return native(p->target, args.begin(), args.size(), nullptr);
  if (p->methods[m].is_null()) return Ref::none();
  return call(p->methods[m], args);
}

// Runs one event: dispatch, then report. Stops expat on failure.
void deliver(XMLParserObject* p, NativeFn native, Method m, Event e, std::initializer_list<Value> args) {
  Ref result = dispatch(p, native, m, args);
  if (!result || !report(p, e, result.get())) stop(p);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** atts) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  Ref tag = fix_name(p, name);
  if (!tag) return stop(p);
  // A TreeBuilder takes None for no attributes; other targets get a dict.
  Ref attrib = atts[0] == nullptr && p->builder ? Ref::none() : Ref::steal(dict_new());
  if (!attrib) return stop(p);
  for (int i = 0; atts[i] != nullptr; i += 2) {
    Ref key = fix_name(p, atts[i]);
    Ref value = text(atts[i + 1]);
    if (!key || !value || dict_set(attrib.as<Dict>(), key.get(), value.get()) < 0) return stop(p);
  }
  deliver(p, treebuilder_start, kStart, kStartEvent, {tag.get(), attrib.get()});
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  Ref tag = fix_name(p, name);
  if (!tag) return stop(p);
  deliver(p, treebuilder_end, kEnd, kEndEvent, {tag.get()});
}

void send_data(XMLParserObject* p, Value s) {
  if (!dispatch(p, treebuilder_data, kData, {s})) stop(p);
}

void XMLCALL on_data(void* data, const XML_Char* s, int len) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  Ref str = text(s, len);
  if (!str) return stop(p);
  send_data(p, str.get());
}

void XMLCALL on_comment(void* data, const XML_Char* s) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  Ref str = text(s);
  if (!str) return stop(p);
  deliver(p, treebuilder_comment, kComment, kCommentEvent, {str.get()});
}

void XMLCALL on_pi(void* data, const XML_Char* target, const XML_Char* s) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  Ref t = text(target);
  Ref str = text(s);
  if (!t || !str) return stop(p);
  deliver(p, treebuilder_pi, kPi, kPiEvent, {t.get(), str.get()});
}

void XMLCALL on_start_ns(void* data, const XML_Char* prefix, const XML_Char* uri) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  Ref pre = text(prefix);
  Ref u = text(uri);
  if (!pre || !u) return stop(p);
  if (p->builder) {
    Ref pair = tuple_pack({pre.get(), u.get()});
    if (!pair || !report(p, kStartNsEvent, pair.get())) stop(p);
    return;
  }
  if (!p->methods[kStartNs].is_null() && !call(p->methods[kStartNs], {pre.get(), u.get()})) stop(p);
}

void XMLCALL on_end_ns(void* data, const XML_Char* prefix) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p)) return;
  if (p->builder) {
    if (!report(p, kEndNsEvent, Value::none())) stop(p);
    return;
  }
  if (p->methods[kEndNs].is_null()) return;
  Ref pre = text(prefix);
  if (!pre || !call(p->methods[kEndNs], {pre.get()})) stop(p);
}

Ref text_or_none(const XML_Char* s) { return s == nullptr ? Ref::none() : text(s); }

void XMLCALL on_doctype(void* data, const XML_Char* name, const XML_Char* sysid, const XML_Char* pubid, int) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p) || p->methods[kDoctype].is_null()) return;
  Ref n = text_or_none(name);
  Ref pub = text_or_none(pubid);
  Ref sys = text_or_none(sysid);
  if (!n || !pub || !sys || !call(p->methods[kDoctype], {n.get(), pub.get(), sys.get()})) stop(p);
}

// ParseError(message) with its code and position, as feed() and close() raise it.
void raise_parse_error(const std::string& message, int64_t code, int64_t line, int64_t column) {
  Ref msg = str_from_utf8(message + ": line " + std::to_string(line) + ", column " + std::to_string(column));
  if (!msg) return;
  Ref error = call(Value::object(parse_error), {msg.get()});
  if (!error) return;
  Ref position = tuple_pack({Value::small_int(line), Value::small_int(column)});
  if (!position || setattr(error.get(), intern("code"), Value::small_int(code)) < 0 ||
      setattr(error.get(), intern("position"), position.get()) < 0) {
    return;
  }
  raise_value(error.get());
}

// Text expat does not handle itself: an entity reference "&name;" it could
// not expand (the document has an external DTD) is looked up in `entity`.
void XMLCALL on_default(void* data, const XML_Char* s, int len) {
  XMLParserObject* p = from_user_data(data);
  if (stopped(p) || len < 2 || s[0] != '&') return;
  Ref key = text(s + 1, len - 2);
  if (!key) return stop(p);
  Value value = dict_get(p->entity.as<Dict>(), key.get());
  if (!value.is_null()) return send_data(p, value);
  raise_parse_error("undefined entity " + std::string(s, static_cast<size_t>(len)), XML_ERROR_UNDEFINED_ENTITY,
                    static_cast<int64_t>(XML_GetCurrentLineNumber(p->parser)),
                    static_cast<int64_t>(XML_GetCurrentColumnNumber(p->parser)));
  stop(p);
}

// An encoding expat does not know (it knows UTF-8, UTF-16, ISO-8859-1 and
// US-ASCII): a single-byte codec, mapped by decoding all 256 bytes with it.
// A codec lookup error stays set and leaves feed(); multi-byte codecs are
// refused as CPython's are.
int XMLCALL on_unknown_encoding(void*, const XML_Char* name, XML_Encoding* info) {
  std::string all(256, '\0');
  for (int i = 0; i < 256; ++i) all[static_cast<size_t>(i)] = static_cast<char>(i);
  Ref bytes = bytes_from_string(all);
  Ref codec = str_from_utf8(name);
  Ref errors = str_from_utf8("replace");
  if (!bytes || !codec || !errors) return XML_STATUS_ERROR;
  Ref decoded = call_method(bytes.get(), "decode", {codec.get(), errors.get()});
  if (!decoded) return XML_STATUS_ERROR;
  if (!is_str(decoded.get()) || decoded.as<Str>()->length != 256) {
    raise(exc::ValueError, "multi-byte encodings are not supported");
    return XML_STATUS_ERROR;
  }
  for (int i = 0; i < 256; ++i) {
    uint32_t c = str_char_at(decoded.as<Str>(), i);
    info->map[i] = c == 0xFFFD ? -1 : static_cast<int>(c);
  }
  info->data = nullptr;
  info->convert = nullptr;
  info->release = nullptr;
  return XML_STATUS_OK;
}

// "reentrant call" for feed/close/__init__ from a handler of the same parser.
bool check_not_parsing(XMLParserObject* p) {
  if (!p->parsing) return true;
  raise(exc::RuntimeError, "reentrant call inside XMLParser");
  return false;
}

// Feeds bytes to expat (final: the end of the document). False on failure.
bool parse(XMLParserObject* p, const char* data, int64_t n, bool final) {
  if (!check_not_parsing(p)) return false;
  do {
    int chunk = static_cast<int>(std::min<int64_t>(n, 1 << 30));
    bool last = final && chunk == n;
    p->parsing = true;
    XML_Status status = XML_Parse(p->parser, data, chunk, last);
    p->parsing = false;
    if (error_occurred()) return false;
    if (status == XML_STATUS_ERROR) {
      XML_Error code = XML_GetErrorCode(p->parser);
      raise_parse_error(XML_ErrorString(code), code, static_cast<int64_t>(XML_GetErrorLineNumber(p->parser)),
                        static_cast<int64_t>(XML_GetErrorColumnNumber(p->parser)));
      return false;
    }
    data += chunk;
    n -= chunk;
  } while (n > 0);
  return true;
}

// Feeds a str (as UTF-8, which expat is then told) or a bytes-like object.
bool feed_value(XMLParserObject* p, Value data) {
  if (is_str(data)) {
    std::string_view utf8 = str_utf8(data.as<Str>());
    XML_SetEncoding(p->parser, "utf-8");
    return parse(p, utf8.data(), static_cast<int64_t>(utf8.size()), false);
  }
  if (is_bytes(data)) {
    std::string_view bytes = bytes_view(data.as<Bytes>());
    return parse(p, bytes.data(), static_cast<int64_t>(bytes.size()), false);
  }
  // Another bytes-like object: copied, since handlers may resize it.
  Buffer buffer;
  if (!require_buffer(data, &buffer)) return false;
  std::string copy(buffer.data);
  return parse(p, copy.data(), static_cast<int64_t>(copy.size()), false);
}

void release(XMLParserObject* p) {
  assign_owned(p->target, Value());
  assign_owned(p->entity, Value());
  assign_owned(p->names, Value());
  assign_owned(p->events_append, Value());
  for (Value& v : p->methods) assign_owned(v, Value());
  for (Value& v : p->events) assign_owned(v, Value());
}

Ref xmlparser_new(Type* type, const Value*, size_t, Tuple*) {
  auto* p = new_object<XMLParserObject>(type, static_cast<size_t>(type->basic_size));
  return p == nullptr ? nullptr : Ref::steal(p);
}

int xmlparser_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"target", "encoding"};
  Value a[2];
  if (nargs > 0) return fail(exc::TypeError, "XMLParser() takes no positional arguments");
  if (!bind_args(ArgSpec{"XMLParser", names, 2, 0, 0, 0}, args, nargs, kwnames, a)) return -1;
  XMLParserObject* p = as_parser(self);
  if (!check_not_parsing(p)) return -1;
  std::string encoding;
  bool has_encoding = !a[1].is_null() && !a[1].is_none();
  if (has_encoding) {
    if (!is_str(a[1])) {
      return fail(exc::TypeError,
                  std::string("XMLParser() argument 'encoding' must be str or None, not ") + type_name_of(a[1]));
    }
    encoding = std::string(str_utf8(a[1].as<Str>()));
  }
  Ref target;
  if (a[0].is_null() || a[0].is_none()) {
    target = treebuilder_type.new_(&treebuilder_type, nullptr, 0, nullptr);
    if (!target) return -1;
  } else {
    target = Ref::borrow(a[0]);
  }
  Ref entity = Ref::steal(dict_new());
  Ref name_cache = Ref::steal(dict_new());
  if (!entity || !name_cache) return -1;
  release(p);
  if (p->parser != nullptr) XML_ParserFree(p->parser);
  p->parser = XML_ParserCreate_MM(has_encoding ? encoding.c_str() : nullptr, nullptr, "}");
  if (p->parser == nullptr) {
    raise_no_memory();
    return -1;
  }
  p->target = target.release();
  p->entity = entity.release();
  p->names = name_cache.release();
  p->builder = p->target.as_object()->type == &treebuilder_type;
  if (!p->builder) {
    for (int m = 0; m < kMethodCount; ++m) {
      Ref method = getattr_optional(p->target, intern(kMethodNames[m]));
      if (!method && error_occurred()) return -1;
      p->methods[m] = method ? method.release() : Value();
    }
  }
  XML_SetUserData(p->parser, p);
  XML_SetElementHandler(p->parser, on_start, on_end);
  XML_SetCharacterDataHandler(p->parser, on_data);
  XML_SetCommentHandler(p->parser, on_comment);
  XML_SetProcessingInstructionHandler(p->parser, on_pi);
  XML_SetNamespaceDeclHandler(p->parser, on_start_ns, on_end_ns);
  XML_SetStartDoctypeDeclHandler(p->parser, on_doctype);
  XML_SetDefaultHandlerExpand(p->parser, on_default);
  XML_SetUnknownEncodingHandler(p->parser, on_unknown_encoding, nullptr);
  return 0;
}

bool check_parser(XMLParserObject* p) {
  if (p->parser != nullptr) return true;
  raise(exc::ValueError, "XMLParser.__init__() wasn't called");
  return false;
}

Ref xmlparser_feed(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("XMLParser.feed", nargs, kwnames) || !check_parser(as_parser(self))) return nullptr;
  if (!feed_value(as_parser(self), args[0])) return nullptr;
  return Ref::none();
}

// The end of the document, then the target's close() result.
Ref finish(XMLParserObject* p) {
  if (!parse(p, "", 0, true)) return nullptr;
  if (p->builder) return treebuilder_close(p->target, nullptr, 0, nullptr);
  if (p->methods[kClose].is_null()) return Ref::none();
  return call(p->methods[kClose], {});
}

Ref xmlparser_close(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_no_args("XMLParser.close", nargs, kwnames) || !check_parser(as_parser(self))) return nullptr;
  return finish(as_parser(self));
}

// _parse_whole(file): reads the file in 64 KiB pieces, then closes.
Ref xmlparser_parse_whole(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_one_arg("XMLParser._parse_whole", nargs, kwnames)) return nullptr;
  XMLParserObject* p = as_parser(self);
  if (!check_parser(p)) return nullptr;
  Ref read = getattr(args[0], "read");
  if (!read) return nullptr;
  for (;;) {
    Ref piece = call(read.get(), {Value::small_int(64 * 1024)});
    if (!piece) return nullptr;
    if (is_str(piece.get())) {
      if (piece.as<Str>()->length == 0) break;
    } else if (!is_bytes(piece.get())) {
      return raise(exc::TypeError,
                   std::string("read() did not return a bytes object (type=") + type_name_of(piece.get()) + ")");
    } else if (piece.as<Bytes>()->size == 0) {
      break;
    }
    if (!feed_value(p, piece.get())) return nullptr;
  }
  return finish(p);
}

// _setevents(events_queue, events_to_report): what XMLPullParser asks for.
Ref xmlparser_setevents(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_tuple("_setevents", 1, 2, args, nargs, kwnames, a)) return nullptr;
  XMLParserObject* p = as_parser(self);
  if (!check_parser(p)) return nullptr;
  if (!p->builder) return raise(exc::TypeError, "event handling only supported for ElementTree.TreeBuilder targets");
  Ref append = getattr(a[0], "append");
  if (!append) return nullptr;
  assign_owned(p->events_append, append.get());
  for (Value& v : p->events) assign_owned(v, Value());
  if (a[1].is_null() || a[1].is_none()) {
    Ref end = str_from_utf8("end");
    if (!end) return nullptr;
    assign_owned(p->events[kEndEvent], end.get());
    return Ref::none();
  }
  Ref it = iter(a[1]);
  if (!it) {
    if (error_matches(exc::TypeError)) {
      clear_error();
      raise(exc::TypeError, "events must be a sequence");
    }
    return nullptr;
  }
  Ref list = list_from_iterable(it.get());
  if (!list) return nullptr;
  List* l = list.as<List>();
  for (int64_t i = 0; i < l->size; ++i) {
    Value name = l->items[i];
    if (!is_str(name)) return raise(exc::ValueError, "invalid events sequence");
    std::string_view s = str_utf8(name.as<Str>());
    int e = 0;
    while (e < kEventCount && s != kEventNames[e]) ++e;
    if (e == kEventCount) return raise(exc::ValueError, "unknown event '" + std::string(s) + "'");
    assign_owned(p->events[e], name);
  }
  return Ref::none();
}

Ref get_target(Value self) { return Ref::borrow(as_parser(self)->target); }
Ref get_entity(Value self) { return Ref::borrow(as_parser(self)->entity); }
Ref get_version(Value) {
  XML_Expat_Version v = XML_ExpatVersionInfo();
  return str_from_utf8("Expat " + std::to_string(v.major) + "." + std::to_string(v.minor) + "." +
                       std::to_string(v.micro));
}

void xmlparser_traverse(Object* self, VisitFn visit, void* arg) {
  auto* p = static_cast<XMLParserObject*>(self);
  for (Value v : {p->target, p->entity, p->names, p->events_append}) {
    if (!v.is_null()) visit(v, arg);
  }
  for (Value v : p->methods) {
    if (!v.is_null()) visit(v, arg);
  }
  for (Value v : p->events) {
    if (!v.is_null()) visit(v, arg);
  }
}

void xmlparser_clear(Object* self) { release(static_cast<XMLParserObject*>(self)); }

void xmlparser_dealloc(Object* self) {
  auto* p = static_cast<XMLParserObject*>(self);
  release(p);
  if (p->parser != nullptr) XML_ParserFree(p->parser);
  free_object(self);
}

const GetSetDef kGetSets[] = {
    {"target", get_target, nullptr, nullptr},
    {"entity", get_entity, nullptr, nullptr},
    {"version", get_version, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kMethods[] = {
    {"feed", xmlparser_feed, kMethodInstance, nullptr},
    {"close", xmlparser_close, kMethodInstance, nullptr},
    {"_parse_whole", xmlparser_parse_whole, kMethodInstance, nullptr},
    {"_setevents", xmlparser_setevents, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int init_xmlparser_type() {
  Type& t = xmlparser_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "xml.etree.ElementTree.XMLParser";
  t.basic_size = sizeof(XMLParserObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.base = &object_type;
  t.dealloc = xmlparser_dealloc;
  t.traverse = xmlparser_traverse;
  t.clear = xmlparser_clear;
  t.new_ = xmlparser_new;
  t.init = xmlparser_init;
  t.methods = kMethods;
  t.getsets = kGetSets;
  return type_ready(&t);
}

}  // namespace taipan::etree
