// ast_module.cpp — the `_ast` module: every node class and the compile()
// flags PyCF_ONLY_AST, PyCF_TYPE_COMMENTS and PyCF_ALLOW_TOP_LEVEL_AWAIT.
// CPython's Lib/ast.py builds parse, dump, unparse, literal_eval ... on it.
#include "modules/ast/ast_conversion.h"
#include "modules/ast/node_classes.h"
#include "modules/modules.h"
#include "objects/module.h"

namespace taipan {

Ref make_ast_module() {
  Ref module = module_new("_ast", true);
  if (!module || ast_module::add_node_classes(module.get()) < 0 ||
      module_add(module.get(), "PyCF_ONLY_AST", Value::small_int(ast_module::kPyCFOnlyAst)) < 0 ||
      module_add(module.get(), "PyCF_TYPE_COMMENTS", Value::small_int(ast_module::kPyCFTypeComments)) < 0 ||
      module_add(module.get(), "PyCF_ALLOW_TOP_LEVEL_AWAIT", Value::small_int(ast_module::kPyCFAllowTopLevelAwait)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
