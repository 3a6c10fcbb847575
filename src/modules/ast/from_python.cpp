// from_python.cpp — Python's ast objects back into a tree of parser/ast.h
// (CPython's obj2ast): fields are read by name as node_fields.h lists them;
// a missing required field, a list that is not a list, an object of the
// wrong class or a value of the wrong type raise CPython's TypeError /
// ValueError; the result is then checked by validate.cpp.
#include <climits>
#include <string>
#include <type_traits>
#include <unordered_map>

#include "modules/ast/ast_conversion.h"
#include "modules/ast/node_classes.h"
#include "modules/ast/node_fields.h"
#include "modules/ast/validate.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/thread_state.h"

namespace taipan::ast_module {

namespace {

std::string repr_text(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "?";
  }
  return str_to_std(r.as<Str>());
}

// Members that a None leaves absent (a child of a sum type, an identifier or
// string); None for any other member goes to its converter, which rejects it.
template <class Member>
constexpr bool absent_when_none =
    std::is_same_v<Member, std::string> || std::is_same_v<Member, ast::Expr*> ||
    std::is_same_v<Member, ast::Stmt*> || std::is_same_v<Member, ast::Pattern*> ||
    std::is_same_v<Member, ast::Mod*> || std::is_same_v<Member, ast::ExceptHandler*> ||
    std::is_same_v<Member, ast::TypeIgnore*>;

template <class Base>
struct Factory {
  using Fn = Base* (*)(class FromPython&, Value, const NodeClass&);
};

class FromPython {
 public:
  FromPython(const NodeClasses& c, TreeFromPython& tree) : c_(c), tree_(tree) {}

  // ---- sum types: None is "absent"; the class decides the constructor
  bool convert(Value obj, ast::Mod*& out) {
    return convert_sum<ast::Mod>(obj, "mod", c_.mods, kModFactories, 4, out);
  }
  bool convert(Value obj, ast::Stmt*& out) {
    return convert_sum<ast::Stmt>(obj, "stmt", c_.stmts, kStmtFactories, 27, out);
  }
  bool convert(Value obj, ast::Expr*& out) {
    return convert_sum<ast::Expr>(obj, "expr", c_.exprs, kExprFactories, 27, out);
  }
  bool convert(Value obj, ast::Pattern*& out) {
    return convert_sum<ast::Pattern>(obj, "pattern", c_.patterns, kPatternFactories, 8, out);
  }
  bool convert(Value obj, ast::ExceptHandler*& out) {
    return convert_sum<ast::ExceptHandler>(obj, "excepthandler", &c_.ExceptHandler, kExceptHandlerFactories, 1, out);
  }
  bool convert(Value obj, ast::TypeIgnore*& out) {
    return convert_sum<ast::TypeIgnore>(obj, "type_ignore", &c_.TypeIgnore, kTypeIgnoreFactories, 1, out);
  }

  // ---- product types
  bool convert(Value obj, ast::Comprehension*& out) { return convert_product(obj, c_.comprehension, out); }
  bool convert(Value obj, ast::Arguments*& out) { return convert_product(obj, c_.arguments, out); }
  bool convert(Value obj, ast::Arg*& out) { return convert_product(obj, c_.arg, out); }
  bool convert(Value obj, ast::Keyword*& out) { return convert_product(obj, c_.keyword, out); }
  bool convert(Value obj, ast::Alias*& out) { return convert_product(obj, c_.alias, out); }
  bool convert(Value obj, ast::WithItem*& out) { return convert_product(obj, c_.withitem, out); }
  bool convert(Value obj, ast::MatchCase*& out) { return convert_product(obj, c_.match_case, out); }

  // ---- the operator sums: an instance of one of the classes
  bool convert(Value obj, ast::ExprContext& out) { return convert_simple(obj, "expr_context", c_.expr_context, out); }
  bool convert(Value obj, ast::BoolOperator& out) { return convert_simple(obj, "boolop", c_.boolop, out); }
  bool convert(Value obj, ast::Operator& out) { return convert_simple(obj, "operator", c_.operator_, out); }
  bool convert(Value obj, ast::UnaryOperator& out) { return convert_simple(obj, "unaryop", c_.unaryop, out); }
  bool convert(Value obj, ast::CmpOp& out) { return convert_simple(obj, "cmpop", c_.cmpop, out); }

