"""The mutant generator of `grade audit`: each operator's change, where it is, what the mutated function computes."""

from __future__ import annotations

import ast
import textwrap

import numpy as np
import pytest

from grader.authoring.mutants import mutants
from grader.material.catalog import _helpers_on_path


def source_of(text: str) -> str:
    return "import numpy as np\n\n\n" + textwrap.dedent(text).lstrip("\n")


def loaded(mutant, name: str = "f"):
    """The named function of the mutant's module, executed in a fresh namespace as the audit does."""
    namespace: dict = {}
    exec(mutant.code, namespace)
    return namespace[name]


def only(source: str, change: str, function: str = "f"):
    """The one mutant of function with that change."""
    found = [mutant for mutant in mutants(source, [function]) if mutant.change == change]
    assert len(found) == 1, [mutant.change for mutant in mutants(source, [function])]
    return found[0]


def line_of(source: str, text: str) -> int:
    """The 1-based line of source holding text (once)."""
    numbers = [number for number, line in enumerate(source.splitlines(), 1) if text in line]
    assert len(numbers) == 1, (text, numbers)
    return numbers[0]


MATRIX = np.array([[1.0, 2.0], [3.0, 4.0]])

# (the function's body line that changes, the change, arguments, what the mutant returns)
OPERATOR_CASES = [
    ("return a + b", "+ → -", (5, 3), 2),
    ("return a - b", "- → +", (5, 3), 8),
    ("return a * b", "* → /", (6, 3), 2.0),
    ("return a / b", "/ → *", (6, 3), 18),
    ("a += b; return a", "+= → -=", (5, 3), 2),
    ("a *= b; return a", "*= → /=", (6, 3), 2.0),
    ("return np.sum(a, axis=0) + 0 * b", "axis=0 → axis=1", (MATRIX, 0), np.array([3.0, 7.0])),
    ("return np.sum(a, axis=1) + 0 * b", "axis=1 → axis=0", (MATRIX, 0), np.array([4.0, 6.0])),
    ("return np.sum(a, axis=-1) + 0 * b", "axis=-1 → axis=0", (MATRIX, 0), np.array([4.0, 6.0])),
    ("return np.sum(a, axis=1, keepdims=True).shape, b", "keepdims dropped", (MATRIX, 0), ((2,), 0)),
    ("return np.dot(a.T, b)", ".T dropped", (MATRIX, np.eye(2)), MATRIX),
    ("return sum(range(a)) + 0 * b", "range stop - 1", (4, 0), 3),
    ("return sum(range(a, b))", "range start + 1", (1, 4), 5),
    ("return sum(range(a, b))", "range stop - 1", (1, 4), 3),
    ("return sum(range(a, b, 2))", "range stop - 1", (0, 5), 2),
    ("return a[1:b]", "slice stop - 1", ([0, 1, 2, 3, 4], 3), [1]),
    ("return a[b:3]", "slice start + 1", ([0, 1, 2, 3, 4], 1), [2]),
    ("return a[:, 0:b]", "slice stop - 1", (MATRIX, 2), MATRIX[:, 0:1]),
    ("return a * 2 + b", "constant 2 → 3", (5, 1), 16),
    ("return a * 0.5 + b", "constant 0.5 → 1.0", (5, 1), 6.0),
    ("return a + 0.0 * b", "constant 0.0 → 1.0", (5, 1), 6.0),
    ("return (a + b) ** 0.5", "constant 0.5 → 1.0", (5, 4), 9.0),
    ("return np.subtract(a, b)", "arguments 1 and 2 of np.subtract swapped", (5, 3), -2),
    ("return pow(a, b)", "arguments 1 and 2 of pow swapped", (2, 3), 9),
    ("return -a + b", "unary minus dropped", (5, 3), 8),
    ("return a < b", "< → <=", (2, 2), True),
    ("return a <= b", "<= → <", (2, 2), False),
    ("return a > b", "> → >=", (2, 2), True),
    ("return a >= b", ">= → >", (2, 2), False),
    ("return a == b", "== → !=", (2, 2), False),
    ("return a - 1 * 0", "a → b", (5, 3), 3),
    ("return b + 0 * a", "b → a", (5, 3), 5),
]


@pytest.mark.parametrize("body, change, arguments, expected", OPERATOR_CASES,
                         ids=[f"{change} in {body}" for body, change, _, _ in OPERATOR_CASES])
def test_each_operator_names_its_change_at_its_line_and_the_mutant_computes_the_changed_formula(
        body, change, arguments, expected):
    source = source_of(f'''
        def f(a, b):
            """Add things."""
            {body}
        ''')
    mutant = only(source, change)
    assert mutant.function == "f" and mutant.line == line_of(source, body)
    got = loaded(mutant)(*arguments)
    reference = {}
    exec(compile(source, "<reference>", "exec"), reference)
    assert str(got) == str(expected) and str(got) != str(reference["f"](*arguments))


def test_a_seed_call_is_dropped_so_the_caller_s_seed_is_the_one_used():
    source = source_of('''
        def f(n):
            np.random.seed(3)
            return np.random.rand(n)
        ''')
    mutant = only(source, "np.random.seed(3) dropped")
    assert mutant.line == line_of(source, "np.random.seed(3)")
    np.random.seed(5)
    got = loaded(mutant)(2)
    np.random.seed(5)
    assert np.array_equal(got, np.random.rand(2))
    np.random.seed(3)
    assert not np.array_equal(got, np.random.rand(2))


