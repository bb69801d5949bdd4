"""Student stubs made from a reference's marked regions, and fingerprints that recognise an untouched stub."""

from __future__ import annotations

import ast
import copy
import hashlib
import re
import textwrap
import types

START_MARKER = re.compile(r"^(?P<indent>[ \t]*)### START CODE HERE ###")
END_MARKER = re.compile(r"^[ \t]*### END CODE HERE ###")
GRADED_MARKER = re.compile(r"^#\s*GRADED FUNCTION:\s*(?P<name>\w+)", re.MULTILINE)


class StubError(ValueError):
    """A reference whose marked regions cannot be turned into a stub."""


def make_stub(source: str, filename: str = "<reference>") -> str:
    """The reference with every statement between the code markers replaced by `target = None`."""
    lines = source.splitlines(keepends=True)
    stub: list[str] = []
    index = 0
    while index < len(lines):
        start = START_MARKER.match(lines[index])
        if not start:
            stub.append(lines[index])
            index += 1
            continue
        end = next((j for j in range(index + 1, len(lines)) if END_MARKER.match(lines[j])), None)
        if end is None:
            raise StubError(f"{filename}:{index + 1}: START CODE HERE without END CODE HERE")
        stub.extend(_blank_region(lines[index + 1:end], start.group("indent"), f"{filename}:{index + 2}"))
        stub.append(lines[end])
        index = end + 1
    return "".join(stub)


def _blank_region(region: list[str], indent: str, where: str) -> list[str]:
    try:
        statements = ast.parse(textwrap.dedent("".join(region))).body
    except SyntaxError as exc:
        raise StubError(f"{where}: region does not parse: {exc}") from None
    by_line = {statement.lineno - 1: statement for statement in statements}
    covered = {line for statement in statements for line in range(statement.lineno - 1, statement.end_lineno)}
    blanked: list[str] = []
    for offset, line in enumerate(region):
        if offset in by_line:
            blanked.extend(f"{indent}{target} = None\n" for target in _targets(by_line[offset], where))
        elif offset not in covered and line.strip().startswith("#"):
            blanked.append(line)
    count = len(statements)
    header = f"{indent}### START CODE HERE ### (≈ {count} line{'s' if count != 1 else ''} of code)\n"
    return [header] + blanked


def _targets(statement: ast.stmt, where: str) -> list[str]:
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, (ast.AugAssign, ast.AnnAssign)):
        targets = [statement.target]
    else:
        raise StubError(f"{where}: only assignments may stand between the code markers, "
                        f"found {type(statement).__name__} at line {statement.lineno}")
    names: list[str] = []
    for target in targets:
        elements = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
        names.extend(ast.unparse(element) for element in elements)
    return names


def graded_names(source: str) -> list[str]:
    """Function names marked `# GRADED FUNCTION: name`, in order."""
    return GRADED_MARKER.findall(source)


# What a function whose text never says None gets instead of a digest: every stub assigns None to what the
# student is to compute (make_stub), so such a function is no stub, and compiling it for a digest is not needed.
NOT_A_STUB = "not-a-stub"


def stub_candidate_fingerprint(node: ast.FunctionDef, source: str) -> str:
    """function_fingerprint(node) if the function could be a stub (its text says None), else NOT_A_STUB."""
    lines = source.split("\n")[node.lineno - 1:node.end_lineno]
    return function_fingerprint(node) if any("None" in line for line in lines) else NOT_A_STUB


def function_fingerprint(node: ast.FunctionDef) -> str:
    """A digest of a function's code, ignoring its docstring, comments and layout."""
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
            and isinstance(body[0].value.value, str):
        node = copy.copy(node)  # shallow: only the body list is replaced
        node.body = body[1:] or [ast.Pass()]
    # Bytecode, names and constants (no line table): layout and comments do not count, and compiling
    # (C code) is several times faster than ast.dump for the functions of every student.
    try:
        module = compile(ast.Module(body=[node], type_ignores=[]), "<fingerprint>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # parses, but does not compile: not the stub
        return hashlib.sha256(b"uncompilable:" + node.name.encode()).hexdigest()
    digest = hashlib.sha256()
    for constant in module.co_consts:
        if isinstance(constant, types.CodeType):
            _feed(digest, constant)
    return digest.hexdigest()


def _feed(digest, code: types.CodeType) -> None:
    digest.update(repr((code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
                        code.co_flags, code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars)).encode())
    digest.update(code.co_code)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            _feed(digest, constant)
        else:
            digest.update(repr((type(constant).__name__, constant)).encode("utf-8", "surrogateescape"))


def stub_fingerprints(reference_source: str) -> dict[str, str]:
    """Fingerprints of the graded functions as the generated stub defines them."""
    tree = ast.parse(make_stub(reference_source))
    names = set(graded_names(reference_source))
    return {node.name: function_fingerprint(node) for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name in names}
