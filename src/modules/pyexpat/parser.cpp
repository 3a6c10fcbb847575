// pyexpat.xmlparser: one expat parser and the Python handlers set on it.
// Each expat callback converts its UTF-8 arguments to str and calls the
// handler of the same name; character data may be buffered (buffer_text)
// and is flushed before any other event. A handler that raises stops the
// parser, clears the handlers and makes Parse() raise that exception.
#include <expat.h>

#include <string>

#include "modules/pyexpat/pyexpat.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan::pyexpat {

Type parser_type;
Type* expat_error = nullptr;

namespace {

// The handlers, in CPython's order (dir() and handler indexes follow it).
enum Handler {
  kStartElement, kEndElement, kProcessingInstruction, kCharacterData, kUnparsedEntityDecl, kNotationDecl,
  kStartNamespaceDecl, kEndNamespaceDecl, kComment, kStartCdataSection, kEndCdataSection, kDefault,
  kDefaultExpand, kNotStandalone, kExternalEntityRef, kStartDoctypeDecl, kEndDoctypeDecl, kEntityDecl,
  kXmlDecl, kElementDecl, kAttlistDecl, kSkippedEntity, kHandlerCount
};

struct ParserObject : Object {
  XML_Parser parser;
  Value handlers[kHandlerCount];  // owned; null: not set
  Value intern;                   // dict or None (owned)
  std::string* buffer;            // owned: buffered character data (UTF-8), or null when not buffering
  int64_t buffer_size;
  bool ordered_attributes;
  bool specified_attributes;
  bool namespace_prefixes;
  bool in_callback;
  bool failed;  // a handler raised: the exception is pending
};

ParserObject* as_parser(Value v) { return v.as<ParserObject>(); }
ParserObject* from_user_data(void* data) { return static_cast<ParserObject*>(data); }

// A str from expat's UTF-8 (null: None): text as handlers receive it.
Ref text(ParserObject*, const XML_Char* s, int64_t n = -1) {
  if (s == nullptr) return Ref::none();
  return str_from_utf8(n < 0 ? std::string_view(s) : std::string_view(s, static_cast<size_t>(n)));
}

// A name (of an element, attribute, entity, prefix ...): the same str each
// time, through the parser's intern dict when it has one.
Ref name(ParserObject* p, const XML_Char* s) {
  Ref str = text(p, s);
  if (!str || str.get().is_none() || p->intern.is_none()) return str;
  Dict* intern = p->intern.as<Dict>();
  Value known = dict_get(intern, str.get());
  if (!known.is_null()) return Ref::borrow(known);
  if (dict_set(intern, str.get(), str.get()) < 0) return nullptr;
  return str;
}

void clear_handlers(ParserObject* p) {
  for (Value& h : p->handlers) {
    Value old = h;
    h = Value();
    decref(old);
  }
}

// After a handler raised: stop expat and keep the exception for Parse().
void stop_after_error(ParserObject* p) {
  if (!p->failed) {
    p->failed = true;
    XML_StopParser(p->parser, XML_FALSE);
  }
  clear_handlers(p);
}

// Calls handler h with the arguments; the result (null after a failure).
Ref call_handler(ParserObject* p, Handler h, std::initializer_list<Value> args) {
  if (p->failed || p->handlers[h].is_null()) return nullptr;
  p->in_callback = true;
  Ref result = call(p->handlers[h], args);
  p->in_callback = false;
  if (!result) stop_after_error(p);
  return result;
}

bool have(ParserObject* p, Handler h) { return !p->failed && !p->handlers[h].is_null(); }

// Delivers the buffered character data. False when the handler raised.
bool flush_character_data(ParserObject* p) {
  if (p->buffer == nullptr || p->buffer->empty()) return !p->failed;
  std::string data;
  data.swap(*p->buffer);
  if (!have(p, kCharacterData)) return !p->failed;
  Ref s = text(p, data.data(), static_cast<int64_t>(data.size()));
  if (!s) {
    stop_after_error(p);
    return false;
  }
  return static_cast<bool>(call_handler(p, kCharacterData, {s.get()}));
}

// Every callback but character data starts here.
bool begin_event(ParserObject* p, Handler h) { return have(p, h) && flush_character_data(p); }

// Builds the arguments (each a Ref) and calls the handler.
template <class... Refs>
void deliver(ParserObject* p, Handler h, Refs&&... args) {
  if ((... || !args)) {
    stop_after_error(p);
    return;
  }
  call_handler(p, h, {args.get()...});
}

void XMLCALL on_start_element(void* data, const XML_Char* element, const XML_Char** atts) {
  ParserObject* p = from_user_data(data);
  if (!begin_event(p, kStartElement)) return;
  int count = p->specified_attributes ? XML_GetSpecifiedAttributeCount(p->parser) : 0;
  if (!p->specified_attributes) {
    while (atts[count] != nullptr) count += 2;
  }
  Ref attrs = p->ordered_attributes ? Ref::steal(list_new(0)) : Ref::steal(dict_new());
  if (!attrs) return stop_after_error(p);
  for (int i = 0; i < count; i += 2) {
    Ref key = name(p, atts[i]);
    Ref value = text(p, atts[i + 1], static_cast<int64_t>(std::char_traits<char>::length(atts[i + 1])));
    if (!key || !value) return stop_after_error(p);
    bool ok = p->ordered_attributes
                  ? list_append(attrs.get().as<List>(), key.get()) == 0 &&
                        list_append(attrs.get().as<List>(), value.get()) == 0
                  : dict_set(attrs.get().as<Dict>(), key.get(), value.get()) == 0;
    if (!ok) return stop_after_error(p);
  }
  deliver(p, kStartElement, name(p, element), std::move(attrs));
}

void XMLCALL on_end_element(void* data, const XML_Char* element) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kEndElement)) deliver(p, kEndElement, name(p, element));
}

