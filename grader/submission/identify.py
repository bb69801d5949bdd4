"""Which assignment each file of a submission is: its graded functions and their signatures, its name and title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from grader.material.stubs import GRADED_MARKER
from grader.submission.discover import Discovered

# What a file's evidence is worth for an assignment: a function only this assignment grades, one with this
# assignment's signature, any graded function of it, the notebook's file name or title as the course has it, a
# `# GRADED FUNCTION: name` marker naming one of its functions.
UNIQUE, SIGNATURE, FUNCTION, NAMED, MARKED = 3, 2, 1, 4, 1
MIN_FURTHER = 2  # a file explains a further assignment (several pasted into one file) with this many new functions
UNMATCHED = "not graded, as no assignment: "  # the problem line naming the files that are no assignment


@dataclass(frozen=True)
class Profile:
    """What identifies an assignment: its graded functions' parameter names, its file names and titles."""

    name: str
    title: str
    parameters: dict[str, tuple[str, ...]]  # graded function -> the reference's parameters, then older ones
    names: frozenset[str]                    # normalised file names and titles

    @property
    def functions(self) -> frozenset[str]:
        return frozenset(self.parameters)


@dataclass
class Identified:
    """Each recognised assignment's files (in material order) and a one-line problem for each file left out."""

    files: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def profiles(material) -> list[Profile]:
    """The material's assignments as identify() compares them, in course order."""
    found = []
    for assignment in material.assignments:
        names = {normalised(text) for text in (*assignment.file_names, *assignment.titles, assignment.name,
                                                assignment.title)}
        found.append(Profile(assignment.name, assignment.title,
                             {name: graded.parameters for graded in material.exercises_of(assignment)
                              for name in (graded.exercise.name, *graded.exercise.aliases)},
                             frozenset(name for name in names if name)))
    return found


def normalised(text: str) -> str:
    """A file name or title as compared: no download copy number, no version ("_v1b", " v3"), letters and digits only,
    lower case ("Optimization_methods_v1b (1)" -> "optimizationmethods")."""
    text = re.sub(r"\s*\(\d+\)$", "", text.strip())
    while True:
        shorter = re.sub(r"(?i)[\s_+.\-]*v\d+[a-z]?$", "", text)
        if shorter == text:
            break
        text = shorter
    return re.sub(r"[^0-9a-z]", "", text.lower())


def identify(found: Discovered, assignment_profiles: list[Profile], only: str | None = None) -> Identified:
    """Map each file to the assignment(s) that explain it best (see explained_by); only: every file to that one."""
    identified = Identified()
    order = {profile.name: index for index, profile in enumerate(assignment_profiles)}
    mapped: dict[str, list[str]] = {}
    unmatched = []
    for file in found.chunks:
        if only is not None:
            mapped.setdefault(only, []).append(file)
            continue
        chosen, problem = explained_by(file, found, assignment_profiles)
        if problem:
            identified.problems.append(problem)
        elif not chosen:
            unmatched.append(file)
        for profile in chosen:
            mapped.setdefault(profile.name, []).append(file)
    if unmatched:  # one line for them all: a student's own modules, tests and notes are no assignment
        shown = ", ".join(unmatched[:5]) + (f" and {len(unmatched) - 5} more" if len(unmatched) > 5 else "")
        identified.problems.append(f"{UNMATCHED}{shown} (no graded function of any assignment is defined there, "
                                   f"and no file name or title says which assignment it is)")
    identified.files = {name: mapped[name] for name in sorted(mapped, key=order.__getitem__)}
    return identified


def explained_by(file: str, found: Discovered, assignment_profiles: list[Profile]) -> tuple[list[Profile], str | None]:
    """The assignments that explain the file, greedily: the best one first, then any that explains at least
    MIN_FURTHER of its graded functions the ones before did not (several assignments pasted into one file).
    With no evidence, none; when two assignments explain it equally, none and why in one line."""
    defined = {name: definitions[-1] for name, definitions in found.definitions.items()
               for definitions in [[item for item in definitions if item.file == file]] if definitions}
    markers = {match.group("name") for chunk in found.chunks.get(file, []) for match in
               GRADED_MARKER.finditer(chunk.source)}
    named = {normalised(PurePosixPath(file).stem)} | ({normalised(found.titles[file])} if file in found.titles else set())
    everyone = [profile.functions for profile in assignment_profiles]
    remaining, chosen = set(defined), []
    while True:
        scored = []
        for profile in assignment_profiles:
            if profile in chosen:
                continue
            new = remaining & profile.functions
            unique = {name for name in new if sum(name in functions for functions in everyone) == 1}
            fitting = {name for name in new if _fits(defined[name].parameters, profile.parameters[name])}
            by_name = bool(named & profile.names) and not chosen
            score = (UNIQUE * len(unique) + SIGNATURE * len(fitting) + FUNCTION * len(new) + NAMED * by_name
                     + MARKED * len(markers & new))
            if (new or by_name) if not chosen else (unique and len(new) >= min(MIN_FURTHER, len(profile.functions))):
                scored.append((score, profile, new))
        if not scored:
            break
        scored.sort(key=lambda item: -item[0])
        best_score, best, new = scored[0]
        if not chosen and len(scored) > 1 and scored[1][0] == best_score:
            return [], _ambiguous(file, [item[1] for item in scored if item[0] == best_score], defined)
        chosen.append(best)
        remaining -= new
    return chosen, None


def _fits(written: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """Whether a definition's parameters are the assignment's: its first one, and none it does not know."""
    return bool(written) and bool(expected) and written[0] == expected[0] and set(written) <= set(expected)


def _ambiguous(file: str, tied: list[Profile], defined: dict) -> str:
    names = " and ".join(f"{profile.title} ({profile.name})" for profile in tied[:3])
    functions = ", ".join(sorted(set(defined) & set().union(*(profile.functions for profile in tied)))[:4])
    return (f"{file}: not graded, it fits {names} equally (it defines {functions}); name the file as the course "
            f"does or choose with --assignment")