  // ---- builtin types
  bool convert(Value obj, int& out) {
    if (!is_int(obj)) {
      raise(exc::ValueError, "invalid integer value: " + repr_text(obj));
      return false;
    }
    int64_t v;
    if (!int_to_int64(obj, &v) || v < INT_MIN || v > INT_MAX) {
      raise(exc::OverflowError, "Python int too large to convert to C int");
      return false;
    }
    out = static_cast<int>(v);
    return true;
  }
  // An identifier must be a str; a string (type_comment, kind, tag) may also
  // be bytes, as CPython accepts.
  bool convert_string(Value obj, bool identifier, std::string& out) {
    if (is_exact_str(obj)) {
      out = str_to_std(obj.as<Str>());
      return true;
    }
    if (!identifier && obj.is_object() && obj.as_object()->type == &bytes_type) {
      out = std::string(bytes_view(obj.as<Bytes>()));
      return true;
    }
    raise(exc::TypeError, identifier ? "AST identifier must be of type str" : "AST string must be of type str");
    return false;
  }
  // Constant.value: the common kinds are held natively; anything else (ints,
  // tuples, frozensets, complex numbers, and values validate.cpp rejects) as
  // the object itself.
  bool convert(Value obj, ast::Constant& out) {
    if (obj.is_none()) {
      out.value_kind = ast::ConstantKind::None;
    } else if (obj.is_bool()) {
      out.value_kind = obj == Value::boolean(true) ? ast::ConstantKind::True : ast::ConstantKind::False;
    } else if (obj == ellipsis_value()) {
      out.value_kind = ast::ConstantKind::Ellipsis;
    } else if (obj.is_double()) {
      out.value_kind = ast::ConstantKind::Float;
      out.number = obj.as_double();
    } else if (is_exact_str(obj)) {
      out.value_kind = ast::ConstantKind::Str;
      out.str = str_to_std(obj.as<Str>());
    } else if (obj.is_object() && obj.as_object()->type == &bytes_type) {
      out.value_kind = ast::ConstantKind::Bytes;
      out.str = std::string(bytes_view(obj.as<Bytes>()));
    } else {
      out.value_kind = ast::ConstantKind::Object;
      out.object = keep(obj);
    }
    return true;
  }
  // MatchSingleton.value: None, True or False; anything else is kept for
  // validate.cpp to reject.
  bool convert(Value obj, ast::ConstantKind& out) {
    if (obj.is_none()) {
      out = ast::ConstantKind::None;
    } else if (obj.is_bool()) {
      out = obj == Value::boolean(true) ? ast::ConstantKind::True : ast::ConstantKind::False;
    } else {
      out = ast::ConstantKind::Object;
    }
    return true;
  }

  // A new node of class cls read from obj (its positions, read before, are
  // the caller's), as its base type; null on error.
  template <class Base, class Node>
  static Base* make_node(FromPython& self, Value obj, const NodeClass& cls) {
    Node* n = self.tree_.arena->template make<Node>();
    const char* missing;
    return self.read_fields(obj, cls, *n, &missing) && check_required(cls, missing) ? n : nullptr;
  }

 private:
  // Reads each field of a node from the object's attributes.
  struct FieldReader {
    FromPython& self;
    Value obj;
    const NodeClass& cls;
    size_t index = 0;
    bool ok = true;
    const char* missing = nullptr;  // the first required field given as None

    template <class Member>
    void operator()(const char* type, const char* name, Member& member) {
      if (!ok) return;
      Str* field = cls.fields[index++];
      Ref value = getattr_optional(obj, field);
      if (!value) {
        if (error_occurred()) {
          ok = false;
        } else if (std::string_view(type).back() != '?') {
          raise(exc::TypeError, std::string("required field \"") + name + "\" missing from " + class_name());
          ok = false;
        }
        return;
      }
      if (value.get().is_none()) {
        if (std::string_view(type).back() == '?') return;
        if constexpr (absent_when_none<Member>) {
          // CPython's node constructor then says "field 'x' is required".
          if (missing == nullptr) missing = name;
          return;
        }
      }
      ok = read(type, name, value.get(), member);
    }

    std::string class_name() const { return str_to_std(cls.type->heap_name.as<Str>()); }

