"""Whether a graded function is still the course's template (its code regions unfilled), and which lines still are.

Every course generation marks where students write: `### START CODE HERE ###` ... `### END CODE HERE ###`
(2017-2020, with `x = None` lines between) or `# YOUR CODE STARTS HERE` ... `# YOUR CODE ENDS HERE` (2021+,
empty between). A region is unfilled when it holds only `x = None`, a computation with None (`dW3 = ... + None`),
`pass` or nothing; the None a region assigns counts only if no later statement of the function assigns that name
again, and an empty region only if a name read after it is bound nowhere (as `return s` with no `s = ...`).
"""

from __future__ import annotations

import ast
import builtins
import re
from dataclasses import dataclass

START = re.compile(r"^\s*#+\s*(?:START CODE HERE|YOUR CODE STARTS HERE)", re.IGNORECASE)
END = re.compile(r"^\s*#+\s*(?:END CODE HERE|YOUR CODE ENDS HERE)", re.IGNORECASE)
MAX_UNFILLED = 3  # lines named in a note


def regions(lines: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """(start marker line, end marker line) of each code region within lines first..last (1-based, inclusive)."""
    found, start = [], None
    for number in range(first, min(last, len(lines)) + 1):
        text = lines[number - 1]
        if START.match(text):
            start = number
        elif END.match(text) and start is not None:
            found.append((start, number))
            start = None
    return found


def unfilled_statement(node: ast.stmt) -> bool:
    """`pass`, a bare None or `...`, or an assignment whose value is None or computes with None."""
    if isinstance(node, ast.Pass):
        return True
    if isinstance(node, ast.Expr):
        return isinstance(node.value, ast.Constant) and node.value.value in (None, Ellipsis)
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and node.value is not None:
        return any(isinstance(part, ast.Constant) and part.value is None for part in ast.walk(node.value))
    return False


@dataclass(frozen=True)
class Filling:
    """How far a function is filled in, from its text alone: see resolved() for the verdict."""

    still: tuple[tuple[int, str], ...] = ()           # (line, text) of statements still unfilled
    empty: tuple[tuple[int, frozenset], ...] = ()     # (marker line, names read after it and bound nowhere in the
    #                                                   function) of each empty region
    filled: int = 0                                   # regions (or, without markers, statements) filled in
    marked: bool = False


def analyse(function: ast.FunctionDef, lines: list[str]) -> Filling:
    """The function's code regions (or, without markers, its statements) and which are still the template's."""
    body = function.body[1:] if _is_docstring(function.body[0]) else function.body
    statements = [node for top in body for node in ast.walk(top) if isinstance(node, ast.stmt)]
    marked = regions(lines, function.lineno, function.end_lineno or function.lineno)
    if not marked:
        own = [node for node in statements if not isinstance(node, ast.Return)]
        still = [node for node in own if unfilled_statement(node) and not _assigned_later(node, statements)]
        return Filling(tuple(_described(still, lines)), filled=len(own) - len(still))
    still, empty, filled = [], [], 0
    for start, end in marked:
        inside = [node for node in statements if start < node.lineno < end]
        if not inside:
            empty.append((start, frozenset(_unbound_after(function, end))))
            continue
        top = [node for node in inside if not _nested(node, inside)]
        open_ones = [node for node in inside if unfilled_statement(node) and not _assigned_later(node, statements)]
        filled += not all(node in open_ones for node in top)
        still += _described(open_ones, lines)
    return Filling(tuple(still), tuple(empty), filled, marked=True)


def resolved(filling: Filling, lines: list[str], module_names: frozenset[str]) -> tuple[bool, tuple]:
    """(whether the function is the unfilled template, the (line, text) still unfilled) once the names its module
    binds are known: an empty region is unfilled only where a name read after it is bound nowhere."""
    still, filled = list(filling.still), filling.filled
    for start, free in filling.empty:
        if free - module_names:
            still.append((start, lines[start - 1].strip() if start <= len(lines) else ""))
        else:
            filled += 1
    still.sort()
    return filled == 0 and bool(still), tuple(still)


def empty_region(text: str) -> bool:
    """Whether the text (a function that does not parse) holds a code region with nothing in it: the 2021 template
    of a loop whose body is only its region does not parse until it is filled."""
    lines = text.splitlines()
    return any(all(not line.strip() or line.lstrip().startswith("#") for line in lines[start:end - 1])
               for start, end in regions(lines, 1, len(lines)))


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _nested(node: ast.stmt, inside: list[ast.stmt]) -> bool:
    """Whether node lies within another statement of inside (the body of an `if` in a region counts with the if)."""
    return any(other is not node and other.lineno <= node.lineno and (other.end_lineno or 0) >= (node.end_lineno or 0)
               and not isinstance(other, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.Pass))
               for other in inside)


def _targets(node: ast.stmt) -> set[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return {name.id for target in targets if target is not None for name in ast.walk(target)
            if isinstance(name, ast.Name)}


def _assigned_later(node: ast.stmt, statements: list[ast.stmt]) -> bool:
    """Whether a statement after node assigns one of its names a value that is not None (the student's own code)."""
    names = _targets(node)
    return bool(names) and any(other.lineno > (node.end_lineno or node.lineno) and _targets(other) & names
                               and not unfilled_statement(other)
                               for other in statements if isinstance(other, (ast.Assign, ast.AugAssign, ast.AnnAssign)))


def _unbound_after(function: ast.FunctionDef, line: int) -> set[str]:
    """The names read after line that the function binds nowhere (nor are parameters or builtins)."""
    bound = {argument.arg for argument in ast.walk(function.args) if isinstance(argument, ast.arg)}
    bound |= {node.id for node in ast.walk(function) if isinstance(node, ast.Name) and
              isinstance(node.ctx, (ast.Store, ast.Del))}
    bound |= {node.name for node in ast.walk(function) if isinstance(node, (ast.FunctionDef, ast.ClassDef))}
    bound |= {(alias.asname or alias.name).split(".")[0] for node in ast.walk(function)
              if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names}
    read = {node.id for node in ast.walk(function) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
            and node.lineno > line}
    return read - bound - set(dir(builtins))


def _described(nodes: list[ast.stmt], lines: list[str]) -> list[tuple[int, str]]:
    return [(node.lineno, lines[node.lineno - 1].strip()) for node in nodes if node.lineno <= len(lines)]
