// The `_traceback` module: what lib/traceback.py needs to place its caret
// markers. CPython's traceback module parses the source segment of the
// failing expression with `ast` and measures wide characters with
// `unicodedata`; Taipan has neither module, so this answers the two
// questions asked of them.
#include <string>

#include "modules/modules.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "vm/traceback.h"

namespace taipan {

namespace {

// expression_parts(segment): when `segment` parses as a module holding one
// expression statement that is a binary operation, ("binop", end of the left
// operand, start of the right operand); a subscript, ("subscript", end of
// the subscripted value, end of the index). Offsets are UTF-8 byte offsets
// into the segment, as ast gives them. None otherwise (including when the
// segment does not parse).
Ref expression_parts(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("expression_parts", kwnames) || !check_arg_count("expression_parts", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) return raise(exc::TypeError, std::string("expected str, not ") + type_name_of(args[0]));
  parser::ParseResult parsed =
      parser::parse(str_utf8(args[0].as<Str>()), "<unknown>", parser::ParseMode::Exec, parser::SourceKind::Text);
  if (!parsed.ok()) return Ref::none();
  auto* module = static_cast<ast::Module*>(parsed.mod);
  if (module->body.size() != 1 || module->body[0]->kind != ast::StmtKind::Expr) return Ref::none();
  ast::Expr* e = static_cast<ast::ExprStmt*>(module->body[0])->value;
  const char* kind;
  int first, second;
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<ast::BinOp*>(e);
    kind = "binop";
    first = b->left->end_col_offset;
    second = b->right->col_offset;
  } else if (e->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<ast::Subscript*>(e);
    kind = "subscript";
    first = s->value->end_col_offset;
    second = s->slice->end_col_offset;
  } else {
    return Ref::none();
  }
  Ref name = str_from_utf8(kind);
  if (!name) return nullptr;
  return tuple_pack({*name, Value::small_int(first), Value::small_int(second)});
}

// display_width(text): the terminal columns of `text`, counting two for
// each East Asian wide or fullwidth character and one for any other.
Ref display_width_of(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("display_width", kwnames) || !check_arg_count("display_width", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) return raise(exc::TypeError, std::string("expected str, not ") + type_name_of(args[0]));
  std::string_view text = str_utf8(args[0].as<Str>());
  return Ref::small_int(display_width(text, static_cast<int64_t>(text.size())));
}

const MethodDef kTracebackSupportFunctions[] = {
    {"display_width", display_width_of, kMethodInstance, "Terminal columns of a string (wide characters count two)."},
    {"expression_parts", expression_parts, kMethodInstance,
     "Operand positions of a binary operation or subscript making up a source segment."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref make_traceback_support_module() {
  Ref module = module_new("_traceback", true);
  if (!module || module_add_functions(module.get(), kTracebackSupportFunctions) < 0) return nullptr;
  return module;
}

}  // namespace taipan
