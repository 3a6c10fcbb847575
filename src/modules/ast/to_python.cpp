// to_python.cpp — a parsed tree (parser/ast.h) as Python's ast objects:
// each node an instance of its _ast class with its fields and positions in
// its __dict__; absent optional fields None; Load, Store, Del and the
// operators the shared instances, as CPython's trees share them.
#include <string>
#include <vector>

#include "modules/ast/ast_conversion.h"
#include "modules/ast/node_classes.h"
#include "modules/ast/node_fields.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type_slots.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"

namespace taipan::ast_module {

namespace {

class ToPython {
 public:
  explicit ToPython(const NodeClasses& c) : c_(c) {}

  Ref node(const ast::Mod* m) {
    switch (m->kind) {
#define TAIPAN_AST_CASE(Py, Cpp) \
  case ast::ModKind::Py: return make(c_.mods[static_cast<int>(m->kind)], *static_cast<const ast::Cpp*>(m), nullptr);
      TAIPAN_AST_MOD_NODES(TAIPAN_AST_CASE)
#undef TAIPAN_AST_CASE
    }
    return nullptr;
  }
  Ref node(const ast::Stmt* s) {
    switch (s->kind) {
#define TAIPAN_AST_CASE(Py, Cpp) \
  case ast::StmtKind::Py: return make(c_.stmts[static_cast<int>(s->kind)], *static_cast<const ast::Cpp*>(s), s);
      TAIPAN_AST_STMT_NODES(TAIPAN_AST_CASE)
#undef TAIPAN_AST_CASE
    }
    return nullptr;
  }
  Ref node(const ast::Expr* e) {
    switch (e->kind) {
#define TAIPAN_AST_CASE(Py, Cpp) \
  case ast::ExprKind::Py: return make(c_.exprs[static_cast<int>(e->kind)], *static_cast<const ast::Cpp*>(e), e);
      TAIPAN_AST_EXPR_NODES(TAIPAN_AST_CASE)
#undef TAIPAN_AST_CASE
    }
    return nullptr;
  }
  Ref node(const ast::Pattern* p) {
    switch (p->kind) {
#define TAIPAN_AST_CASE(Py, Cpp) \
  case ast::PatternKind::Py:     \
    return make(c_.patterns[static_cast<int>(p->kind)], *static_cast<const ast::Cpp*>(p), p);
      TAIPAN_AST_PATTERN_NODES(TAIPAN_AST_CASE)
#undef TAIPAN_AST_CASE
    }
    return nullptr;
  }
  Ref node(const ast::ExceptHandler* h) { return make(c_.ExceptHandler, *h, h); }
  Ref node(const ast::TypeIgnore* t) { return make(c_.TypeIgnore, *t, nullptr); }
  Ref node(const ast::Comprehension* n) { return make(c_.comprehension, *n, nullptr); }
  Ref node(const ast::Arguments* n) { return make(c_.arguments, *n, nullptr); }
  Ref node(const ast::Arg* n) { return make(c_.arg, *n, n); }
  Ref node(const ast::Keyword* n) { return make(c_.keyword, *n, n); }
  Ref node(const ast::Alias* n) { return make(c_.alias, *n, n); }
  Ref node(const ast::WithItem* n) { return make(c_.withitem, *n, nullptr); }
  Ref node(const ast::MatchCase* n) { return make(c_.match_case, *n, nullptr); }

