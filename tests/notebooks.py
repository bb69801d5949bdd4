"""Builders of course-style notebooks (2017 v1, 2019-20 v2a, 2021+, nbformat v3) from Python sources, for the notebook tests."""

from __future__ import annotations

import ast
import hashlib
import re

import nbformat
from nbformat import v3, v4

V1_IMPORTS = """from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters"""
V2A_IMPORTS = """from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset"""

MODEL = '''def model(X, Y, layers_dims = None, learning_rate = 0.0007, num_epochs = 15000, print_cost = True):
    """
    A three-layer neural network: LINEAR->RELU->LINEAR->RELU->LINEAR->SIGMOID (never run by the grader).
    """
    layers_dims = layers_dims or [X.shape[0], 10, 5, 1]
    costs = []                            # to keep track of the loss
    parameters = initialize_parameters(layers_dims)

    # Loop (gradient descent)
    for i in range(0, 15000000):
        a3, cache = forward_propagation(X, parameters)
        cost = compute_cost(a3, Y)
        grads = backward_propagation(X, Y, cache)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration {}: {}".format(i, cost))
            costs.append(cost)

    plt.plot(costs)
    plt.ylabel('cost')
    plt.xlabel('iterations (per hundreds)')
    plt.show()
    return parameters'''

PLOT = """plt.title("Model with He initialization")
axes = plt.gca()
axes.set_xlim([-1.5, 1.5])
axes.set_ylim([-1.5, 1.5])
plot_decision_boundary(lambda x: predict_dec(parameters, x.T), train_X, train_Y)"""

# Abstract outputs, written in the notebook's own format: stale results of runs long ago.
STALE_ARRAYS = ("stream", "W1 = [[ 1.78862847  0.43650985]\n [ 0.09649747 -1.8634927 ]]\n"
                          "b1 = [[ 0.]\n [ 0.]]\nW2 = [[-0.2773882  -0.35475898]]\nb2 = [[ 0.]]\n")
STALE_COSTS = ("stream", "Cost after iteration 0: 0.6557412523481002\nCost after iteration 1000: 0.18934\n"
                         "Cost after iteration 14000: 0.0936\n")
STALE_ERROR = ("error", "NameError", "name 'np' is not defined")
STALE_PASS = ("stream", "\x1b[92m All tests passed.\n")
STALE_RESULT = ("result", "{'W1': array([[ 0.,  0.]]), 'b1': array([[ 0.]])}")
PLOT_OUTPUT = ("image",)
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
_GRADED_LINE = re.compile(r"^[ \t]*#\s*GRADED FUNCTION\b.*(?:\n|$)", re.MULTILINE)
_START = re.compile(r"^(?P<indent>[ \t]*)### START CODE HERE ###(?: *\((?P<hint>[^)]*)\))?[ \t]*$", re.MULTILINE)
_END = re.compile(r"^(?P<indent>[ \t]*)### END CODE HERE ###[ \t]*$", re.MULTILINE)


def strip_markers(source: str) -> str:
    """The source without its `# GRADED FUNCTION` lines."""
    return _GRADED_LINE.sub("", source)


