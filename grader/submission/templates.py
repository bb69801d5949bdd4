"""Whether a graded function is still the course's template (its code regions unfilled), and which lines still are.

Every course generation marks where students write: `### START CODE HERE ###` ... `### END CODE HERE ###`
(2017-2020, with `x = None` lines between; the v2 convolution notebook closes with `### END CODE ###`) or `# YOUR CODE STARTS HERE` ... `# YOUR CODE ENDS HERE` (2021+,
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
END = re.compile(r"^\s*#+\s*(?:END CODE(?: HERE)?|YOUR CODE ENDS HERE)\b", re.IGNORECASE)  # v2 conv: END CODE
MAX_UNFILLED = 3  # lines named in a note


def regions(lines: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """(start marker line, end marker line) of each code region within lines first..last (1-based, inclusive)."""
    found, start = [], None
    for number in range(first, min(last, len(lines)) + 1):
        text = lines[number - 1]
        if "#" not in text:  # a marker is a comment: most lines are not
            continue
        if START.match(text):
            start = number
        elif END.match(text) and start is not None:
            found.append((start, number))
            start = None
    return found


def unfilled_statement(node: ast.stmt) -> bool:
    """`pass`, a bare None or `...`, a call with only None in it (`np.clip(None, None, out=None)`), a loop or test on
    None (`for gradient in None:`), or an assignment whose value is None or computes with None."""
    if isinstance(node, ast.Pass):
        return True
    if isinstance(node, ast.Expr):
        if isinstance(node.value, ast.Call):
            arguments = [*node.value.args, *(keyword.value for keyword in node.value.keywords)]
            return bool(arguments) and all(_is_none(argument) for argument in arguments)
        return isinstance(node.value, ast.Constant) and node.value.value in (None, Ellipsis)
    if isinstance(node, (ast.For, ast.AsyncFor)):
        return _is_none(node.iter)
    if isinstance(node, (ast.If, ast.While)):
        return _is_none(node.test)
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and node.value is not None:
        meant = _meant_nones(node.value)
        return any(_is_none(part) and id(part) not in meant for part in ast.walk(node.value))
    return False


# calls where None, beside other arguments, is a value the student means (`np.clip(x, 0, None)`, `d.get(k, None)`)
_NONE_TAKING = frozenset({"clip", "get", "getattr", "slice", "setdefault", "pop", "next", "full"})


def _meant_nones(value: ast.expr) -> set[int]:
    """The ids of the None constants in value that are meant, not placeholders: a keyword's (`axis=None`) or an
    argument of a call of _NONE_TAKING, in a call that has an argument other than None."""
    meant = set()
    for call in ast.walk(value):
        if not isinstance(call, ast.Call):
            continue
        arguments = [*call.args, *(keyword.value for keyword in call.keywords)]
        if all(_is_none(argument) for argument in arguments):
            continue
        name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        meant |= {id(keyword.value) for keyword in call.keywords if _is_none(keyword.value)}
        if name in _NONE_TAKING:
            meant |= {id(argument) for argument in call.args if _is_none(argument)}
    return meant


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
    text = lines[function.lineno - 1:function.end_lineno or function.lineno]
    if not any(_PLACEHOLDER_WORD.search(line.split("#", 1)[0]) for line in text):
        return _without_placeholders(function, lines)  # most student code: nothing to follow, only regions to see
    body = function.body[1:] if _is_docstring(function.body[0]) else function.body
    statements = sorted((node for top in body for node in ast.walk(top) if isinstance(node, ast.stmt)),
                        key=lambda node: (node.lineno, node.col_offset))
    still, clean = _placeholders(statements)
    marked = regions(lines, function.lineno, function.end_lineno or function.lineno)
    if not marked:  # then `x = None` and `pass` are ordinary code, unless they are all there is
        own = [node for node in statements if not isinstance(node, ast.Return)]
        if own and all(unfilled_statement(node) for node in own):
            return Filling(tuple(_described(own, lines)))
        return Filling(tuple(_described([node for node in still if _computes_with_none(node)], lines)), filled=1)
    unfilled, empty, filled = [], [], 0
    for start, end in marked:
        inside = [node for node in statements if start < node.lineno < end]
        if not inside:
            empty.append((start, _missing_after(function, lines, start, end, statements)))
            continue
        left = [node for node in inside if node in still]
        # beside placeholders, the course's own lines inside a region (`counter = 0`, `idx = -1`, `seed += 1`,
        # `np.random.seed(counter + seed)` in the sampling loop) are not the student's work
        filled += any(id(node) in clean and not (left and _bookkeeping(node)) for node in inside if not _compound(node))
        unfilled += _described(left, lines)
    return Filling(tuple(unfilled), tuple(empty), filled, marked=True)


_PLACEHOLDER_WORD = re.compile(r"\b(?:None|pass)\b")


def _without_placeholders(function: ast.FunctionDef, lines: list[str]) -> Filling:
    """analyse() of a function whose code says neither None nor pass: a region with code in it is filled, an empty
    one is judged as analyse() does."""
    marked = regions(lines, function.lineno, function.end_lineno or function.lineno)
    empty, filled, statements = [], 0 if marked else 1, None
    for start, end in marked:
        if any(line.split("#", 1)[0].strip() for line in lines[start:end - 1]):
            filled += 1
            continue
        if statements is None:
            statements = [node for top in function.body for node in ast.walk(top) if isinstance(node, ast.stmt)]
        empty.append((start, _missing_after(function, lines, start, end, statements)))
    return Filling((), tuple(empty), filled, marked=bool(marked))


def _missing_after(function: ast.FunctionDef, lines: list[str], start: int, end: int,
                   statements: list[ast.stmt]) -> frozenset[str]:
    """What an empty region leaves missing: names read after it that nothing binds, and the names its hint
    comments say it assigns (`# cost = ...`) that nothing assigns (resolved() sets the module's names aside)."""
    hinted = {name for name, subscript in _hinted_targets(lines, start) if not _assigned(name, subscript, statements)}
    return frozenset(_unbound_after(function, end) | hinted)


def _placeholders(statements: list[ast.stmt]) -> tuple[list[ast.stmt], set[int]]:
    """(the placeholders still in use, the ids of the statements that are the student's own work), in one pass
    in line order: a placeholder (`x = None`) is still in use unless a statement assigns its names before any
    reads them (`cost = np.squeeze(cost)` reads it); a statement that reads a placeholder's names (or what was
    computed from one, `w = parameters["w"]`) is not the student's work."""
    pending: dict[str, ast.stmt | None] = {}  # name -> its placeholder (None: computed from a placeholder)
    used, clean = [], set()
    for node in statements:
        read = _reads(node) & pending.keys()
        for name in read:
            if pending[name] is not None and pending[name] not in used:
                used.append(pending[name])
        if unfilled_statement(node):
            targets = _targets(node)
            pending.update((name, node) for name in targets)
            if not targets and not isinstance(node, ast.Pass) and node not in used:
                used.append(node)  # `None`, `np.clip(None, None)`: nothing assigned, nothing to replace it later
        elif read:
            pending.update((name, None) for name in _targets(node))
        else:
            for name in _targets(node):
                pending.pop(name, None)
            clean.add(id(node))
    never = [node for node in dict.fromkeys(pending.values()) if node is not None and node not in used]
    return used + never, clean


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


def _computes_with_none(node: ast.stmt) -> bool:
    """Whether the statement computes with a None placeholder (`dW3 = ... + None`, `np.dot(W, None)`)."""
    value = getattr(node, "value", None)
    meant = _meant_nones(value) if value is not None else set()
    for part in ast.walk(value) if value is not None else ():
        if isinstance(part, (ast.BinOp, ast.Call, ast.UnaryOp, ast.Subscript)):
            operands = [child.value if isinstance(child, ast.keyword) else child for child in ast.iter_child_nodes(part)]
            if any(_is_none(operand) and id(operand) not in meant for operand in operands):
                return True
    return False


def empty_region(text: str) -> bool:
    """Whether the text (a function that does not parse) holds a code region with nothing in it: the 2021 template
    of a loop whose body is only its region does not parse until it is filled."""
    lines = text.splitlines()
    return any(all(not line.strip() or line.lstrip().startswith("#") for line in lines[start:end - 1])
               for start, end in regions(lines, 1, len(lines)))


def _bookkeeping(node: ast.stmt) -> bool:
    """A call made for its effect (`np.random.seed(counter + seed)`), or an assignment of a literal, of an item that a
    literal names (`newline_character = char_to_ix['\\n']`) or an increment by a literal (`counter += 1`)."""
    if isinstance(node, ast.Expr):
        return True
    value = getattr(node, "value", None)
    if not isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) or value is None:
        return False
    if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
        value = value.slice
    try:
        ast.literal_eval(value)
        return True
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _targets(node: ast.stmt) -> set[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return {name.id for target in targets if target is not None for name in ast.walk(target)
            if isinstance(name, ast.Name)}


def _compound(node: ast.stmt) -> bool:
    """A statement that holds others (a loop the course provides around the lines to write)."""
    return isinstance(node, (ast.For, ast.While, ast.If, ast.With, ast.Try, ast.AsyncFor, ast.AsyncWith))


def _reads(node: ast.stmt) -> set[str]:
    """The names a statement reads itself, before it assigns (a compound statement's header only)."""
    if isinstance(node, (ast.For, ast.AsyncFor)):
        parts = [node.iter]
    elif isinstance(node, (ast.If, ast.While)):
        parts = [node.test]
    elif isinstance(node, (ast.With, ast.AsyncWith)):
        parts = [item.context_expr for item in node.items]
    elif isinstance(node, ast.AugAssign):
        parts = [node.value, node.target]
    elif isinstance(node, (ast.Assign, ast.AnnAssign)):
        parts = [node.value] + [part for target in _target_list(node) if not isinstance(target, ast.Name)
                                for part in ast.iter_child_nodes(target)]
    elif _compound(node):
        parts = []
    else:
        parts = [node]
    return {name.id for part in parts if part is not None for name in ast.walk(part)
            if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Load)}


