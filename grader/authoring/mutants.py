"""Mutants of a reference's graded functions, one small change each, for the mutation analysis of `grade audit`."""

from __future__ import annotations

import ast
import contextlib
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    """A copy of the reference module with one change in one graded function."""

    function: str         # the graded function mutated (its name in the reference)
    line: int             # line of the change in the reference file (1-based, the original file's numbering)
    change: str           # what was changed, for the instructor: "+ → -", "axis=0 → axis=1", ".T dropped"
    code: types.CodeType  # the whole reference module compiled with this one change


# An edit gets the node to change and returns the node that takes its place: the same node with one of its own fields
# changed (never a field of a node below it), or a new node, every new expression located where the old one was.
Edit = Callable[[ast.AST], ast.AST]


@dataclass(frozen=True)
class _Site:
    """One place where one operator applies: where it is, the node it changes, what the change is called and how
    to make it."""

    line: int
    column: int
    rank: int        # the operator's place in OPERATORS: sites at one position are ordered by it
    node: ast.AST
    change: str
    edit: Edit


ARITHMETIC_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult}
ARITHMETIC_SYMBOLS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
COMPARISON_SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
                    ast.NotEq: ast.Eq}
COMPARISON_SYMBOLS = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}


def mutants(source: str, functions: Iterable[str], filename: str = "<reference>") -> list[Mutant]:
    """Every mutant of the named top-level functions of the module source, in source order (then by operator),
    deterministic. A function that is not defined in source is skipped."""
    tree = ast.parse(source, filename)
    wanted = set(functions)
    lines = source.encode("utf-8").splitlines()
    bound = {}  # name -> the definition of that name that is bound last (the one the module's users call)
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and statement.name in wanted:
            bound[statement.name] = statement
    original = compile(tree, filename, "exec")
    found = []
    for function in sorted(bound.values(), key=lambda definition: definition.lineno):
        found += _function_mutants(tree, function, lines, filename, original)
    return found


def _function_mutants(tree: ast.Module, function: ast.AST, lines: list[bytes], filename: str,
                      original: types.CodeType) -> list[Mutant]:
    """The function's mutants: each site's change made in the tree, the module compiled, the change undone."""
    sites = sorted(_sites(function, lines), key=lambda site: (site.line, site.column, site.rank))  # stable sort
    parents = _parent_slots(function)
    seen = {original}  # code objects compare by content: none equal to the original nor to an earlier mutant
    found = []
    for site in sites:
        with _changed(site, parents):
            code = compile(tree, filename, "exec")
        if code not in seen:
            seen.add(code)
            found.append(Mutant(function.name, site.line, site.change, code))
    return found


def _parent_slots(root: ast.AST) -> dict[int, tuple[ast.AST, str, int | None]]:
    """id(node) -> (parent, field, position in the field's list or None) for every node below root."""
    slots = {}
    for node in ast.walk(root):
        for field, value in ast.iter_fields(node):
            if isinstance(value, ast.AST):
                slots[id(value)] = (node, field, None)
            elif isinstance(value, list):
                slots.update({id(item): (node, field, position) for position, item in enumerate(value)
                              if isinstance(item, ast.AST)})
    return slots


@contextlib.contextmanager
def _changed(site: _Site, parents: dict[int, tuple[ast.AST, str, int | None]]):
    """Within the block the tree has the site's change; after it, the tree is as it was."""
    target = site.node
    fields = {field: list(value) if isinstance(value, list) else value for field, value in ast.iter_fields(target)}
    parent, field, position = parents[id(target)]
    try:
        replacement = site.edit(target)
        if replacement is not target:
            _put(parent, field, position, replacement)
        yield
    finally:
        for name, value in fields.items():
            setattr(target, name, value)
        _put(parent, field, position, target)


def _put(parent: ast.AST, field: str, position: int | None, node: ast.AST) -> None:
    if position is None:
        setattr(parent, field, node)
    else:
        getattr(parent, field)[position] = node


# ---- where the operators do not apply -------------------------------------------------------------------------

def _left_alone(function: ast.AST) -> set[int]:
    """ids of the nodes no operator touches: the signatures (parameter defaults, annotations) and decorators of the
    function and of the functions and lambdas in it, docstrings, assert statements and print(...) calls."""
    roots: list[ast.AST] = []
    for node in ast.walk(function):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            roots.append(node.args)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            roots += node.decorator_list + ([node.returns] if node.returns else [])
            if ast.get_docstring(node, clean=False) is not None:
                roots.append(node.body[0])
        elif isinstance(node, ast.Assert):
            roots.append(node)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
                isinstance(node.value.func, ast.Name) and node.value.func.id == "print":
            roots.append(node)
    return {id(inner) for root in roots for inner in ast.walk(root)}