    template <class T>
    bool read(const char*, const char*, Value v, T& member) {
      return self.convert(v, member);
    }
    bool read(const char* type, const char*, Value v, std::string& member) {
      return self.convert_string(v, std::string_view(type).starts_with("identifier"), member);
    }
    template <class T>
    bool read(const char* type, const char* name, Value v, std::vector<T>& member) {
      if (!is_list(v)) {
        raise(exc::TypeError, class_name() + " field \"" + name + "\" must be a list, not a " + type_name_of(v));
        return false;
      }
      List* list = v.as<List>();
      int64_t size = list->size;
      member.reserve(static_cast<size_t>(size));
      for (int64_t i = 0; i < size; i++) {
        Ref item = Ref::borrow(list->items[i]);
        T converted{};
        if (!read(type, name, item.get(), converted)) return false;
        member.push_back(std::move(converted));
        if (list->size != size) {
          raise(exc::RuntimeError, class_name() + " field \"" + name + "\" changed size during iteration");
          return false;
        }
      }
      return true;
    }
  };

  // Reads the fields; *missing is set to the first required one given as None.
  template <class Node>
  bool read_fields(Value obj, const NodeClass& cls, Node& node, const char** missing) {
    FieldReader reader{*this, obj, cls};
    fields(reader, node);
    *missing = reader.missing;
    return reader.ok;
  }

  // Once fields and positions are read, as CPython's node constructors check.
  static bool check_required(const NodeClass& cls, const char* missing) {
    if (missing == nullptr) return true;
    raise(exc::ValueError, std::string("field '") + missing + "' is required for " +
                               str_to_std(cls.type->heap_name.as<Str>()));
    return false;
  }

  // lineno and col_offset are required; the end positions default to them,
  // except in patterns, where they are required too.
  bool read_positions(Value obj, const char* owner, ast::Node& n, bool ends_required = false) {
    struct Position {
      Str* name;
      int* out;
      bool required;
    };
    const Position positions[] = {{c_.lineno, &n.lineno, true},
                                  {c_.col_offset, &n.col_offset, true},
                                  {c_.end_lineno, &n.end_lineno, ends_required},
                                  {c_.end_col_offset, &n.end_col_offset, ends_required}};
    bool given[4] = {};
    for (int i = 0; i < 4; i++) {
      const Position& p = positions[i];
      Ref v = getattr_optional(obj, p.name);
      if (!v && error_occurred()) return false;
      if (!v || (!p.required && v.get().is_none())) {
        if (p.required) {
          raise(exc::TypeError, std::string("required field \"") + str_to_std(p.name) + "\" missing from " + owner);
          return false;
        }
        continue;
      }
      if (!convert(v.get(), *p.out)) return false;
      given[i] = true;
    }
    if (!given[2]) n.end_lineno = n.lineno;
    if (!given[3]) n.end_col_offset = n.col_offset;
    return true;
  }

  template <class Base>
  bool convert_sum(Value obj, const char* sum, const NodeClass* classes, const typename Factory<Base>::Fn* factories,
                   int count, Base*& out) {
    if (obj.is_none()) {
      out = nullptr;
      return true;
    }
    std::string where = std::string(" while traversing '") + sum + "' node";
    if (!enter_recursive_call(where.c_str())) return false;
    bool ok = convert_sum_node(obj, sum, classes, factories, count, out);
    leave_recursive_call();
    return ok;
  }

  template <class Base>
  bool convert_sum_node(Value obj, const char* sum, const NodeClass* classes,
                        const typename Factory<Base>::Fn* factories, int count, Base*& out) {
    ast::Node positions;
    if constexpr (std::is_base_of_v<ast::Node, Base>) {
      if (!read_positions(obj, sum, positions, std::is_same_v<Base, ast::Pattern>)) return false;
    }
    Type* type = type_of(obj);
    for (int i = 0; i < count; i++) {
      if (!type_is_subtype(type, classes[i].type)) continue;
      Base* node = factories[i](*this, obj, classes[i]);
      if (node == nullptr) return false;
      if constexpr (std::is_base_of_v<ast::Node, Base>) static_cast<ast::Node&>(*node) = positions;
      out = node;
      return true;
    }
    raise(exc::TypeError, std::string("expected some sort of ") + sum + ", but got " + repr_text(obj));
    return false;
  }

