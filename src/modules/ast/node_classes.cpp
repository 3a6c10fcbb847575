// node_classes.cpp — builds the Python classes of `_ast` from the field
// lists of node_fields.h, in the order of Python.asdl: each abstract sum type
// derives from AST, each constructor from its sum type, each product type
// from AST. Their dicts hold what CPython 3.11's hold: _fields,
// __match_args__, __module__ 'ast', the ASDL signature as __doc__, and, on
// the classes that declare them, _attributes and None defaults for optional
// fields and the optional end positions.
#include "modules/ast/node_classes.h"

#include <string>

#include "modules/ast/node_fields.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::ast_module {

namespace {

struct Field {
  std::string type;
  std::string name;
};

// The visitor that lists a node struct's fields.
struct FieldList {
  std::vector<Field> items;
  template <class Member>
  void operator()(const char* type, const char* name, Member&) {
    items.push_back({type, name});
  }
};

struct Constructor {
  const char* name;
  std::vector<Field> fields;
  NodeClass* out;
};

template <class Node>
Constructor constructor_of(const char* name, NodeClass* out) {
  FieldList list;
  Node node;
  fields(list, node);
  return {name, std::move(list.items), out};
}

// "BinOp(expr left, operator op, expr right)", or just "Pass".
std::string signature(const Constructor& c) {
  std::string s = c.name;
  if (c.fields.empty()) return s;
  s += "(";
  for (size_t i = 0; i < c.fields.size(); i++) {
    if (i > 0) s += ", ";
    s += c.fields[i].type + " " + c.fields[i].name;
  }
  return s + ")";
}

bool is_optional(const Field& f) { return f.type.back() == '?'; }

// Every class made, in the order _ast's namespace lists them.
std::vector<Type*>& classes_in_order() {
  static std::vector<Type*> order;
  return order;
}

Ref names_tuple(const std::vector<Str*>& names) {
  Tuple* t = tuple_new(static_cast<int64_t>(names.size()));
  if (t == nullptr) return nullptr;
  Ref owned = Ref::steal(Value::object(t));
  for (size_t i = 0; i < names.size(); i++) {
    incref(Value::object(names[i]));
    t->items[i] = Value::object(names[i]);
  }
  return owned;
}

// A class's own _attributes: none of its own, (), the four positions with
// optional ends (stmt, expr ...), or with required ends (pattern).
enum class Attributes { Inherited, None, Positions, RequiredPositions };

// type(name, (base,), {...}) with the dict CPython gives the class.
int make_class(const char* name, Type* base, const std::vector<Field>& field_list, Attributes attributes,
               const std::string& doc, NodeClass* out) {
  for (const Field& f : field_list) out->fields.push_back(intern(f.name));
  Ref fields_tuple = names_tuple(out->fields);
  Ref doc_str = str_from_utf8(doc);
  Ref name_str = str_from_utf8(name);
  Ref bases = tuple_pack({Value::object(base)});
  Dict* ns = dict_new();
  if (ns == nullptr || !fields_tuple || !doc_str || !name_str || !bases) return -1;
  Ref ns_owned = Ref::steal(Value::object(ns));
  if (dict_set_str(ns, "_fields", fields_tuple.get()) < 0 ||
      dict_set_str(ns, "__match_args__", fields_tuple.get()) < 0 ||
      dict_set_str(ns, "__module__", Value::object(intern("ast"))) < 0 ||
      dict_set_str(ns, "__doc__", doc_str.get()) < 0) {
    return -1;
  }
  Ref cls = call(Value::object(&type_type), {name_str.get(), bases.get(), ns_owned.get()});
  if (!cls) return -1;
  Value c = cls.get();
  if (attributes != Attributes::Inherited) {
    std::vector<Str*> attribute_names;
    if (attributes == Attributes::Positions || attributes == Attributes::RequiredPositions) {
      for (const char* a : {"lineno", "col_offset", "end_lineno", "end_col_offset"}) {
        attribute_names.push_back(intern(a));
      }
    }
    Ref attrs = names_tuple(attribute_names);
    if (!attrs || setattr(c, intern("_attributes"), attrs.get()) < 0) return -1;
  }
  for (const Field& f : field_list) {
    if (is_optional(f) && setattr(c, intern(f.name), Value::none()) < 0) return -1;
  }
  if (attributes == Attributes::Positions) {
    if (setattr(c, intern("end_lineno"), Value::none()) < 0 ||
        setattr(c, intern("end_col_offset"), Value::none()) < 0) {
      return -1;
    }
  }
  out->type = cls.release().as<Type>();  // lives for the whole run
  classes_in_order().push_back(out->type);
  return 0;
}

// A sum type: the abstract class, then one class per constructor.
int make_sum(const char* name, const std::vector<Constructor>& constructors, Attributes attributes,
             NodeClass* abstract) {
  bool simple = true;
  for (const Constructor& c : constructors) simple = simple && c.fields.empty();
  std::string doc = std::string(name) + " = ";
  std::string separator = simple ? " | " : "\n" + std::string(std::string(name).size() + 1, ' ') + "| ";
  for (size_t i = 0; i < constructors.size(); i++) {
    if (i > 0) doc += separator;
    doc += signature(constructors[i]);
  }
  if (make_class(name, &ast_type, {}, attributes, doc, abstract) < 0) return -1;
  for (const Constructor& c : constructors) {
    if (make_class(c.name, abstract->type, c.fields, Attributes::Inherited, signature(c), c.out) < 0) return -1;
  }
  return 0;
}

int make_product(Constructor c, Attributes attributes) {
  return make_class(c.name, &ast_type, c.fields, attributes, signature(c), c.out);
}

// A sum of field-less constructors, and the one instance of each that
// parsed trees share.
template <int N>
int make_simple_sum(const char* name, const char* const (&names)[N], SimpleSum<N>* out) {
  NodeClass classes[N];
  std::vector<Constructor> constructors;
  for (int i = 0; i < N; i++) constructors.push_back({names[i], {}, &classes[i]});
  if (make_sum(name, constructors, Attributes::None, &out->base) < 0) return -1;
  for (int i = 0; i < N; i++) {
    out->types[i] = classes[i].type;
    Ref instance = call(Value::object(classes[i].type), {});
    if (!instance) return -1;
    out->instances[i] = instance.release();
  }
  return 0;
}

#define TAIPAN_AST_NAME(Py) #Py,

int build(NodeClasses* c) {
  if (init_ast_type() < 0) return -1;
  classes_in_order().push_back(&ast_type);
  std::vector<Constructor> mods, stmts, exprs, patterns;
#define TAIPAN_AST_CTOR(Py, Cpp, list, kind, array) \
  list.push_back(constructor_of<ast::Cpp>(#Py, &c->array[static_cast<int>(ast::kind::Py)]));
#define TAIPAN_AST_MOD(Py, Cpp) TAIPAN_AST_CTOR(Py, Cpp, mods, ModKind, mods)
#define TAIPAN_AST_STMT(Py, Cpp) TAIPAN_AST_CTOR(Py, Cpp, stmts, StmtKind, stmts)
#define TAIPAN_AST_EXPR(Py, Cpp) TAIPAN_AST_CTOR(Py, Cpp, exprs, ExprKind, exprs)
#define TAIPAN_AST_PATTERN(Py, Cpp) TAIPAN_AST_CTOR(Py, Cpp, patterns, PatternKind, patterns)
  TAIPAN_AST_MOD_NODES(TAIPAN_AST_MOD)
  TAIPAN_AST_STMT_NODES(TAIPAN_AST_STMT)
  TAIPAN_AST_EXPR_NODES(TAIPAN_AST_EXPR)
  TAIPAN_AST_PATTERN_NODES(TAIPAN_AST_PATTERN)
#undef TAIPAN_AST_MOD
#undef TAIPAN_AST_STMT
#undef TAIPAN_AST_EXPR
#undef TAIPAN_AST_PATTERN
#undef TAIPAN_AST_CTOR
  static const char* const kContexts[] = {TAIPAN_AST_EXPR_CONTEXT(TAIPAN_AST_NAME)};
  static const char* const kBoolOps[] = {TAIPAN_AST_BOOLOP(TAIPAN_AST_NAME)};
  static const char* const kOperators[] = {TAIPAN_AST_OPERATOR(TAIPAN_AST_NAME)};
  static const char* const kUnaryOps[] = {TAIPAN_AST_UNARYOP(TAIPAN_AST_NAME)};
  static const char* const kCmpOps[] = {TAIPAN_AST_CMPOP(TAIPAN_AST_NAME)};
  if (make_sum("mod", mods, Attributes::None, &c->mod) < 0 ||
      make_sum("stmt", stmts, Attributes::Positions, &c->stmt) < 0 ||
      make_sum("expr", exprs, Attributes::Positions, &c->expr) < 0 ||
      make_simple_sum("expr_context", kContexts, &c->expr_context) < 0 ||
      make_simple_sum("boolop", kBoolOps, &c->boolop) < 0 ||
      make_simple_sum("operator", kOperators, &c->operator_) < 0 ||
      make_simple_sum("unaryop", kUnaryOps, &c->unaryop) < 0 ||
      make_simple_sum("cmpop", kCmpOps, &c->cmpop) < 0 ||
      make_product(constructor_of<ast::Comprehension>("comprehension", &c->comprehension), Attributes::None) < 0 ||
      make_sum("excepthandler", {constructor_of<ast::ExceptHandler>("ExceptHandler", &c->ExceptHandler)},
               Attributes::Positions, &c->excepthandler) < 0 ||
      make_product(constructor_of<ast::Arguments>("arguments", &c->arguments), Attributes::None) < 0 ||
      make_product(constructor_of<ast::Arg>("arg", &c->arg), Attributes::Positions) < 0 ||
      make_product(constructor_of<ast::Keyword>("keyword", &c->keyword), Attributes::Positions) < 0 ||
      make_product(constructor_of<ast::Alias>("alias", &c->alias), Attributes::Positions) < 0 ||
      make_product(constructor_of<ast::WithItem>("withitem", &c->withitem), Attributes::None) < 0 ||
      make_product(constructor_of<ast::MatchCase>("match_case", &c->match_case), Attributes::None) < 0 ||
      make_sum("pattern", patterns, Attributes::RequiredPositions, &c->pattern) < 0 ||
      make_sum("type_ignore", {constructor_of<ast::TypeIgnore>("TypeIgnore", &c->TypeIgnore)}, Attributes::None,
               &c->type_ignore) < 0) {
    return -1;
  }
  c->lineno = intern("lineno");
  c->col_offset = intern("col_offset");
  c->end_lineno = intern("end_lineno");
  c->end_col_offset = intern("end_col_offset");
  return 0;
}

#undef TAIPAN_AST_NAME

}  // namespace

const NodeClasses* node_classes() {
  static NodeClasses* classes = nullptr;
  if (classes != nullptr) return classes;
  auto* made = new NodeClasses();
  classes_in_order().clear();
  if (build(made) < 0) {  // the next call starts again
    delete made;
    return nullptr;
  }
  classes = made;
  return classes;
}

int add_node_classes(Value module) {
  if (node_classes() == nullptr) return -1;
  for (Type* t : classes_in_order()) {
    Ref name = getattr(Value::object(t), "__name__");
    if (!name || module_add(module, str_utf8(name.as<Str>()), Value::object(t)) < 0) return -1;
  }
  return 0;
}

}  // namespace taipan::ast_module
