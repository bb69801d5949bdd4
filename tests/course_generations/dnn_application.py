"""Deep Neural Network for Image Classification: Application: each course generation's notebook as students received
and completed it."""

TITLE = "Deep Neural Network for Image Classification: Application"

# The first code cell. 2017 (v3) imported dnn_app_utils_v2, v8 (2018-2020) dnn_app_utils_v3, 2021+ also public_tests.
IMPORTS_V3 = """import time
import numpy as np
import h5py
import matplotlib.pyplot as plt
import scipy
from PIL import Image
from scipy import ndimage
from dnn_app_utils_v2 import *

%matplotlib inline
plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots
plt.rcParams['image.interpolation'] = 'nearest'
plt.rcParams['image.cmap'] = 'gray'

%load_ext autoreload
%autoreload 2

np.random.seed(1)"""

IMPORTS_V8 = IMPORTS_V3.replace("dnn_app_utils_v2", "dnn_app_utils_v3")

IMPORTS_2021 = """import time
import numpy as np
import h5py
import matplotlib.pyplot as plt
import scipy
from PIL import Image
from scipy import ndimage
from dnn_app_utils_v3 import *
from public_tests import *

%matplotlib inline
plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots
plt.rcParams['image.interpolation'] = 'nearest'
plt.rcParams['image.cmap'] = 'gray'

%load_ext autoreload
%autoreload 2

np.random.seed(1)"""


def _two_layer_docstring(labels):
    return f'''    """
    Implements a two-layer neural network: LINEAR->RELU->LINEAR->SIGMOID.

    Arguments:
    X -- input data, of shape (n_x, number of examples)
    Y -- true "label" vector (containing {labels}), of shape (1, number of examples)
    layers_dims -- dimensions of the layers (n_x, n_h, n_y)
    num_iterations -- number of iterations of the optimization loop
    learning_rate -- learning rate of the gradient descent update rule
    print_cost -- If set to True, this will print the cost every 100 iterations

    Returns:
    parameters -- a dictionary containing W1, W2, b1, and b2
    """
'''


def _L_layer_docstring(labels):
    return f'''    """
    Implements a L-layer neural network: [LINEAR->RELU]*(L-1)->LINEAR->SIGMOID.

    Arguments:
    X -- data, numpy array of shape (num_px * num_px * 3, number of examples)
    Y -- true "label" vector (containing {labels}), of shape (1, number of examples)
    layers_dims -- list containing the input size and each layer size, of length (number of layers + 1).
    learning_rate -- learning rate of the gradient descent update rule
    num_iterations -- number of iterations of the optimization loop
    print_cost -- if True, it prints the cost every 100 steps

    Returns:
    parameters -- parameters learnt by the model. They can then be used to predict.
    """
'''


# Up to 2020: ### START CODE HERE ### regions with `x = None`, the costs plotted inside, the parameters returned.

def _two_layer_pre2021(labels, per, filled):
    init, forward, cost, backward, update = (
        ("parameters = initialize_parameters(n_x, n_h, n_y)",
         "A1, cache1 = linear_activation_forward(X, W1, b1, 'relu')\n"
         "        A2, cache2 = linear_activation_forward(A1, W2, b2, 'sigmoid')",
         "cost = compute_cost(A2, Y)",
         "dA1, dW2, db2 = linear_activation_backward(dA2, cache2, 'sigmoid')\n"
         "        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, 'relu')",
         "parameters = update_parameters(parameters, grads, learning_rate)") if filled else
        ("parameters = None",
         "A1, cache1 = None\n        A2, cache2 = None",
         "cost = None",
         "dA1, dW2, db2 = None\n        dA0, dW1, db1 = None",
         "parameters = None"))
    return ("def two_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):\n"
            + _two_layer_docstring(labels) + f'''
    np.random.seed(1)
    grads = {{}}
    costs = []                              # to keep track of the cost
    m = X.shape[1]                           # number of examples
    (n_x, n_h, n_y) = layers_dims

    # Initialize parameters dictionary, by calling one of the functions you'd previously implemented
    ### START CODE HERE ### (≈ 1 line of code)
    {init}
    ### END CODE HERE ###

    # Get W1, b1, W2 and b2 from the dictionary parameters.
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]

    # Loop (gradient descent)

    for i in range(0, num_iterations):

        # Forward propagation: LINEAR -> RELU -> LINEAR -> SIGMOID. Inputs: "X, W1, b1". Output: "A1, cache1, A2, cache2".
        ### START CODE HERE ### (≈ 2 lines of code)
        {forward}
        ### END CODE HERE ###

        # Compute cost
        ### START CODE HERE ### (≈ 1 line of code)
        {cost}
        ### END CODE HERE ###

        # Initializing backward propagation
        dA2 = - (np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))

        # Backward propagation. Inputs: "dA2, cache2, cache1". Outputs: "dA1, dW2, db2; also dA0 (not used), dW1, db1".
        ### START CODE HERE ### (≈ 2 lines of code)
        {backward}
        ### END CODE HERE ###

        # Set grads['dWl'] to dW1, grads['db1'] to db1, grads['dW2'] to dW2, grads['db2'] to db2
        grads['dW1'] = dW1
        grads['db1'] = db1
        grads['dW2'] = dW2
        grads['db2'] = db2

        # Update parameters.
        ### START CODE HERE ### (approx. 1 line of code)
        {update}
        ### END CODE HERE ###

        # Retrieve W1, b1, W2, b2 from parameters
        W1 = parameters["W1"]
        b1 = parameters["b1"]
        W2 = parameters["W2"]
        b2 = parameters["b2"]

        # Print the cost every 100 training example
        if print_cost and i % 100 == 0:
            print("Cost after iteration {{}}: {{}}".format(i, np.squeeze(cost)))
        if print_cost and i % 100 == 0:
            costs.append(cost)

    # plot the cost

    plt.plot(np.squeeze(costs))
    plt.ylabel('cost')
    plt.xlabel('iterations (per {per})')
    plt.title("Learning rate =" + str(learning_rate))
    plt.show()

    return parameters
''')