void XMLCALL on_processing_instruction(void* data, const XML_Char* target, const XML_Char* pi) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kProcessingInstruction)) deliver(p, kProcessingInstruction, name(p, target), text(p, pi));
}

void XMLCALL on_character_data(void* data, const XML_Char* s, int len) {
  ParserObject* p = from_user_data(data);
  if (p->failed) return;
  if (p->buffer == nullptr) {
    if (have(p, kCharacterData)) deliver(p, kCharacterData, text(p, s, len));
    return;
  }
  if (static_cast<int64_t>(p->buffer->size()) + len > p->buffer_size && !flush_character_data(p)) return;
  if (len > p->buffer_size) {
    if (have(p, kCharacterData)) deliver(p, kCharacterData, text(p, s, len));
    return;
  }
  p->buffer->append(s, static_cast<size_t>(len));
}

void XMLCALL on_unparsed_entity_decl(void* data, const XML_Char* entity, const XML_Char* base, const XML_Char* system,
                                     const XML_Char* pub, const XML_Char* notation) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kUnparsedEntityDecl)) {
    deliver(p, kUnparsedEntityDecl, name(p, entity), name(p, base), name(p, system), name(p, pub),
            name(p, notation));
  }
}

void XMLCALL on_notation_decl(void* data, const XML_Char* notation, const XML_Char* base, const XML_Char* system,
                              const XML_Char* pub) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kNotationDecl)) {
    deliver(p, kNotationDecl, name(p, notation), name(p, base), name(p, system), name(p, pub));
  }
}

void XMLCALL on_start_namespace(void* data, const XML_Char* prefix, const XML_Char* uri) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kStartNamespaceDecl)) deliver(p, kStartNamespaceDecl, name(p, prefix), name(p, uri));
}

void XMLCALL on_end_namespace(void* data, const XML_Char* prefix) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kEndNamespaceDecl)) deliver(p, kEndNamespaceDecl, name(p, prefix));
}

void XMLCALL on_comment(void* data, const XML_Char* comment) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kComment)) deliver(p, kComment, text(p, comment));
}

void XMLCALL on_start_cdata(void* data) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kStartCdataSection)) call_handler(p, kStartCdataSection, {});
}

void XMLCALL on_end_cdata(void* data) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kEndCdataSection)) call_handler(p, kEndCdataSection, {});
}

void XMLCALL on_default(void* data, const XML_Char* s, int len) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kDefault)) deliver(p, kDefault, text(p, s, len));
}

void XMLCALL on_default_expand(void* data, const XML_Char* s, int len) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kDefaultExpand)) deliver(p, kDefaultExpand, text(p, s, len));
}

