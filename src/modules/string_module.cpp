// The `_string` module under CPython's string.Formatter: formatter_parser
// (the (literal, field_name, format_spec, conversion) tuples of a format
// string) and formatter_field_name_split (a field name's first part and its
// (is_attribute, key) steps), over str.format's own parser (str_format.h).
#include <string>

#include "modules/modules.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/str_format.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

// Both iterators walk a string they own; only the parser state differs.
struct FormatterIterator : Object {
  Value text;  // the Str (owned)
  MarkupIterator markup;
};

struct FieldNameIteratorObject : Object {
  Value text;  // the Str (owned)
  FieldNameIterator steps;
};

Type formatter_iterator_type;
Type field_name_iterator_type;

template <typename T>
void text_holder_dealloc(Object* self) {
  decref(static_cast<T*>(self)->text);
  free_object(self);
}

Ref iter_self(Value self) { return Ref::borrow(self); }

Ref substring_or_none(Str* s, int64_t begin, int64_t end, bool present) {
  return present ? str_substring(s, begin, end) : Ref::none();
}

Ref formatter_iterator_next(Value self) {
  auto* it = self.as<FormatterIterator>();
  Str* s = it->text.as<Str>();
  MarkupItem item;
  int got = it->markup.next(&item);
  if (got <= 0) return nullptr;
  Ref literal = str_substring(s, item.literal_begin, item.literal_end);
  Ref name = substring_or_none(s, item.name_begin, item.name_end, item.has_field);
  Ref spec = substring_or_none(s, item.spec_begin, item.spec_end, item.has_field);
  Ref conversion = item.conversion != 0 ? str_from_char(item.conversion) : Ref::none();
  if (!literal || !name || !spec || !conversion) return nullptr;
  return tuple_pack({literal.get(), name.get(), spec.get(), conversion.get()});
}

Ref field_name_iterator_next(Value self) {
  auto* it = self.as<FieldNameIteratorObject>();
  Str* s = it->text.as<Str>();
  FieldNameStep step;
  int got = it->steps.next(&step);
  if (got <= 0) return nullptr;
  Ref key = step.is_attribute ? str_substring(s, step.begin, step.end) : field_name_part(s, step.begin, step.end);
  if (!key) return nullptr;
  return tuple_pack({Value::boolean(step.is_attribute), key.get()});
}

Str* str_argument(const Value* args, size_t nargs, Tuple* kwnames, const char* name) {
  if (!no_keywords(name, kwnames)) return nullptr;
  if (nargs != 1) {
    raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    return nullptr;
  }
  if (!is_str(args[0])) {
    raise(exc::TypeError, std::string("expected str, got ") + type_name_of(args[0]));
    return nullptr;
  }
  return args[0].as<Str>();
}

Ref string_formatter_parser(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Str* s = str_argument(args, nargs, kwnames, "formatter_parser");
  if (s == nullptr) return nullptr;
  auto* it = static_cast<FormatterIterator*>(alloc_object(&formatter_iterator_type, sizeof(FormatterIterator)));
  if (it == nullptr) return nullptr;
  it->text = Ref::borrow(Value::object(s)).release();
  new (&it->markup) MarkupIterator(s, 0, s->length);
  return Ref::steal(it);
}

Ref string_formatter_field_name_split(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Str* s = str_argument(args, nargs, kwnames, "formatter_field_name_split");
  if (s == nullptr) return nullptr;
  auto* it = static_cast<FieldNameIteratorObject*>(
      alloc_object(&field_name_iterator_type, sizeof(FieldNameIteratorObject)));
  if (it == nullptr) return nullptr;
  it->text = Ref::borrow(Value::object(s)).release();
  new (&it->steps) FieldNameIterator(s, 0, s->length);
  Ref steps = Ref::steal(it);
  Ref first = field_name_part(s, 0, it->steps.first_end());
  if (!first) return nullptr;
  return tuple_pack({first.get(), steps.get()});
}

int ready_iterator_type(Type* t, const char* name, int64_t size, DeallocFn dealloc, NextFn next) {
  if (type_has_flag(t, kTypeReady)) return 0;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = size;
  t->base = &object_type;
  t->dealloc = dealloc;
  t->iter = iter_self;
  t->next = next;
  return type_ready(t);
}

const MethodDef kStringFunctions[] = {
    {"formatter_parser", string_formatter_parser, kMethodInstance,
     "parse the argument as a format string"},
    {"formatter_field_name_split", string_formatter_field_name_split, kMethodInstance,
     "split the argument as a field name"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_string_module() {
  if (ready_iterator_type(&formatter_iterator_type, "formatteriterator", sizeof(FormatterIterator),
                          text_holder_dealloc<FormatterIterator>, formatter_iterator_next) < 0 ||
      ready_iterator_type(&field_name_iterator_type, "fieldnameiterator", sizeof(FieldNameIteratorObject),
                          text_holder_dealloc<FieldNameIteratorObject>, field_name_iterator_next) < 0) {
    return nullptr;
  }
  Ref module = module_new("_string", true);
  if (!module || module_add_functions(module.get(), kStringFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