  template <class Node>
  bool convert_product(Value obj, const NodeClass& cls, Node*& out) {
    Node* node = tree_.arena->template make<Node>();
    const char* missing;
    if (!read_fields(obj, cls, *node, &missing)) return false;
    if constexpr (std::is_base_of_v<ast::Node, Node>) {
      ast::Node positions;
      if (!read_positions(obj, str_to_std(cls.type->heap_name.as<Str>()).c_str(), positions)) return false;
      static_cast<ast::Node&>(*node) = positions;
    }
    if (!check_required(cls, missing)) return false;
    out = node;
    return true;
  }

  template <int N, class Enum>
  bool convert_simple(Value obj, const char* sum, const SimpleSum<N>& classes, Enum& out) {
    Type* type = type_of(obj);
    for (int i = 0; i < N; i++) {
      if (type_is_subtype(type, classes.types[i])) {
        out = static_cast<Enum>(i);
        return true;
      }
    }
    raise(exc::TypeError, std::string("expected some sort of ") + sum + ", but got " + repr_text(obj));
    return false;
  }

  const void* keep(Value obj) {
    tree_.constants.push_back(Ref::borrow(obj));
    return obj.as_object();
  }

  // One reader per constructor of each sum type, in the order of the classes.
#define TAIPAN_AST_MOD_FACTORY(Py, Cpp) &FromPython::make_node<ast::Mod, ast::Cpp>,
#define TAIPAN_AST_STMT_FACTORY(Py, Cpp) &FromPython::make_node<ast::Stmt, ast::Cpp>,
#define TAIPAN_AST_EXPR_FACTORY(Py, Cpp) &FromPython::make_node<ast::Expr, ast::Cpp>,
#define TAIPAN_AST_PATTERN_FACTORY(Py, Cpp) &FromPython::make_node<ast::Pattern, ast::Cpp>,
#define TAIPAN_AST_HANDLER_FACTORY(Py, Cpp) &FromPython::make_node<ast::ExceptHandler, ast::Cpp>,
#define TAIPAN_AST_IGNORE_FACTORY(Py, Cpp) &FromPython::make_node<ast::TypeIgnore, ast::Cpp>,
  static constexpr Factory<ast::Mod>::Fn kModFactories[] = {TAIPAN_AST_MOD_NODES(TAIPAN_AST_MOD_FACTORY)};
  static constexpr Factory<ast::Stmt>::Fn kStmtFactories[] = {TAIPAN_AST_STMT_NODES(TAIPAN_AST_STMT_FACTORY)};
  static constexpr Factory<ast::Expr>::Fn kExprFactories[] = {TAIPAN_AST_EXPR_NODES(TAIPAN_AST_EXPR_FACTORY)};
  static constexpr Factory<ast::Pattern>::Fn kPatternFactories[] = {
      TAIPAN_AST_PATTERN_NODES(TAIPAN_AST_PATTERN_FACTORY)};
  static constexpr Factory<ast::ExceptHandler>::Fn kExceptHandlerFactories[] = {
      TAIPAN_AST_EXCEPTHANDLER_NODES(TAIPAN_AST_HANDLER_FACTORY)};
  static constexpr Factory<ast::TypeIgnore>::Fn kTypeIgnoreFactories[] = {
      TAIPAN_AST_TYPE_IGNORE_NODES(TAIPAN_AST_IGNORE_FACTORY)};
#undef TAIPAN_AST_MOD_FACTORY
#undef TAIPAN_AST_STMT_FACTORY
#undef TAIPAN_AST_EXPR_FACTORY
#undef TAIPAN_AST_PATTERN_FACTORY
#undef TAIPAN_AST_HANDLER_FACTORY
#undef TAIPAN_AST_IGNORE_FACTORY

  const NodeClasses& c_;
  TreeFromPython& tree_;
};

}  // namespace

bool is_ast_object(Value obj) { return type_is_subtype(type_of(obj), &ast_type); }

bool tree_from_python(Value obj, ast::ModKind expected, TreeFromPython* out) {
  const NodeClasses* classes = node_classes();
  if (classes == nullptr) return false;
  Type* expected_type = classes->mods[static_cast<int>(expected)].type;
  if (!type_is_subtype(type_of(obj), expected_type)) {
    std::string got = type_name_of(obj);
    raise(exc::TypeError, std::string("expected ") + ast::name_of(expected) + " node, got " +
                              got.substr(got.rfind('.') + 1));
    return false;
  }
  out->arena = std::make_unique<ast::Arena>();
  FromPython converter(*classes, *out);
  if (!converter.convert(obj, out->mod)) return false;
  return validate_tree(out->mod);
}

}  // namespace taipan::ast_module