// Handlers whose result expat reads as an int (0 on error or None).
int int_result(ParserObject* p, Ref result) {
  if (!result) return 0;
  if (result.get().is_none()) return 0;
  int64_t v = as_int64(result.get());
  if (v == -1 && error_occurred()) {
    stop_after_error(p);
    return 0;
  }
  return static_cast<int>(v);
}

int XMLCALL on_not_standalone(void* data) {
  ParserObject* p = from_user_data(data);
  if (!begin_event(p, kNotStandalone)) return 0;
  return int_result(p, call_handler(p, kNotStandalone, {}));
}

int XMLCALL on_external_entity_ref(XML_Parser parser, const XML_Char* context, const XML_Char* base,
                                   const XML_Char* system, const XML_Char* pub) {
  ParserObject* p = from_user_data(XML_GetUserData(parser));
  if (!begin_event(p, kExternalEntityRef)) return 0;
  Ref a = text(p, context), b = name(p, base), c = name(p, system), d = name(p, pub);
  if (!a || !b || !c || !d) {
    stop_after_error(p);
    return 0;
  }
  return int_result(p, call_handler(p, kExternalEntityRef, {a.get(), b.get(), c.get(), d.get()}));
}

void XMLCALL on_start_doctype(void* data, const XML_Char* doctype, const XML_Char* system, const XML_Char* pub,
                              int has_internal_subset) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kStartDoctypeDecl)) {
    deliver(p, kStartDoctypeDecl, name(p, doctype), name(p, system), name(p, pub), Ref::small_int(has_internal_subset));
  }
}

void XMLCALL on_end_doctype(void* data) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kEndDoctypeDecl)) call_handler(p, kEndDoctypeDecl, {});
}

void XMLCALL on_entity_decl(void* data, const XML_Char* entity, int is_parameter, const XML_Char* value, int value_len,
                            const XML_Char* base, const XML_Char* system, const XML_Char* pub,
                            const XML_Char* notation) {
  ParserObject* p = from_user_data(data);
  if (!begin_event(p, kEntityDecl)) return;
  deliver(p, kEntityDecl, name(p, entity), Ref::small_int(is_parameter),
          value == nullptr ? Ref::none() : text(p, value, value_len), name(p, base), name(p, system), name(p, pub),
          name(p, notation));
}

void XMLCALL on_xml_decl(void* data, const XML_Char* version, const XML_Char* encoding, int standalone) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kXmlDecl)) {
    deliver(p, kXmlDecl, text(p, version), text(p, encoding), Ref::small_int(standalone));
  }
}

// An element's content model as CPython gives it: (type, quant, name, children).
Ref content_model(ParserObject* p, const XML_Content* model) {
  Tuple* children = tuple_new(model->numchildren);
  if (children == nullptr) return nullptr;
  Ref owned = Ref::steal(children);
  for (unsigned i = 0; i < model->numchildren; ++i) {
    Ref child = content_model(p, &model->children[i]);
    if (!child) return nullptr;
    children->items[i] = child.release();
  }
  Ref model_name = name(p, model->name);
  if (!model_name) return nullptr;
  return tuple_pack({Value::small_int(model->type), Value::small_int(model->quant), model_name.get(), owned.get()});
}

void XMLCALL on_element_decl(void* data, const XML_Char* element, XML_Content* model) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kElementDecl)) deliver(p, kElementDecl, name(p, element), content_model(p, model));
  XML_FreeContentModel(p->parser, model);
}

void XMLCALL on_attlist_decl(void* data, const XML_Char* element, const XML_Char* attname, const XML_Char* type,
                             const XML_Char* dflt, int required) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kAttlistDecl)) {
    deliver(p, kAttlistDecl, name(p, element), name(p, attname), text(p, type), text(p, dflt),
            Ref::small_int(required));
  }
}

void XMLCALL on_skipped_entity(void* data, const XML_Char* entity, int is_parameter) {
  ParserObject* p = from_user_data(data);
  if (begin_event(p, kSkippedEntity)) deliver(p, kSkippedEntity, name(p, entity), Ref::small_int(is_parameter));
}