@dataclass(frozen=True)
class _Context:
    """What the operators read besides the node: the source's lines (bytes, as ast's columns count) and, for each
    required parameter of the graded function, the next one in the signature (the last one's is the first)."""

    lines: list[bytes]
    neighbours: dict[str, str]


def _neighbours(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    positional = [*function.args.posonlyargs, *function.args.args]
    required = [argument.arg for argument in positional[:len(positional) - len(function.args.defaults)]]
    return {name: required[(position + 1) % len(required)] for position, name in enumerate(required)
            if len(required) > 1}


def _sites(function: ast.AST, lines: list[bytes]) -> Iterator[_Site]:
    skipped = _left_alone(function)
    context = _Context(lines, _neighbours(function))
    for node in ast.walk(function):
        if id(node) in skipped or node is function:
            continue
        for rank, operator in enumerate(OPERATORS):
            for line, column, change, edit in operator(node, context):
                yield _Site(line, column, rank, node, change, edit)


# ---- the operators: each yields (line, column, change, edit) for the one node it is given --------------------

def _arithmetic(node, context):
    if isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC_SWAPS and not _is_text(node.left) \
            and not _is_text(node.right):
        old, new = type(node.op), ARITHMETIC_SWAPS[type(node.op)]
        line, column = _operator_position(context.lines, node.left, node.right, ARITHMETIC_SYMBOLS[old])
        yield line, column, f"{ARITHMETIC_SYMBOLS[old]} → {ARITHMETIC_SYMBOLS[new]}", _set_operator(new)
    elif isinstance(node, ast.AugAssign) and type(node.op) in ARITHMETIC_SWAPS and not _is_text(node.value):
        old, new = type(node.op), ARITHMETIC_SWAPS[type(node.op)]
        line, column = _operator_position(context.lines, node.target, node.value, ARITHMETIC_SYMBOLS[old] + "=")
        yield line, column, f"{ARITHMETIC_SYMBOLS[old]}= → {ARITHMETIC_SYMBOLS[new]}=", _set_operator(new)


def _axis(node, context):
    if isinstance(node, ast.keyword) and node.arg == "axis":
        old = _integer(node.value)
        new = {0: 1, 1: 0, -1: 0}.get(old) if old is not None else None
        if new is not None:
            yield node.lineno, node.col_offset, f"axis={old} → axis={new}", _set_keyword_value(new)


def _keepdims(node, context):
    if isinstance(node, ast.Call):
        for position, keyword in enumerate(node.keywords):
            if keyword.arg == "keepdims" and isinstance(keyword.value, ast.Constant) and keyword.value.value is True:
                yield keyword.lineno, keyword.col_offset, "keepdims dropped", _drop_keyword(position)


def _transpose(node, context):
    if isinstance(node, ast.Attribute) and node.attr == "T" and isinstance(node.ctx, ast.Load):
        yield node.end_lineno, node.end_col_offset - 1, ".T dropped", lambda target: target.value


def _off_by_one(node, context):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" \
            and 1 <= len(node.args) <= 3 and not node.keywords and not _has_starred(node.args):
        bounds = [(0, ast.Sub, "range stop - 1")] if len(node.args) == 1 else \
            [(0, ast.Add, "range start + 1"), (1, ast.Sub, "range stop - 1")]
        for position, operation, change in bounds:
            bound = node.args[position]
            yield bound.lineno, bound.col_offset, change, _shift_argument(position, operation)
    elif isinstance(node, ast.Slice):
        if node.lower is not None:
            yield node.lower.lineno, node.lower.col_offset, "slice start + 1", _shift_field("lower", ast.Add)
        if node.upper is not None:
            yield node.upper.lineno, node.upper.col_offset, "slice stop - 1", _shift_field("upper", ast.Sub)


def _constant(node, context):
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        old = node.value
        new = old + 1 if isinstance(old, int) else (1.0 if old == 0 else old * 2)
        yield node.lineno, node.col_offset, f"constant {old!r} → {new!r}", _set_value(new)


def _seed(node, context):
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
            isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "seed":
        yield node.lineno, node.col_offset, f"{ast.unparse(node.value)} dropped", \
            lambda target: ast.copy_location(ast.Pass(), target)


def _swap(node, context):
    if isinstance(node, ast.Call) and len(node.args) >= 2 and not _has_starred(node.args) and \
            ast.unparse(node.args[0]) != ast.unparse(node.args[1]):
        yield node.args[0].lineno, node.args[0].col_offset, \
            f"arguments 1 and 2 of {ast.unparse(node.func)} swapped", _swap_first_arguments


def _unary_minus(node, context):
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield node.lineno, node.col_offset, "unary minus dropped", lambda target: target.operand


def _comparison(node, context):
    if isinstance(node, ast.Compare):
        for position, operation in enumerate(node.ops):
            if type(operation) in COMPARISON_SWAPS:
                old, new = type(operation), COMPARISON_SWAPS[type(operation)]
                line, column = _operator_position(context.lines, ([node.left] + node.comparators)[position],
                                                  node.comparators[position], COMPARISON_SYMBOLS[old])
                yield line, column, f"{COMPARISON_SYMBOLS[old]} → {COMPARISON_SYMBOLS[new]}", \
                    _set_comparison(position, new)


def _parameter(node, context):
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in context.neighbours:
        other = context.neighbours[node.id]
        yield node.lineno, node.col_offset, f"{node.id} → {other}", _set_name(other)


# The operators, in the order their mutants at one position come. Where two mutants make the same code, the earlier
# one (by position, then by this order) is kept: `axis=0 → axis=1` (at `axis`), not `constant 0 → 1` (at the 0).
OPERATORS = (_arithmetic, _axis, _keepdims, _transpose, _off_by_one, _constant, _seed, _swap, _unary_minus,
             _comparison, _parameter)


# ---- the edits ----------------------------------------------------------------------------------------------

def _set_operator(operation: type) -> Edit:
    def edit(target):
        target.op = operation()
        return target
    return edit


def _set_value(value: int | float) -> Edit:
    def edit(target):
        target.value = value
        return target
    return edit


def _set_keyword_value(value: int) -> Edit:
    def edit(target):
        target.value = ast.copy_location(ast.Constant(value), target.value)
        return target
    return edit


def _drop_keyword(position: int) -> Edit:
    def edit(target):
        del target.keywords[position]
        return target
    return edit


def _shifted(bound: ast.expr, operation: type) -> ast.expr:
    """bound + 1 or bound - 1; a non-negative int literal becomes the literal it makes (range(2, n), not 1 + 1)."""
    value = _integer(bound)
    if isinstance(bound, ast.Constant) and value is not None:
        return ast.copy_location(ast.Constant(value + 1 if operation is ast.Add else value - 1), bound)
    return ast.copy_location(ast.BinOp(bound, operation(), ast.copy_location(ast.Constant(1), bound)), bound)


def _shift_argument(position: int, operation: type) -> Edit:
    def edit(target):
        target.args[position] = _shifted(target.args[position], operation)
        return target
    return edit


def _shift_field(field: str, operation: type) -> Edit:
    def edit(target):
        setattr(target, field, _shifted(getattr(target, field), operation))
        return target
    return edit


def _set_name(name: str) -> Edit:
    def edit(target):
        target.id = name
        return target
    return edit


def _swap_first_arguments(target):
    target.args[0], target.args[1] = target.args[1], target.args[0]
    return target


def _set_comparison(position: int, operation: type) -> Edit:
    def edit(target):
        target.ops[position] = operation()
        return target
    return edit


# ---- small readings of the tree and the text ------------------------------------------------------------------

def _integer(node: ast.AST) -> int | None:
    """The int a literal `k` or `-k` stands for (not a bool), else None."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _integer(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


def _is_text(node: ast.AST) -> bool:
    """A string literal, an f-string or str(...): `"W" + str(l)` builds a key, its `-` would only raise."""
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr) or \
        (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str")


def _has_starred(arguments: list[ast.expr]) -> bool:
    return any(isinstance(argument, ast.Starred) for argument in arguments)


def _operator_position(lines: list[bytes], left: ast.AST, right: ast.AST, symbol: str) -> tuple[int, int]:
    """(line, column) of the operator symbol written between two operands (`a +\\n b` is on a's line), found in the
    text between them outside comments; the left operand's end where the text does not show it."""
    wanted = symbol.encode("utf-8")
    line, start = left.end_lineno, left.end_col_offset
    while line <= right.lineno and line <= len(lines):
        text = lines[line - 1]
        stop = right.col_offset if line == right.lineno else len(text)
        piece = text[start:stop].split(b"#")[0]
        if wanted in piece:
            return line, start + piece.index(wanted)
        line, start = line + 1, 0
    return left.end_lineno, left.end_col_offset
