// ast.cpp — the Python class names of AST node kinds and operators.
#include "parser/ast.h"

namespace taipan::ast {

const char* name_of(ModKind k) {
  switch (k) {
    case ModKind::Module: return "Module";
    case ModKind::Interactive: return "Interactive";
    case ModKind::Expression: return "Expression";
    case ModKind::FunctionType: return "FunctionType";
  }
  return "?";
}

const char* name_of(StmtKind k) {
  switch (k) {
    case StmtKind::FunctionDef: return "FunctionDef";
    case StmtKind::AsyncFunctionDef: return "AsyncFunctionDef";
    case StmtKind::ClassDef: return "ClassDef";
    case StmtKind::Return: return "Return";
    case StmtKind::Delete: return "Delete";
    case StmtKind::Assign: return "Assign";
    case StmtKind::AugAssign: return "AugAssign";
    case StmtKind::AnnAssign: return "AnnAssign";
    case StmtKind::For: return "For";
    case StmtKind::AsyncFor: return "AsyncFor";
    case StmtKind::While: return "While";
    case StmtKind::If: return "If";
    case StmtKind::With: return "With";
    case StmtKind::AsyncWith: return "AsyncWith";
    case StmtKind::Match: return "Match";
    case StmtKind::Raise: return "Raise";
    case StmtKind::Try: return "Try";
    case StmtKind::TryStar: return "TryStar";
    case StmtKind::Assert: return "Assert";
    case StmtKind::Import: return "Import";
    case StmtKind::ImportFrom: return "ImportFrom";
    case StmtKind::Global: return "Global";
    case StmtKind::Nonlocal: return "Nonlocal";
    case StmtKind::Expr: return "Expr";
    case StmtKind::Pass: return "Pass";
    case StmtKind::Break: return "Break";
    case StmtKind::Continue: return "Continue";
  }
  return "?";
}

const char* name_of(ExprKind k) {
  switch (k) {
    case ExprKind::BoolOp: return "BoolOp";
    case ExprKind::NamedExpr: return "NamedExpr";
    case ExprKind::BinOp: return "BinOp";
    case ExprKind::UnaryOp: return "UnaryOp";
    case ExprKind::Lambda: return "Lambda";
    case ExprKind::IfExp: return "IfExp";
    case ExprKind::Dict: return "Dict";
    case ExprKind::Set: return "Set";
    case ExprKind::ListComp: return "ListComp";
    case ExprKind::SetComp: return "SetComp";
    case ExprKind::DictComp: return "DictComp";
    case ExprKind::GeneratorExp: return "GeneratorExp";
    case ExprKind::Await: return "Await";
    case ExprKind::Yield: return "Yield";
    case ExprKind::YieldFrom: return "YieldFrom";
    case ExprKind::Compare: return "Compare";
    case ExprKind::Call: return "Call";
    case ExprKind::FormattedValue: return "FormattedValue";
    case ExprKind::JoinedStr: return "JoinedStr";
    case ExprKind::Constant: return "Constant";
    case ExprKind::Attribute: return "Attribute";
    case ExprKind::Subscript: return "Subscript";
    case ExprKind::Starred: return "Starred";
    case ExprKind::Name: return "Name";
    case ExprKind::List: return "List";
    case ExprKind::Tuple: return "Tuple";
    case ExprKind::Slice: return "Slice";
  }
  return "?";
}

const char* name_of(PatternKind k) {
  switch (k) {
    case PatternKind::MatchValue: return "MatchValue";
    case PatternKind::MatchSingleton: return "MatchSingleton";
    case PatternKind::MatchSequence: return "MatchSequence";
    case PatternKind::MatchMapping: return "MatchMapping";
    case PatternKind::MatchClass: return "MatchClass";
    case PatternKind::MatchStar: return "MatchStar";
    case PatternKind::MatchAs: return "MatchAs";
    case PatternKind::MatchOr: return "MatchOr";
  }
  return "?";
}

const char* name_of(ExprContext k) {
  switch (k) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}

const char* name_of(BoolOperator k) { return k == BoolOperator::And ? "And" : "Or"; }

const char* name_of(Operator k) {
  switch (k) {
    case Operator::Add: return "Add";
    case Operator::Sub: return "Sub";
    case Operator::Mult: return "Mult";
    case Operator::MatMult: return "MatMult";
    case Operator::Div: return "Div";
    case Operator::Mod: return "Mod";
    case Operator::Pow: return "Pow";
    case Operator::LShift: return "LShift";
    case Operator::RShift: return "RShift";
    case Operator::BitOr: return "BitOr";
    case Operator::BitXor: return "BitXor";
    case Operator::BitAnd: return "BitAnd";
    case Operator::FloorDiv: return "FloorDiv";
  }
  return "?";
}

const char* name_of(UnaryOperator k) {
  switch (k) {
    case UnaryOperator::Invert: return "Invert";
    case UnaryOperator::Not: return "Not";
    case UnaryOperator::UAdd: return "UAdd";
    case UnaryOperator::USub: return "USub";
  }
  return "?";
}

const char* name_of(CmpOp k) {
  switch (k) {
    case CmpOp::Eq: return "Eq";
    case CmpOp::NotEq: return "NotEq";
    case CmpOp::Lt: return "Lt";
    case CmpOp::LtE: return "LtE";
    case CmpOp::Gt: return "Gt";
    case CmpOp::GtE: return "GtE";
    case CmpOp::Is: return "Is";
    case CmpOp::IsNot: return "IsNot";
    case CmpOp::In: return "In";
    case CmpOp::NotIn: return "NotIn";
  }
  return "?";
}

}  // namespace taipan::ast