// Installs or removes expat's callback for handler h.
void install(ParserObject* p, Handler h, bool on) {
  XML_Parser x = p->parser;
  auto pick = [on](auto fn) { return on ? fn : nullptr; };
  switch (h) {
    case kStartElement: XML_SetStartElementHandler(x, pick(on_start_element)); break;
    case kEndElement: XML_SetEndElementHandler(x, pick(on_end_element)); break;
    case kProcessingInstruction: XML_SetProcessingInstructionHandler(x, pick(on_processing_instruction)); break;
    case kCharacterData: XML_SetCharacterDataHandler(x, pick(on_character_data)); break;
    case kUnparsedEntityDecl: XML_SetUnparsedEntityDeclHandler(x, pick(on_unparsed_entity_decl)); break;
    case kNotationDecl: XML_SetNotationDeclHandler(x, pick(on_notation_decl)); break;
    case kStartNamespaceDecl: XML_SetStartNamespaceDeclHandler(x, pick(on_start_namespace)); break;
    case kEndNamespaceDecl: XML_SetEndNamespaceDeclHandler(x, pick(on_end_namespace)); break;
    case kComment: XML_SetCommentHandler(x, pick(on_comment)); break;
    case kStartCdataSection: XML_SetStartCdataSectionHandler(x, pick(on_start_cdata)); break;
    case kEndCdataSection: XML_SetEndCdataSectionHandler(x, pick(on_end_cdata)); break;
    case kDefault: XML_SetDefaultHandler(x, pick(on_default)); break;
    case kDefaultExpand: XML_SetDefaultHandlerExpand(x, pick(on_default_expand)); break;
    case kNotStandalone: XML_SetNotStandaloneHandler(x, pick(on_not_standalone)); break;
    case kExternalEntityRef: XML_SetExternalEntityRefHandler(x, pick(on_external_entity_ref)); break;
    case kStartDoctypeDecl: XML_SetStartDoctypeDeclHandler(x, pick(on_start_doctype)); break;
    case kEndDoctypeDecl: XML_SetEndDoctypeDeclHandler(x, pick(on_end_doctype)); break;
    case kEntityDecl: XML_SetEntityDeclHandler(x, pick(on_entity_decl)); break;
    case kXmlDecl: XML_SetXmlDeclHandler(x, pick(on_xml_decl)); break;
    case kElementDecl: XML_SetElementDeclHandler(x, pick(on_element_decl)); break;
    case kAttlistDecl: XML_SetAttlistDeclHandler(x, pick(on_attlist_decl)); break;
    case kSkippedEntity: XML_SetSkippedEntityHandler(x, pick(on_skipped_entity)); break;
    case kHandlerCount: break;
  }
}

// ExpatError("message: line L, column C") with code, lineno and offset.
Ref raise_expat_error(XML_Parser x, XML_Error code) {
  int64_t line = static_cast<int64_t>(XML_GetErrorLineNumber(x));
  int64_t column = static_cast<int64_t>(XML_GetErrorColumnNumber(x));
  std::string message = std::string(XML_ErrorString(code)) + ": line " + std::to_string(line) + ", column " +
                        std::to_string(column);
  Ref text_value = str_from_utf8(message);
  if (!text_value) return nullptr;
  Ref error = call(Value::object(expat_error), {text_value.get()});
  if (!error || setattr(error.get(), intern("code"), Value::small_int(code)) < 0 ||
      setattr(error.get(), intern("offset"), Value::small_int(column)) < 0 ||
      setattr(error.get(), intern("lineno"), Value::small_int(line)) < 0) {
    return nullptr;
  }
  return raise_value(error.get());
}

// Feeds one chunk to expat; 1, or null with the handler's or expat's error.
Ref parse_chunk(ParserObject* p, std::string_view data, bool final) {
  XML_Status status = XML_Parse(p->parser, data.data(), static_cast<int>(data.size()), final);
  if (p->failed) {
    p->failed = false;
    return nullptr;
  }
  if (status == XML_STATUS_ERROR) return raise_expat_error(p->parser, XML_GetErrorCode(p->parser));
  if (final && !flush_character_data(p)) {
    p->failed = false;
    return nullptr;
  }
  return Ref::small_int(status);
}

