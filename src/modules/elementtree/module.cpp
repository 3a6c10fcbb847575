// The `_elementtree` module object: Element, SubElement, TreeBuilder, XMLParser,
// ParseError and _set_factories, through which ElementTree.py hands over its
// Comment and ProcessingInstruction factories for TreeBuilder to use.
#include <string>

#include "modules/elementtree/elementtree.h"
#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"

namespace taipan::etree {

Value comment_factory;
Value pi_factory;

namespace {

// _set_factories(comment_factory, pi_factory): the previous pair (None
// where unset).
Ref set_factories(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!parse_tuple("_set_factories", 2, 2, args, nargs, kwnames, a)) return nullptr;
  static const char* const kWhat[] = {"Comment", "PI"};
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_none() && type_of(a[i])->call == nullptr) {
      return raise(exc::TypeError, std::string(kWhat[i]) + " factory must be callable, not " + type_name_of(a[i]));
    }
  }
  Ref old = tuple_pack({comment_factory.is_null() ? Value::none() : comment_factory,
                        pi_factory.is_null() ? Value::none() : pi_factory});
  if (!old) return nullptr;
  assign_owned(comment_factory, a[0].is_none() ? Value() : a[0]);
  assign_owned(pi_factory, a[1].is_none() ? Value() : a[1]);
  return old;
}

const MethodDef kFunctions[] = {
    {"SubElement", subelement, kMethodInstance, nullptr},
    {"_set_factories", set_factories, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

}  // namespace taipan::etree

namespace taipan {

Ref make_elementtree_module() {
  using namespace etree;
  if (init_element_type() < 0 || init_element_iter_type() < 0 || init_treebuilder_type() < 0 ||
      init_xmlparser_type() < 0) {
    return nullptr;
  }
  if (parse_error == nullptr) {
    parse_error = new_exception_class("xml.etree.ElementTree", "ParseError", {exc::SyntaxError});
    if (parse_error == nullptr) return nullptr;
  }
  Ref module = module_new("_elementtree", true);
  if (!module || module_add_functions(*module, kFunctions) < 0 ||
      module_add(*module, "Element", Value::object(&element_type)) < 0 ||
      module_add(*module, "TreeBuilder", Value::object(&treebuilder_type)) < 0 ||
      module_add(*module, "XMLParser", Value::object(&xmlparser_type)) < 0 ||
      module_add(*module, "ParseError", Value::object(parse_error)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