def function_sources(module_source: str) -> dict[str, str]:
    """Name -> source (decorators to last line) of each top-level function of a .py source; the last definition wins."""
    lines = module_source.splitlines(keepends=True)
    sources = {}
    for node in ast.parse(module_source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            start = min([node.lineno] + [decorator.lineno for decorator in node.decorator_list])
            sources[node.name] = "".join(lines[start - 1:node.end_lineno]).rstrip() + "\n"
    return sources


def import_lines(module_source: str) -> str:
    """The top-level import statements of a .py source (e.g. a reference's), to pass as `imports=`."""
    lines = module_source.splitlines()
    return "\n".join("\n".join(lines[node.lineno - 1:node.end_lineno]) for node in ast.parse(module_source).body
                     if isinstance(node, (ast.Import, ast.ImportFrom)))


def to_2021_markers(source: str) -> str:
    """`### START/END CODE HERE ###` turned into the 2021 `#(≈ n lines of code)` / `# YOUR CODE STARTS HERE` / `ENDS HERE`."""
    def start(match: re.Match) -> str:
        indent, hint = match.group("indent"), match.group("hint") or "≈ 1 line of code"
        return f"{indent}#({hint})\n{indent}# YOUR CODE STARTS HERE"
    return _END.sub(lambda match: f"{match.group('indent')}# YOUR CODE ENDS HERE", _START.sub(start, source))


def notebook_v1(functions: dict[str, str], *, imports: str = V1_IMPORTS, extra_cells: list[str] = ()) -> str:
    """A 2017 notebook: nbformat 4.0 without cell ids, `# GRADED FUNCTION: name` cells, %matplotlib, stale outputs."""
    setup = ("import numpy as np\nimport matplotlib.pyplot as plt\nimport sklearn\nimport sklearn.datasets\n"
             f"import scipy.io\nimport math\n{imports}\nfrom testCases import *\n\n%matplotlib inline\n"
             "plt.rcParams['figure.figsize'] = (7.0, 4.0) # set default size of plots\n"
             "plt.rcParams['image.interpolation'] = 'nearest'\nplt.rcParams['image.cmap'] = 'gray'")
    cells = [("markdown", "# Improving Deep Neural Networks\n\nWelcome to this week's assignment. "
                          "Run the cell below to load the packages.\n\n**Instructions**: write your code "
                          "between `### START CODE HERE ###` and `### END CODE HERE ###`."),
             ("code", setup, []),
             ("code", "train_X, train_Y, test_X, test_Y = load_2D_dataset()\n"
                      "data = scipy.io.loadmat('datasets/data.mat')", [PLOT_OUTPUT]),
             ("markdown", "## 1 - Neural Network model\n\nThe model you will train:"),
             ("code", MODEL.replace("num_epochs = 15000", "num_iterations = 15000"), [])]
    for index, (name, source) in enumerate(functions.items(), start=1):
        cells += [("markdown", f"## {index} - {name}\n\n**Exercise**: implement `{name}`."),
                  ("code", f"# GRADED FUNCTION: {name}\n\n{source.rstrip()}", []),
                  ("code", _test_cell(name), [STALE_ERROR if index == 2 else STALE_ARRAYS])]
    cells += [("code", 'parameters = model(train_X, train_Y)\nprint ("On the train set:")\n'
                       "predictions_train = predict(train_X, train_Y, parameters)", [STALE_COSTS, PLOT_OUTPUT]),
              ("code", PLOT, [PLOT_OUTPUT])]
    cells += [("code", extra, []) for extra in extra_cells]
    metadata = {"coursera": {"course_slug": "deep-neural-network", "graded_item_id": "XtypS",
                             "launcher_item_id": "mmL3Q"}, **_kernel("3.6.0")}
    return _write_v4(cells, minor=0, metadata=metadata, ids=False)


def notebook_v2a(functions: dict[str, str], *, imports: str = V2A_IMPORTS, extra_cells: list[str] = ()) -> str:
    """A 2019-20 notebook: nbformat 4.2 without cell ids, opt_utils_v1a, public_tests, one `#GRADED FUNCTION:name` marker."""
    setup = ("import numpy as np\nimport matplotlib.pyplot as plt\nimport scipy.io\nimport math\nimport sklearn\n"
             f"import sklearn.datasets\n\n{imports}\nfrom testCases import *\nfrom public_tests import *\n\n"
             "%matplotlib inline\nplt.rcParams['figure.figsize'] = (7.0, 4.0) # set default size of plots\n"
             "plt.rcParams['image.interpolation'] = 'nearest'\nplt.rcParams['image.cmap'] = 'gray'\n\n"
             "%load_ext autoreload\n%autoreload 2")
    cells = [("markdown", "# Optimization Methods\n\n**Updates**\n\n- Assertions on the output shapes.\n"
                          "- Clarified the markdown.\n\n## 1 - Packages"),
             ("code", setup, [])]
    for index, (name, source) in enumerate(functions.items(), start=1):
        marker = f"#GRADED FUNCTION:{name}" if index == 1 else f"# GRADED FUNCTION: {name}"
        cells += [("markdown", f"<a name='ex-{index}'></a>\n### Exercise {index} - {name}"),
                  ("code", f"{marker}\n\n{source.rstrip()}", []),
                  ("code", _test_cell(name), [STALE_ARRAYS, STALE_RESULT])]
    cells += [("code", "train_X, train_Y = load_dataset()", [PLOT_OUTPUT]),
              ("code", MODEL, []),
              ("code", "# train 3-layer model\nlayers_dims = [train_X.shape[0], 5, 2, 1]\n"
                       "parameters = model(train_X, train_Y, layers_dims)", [STALE_COSTS, PLOT_OUTPUT]),
              ("code", PLOT, [PLOT_OUTPUT])]
    cells += [("code", extra, []) for extra in extra_cells]
    metadata = {"coursera": {"course_slug": "deep-neural-network", "graded_item_id": "Ckiv2",
                             "launcher_item_id": "eNLYh"}, **_kernel("3.7.6")}
    return _write_v4(cells, minor=2, metadata=metadata, ids=False)


def notebook_2021(functions: dict[str, str], *, imports: str = V2A_IMPORTS, extra_cells: list[str] = ()) -> str:
    """A 2021+ notebook: nbformat 4.5 with cell ids, YOUR CODE STARTS HERE mixed with START CODE HERE, magics, shell escapes."""
    setup = ("import numpy as np\nimport matplotlib.pyplot as plt\nimport scipy.io\nimport math\nimport sklearn\n"
             f"import sklearn.datasets\n\n{imports}\nfrom testCases import *\nfrom public_tests import *\n"
             "from dlai_tools.testing_utils import multiple_test\n\n%matplotlib inline\n"
             "plt.rcParams['figure.figsize'] = (7.0, 4.0) # set default size of plots\n\n"
             "%load_ext autoreload\n%autoreload 2")
    cells = [("markdown", "# Optimization Methods\n\n## Important Note on Submission to the AutoGrader\n\n"
                          "Before submitting your assignment to the AutoGrader, please make sure you are not "
                          "doing the following:\n\n1. You have not added any _extra_ `print` statement(s).\n"
                          "2. You have not added any _extra_ code cell(s)."),
             ("code", "!pip install -q somepackage", [("stream", "WARNING: Running pip as the 'root' user\n")]),
             ("code", setup, [])]
    for index, (name, source) in enumerate(functions.items(), start=1):
        body = to_2021_markers(source) if index % 2 == 1 else source
        cells += [("markdown", f"<a name='ex-{index}'></a>\n### Exercise {index} - {name}\n\n"
                              f"Implement `{name}`."),
                  ("code", f"# GRADED FUNCTION: {name}\n\n{body.rstrip()}", []),
                  ("code", f"{_test_cell(name)}\n\n{name}_test({name})", [STALE_ARRAYS, STALE_PASS])]
    cells += [("code", "train_X, train_Y = load_dataset()\ndata = scipy.io.loadmat('datasets/data.mat')",
               [PLOT_OUTPUT]),
              ("code", MODEL, []),
              ("code", '%%time\nlayers_dims = [train_X.shape[0], 5, 2, 1]\n'
                       'parameters = model(train_X, train_Y, layers_dims)', [STALE_COSTS]),
              ("code", PLOT, [PLOT_OUTPUT])]
    cells += [("code", extra, []) for extra in extra_cells]
    return _write_v4(cells, minor=5, metadata=_kernel("3.8.10"), ids=True)


def notebook_v3(functions: dict[str, str], *, imports: str = V1_IMPORTS, extra_cells: list[str] = ()) -> str:
    """An nbformat v3 notebook (one worksheet, `input` sources, heading cells) with the functions in graded cells."""
    cells = [v3.new_heading_cell("Improving Deep Neural Networks", level=1),
             v3.new_text_cell("markdown", source="Run the cell below to load the packages."),
             v3.new_code_cell(input=f"import numpy as np\nimport matplotlib.pyplot as plt\n{imports}\n"
                                    "from testCases import *\n\n%matplotlib inline", prompt_number=1)]
    for index, (name, source) in enumerate(functions.items(), start=1):
        cells += [v3.new_heading_cell(f"{index} - {name}", level=2),
                  v3.new_code_cell(input=f"# GRADED FUNCTION: {name}\n\n{source.rstrip()}", prompt_number=2 * index),
                  v3.new_code_cell(input=_test_cell(name), prompt_number=2 * index + 1,
                                   outputs=[v3.new_output("stream", output_text=STALE_ARRAYS[1], stream="stdout"),
                                            v3.new_output("pyout", output_text="{'W1': array([[ 0.]])}",
                                                          prompt_number=2 * index + 1)])]
    cells += [v3.new_code_cell(input=MODEL), v3.new_code_cell(input="parameters = model(train_X, train_Y)")]
    cells += [v3.new_code_cell(input=extra) for extra in extra_cells]
    notebook = v3.new_notebook(worksheets=[v3.new_worksheet(cells=cells)], metadata=v3.new_metadata(name=""))
    return nbformat.writes(notebook, version=3) + "\n"


def _test_cell(name: str) -> str:
    if name.startswith("initialize_parameters_"):
        return (f"parameters = {name}([3, 2, 1])\nprint(\"W1 = \" + str(parameters[\"W1\"]))\n"
                "print(\"b1 = \" + str(parameters[\"b1\"]))\nprint(\"W2 = \" + str(parameters[\"W2\"]))\n"
                "print(\"b2 = \" + str(parameters[\"b2\"]))")
    return f"{name}_inputs = {name}_test_case()\nprint(\"{name} = \" + str({name}(*{name}_inputs)))"


def _kernel(version: str) -> dict:
    return {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                              "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                              "pygments_lexer": "ipython3", "version": version}}


def _write_v4(cells: list[tuple], *, minor: int, metadata: dict, ids: bool) -> str:
    """Abstract cells as nbformat 4.minor JSON text; executed cells get stale, out-of-order execution counts."""
    built = []
    for index, (kind, source, *rest) in enumerate(cells):
        if kind == "markdown":
            cell = v4.new_markdown_cell(source)
        else:
            count = (index * 37) % 97 + 1 if rest[0] else None
            cell = v4.new_code_cell(source, execution_count=count,
                                    outputs=[_output_v4(output, count) for output in rest[0]])
        if ids:
            cell["id"] = hashlib.sha1(f"{index}:{source}".encode()).hexdigest()[:8]
        else:
            del cell["id"]
        built.append(cell)
    # nbformat_minor goes in before new_notebook validates: at 4.5 validation gives id-less cells random ids
    notebook = v4.new_notebook(cells=built, metadata=nbformat.from_dict(metadata), nbformat_minor=minor)
    nbformat.validate(notebook)
    return nbformat.writes(notebook, version=4) + "\n"


def _output_v4(output: tuple, count: int | None):
    kind = output[0]
    if kind == "result":
        return v4.new_output("execute_result", data={"text/plain": output[1]}, execution_count=count)
    if kind == "stream":
        return v4.new_output("stream", name="stdout", text=output[1])
    if kind == "error":
        traceback = ["\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
                     f"\x1b[0;31m{output[1]}\x1b[0m: {output[2]}"]
        return v4.new_output("error", ename=output[1], evalue=output[2], traceback=traceback)
    return v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<matplotlib.figure.Figure at 0x7f3c>"},
                         metadata={"needs_background": "light"})