Ref parser_parse(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "isfinal"};
  Value a[2];
  if (!bind_args(ArgSpec{"Parse", names, 2, 2, 1}, args, nargs, kwnames, a)) return nullptr;
  bool final = false;
  if (!a[1].is_null()) {
    int truth = is_true(a[1]);
    if (truth < 0) return nullptr;
    final = truth != 0;
  }
  ParserObject* p = as_parser(self);
  if (is_str(a[0])) {
    XML_SetEncoding(p->parser, "utf-8");
    return parse_chunk(p, str_utf8(a[0].as<Str>()), final);
  }
  Buffer data;
  if (!require_buffer(a[0], &data)) return nullptr;
  return parse_chunk(p, data.data, final);
}

Ref parser_parse_file(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("ParseFile", nargs, 1, 1) || !no_keywords("ParseFile", kwnames)) return nullptr;
  Ref read = getattr_optional(args[0], intern("read"));
  if (!read) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, "argument must have 'read' attribute");
  }
  ParserObject* p = as_parser(self);
  for (;;) {
    Ref chunk = call(read.get(), {Value::small_int(2048)});
    if (!chunk) return nullptr;
    std::string bytes;
    if (is_str(chunk.get())) {
      bytes = std::string(str_utf8(chunk.get().as<Str>()));
    } else if (is_bytes(chunk.get())) {
      bytes = std::string(bytes_view(chunk.get().as<Bytes>()));
    } else {
      return raise(exc::TypeError, std::string("read() did not return a bytes object (type=") +
                                       type_name_of(chunk.get()) + ")");
    }
    Ref r = parse_chunk(p, bytes, bytes.empty());
    if (!r || bytes.empty()) return r;
  }
}

Ref parser_set_base(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("SetBase", nargs, 1, 1) || !no_keywords("SetBase", kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(exc::TypeError, std::string("SetBase() argument must be str, not ") + type_name_of(args[0]));
  }
  if (!XML_SetBase(as_parser(self)->parser, std::string(str_utf8(args[0].as<Str>())).c_str())) {
    return raise_no_memory();
  }
  return Ref::none();
}

Ref parser_get_base(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("GetBase", nargs, 0, 0) || !no_keywords("GetBase", kwnames)) return nullptr;
  ParserObject* p = as_parser(self);
  const XML_Char* base = XML_GetBase(p->parser);
  return base == nullptr ? Ref::none() : str_from_utf8(base);
}

Ref parser_get_input_context(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("GetInputContext", nargs, 0, 0) || !no_keywords("GetInputContext", kwnames)) return nullptr;
  ParserObject* p = as_parser(self);
  if (!p->in_callback) return Ref::none();
  int offset = 0, size = 0;
  const char* buffer = XML_GetInputContext(p->parser, &offset, &size);
  if (buffer == nullptr) return Ref::none();
  return bytes_from_string(std::string_view(buffer + offset, static_cast<size_t>(size - offset)));
}

Ref parser_set_param_entity_parsing(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("SetParamEntityParsing", nargs, 1, 1) || !no_keywords("SetParamEntityParsing", kwnames)) {
    return nullptr;
  }
  int64_t flag = as_int64(args[0]);
  if (flag == -1 && error_occurred()) return nullptr;
  return Ref::small_int(
      XML_SetParamEntityParsing(as_parser(self)->parser, static_cast<XML_ParamEntityParsing>(flag)));
}

Ref parser_use_foreign_dtd(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("UseForeignDTD", nargs, 0, 1) || !no_keywords("UseForeignDTD", kwnames)) return nullptr;
  bool flag = true;
  if (nargs == 1) {
    int truth = is_true(args[0]);
    if (truth < 0) return nullptr;
    flag = truth != 0;
  }
  XML_Error error = XML_UseForeignDTD(as_parser(self)->parser, flag ? XML_TRUE : XML_FALSE);
  if (error != XML_ERROR_NONE) return raise_expat_error(as_parser(self)->parser, error);
  return Ref::none();
}

