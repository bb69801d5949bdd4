"""The student notebook of an assignment, made from the same stub source as its .py stub."""

from __future__ import annotations

import ast
import re

import nbformat
from nbformat import v4

from grader.material.stubs import GRADED_MARKER

METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
_LIST_ITEM = re.compile(r"^(?P<indent> *)(?P<marker>[-*+]|\d+[.)]) +")
_STAR = re.compile(r"(?<=\S)\*|\*(?=\S)")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")

SELF_CHECK_TEXT = """## Check your work

Save the notebook, then run the cell below. It grades the **public** cases of every exercise with the
same grader that grades your hand-in and prints, for each exercise, what is right and what is wrong.
The **hidden** cases are graded only when you hand in, so passing the public cases is a good sign,
not a guarantee.

The grader reads only the imports and the function definitions of this notebook: it never runs
the other cells. Keep each graded function in its `# GRADED FUNCTION: name` cell, keep the names
and signatures as they are, and do not rely on variables defined in other cells."""

SELF_CHECK_COMMENT = """# Self-check: runs the public cases of every exercise (save the notebook first).
# Hidden cases are graded when you hand in.
"""


def default_check_command(file_stem: str) -> str:
    """The self-check cell's command in assignments/: the full grader, public cases only."""
    return f"grade {file_stem}.ipynb --public-only --no-html"


def stub_notebook(stub_source: str, title: str, file_stem: str, check_command: str | None = None) -> str:
    """The notebook JSON text (nbformat v4) of a stub: the task, the setup code, one cell per graded function, a
    self-check running check_command (default: default_check_command)."""
    lines = stub_source.splitlines()
    tree = ast.parse(stub_source)
    body = list(tree.body)
    docstring = ast.get_docstring(tree, clean=True) or ""
    position = 0
    if body and _is_docstring(body[0]):
        position = body[0].end_lineno
        body = body[1:]
    cells = [v4.new_markdown_cell(_title_markdown(title, docstring))]
    exercise = 0
    for node, previous_end in zip(body, [position] + [n.end_lineno for n in body]):
        marker = _graded_marker(node, lines, previous_end)
        if marker is None:
            continue
        _add_code_cell(cells, lines[position:marker])
        exercise += 1
        summary = _first_paragraph(ast.get_docstring(node, clean=True) or "")
        heading = f"## Exercise {exercise} - {node.name}"
        cells.append(v4.new_markdown_cell(heading + (f"\n\n{_markdown(summary)}" if summary else "")))
        position = _function_end(node, lines)
        source = _strip_blank_edges(lines[marker + 1:position])
        cells.append(v4.new_code_cell("\n".join([f"# GRADED FUNCTION: {node.name}"] + source)))
    _add_code_cell(cells, lines[position:])
    cells.append(v4.new_markdown_cell(SELF_CHECK_TEXT))
    cells.append(v4.new_code_cell(SELF_CHECK_COMMENT + "!" + (check_command or default_check_command(file_stem))))
    for index, cell in enumerate(cells):
        cell["id"] = f"cell-{index}"
    notebook = v4.new_notebook(cells=cells, metadata=nbformat.from_dict(METADATA), nbformat_minor=5)
    nbformat.validate(notebook)
    return nbformat.writes(notebook, version=4) + "\n"


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _graded_marker(node: ast.stmt, lines: list[str], previous_end: int) -> int | None:
    """Index of the `# GRADED FUNCTION: name` line naming this top-level function, between it and the previous statement."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    start = min([node.lineno] + [decorator.lineno for decorator in node.decorator_list]) - 1
    for index in range(start - 1, previous_end - 1, -1):
        match = GRADED_MARKER.match(lines[index].strip())
        if match:
            return index if match.group("name") == node.name else None
    return None


def _function_end(node: ast.stmt, lines: list[str]) -> int:
    """Index after the function's last line, counting comment lines indented under it (an END marker after the last statement)."""
    end = node.end_lineno
    indent = len(lines[node.lineno - 1]) - len(lines[node.lineno - 1].lstrip())
    scan = end
    while scan < len(lines):
        line = lines[scan]
        if line.strip() and not (line.lstrip().startswith("#") and len(line) - len(line.lstrip()) > indent):
            break
        scan += 1
        if line.strip():
            end = scan
    return end


def _strip_blank_edges(lines: list[str]) -> list[str]:
    start, stop = 0, len(lines)
    while start < stop and not lines[start].strip():
        start += 1
    while stop > start and not lines[stop - 1].strip():
        stop -= 1
    return lines[start:stop]


def _add_code_cell(cells: list, lines: list[str]) -> None:
    source = _strip_blank_edges(lines)
    if source:
        cells.append(v4.new_code_cell("\n".join(source)))


def _title_markdown(title: str, docstring: str) -> str:
    return f"# {title}" + (f"\n\n{_markdown(docstring)}" if docstring else "")


def _first_paragraph(docstring: str) -> str:
    """The docstring up to its first blank line or its Arguments/Returns section."""
    paragraph = []
    for line in docstring.splitlines():
        if not line.strip() or line.strip().rstrip(":") in ("Arguments", "Args", "Parameters", "Returns"):
            break
        paragraph.append(line)
    return "\n".join(paragraph)


def _markdown(text: str) -> str:
    """Plain docstring text as markdown: lines indented under the surrounding text (formulas) become code fences."""
    out: list[str] = []
    block: list[str] = []
    context = 0  # the indentation of the text that the next line would continue
    fence_indent = 0

    def flush() -> None:
        if block:
            trailing = 0
            while not block[-1].strip():
                block.pop()
                trailing += 1
            margin = min(len(line) - len(line.lstrip()) for line in block if line.strip())
            pad = " " * fence_indent
            out.extend([pad + "```"] + [(pad + line[margin:]).rstrip() for line in block] + [pad + "```"])
            out.extend([""] * trailing)
            block.clear()

    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if not line.strip():
            (block if block else out).append("")
            continue
        item = _LIST_ITEM.match(line)
        if indent > context + 1 and not (item and not block and indent <= context + 3):
            if not block:
                fence_indent = context
            block.append(line)
            continue
        flush()
        context = item.end() if item else indent
        out.append(_escape(line.rstrip()))
    flush()
    return "\n".join(out).strip("\n")


def _escape(line: str) -> str:
    """Markdown escapes for the few characters of plain text that markdown would otherwise take as markup."""
    return _TAG.sub(r"\\<", _STAR.sub(r"\\*", line.replace("\\", "\\\\")))
