"""Source trees pip can install: the engine alone (for a student kit) or the engine with a material (for Gradescope)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import grader

ENGINE_DEPENDENCIES = ("numpy>=1.24", "click>=8.1", "jinja2>=3.1", "nbformat>=5.9", "pygments>=2.15")
MATERIAL_PACKAGE = "grader_solutions"
TEMPLATES_PACKAGE = "grader_templates"


def engine_dir() -> Path:
    return Path(grader.__file__).resolve().parent


def templates_dir() -> Path:
    """The report templates: the installed grader_templates package, else templates/ of the source tree."""
    spec = importlib.util.find_spec(TEMPLATES_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return engine_dir().parent / "templates"


def _tree(folder: Path, prefix: str, suffixes: tuple[str, ...]) -> dict[str, bytes]:
    return {f"{prefix}/{path.relative_to(folder).as_posix()}": path.read_bytes()
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix in suffixes and "__pycache__" not in path.parts}


def source_tree(name: str, material_dir: Path | None = None) -> dict[str, bytes]:
    """Relative path -> bytes of a project pip installs with `pip install DIR`: the engine's packages and templates,
    and, given material_dir, that material as grader_solutions (the engine alone installs no reference)."""
    files = {**_tree(engine_dir(), "grader", (".py",)), **_tree(templates_dir(), TEMPLATES_PACKAGE, (".j2", ".py"))}
    packages = sorted({"grader", *(".".join(Path(path).parent.parts) for path in files if path.startswith("grader/")),
                       TEMPLATES_PACKAGE})
    package_data = {TEMPLATES_PACKAGE: ["*.j2"]}
    if material_dir is not None:
        material = _tree(Path(material_dir), MATERIAL_PACKAGE, (".py", ".md"))
        files.update(material)
        packages += sorted({".".join(Path(path).parent.parts) for path in material if path.endswith("/__init__.py")}
                           | {MATERIAL_PACKAGE})
        package_data[MATERIAL_PACKAGE] = ["**/*.py", "*.md"]
    if f"{TEMPLATES_PACKAGE}/__init__.py" not in files:
        files[f"{TEMPLATES_PACKAGE}/__init__.py"] = b'"""The report templates."""\n'
    listed = ", ".join(f'"{package}"' for package in packages)
    data = "\n".join(f"{package} = [{', '.join(repr(pattern).replace(chr(39), chr(34)) for pattern in patterns)}]"
                     for package, patterns in package_data.items())
    dependencies = ", ".join(f'"{dependency}"' for dependency in ENGINE_DEPENDENCIES)
    files["pyproject.toml"] = f"""[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "{grader.__version__}"
requires-python = ">=3.10"
dependencies = [{dependencies}]

[project.scripts]
grade = "grader.cli:main"

[tool.setuptools]
packages = [{listed}]

[tool.setuptools.package-data]
{data}
""".encode()
    return dict(sorted(files.items()))