def _target_list(node: ast.stmt) -> list:
    return list(node.targets) if isinstance(node, ast.Assign) else [getattr(node, "target", None)]


_HINT = re.compile(r"^\s*#\s*(?P<name>[A-Za-z_]\w*)(?P<subscript>\s*\[[^\]]*\])?(?:\s*,\s*\w+)*\s*=(?!=)")


def _hinted_targets(lines: list[str], start: int) -> set[tuple[str, bool]]:
    """(name, whether a subscript of it) the comment lines just above a region hint at (`# cost = ...`,
    `# parameters['W' + str(l)] = ...`): what the course expects the region to assign."""
    hinted, number = set(), start - 1
    while number >= 1 and lines[number - 1].strip().startswith("#"):
        match = _HINT.match(lines[number - 1])
        if match:
            hinted.add((match.group("name"), bool(match.group("subscript"))))
            for extra in re.findall(r",\s*(\w+)", lines[number - 1].split("=", 1)[0]):
                hinted.add((extra, False))
        number -= 1
    return hinted


def _assigned(name: str, subscript: bool, statements: list[ast.stmt]) -> bool:
    """Whether a statement assigns name (or, subscript, an item of it) without reading it first."""
    for node in statements:
        if not isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) or unfilled_statement(node):
            continue
        for target in _target_list(node):
            if subscript and isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and target.value.id == name:
                return True
            if not subscript and name in _targets(node) and name not in _reads(node):
                return True
    return False


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