// A new parser object around an expat parser; every ParserCreate and
// ExternalEntityParserCreate ends here.
Ref wrap_parser(XML_Parser x, Value intern, const ParserObject* settings) {
  if (x == nullptr) return raise_no_memory();
  auto* p = new_object<ParserObject>(&parser_type);
  if (p == nullptr) {
    XML_ParserFree(x);
    return nullptr;
  }
  p->parser = x;
  incref(intern);
  p->intern = intern;
  p->buffer_size = 8192;
  if (settings != nullptr) {
    p->ordered_attributes = settings->ordered_attributes;
    p->specified_attributes = settings->specified_attributes;
    p->buffer_size = settings->buffer_size;
    if (settings->buffer != nullptr) p->buffer = new std::string();
  }
  XML_SetUserData(x, p);
  XML_SetUnknownEncodingHandler(x, nullptr, nullptr);
  return Ref::steal(p);
}

Ref parser_external_entity_parser_create(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_arg_count("ExternalEntityParserCreate", nargs, 1, 2) ||
      !no_keywords("ExternalEntityParserCreate", kwnames)) {
    return nullptr;
  }
  ParserObject* p = as_parser(self);
  std::string context, encoding;
  bool has_context = !args[0].is_none(), has_encoding = nargs == 2 && !args[1].is_none();
  if (has_context) {
    if (!is_str(args[0])) return raise(exc::TypeError, "ExternalEntityParserCreate() argument 1 must be str or None");
    context = std::string(str_utf8(args[0].as<Str>()));
  }
  if (has_encoding) {
    if (!is_str(args[1])) return raise(exc::TypeError, "ExternalEntityParserCreate() argument 2 must be str");
    encoding = std::string(str_utf8(args[1].as<Str>()));
  }
  XML_Parser x = XML_ExternalEntityParserCreate(p->parser, has_context ? context.c_str() : nullptr,
                                                has_encoding ? encoding.c_str() : nullptr);
  Ref child = wrap_parser(x, p->intern, p);
  if (!child) return nullptr;
  ParserObject* c = as_parser(child.get());
  for (int h = 0; h < kHandlerCount; ++h) {
    if (p->handlers[h].is_null()) continue;
    incref(p->handlers[h]);
    c->handlers[h] = p->handlers[h];
    install(c, static_cast<Handler>(h), true);
  }
  return child;
}

void parser_clear(Object* self) {
  auto* p = static_cast<ParserObject*>(self);
  clear_handlers(p);
  Value old = p->intern;
  p->intern = Value();
  decref(old);
}

void parser_dealloc(Object* self) {
  auto* p = static_cast<ParserObject*>(self);
  parser_clear(self);
  if (p->parser != nullptr) XML_ParserFree(p->parser);
  delete p->buffer;
  free_object(self);
}

void parser_traverse(Object* self, VisitFn visit, void* arg) {
  auto* p = static_cast<ParserObject*>(self);
  for (Value h : p->handlers) {
    if (!h.is_null()) visit(h, arg);
  }
  if (!p->intern.is_null()) visit(p->intern, arg);
}

// ---- Attributes ----

template <int H>
Ref get_handler(Value self) {
  Value h = as_parser(self)->handlers[H];
  return h.is_null() ? Ref::none() : Ref::borrow(h);
}

int fail_readonly();

template <int H>
int set_handler(Value self, Value v) {
  if (v.is_null()) return fail_readonly();
  ParserObject* p = as_parser(self);
  if (H == kCharacterData && !flush_character_data(p)) {
    p->failed = false;
    return -1;
  }
  Value old = p->handlers[H];
  bool on = !v.is_none();
  if (on) incref(v);
  p->handlers[H] = on ? v : Value();
  decref(old);
  install(p, static_cast<Handler>(H), on);
  return 0;
}

int fail_readonly() { return fail(exc::RuntimeError, "Cannot delete attribute"); }

bool set_flag(Value v, bool* out) {
  int truth = is_true(v);
  if (truth < 0) return false;
  *out = truth != 0;
  return true;
}

Ref get_buffer_text(Value self) { return Ref::boolean(as_parser(self)->buffer != nullptr); }
int set_buffer_text(Value self, Value v) {
  ParserObject* p = as_parser(self);
  bool on;
  if (v.is_null() || !set_flag(v, &on)) return v.is_null() ? fail_readonly() : -1;
  if (on && p->buffer == nullptr) {
    p->buffer = new std::string();
  } else if (!on && p->buffer != nullptr) {
    if (!flush_character_data(p)) {
      p->failed = false;
      return -1;
    }
    delete p->buffer;
    p->buffer = nullptr;
  }
  return 0;
}