def test_an_operator_written_on_a_continuation_line_is_reported_on_that_line():
    source = source_of('''
        def f(a, b):
            total = (a       # the first term, with a - in its comment
                     - b     # minus the second
                     * 2)
            return total
        ''')
    assert only(source, "- → +").line == line_of(source, "- b")
    assert only(source, "* → /").line == line_of(source, "* 2")
    assert loaded(only(source, "- → +"))(10, 1) == 12


def test_parameter_defaults_docstrings_asserts_and_prints_are_never_mutated():
    source = source_of('''
        def f(x, learning_rate=0.5, *, axis=1, keepdims=True, shape=(2, 3)):
            """Multiply by 2 + 3 over range(4) with axis=0 and x.T and -1 and a < b."""
            def inner(y, step=7):
                """Nested docstring 1 + 1."""
                return y
            helper = lambda z, scale=9: z
            assert x.shape == (3 - 1, 2), "x is 2 by 2"
            print("x is", x + 1, -x.T)
            return inner(helper(x)) * 3
        ''')
    assert [(mutant.line, mutant.change) for mutant in mutants(source, ["f"])] == \
        [(line_of(source, "* 3"), "* → /"), (line_of(source, "* 3"), "constant 3 → 4")]


def test_the_changes_are_in_source_order_then_by_operator_and_the_same_on_every_call():
    source = source_of('''
        def f(a, b):
            c = np.dot(a, b.T) + 1
            d = np.sum(c[0:2], axis=0, keepdims=True) * -0.5
            for i in range(1, 3):
                d = d - i
            return d if c.shape[0] > 1 else c
        ''')
    first, second = mutants(source, ["f"]), mutants(source, ["f"])
    described = [(mutant.function, mutant.line, mutant.change) for mutant in first]
    assert described == [(mutant.function, mutant.line, mutant.change) for mutant in second]
    assert [mutant.code for mutant in first] == [mutant.code for mutant in second]
    assert [line for _, line, _ in described] == sorted(line for _, line, _ in described)
    on_the_dot_line = [change for _, line, change in described if line == line_of(source, "c = np.dot")]
    assert on_the_dot_line == ["arguments 1 and 2 of np.dot swapped", "a → b",  # both at `a`: by operator
                               "b → a", ".T dropped", "+ → -", "constant 1 → 2"]


def test_only_the_named_functions_are_mutated_and_the_rest_of_the_module_is_the_reference_s():
    source = source_of('''
        def helper(a):
            return a * 2

        def f(a, b):
            return helper(a) + b

        def g(a, b):
            return a - b
        ''')
    found = mutants(source, ["f", "not_defined_here"])
    assert found and {mutant.function for mutant in found} == {"f"}
    reference = {}
    exec(compile(source, "<reference>", "exec"), reference)
    for mutant in found:
        namespace = {}
        exec(mutant.code, namespace)
        assert namespace["helper"].__code__ == reference["helper"].__code__
        assert namespace["g"].__code__ == reference["g"].__code__
        assert namespace["f"].__code__ != reference["f"].__code__
        assert namespace["np"] is np
    assert mutants(source, ["not_defined_here"]) == []


def test_no_mutant_is_the_original_nor_a_repeat_of_another():
    source = source_of('''
        def f(a, b):
            c = np.dot(a, a) + np.sum(b, axis=0)
            return c[1:]
        ''')
    found = mutants(source, ["f"])
    changes = [mutant.change for mutant in found]
    assert "arguments 1 and 2 of np.dot swapped" not in changes    # np.dot(a, a) swapped is np.dot(a, a)
    assert "axis=0 → axis=1" in changes and "constant 0 → 1" not in changes
    assert "slice start + 1" in changes and "constant 1 → 2" not in changes  # c[2:] either way
    assert len({mutant.code for mutant in found}) == len(found)
    assert compile(source, "<reference>", "exec") not in {mutant.code for mutant in found}


def test_string_keys_are_not_subtracted():
    source = source_of('''
        def f(parameters, l):
            return parameters["W" + str(l)] + parameters[f"b{l}"]
        ''')
    assert [mutant.change for mutant in mutants(source, ["f"])].count("+ → -") == 1


def test_every_graded_function_of_every_reference_has_mutants_that_run_inside_it(material):
    for assignment in material.assignments:
        mutants_of_the_reference_run_inside_its_graded_functions(material, assignment)


def mutants_of_the_reference_run_inside_its_graded_functions(material, assignment):
    path = material.reference_files[assignment.name]
    source = path.read_text(encoding="utf-8")
    names = [exercise.name for exercise in assignment.exercises]
    spans = {node.name: (node.lineno, node.end_lineno) for node in ast.parse(source).body
             if isinstance(node, ast.FunctionDef)}
    found = mutants(source, names, str(path))
    assert {mutant.function for mutant in found} == set(names), assignment.name
    for mutant in found:
        first, last = spans[mutant.function]
        assert first < mutant.line <= last, (mutant.function, mutant.line, mutant.change)
        assert mutant.code.co_filename == str(path) and mutant.change
    with _helpers_on_path(assignment.helpers_dir):
        reference: dict = {}
        exec(compile(source, str(path), "exec"), reference)
        for mutant in found:
            namespace: dict = {}
            exec(mutant.code, namespace)
            assert namespace[mutant.function].__code__ != reference[mutant.function].__code__, mutant