def _L_layer_pre2021(labels, per, filled):
    init, forward, cost, backward, update = (
        ("parameters = initialize_parameters_deep(layers_dims)", "AL, caches = L_model_forward(X, parameters)",
         "cost = compute_cost(AL, Y)", "grads = L_model_backward(AL, Y, caches)",
         "parameters = update_parameters(parameters, grads, learning_rate)") if filled else
        ("parameters = None", "AL, caches = None", "cost = None", "grads = None", "parameters = None"))
    return ("def L_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):"
            "#lr was 0.009\n" + _L_layer_docstring(labels) + f'''
    np.random.seed(1)
    costs = []                         # keep track of cost

    # Parameters initialization.
    ### START CODE HERE ###
    {init}
    ### END CODE HERE ###

    # Loop (gradient descent)
    for i in range(0, num_iterations):

        # Forward propagation: [LINEAR -> RELU]*(L-1) -> LINEAR -> SIGMOID.
        ### START CODE HERE ### (≈ 1 line of code)
        {forward}
        ### END CODE HERE ###

        # Compute cost.
        ### START CODE HERE ### (≈ 1 line of code)
        {cost}
        ### END CODE HERE ###

        # Backward propagation.
        ### START CODE HERE ### (≈ 1 line of code)
        {backward}
        ### END CODE HERE ###

        # Update parameters.
        ### START CODE HERE ### (≈ 1 line of code)
        {update}
        ### END CODE HERE ###

        # Print the cost every 100 training example
        if print_cost and i % 100 == 0:
            print ("Cost after iteration %i: %f" %(i, cost))
        if print_cost and i % 100 == 0:
            costs.append(cost)

    # plot the cost
    plt.plot(np.squeeze(costs))
    plt.ylabel('cost')
    plt.xlabel('iterations (per {per})')
    plt.title("Learning rate =" + str(learning_rate))
    plt.show()

    return parameters
''')


# 2021+: `# YOUR CODE STARTS HERE` regions, left empty in the template; the costs returned, plotted by plot_costs.

def _region(hint, lines, filled, indent):
    pad = " " * indent
    shown = "".join(f"{pad}# {line.split(' = ')[0]} = ...\n" for line in lines)
    body = "".join(f"{pad}{line}\n" for line in lines) if filled else "\n"
    return f"{pad}#({hint})\n{shown}{pad}# YOUR CODE STARTS HERE\n{body}{pad}\n{pad}# YOUR CODE ENDS HERE\n"


