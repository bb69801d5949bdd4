"""The HTML feedback page, rendered from the jinja2 templates in templates/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import jinja2

from grader.results import SubmissionResult

TEMPLATES_PACKAGE = "grader_templates"


def templates_dir() -> Path:
    """The templates installed with the grader (templates/ of the source tree)."""
    spec = importlib.util.find_spec(TEMPLATES_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parent.parent / "templates"


def render(result: SubmissionResult) -> str:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir())),
                                     autoescape=True, undefined=jinja2.StrictUndefined,
                                     keep_trailing_newline=True)
    return environment.get_template("feedback.html.j2").render(result=result)