  // One field's value, by the member's C++ type.
  template <class T>
  Ref value(const char*, T* const& child) {
    return child == nullptr ? Ref::none() : node(child);
  }
  template <class T>
  Ref value(const char* type, const std::vector<T>& items) {
    List* list = list_new(static_cast<int64_t>(items.size()));
    if (list == nullptr) return nullptr;
    Ref owned = Ref::steal(Value::object(list));
    for (size_t i = 0; i < items.size(); i++) {
      Ref item = value(type, items[i]);
      if (!item) return nullptr;
      list->items[i] = item.release();
    }
    return owned;
  }
  Ref value(const char* type, const std::string& s) {
    std::string_view t(type);
    if (s.empty() && t.back() == '?') return Ref::none();
    return str_from_utf8(s);
  }
  Ref value(const char*, int i) { return Ref::small_int(i); }
  Ref value(const char*, ast::ExprContext k) { return shared(c_.expr_context.instances[static_cast<int>(k)]); }
  Ref value(const char*, ast::BoolOperator k) { return shared(c_.boolop.instances[static_cast<int>(k)]); }
  Ref value(const char*, ast::Operator k) { return shared(c_.operator_.instances[static_cast<int>(k)]); }
  Ref value(const char*, ast::UnaryOperator k) { return shared(c_.unaryop.instances[static_cast<int>(k)]); }
  Ref value(const char*, ast::CmpOp k) { return shared(c_.cmpop.instances[static_cast<int>(k)]); }
  Ref value(const char*, ast::ConstantKind k) {
    return k == ast::ConstantKind::None ? Ref::none() : Ref::boolean(k == ast::ConstantKind::True);
  }
  Ref value(const char*, const ast::Constant& c) {
    switch (c.value_kind) {
      case ast::ConstantKind::None: return Ref::none();
      case ast::ConstantKind::True: return Ref::boolean(true);
      case ast::ConstantKind::False: return Ref::boolean(false);
      case ast::ConstantKind::Ellipsis: return Ref::borrow(ellipsis_value());
      case ast::ConstantKind::Int:
        return c.int_fits_i64 ? int_from_int64(c.int_i64) : int_from_string(c.int_digits, c.int_base);
      case ast::ConstantKind::Float: return Ref::from_double(c.number);
      case ast::ConstantKind::Complex: return complex_new(0.0, c.number);
      case ast::ConstantKind::Str: return str_from_utf8(c.str);
      case ast::ConstantKind::Bytes: return bytes_from_string(c.str);
      case ast::ConstantKind::Object:
        return Ref::borrow(Value::object(static_cast<Object*>(const_cast<void*>(c.object))));
    }
    return Ref::none();
  }

 private:
  // Sets a node's fields in order, one visitor call per field.
  struct FieldSetter {
    ToPython& self;
    Dict* dict;
    const NodeClass& cls;
    size_t index = 0;
    bool ok = true;
    template <class Member>
    void operator()(const char* type, const char*, Member& member) {
      if (!ok) return;
      Ref v = self.value(type, member);
      ok = v && dict_set(dict, Value::object(cls.fields[index]), v.get()) == 0;
      index++;
    }
  };

  static Ref shared(Value v) { return Ref::borrow(v); }

  template <class Node>
  Ref make(const NodeClass& cls, const Node& n, const ast::Node* positions) {
    Object* o = alloc_object(cls.type, static_cast<size_t>(cls.type->basic_size));
    if (o == nullptr) return nullptr;
    Ref result = Ref::steal(o);
    Dict* dict = dict_new();
    if (dict == nullptr) return nullptr;
    *instance_dict_ptr(result.get()) = dict;
    FieldSetter setter{*this, dict, cls};
    fields(setter, const_cast<Node&>(n));
    if (!setter.ok) return nullptr;
    if (positions != nullptr &&
        (dict_set(dict, Value::object(c_.lineno), Value::small_int(positions->lineno)) < 0 ||
         dict_set(dict, Value::object(c_.col_offset), Value::small_int(positions->col_offset)) < 0 ||
         dict_set(dict, Value::object(c_.end_lineno), Value::small_int(positions->end_lineno)) < 0 ||
         dict_set(dict, Value::object(c_.end_col_offset), Value::small_int(positions->end_col_offset)) < 0)) {
      return nullptr;
    }
    return result;
  }

  const NodeClasses& c_;
};

}  // namespace

Ref tree_to_python(const ast::Mod* mod) {
  const NodeClasses* classes = node_classes();
  if (classes == nullptr) return nullptr;
  ToPython converter(*classes);
  return converter.node(mod);
}

}  // namespace taipan::ast_module
