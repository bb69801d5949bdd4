"""What of a student's code is loaded: imports and definitions only, never top-level work (found by discover)."""

from __future__ import annotations

import ast

DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
IMPORTS = (ast.Import, ast.ImportFrom)
_WORK = (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr,
         ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def loaded_statements(tree: ast.Module) -> list[ast.stmt]:
    """The top-level statements that are loaded: imports, function and class definitions, simple constants.

    Everything else (calls, loops, training runs, plots, test calls) is top-level work and is skipped.
    """
    return [node for node in tree.body
            if isinstance(node, IMPORTS + DEFINITIONS) or _is_simple_constant(node)]


def _is_simple_constant(node: ast.stmt) -> bool:
    if isinstance(node, ast.Assign):
        targets, value = node.targets, node.value
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets, value = [node.target], node.value
    else:
        return False
    if not all(_is_name_target(target) for target in targets):
        return False
    return not any(isinstance(part, _WORK) for part in _walk_skipping_lambdas(value))


def _is_name_target(target: ast.expr) -> bool:
    if isinstance(target, ast.Name):
        return True
    return isinstance(target, (ast.Tuple, ast.List)) and all(_is_name_target(element) for element in target.elts)


def _walk_skipping_lambdas(node: ast.AST):
    yield node
    if isinstance(node, ast.Lambda):
        yield from _walk_skipping_lambdas(node.args)
        return
    for child in ast.iter_child_nodes(node):
        yield from _walk_skipping_lambdas(child)


def import_bindings(node: ast.stmt) -> list[tuple[str, str]]:
    """(bound name, module) pairs an import statement binds; a star import binds nothing known."""
    if isinstance(node, ast.Import):
        return [(alias.asname or alias.name.split(".")[0], alias.name) for alias in node.names]
    module = "." * node.level + (node.module or "")
    return [(alias.asname or alias.name, module) for alias in node.names if alias.name != "*"]