Ref get_buffer_size(Value self) { return Ref::small_int(as_parser(self)->buffer_size); }
int set_buffer_size(Value self, Value v) {
  if (v.is_null()) return fail_readonly();
  if (!is_int(v)) return fail(exc::TypeError, "buffer_size must be an integer");
  int64_t n = as_int64(v);
  if (n == -1 && error_occurred()) return -1;
  if (n <= 0) return fail(exc::ValueError, "buffer_size must be greater than zero");
  if (n > INT32_MAX) return fail(exc::ValueError, "buffer_size must not be greater than " + std::to_string(INT32_MAX));
  ParserObject* p = as_parser(self);
  if (p->buffer != nullptr && n != p->buffer_size && !flush_character_data(p)) {
    p->failed = false;
    return -1;
  }
  p->buffer_size = n;
  return 0;
}

Ref get_buffer_used(Value self) {
  ParserObject* p = as_parser(self);
  return Ref::small_int(p->buffer == nullptr ? 0 : static_cast<int64_t>(p->buffer->size()));
}

template <bool ParserObject::*Field>
Ref get_flag(Value self) {
  return Ref::boolean(as_parser(self)->*Field);
}
template <bool ParserObject::*Field>
int set_bool_field(Value self, Value v) {
  if (v.is_null()) return fail_readonly();
  return set_flag(v, &(as_parser(self)->*Field)) ? 0 : -1;
}

int set_namespace_prefixes(Value self, Value v) {
  if (set_bool_field<&ParserObject::namespace_prefixes>(self, v) < 0) return -1;
  ParserObject* p = as_parser(self);
  XML_SetReturnNSTriplet(p->parser, p->namespace_prefixes);
  return 0;
}

Ref get_intern(Value self) { return Ref::borrow(as_parser(self)->intern); }

Ref get_current_line(Value self) { return int_from_uint64(XML_GetCurrentLineNumber(as_parser(self)->parser)); }
Ref get_current_column(Value self) { return int_from_uint64(XML_GetCurrentColumnNumber(as_parser(self)->parser)); }
Ref get_current_byte(Value self) { return int_from_int64(XML_GetCurrentByteIndex(as_parser(self)->parser)); }
Ref get_error_code(Value self) { return Ref::small_int(XML_GetErrorCode(as_parser(self)->parser)); }

#define HANDLER_GETSET(name, h) {name, get_handler<h>, set_handler<h>, nullptr}