def _two_layer_2021(filled):
    return ("def two_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):\n"
            + _two_layer_docstring("1 if cat, 0 if non-cat") + '''
    np.random.seed(1)
    grads = {}
    costs = []                              # to keep track of the cost
    m = X.shape[1]                           # number of examples
    (n_x, n_h, n_y) = layers_dims

    # Initialize parameters dictionary, by calling one of the functions you'd previously implemented
''' + _region("≈ 1 line of code", ["parameters = initialize_parameters(n_x, n_h, n_y)"], filled, 4) + '''
    # Get W1, b1, W2 and b2 from the dictionary parameters.
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]

    # Loop (gradient descent)

    for i in range(0, num_iterations):

        # Forward propagation: LINEAR -> RELU -> LINEAR -> SIGMOID. Inputs: "X, W1, b1, W2, b2". Output: "A1, cache1, A2, cache2".
''' + _region("≈ 2 lines of code", ['A1, cache1 = linear_activation_forward(X, W1, b1, activation="relu")',
                                    'A2, cache2 = linear_activation_forward(A1, W2, b2, activation="sigmoid")'],
              filled, 8) + '''
        # Compute cost
''' + _region("≈ 1 line of code", ["cost = compute_cost(A2, Y)"], filled, 8) + '''
        # Initializing backward propagation
        dA2 = - (np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))

        # Backward propagation. Inputs: "dA2, cache2, cache1". Outputs: "dA1, dW2, db2; also dA0 (not used), dW1, db1".
''' + _region("≈ 2 lines of code", ['dA1, dW2, db2 = linear_activation_backward(dA2, cache2, activation="sigmoid")',
                                    'dA0, dW1, db1 = linear_activation_backward(dA1, cache1, activation="relu")'],
              filled, 8) + '''
        # Set grads['dWl'] to dW1, grads['db1'] to db1, grads['dW2'] to dW2, grads['db2'] to db2
        grads['dW1'] = dW1
        grads['db1'] = db1
        grads['dW2'] = dW2
        grads['db2'] = db2

        # Update parameters.
''' + _region("approx. 1 line of code", ["parameters = update_parameters(parameters, grads, learning_rate)"],
              filled, 8) + '''
        # Retrieve W1, b1, W2, b2 from parameters
        W1 = parameters["W1"]
        b1 = parameters["b1"]
        W2 = parameters["W2"]
        b2 = parameters["b2"]

        # Print the cost every 100 iterations
        if print_cost and i % 100 == 0 or i == num_iterations - 1:
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0 or i == num_iterations:
            costs.append(cost)

    return parameters, costs
''')


def _L_layer_2021(filled):
    return ("def L_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):\n"
            + _L_layer_docstring("1 if cat, 0 if non-cat").replace(
                "X -- data, numpy array of shape (num_px * num_px * 3, number of examples)",
                "X -- input data, of shape (n_x, number of examples)") + '''
    np.random.seed(1)
    costs = []                         # keep track of cost

    # Parameters initialization.
''' + _region("≈ 1 line of code", ["parameters = initialize_parameters_deep(layers_dims)"], filled, 4) + '''
    # Loop (gradient descent)
    for i in range(0, num_iterations):

        # Forward propagation: [LINEAR -> RELU]*(L-1) -> LINEAR -> SIGMOID.
''' + _region("≈ 1 line of code", ["AL, caches = L_model_forward(X, parameters)"], filled, 8) + '''
        # Compute cost.
''' + _region("≈ 1 line of code", ["cost = compute_cost(AL, Y)"], filled, 8) + '''
        # Backward propagation.
''' + _region("≈ 1 line of code", ["grads = L_model_backward(AL, Y, caches)"], filled, 8) + '''
        # Update parameters.
''' + _region("≈ 1 line of code", ["parameters = update_parameters(parameters, grads, learning_rate)"], filled, 8) + '''
        # Print the cost every 100 iterations
        if print_cost and i % 100 == 0 or i == num_iterations - 1:
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0 or i == num_iterations:
            costs.append(cost)

    return parameters, costs
''')


GENERATIONS = [
    {"generation": "2017 (v3)", "file": "Deep Neural Network - Application v3.ipynb", "title": TITLE,
     "markers": True, "imports": IMPORTS_V3,
     "solved": {"two_layer_model": _two_layer_pre2021("0 if cat, 1 if non-cat", "tens", filled=True),
                "L_layer_model": _L_layer_pre2021("0 if cat, 1 if non-cat", "tens", filled=True)},
     "template": {"two_layer_model": _two_layer_pre2021("0 if cat, 1 if non-cat", "tens", filled=False),
                  "L_layer_model": _L_layer_pre2021("0 if cat, 1 if non-cat", "tens", filled=False)}},
    {"generation": "2018-2020 (v8)", "file": "Deep Neural Network - Application v8.ipynb", "title": TITLE,
     "markers": True, "imports": IMPORTS_V8,
     "solved": {"two_layer_model": _two_layer_pre2021("1 if cat, 0 if non-cat", "hundreds", filled=True),
                "L_layer_model": _L_layer_pre2021("1 if cat, 0 if non-cat", "hundreds", filled=True)},
     "template": {"two_layer_model": _two_layer_pre2021("1 if cat, 0 if non-cat", "hundreds", filled=False),
                  "L_layer_model": _L_layer_pre2021("1 if cat, 0 if non-cat", "hundreds", filled=False)}},
    {"generation": "2021+", "file": "Deep Neural Network - Application.ipynb", "title": TITLE,
     "markers": True, "imports": IMPORTS_2021,
     "solved": {"two_layer_model": _two_layer_2021(filled=True), "L_layer_model": _L_layer_2021(filled=True)},
     "template": {"two_layer_model": _two_layer_2021(filled=False), "L_layer_model": _L_layer_2021(filled=False)}},
]