const GetSetDef kParserGetSets[] = {
    HANDLER_GETSET("StartElementHandler", kStartElement),
    HANDLER_GETSET("EndElementHandler", kEndElement),
    HANDLER_GETSET("ProcessingInstructionHandler", kProcessingInstruction),
    HANDLER_GETSET("CharacterDataHandler", kCharacterData),
    HANDLER_GETSET("UnparsedEntityDeclHandler", kUnparsedEntityDecl),
    HANDLER_GETSET("NotationDeclHandler", kNotationDecl),
    HANDLER_GETSET("StartNamespaceDeclHandler", kStartNamespaceDecl),
    HANDLER_GETSET("EndNamespaceDeclHandler", kEndNamespaceDecl),
    HANDLER_GETSET("CommentHandler", kComment),
    HANDLER_GETSET("StartCdataSectionHandler", kStartCdataSection),
    HANDLER_GETSET("EndCdataSectionHandler", kEndCdataSection),
    HANDLER_GETSET("DefaultHandler", kDefault),
    HANDLER_GETSET("DefaultHandlerExpand", kDefaultExpand),
    HANDLER_GETSET("NotStandaloneHandler", kNotStandalone),
    HANDLER_GETSET("ExternalEntityRefHandler", kExternalEntityRef),
    HANDLER_GETSET("StartDoctypeDeclHandler", kStartDoctypeDecl),
    HANDLER_GETSET("EndDoctypeDeclHandler", kEndDoctypeDecl),
    HANDLER_GETSET("EntityDeclHandler", kEntityDecl),
    HANDLER_GETSET("XmlDeclHandler", kXmlDecl),
    HANDLER_GETSET("ElementDeclHandler", kElementDecl),
    HANDLER_GETSET("AttlistDeclHandler", kAttlistDecl),
    HANDLER_GETSET("SkippedEntityHandler", kSkippedEntity),
    {"buffer_text", get_buffer_text, set_buffer_text, nullptr},
    {"buffer_size", get_buffer_size, set_buffer_size, nullptr},
    {"buffer_used", get_buffer_used, nullptr, nullptr},
    {"ordered_attributes", get_flag<&ParserObject::ordered_attributes>,
     set_bool_field<&ParserObject::ordered_attributes>, nullptr},
    {"specified_attributes", get_flag<&ParserObject::specified_attributes>,
     set_bool_field<&ParserObject::specified_attributes>, nullptr},
    {"namespace_prefixes", get_flag<&ParserObject::namespace_prefixes>, set_namespace_prefixes, nullptr},
    {"intern", get_intern, nullptr, nullptr},
    {"CurrentLineNumber", get_current_line, nullptr, nullptr},
    {"CurrentColumnNumber", get_current_column, nullptr, nullptr},
    {"CurrentByteIndex", get_current_byte, nullptr, nullptr},
    {"ErrorCode", get_error_code, nullptr, nullptr},
    {"ErrorLineNumber", get_current_line, nullptr, nullptr},
    {"ErrorColumnNumber", get_current_column, nullptr, nullptr},
    {"ErrorByteIndex", get_current_byte, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

#undef HANDLER_GETSET

const MethodDef kParserMethods[] = {
    {"Parse", parser_parse, kMethodInstance, nullptr},
    {"ParseFile", parser_parse_file, kMethodInstance, nullptr},
    {"SetBase", parser_set_base, kMethodInstance, nullptr},
    {"GetBase", parser_get_base, kMethodInstance, nullptr},
    {"GetInputContext", parser_get_input_context, kMethodInstance, nullptr},
    {"ExternalEntityParserCreate", parser_external_entity_parser_create, kMethodInstance, nullptr},
    {"SetParamEntityParsing", parser_set_param_entity_parsing, kMethodInstance, nullptr},
    {"UseForeignDTD", parser_use_foreign_dtd, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref parser_create(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "namespace_separator", "intern"};
  Value a[3];
  if (!bind_args(ArgSpec{"ParserCreate", names, 3, 0, 0}, args, nargs, kwnames, a)) return nullptr;
  std::string encoding, separator;
  bool has_encoding = false, has_separator = false;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      return raise(exc::TypeError,
                   std::string("ParserCreate() argument 'encoding' must be str or None, not ") + type_name_of(a[0]));
    }
    encoding = std::string(str_utf8(a[0].as<Str>()));
    has_encoding = true;
  }
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_str(a[1])) {
      return raise(exc::TypeError,
                   std::string("ParserCreate() argument 'namespace_separator' must be str or None, not ") +
                       type_name_of(a[1]));
    }
    if (a[1].as<Str>()->length > 1) {
      return raise(exc::ValueError, "namespace_separator must be at most one character, omitted, or None");
    }
    separator = std::string(str_utf8(a[1].as<Str>()));
    has_separator = true;
  }
  Ref intern_dict;
  if (a[2].is_null()) {
    intern_dict = Ref::steal(dict_new());
    if (!intern_dict) return nullptr;
  } else if (a[2].is_none() || is_dict(a[2])) {
    intern_dict = Ref::borrow(a[2]);
  } else {
    return raise(exc::TypeError, "intern must be a dictionary");
  }
  const XML_Char* enc = has_encoding ? encoding.c_str() : nullptr;
  XML_Parser x = has_separator ? XML_ParserCreate_MM(enc, nullptr, separator.c_str()) : XML_ParserCreate(enc);
  return wrap_parser(x, intern_dict.get(), nullptr);
}

int init_parser_type() {
  Type& t = parser_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "pyexpat.xmlparser";
  t.doc = "XML parser";
  t.basic_size = sizeof(ParserObject);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.dealloc = parser_dealloc;
  t.traverse = parser_traverse;
  t.clear = parser_clear;
  t.methods = kParserMethods;
  t.getsets = kParserGetSets;
  return type_ready(&t);
}

}  // namespace taipan::pyexpat
