"""Logistic Regression with a Neural Network mindset: each course generation's notebook as students received and completed it."""

IMPORTS_2017 = """import numpy as np
import matplotlib.pyplot as plt
import h5py
import scipy
from PIL import Image
from scipy import ndimage
from lr_utils import load_dataset

%matplotlib inline"""

IMPORTS_2021 = """import numpy as np
import copy
import matplotlib.pyplot as plt
import h5py
import scipy
from PIL import Image
from scipy import ndimage
from lr_utils import load_dataset
from public_tests import *

%matplotlib inline
%load_ext autoreload
%autoreload 2"""

# Docstrings, as the notebooks have them (the 2021 propagate documents grads, the earlier ones dw and db).
SIGMOID_DOC = '''    """
    Compute the sigmoid of z

    Arguments:
    z -- A scalar or numpy array of any size.

    Return:
    s -- sigmoid(z)
    """
'''
INIT_DOC_2017 = '''    """
    This function creates a vector of zeros of shape (dim, 1) for w and initializes b to 0.
    
    Argument:
    dim -- size of the w vector we want (or number of parameters in this case)
    
    Returns:
    w -- initialized vector of shape (dim, 1)
    b -- initialized scalar (corresponds to the bias)
    """
'''
INIT_DOC_2021 = INIT_DOC_2017.replace("(corresponds to the bias)", "(corresponds to the bias) of type float")
PROPAGATE_DOC_2017 = '''    """
    Implement the cost function and its gradient for the propagation explained above

    Arguments:
    w -- weights, a numpy array of size (num_px * num_px * 3, 1)
    b -- bias, a scalar
    X -- data of size (num_px * num_px * 3, number of examples)
    Y -- true "label" vector (containing 0 if non-cat, 1 if cat) of size (1, number of examples)

    Return:
    cost -- negative log-likelihood cost for logistic regression
    dw -- gradient of the loss with respect to w, thus same shape as w
    db -- gradient of the loss with respect to b, thus same shape as b
    
    Tips:
    - Write your code step by step for the propagation. np.log(), np.dot()
    """
'''
PROPAGATE_DOC_2021 = PROPAGATE_DOC_2017.replace('''    cost -- negative log-likelihood cost for logistic regression
    dw -- gradient of the loss with respect to w, thus same shape as w
    db -- gradient of the loss with respect to b, thus same shape as b
''', '''    grads -- dictionary containing the gradients of the weights and bias
            (dw -- gradient of the loss with respect to w, thus same shape as w)
            (db -- gradient of the loss with respect to b, thus same shape as b)
    cost -- negative log-likelihood cost for logistic regression
''')
OPTIMIZE_DOC = '''    """
    This function optimizes w and b by running a gradient descent algorithm
    
    Arguments:
    w -- weights, a numpy array of size (num_px * num_px * 3, 1)
    b -- bias, a scalar
    X -- data of shape (num_px * num_px * 3, number of examples)
    Y -- true "label" vector (containing 0 if non-cat, 1 if cat), of shape (1, number of examples)
    num_iterations -- number of iterations of the optimization loop
    learning_rate -- learning rate of the gradient descent update rule
    print_cost -- True to print the loss every 100 steps
    
    Returns:
    params -- dictionary containing the weights w and bias b
    grads -- dictionary containing the gradients of the weights and bias with respect to the cost function
    costs -- list of all the costs computed during the optimization, this will be used to plot the learning curve.
    
    Tips:
    You basically need to write down two steps and iterate through them:
        1) Calculate the cost and the gradient for the current parameters. Use propagate().
        2) Update the parameters using gradient descent rule for w and b.
    """
'''
PREDICT_DOC = """    '''
    Predict whether the label is 0 or 1 using learned logistic regression parameters (w, b)
    
    Arguments:
    w -- weights, a numpy array of size (num_px * num_px * 3, 1)
    b -- bias, a scalar
    X -- data of size (num_px * num_px * 3, number of examples)
    
    Returns:
    Y_prediction -- a numpy array (vector) containing all predictions (0/1) for the examples in X
    '''
"""
MODEL_DOC_2017 = '''    """
    Builds the logistic regression model by calling the function you've implemented previously
    
    Arguments:
    X_train -- training set represented by a numpy array of shape (num_px * num_px * 3, m_train)
    Y_train -- training labels represented by a numpy array (vector) of shape (1, m_train)
    X_test -- test set represented by a numpy array of shape (num_px * num_px * 3, m_test)
    Y_test -- test labels represented by a numpy array (vector) of shape (1, m_test)
    num_iterations -- hyperparameter representing the number of iterations to optimize the parameters
    learning_rate -- hyperparameter representing the learning rate used in the update rule of optimize()
    print_cost -- Set to true to print the cost every 100 iterations
    
    Returns:
    d -- dictionary containing information about the model.
    """
'''
MODEL_DOC_2021 = MODEL_DOC_2017.replace("Set to true", "Set to True")

MODEL_DICT = '''    d = {"costs": costs,
         "Y_prediction_test": Y_prediction_test, 
         "Y_prediction_train" : Y_prediction_train, 
         "w" : w, 
         "b" : b,
         "learning_rate" : learning_rate,
         "num_iterations": num_iterations}
    
    return d
'''


# ---------------------------------------------------------------- 2017 (v3) and 2019-20 (v6a): START CODE HERE

def _templates_2017(print_comment):
    return {
        "sigmoid": "def sigmoid(z):\n" + SIGMOID_DOC + '''
    ### START CODE HERE ### (≈ 1 line of code)
    s = None
    ### END CODE HERE ###
    
    return s
''',
        "initialize_with_zeros": "def initialize_with_zeros(dim):\n" + INIT_DOC_2017 + '''    
    ### START CODE HERE ### (≈ 1 line of code)
    w = None
    b = None
    ### END CODE HERE ###

    assert(w.shape == (dim, 1))
    assert(isinstance(b, float) or isinstance(b, int))
    
    return w, b
''',
        "propagate": "def propagate(w, b, X, Y):\n" + PROPAGATE_DOC_2017 + '''    
    m = X.shape[1]
    
    # FORWARD PROPAGATION (FROM X TO COST)
    ### START CODE HERE ### (≈ 2 lines of code)
    A = None                                    # compute activation
    cost = None                                 # compute cost
    ### END CODE HERE ###
    
    # BACKWARD PROPAGATION (TO FIND GRAD)
    ### START CODE HERE ### (≈ 2 lines of code)
    dw = None
    db = None
    ### END CODE HERE ###

    assert(dw.shape == w.shape)
    assert(db.dtype == float)
    cost = np.squeeze(cost)
    assert(cost.shape == ())
    
    grads = {"dw": dw,
             "db": db}
    
    return grads, cost
''',
        "optimize": "def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost = False):\n" + OPTIMIZE_DOC + '''    
    costs = []
    
    for i in range(num_iterations):
        
        
        # Cost and gradient calculation (≈ 1-4 lines of code)
        ### START CODE HERE ### 
        grads, cost = None
        ### END CODE HERE ###
        
        # Retrieve derivatives from grads
        dw = grads["dw"]
        db = grads["db"]
        
        # update rule (≈ 2 lines of code)
        ### START CODE HERE ###
        w = None
        b = None
        ### END CODE HERE ###
        
        # Record the costs
        if i % 100 == 0:
            costs.append(cost)
        
        # Print the cost every 100 training ''' + print_comment + '''
        if print_cost and i % 100 == 0:
            print ("Cost after iteration %i: %f" %(i, cost))
    
    params = {"w": w,
              "b": b}
    
    grads = {"dw": dw,
             "db": db}
    
    return params, grads, costs
''',
        "predict": "def predict(w, b, X):\n" + PREDICT_DOC + '''    
    m = X.shape[1]
    Y_prediction = np.zeros((1,m))
    w = w.reshape(X.shape[0], 1)
    
    # Compute vector "A" predicting the probabilities of a cat being present in the picture
    ### START CODE HERE ### (≈ 1 line of code)
    A = None
    ### END CODE HERE ###
    
    for i in range(A.shape[1]):
        
        # Convert probabilities A[0,i] to actual predictions p[0,i]
        ### START CODE HERE ### (≈ 4 lines of code)
        pass
        ### END CODE HERE ###
    
    assert(Y_prediction.shape == (1, m))
    
    return Y_prediction
''',
        "model": ("def model(X_train, Y_train, X_test, Y_test, num_iterations = 2000, learning_rate = 0.5, "
                  "print_cost = False):\n") + MODEL_DOC_2017 + '''    
    ### START CODE HERE ###
    
    # initialize parameters with zeros (≈ 1 line of code)
    w, b = None

    # Gradient descent (≈ 1 line of code)
    parameters, grads, costs = None
    
    # Retrieve parameters w and b from dictionary "parameters"
    w = parameters["w"]
    b = parameters["b"]
    
    # Predict test/train set examples (≈ 2 lines of code)
    Y_prediction_test = None
    Y_prediction_train = None

    ### END CODE HERE ###

    # Print train/test Errors
    print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
    print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))

    
''' + MODEL_DICT,
    }


def _solved_2017(print_comment, one_line_predict):
    template = _templates_2017(print_comment)
    fills = {
        "sigmoid": [("    s = None\n", "    s = 1 / (1 + np.exp(-z))\n")],
        "initialize_with_zeros": [("    w = None\n    b = None\n", "    w = np.zeros(shape=(dim, 1))\n    b = 0\n")],
        "propagate": [
            ("    A = None                                    # compute activation\n"
             "    cost = None                                 # compute cost\n",
             "    A = sigmoid(np.dot(w.T, X) + b)                                     # compute activation\n"
             "    cost = (- 1 / m) * np.sum(Y * np.log(A) + (1 - Y) * (np.log(1 - A)))  # compute cost\n"),
            ("    dw = None\n    db = None\n",
             "    dw = (1 / m) * np.dot(X, (A - Y).T)\n    db = (1 / m) * np.sum(A - Y)\n")],
        "optimize": [("        grads, cost = None\n", "        grads, cost = propagate(w, b, X, Y)\n"),
                     ("        w = None\n        b = None\n",
                      "        w = w - learning_rate * dw\n        b = b - learning_rate * db\n")],
        "predict": [("    A = None\n", "    A = sigmoid(np.dot(w.T, X) + b)\n"),
                    ("        pass\n",
                     "        Y_prediction[0, i] = 1 if A[0, i] > 0.5 else 0\n" if one_line_predict else
                     "        if A[0, i] > 0.5:\n            Y_prediction[0, i] = 1\n"
                     "        else:\n            Y_prediction[0, i] = 0\n")],
        "model": [("    w, b = None\n", "    w, b = initialize_with_zeros(X_train.shape[0])\n"),
                  ("    parameters, grads, costs = None\n",
                   "    parameters, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, "
                   "print_cost)\n"),
                  ("    Y_prediction_test = None\n    Y_prediction_train = None\n",
                   "    Y_prediction_test = predict(w, b, X_test)\n    Y_prediction_train = predict(w, b, X_train)\n")],
    }
    solved = {}
    for name, source in template.items():
        for old, new in fills[name]:
            assert old in source, (name, old)
            source = source.replace(old, new)
        solved[name] = source
    return solved


# ---------------------------------------------------------------- 2021+: YOUR CODE STARTS HERE, public_tests

TEMPLATES_2021 = {
    "sigmoid": "def sigmoid(z):\n" + SIGMOID_DOC + '''
    #(≈ 1 line of code)
    # s = ...
    # YOUR CODE STARTS HERE
    
    
    # YOUR CODE ENDS HERE
    
    return s
''',
    "initialize_with_zeros": "def initialize_with_zeros(dim):\n" + INIT_DOC_2021 + '''    
    # (≈ 2 lines of code)
    # w = ...
    # b = ...
    # YOUR CODE STARTS HERE
    
    
    # YOUR CODE ENDS HERE

    return w, b
''',
    "propagate": "def propagate(w, b, X, Y):\n" + PROPAGATE_DOC_2021 + '''    
    m = X.shape[1]
    
    # FORWARD PROPAGATION (FROM X TO COST)
    #(≈ 2 lines of code)
    # compute activation
    # A = ...
    # compute cost by using np.dot to perform multiplication. 
    # And don't use loops for the sum.
    # cost = ...                                
    # YOUR CODE STARTS HERE
    
    
    # YOUR CODE ENDS HERE

    # BACKWARD PROPAGATION (TO FIND GRAD)
    #(≈ 2 lines of code)
    # dw = ...
    # db = ...
    # YOUR CODE STARTS HERE
    
    
    # YOUR CODE ENDS HERE
    cost = np.squeeze(np.array(cost))

    
    grads = {"dw": dw,
             "db": db}
    
    return grads, cost
''',
    "optimize": "def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):\n" + OPTIMIZE_DOC + '''    
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)
    
    costs = []
    
    for i in range(num_iterations):
        # (≈ 1 lines of code)
        # Cost and gradient calculation 
        # grads, cost = ...
        # YOUR CODE STARTS HERE
        
        
        # YOUR CODE ENDS HERE
        
        # Retrieve derivatives from grads
        dw = grads["dw"]
        db = grads["db"]
        
        # update rule (≈ 2 lines of code)
        # w = ...
        # b = ...
        # YOUR CODE STARTS HERE
        
        
        # YOUR CODE ENDS HERE
        
        # Record the costs
        if i % 100 == 0:
            costs.append(cost)
        
            # Print the cost every 100 training iterations
            if print_cost:
                print ("Cost after iteration %i: %f" %(i, cost))
    
    params = {"w": w,
              "b": b}
    
    grads = {"dw": dw,
             "db": db}
    
    return params, grads, costs
''',
    "predict": "def predict(w, b, X):\n" + PREDICT_DOC + '''    
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)
    
    # Compute vector "A" predicting the probabilities of a cat being present in the picture
    #(≈ 1 line of code)
    # A = ...
    # YOUR CODE STARTS HERE
    
    
    # YOUR CODE ENDS HERE
    
    for i in range(A.shape[1]):
        
        # Convert probabilities A[0,i] to actual predictions p[0,i]
        #(≈ 4 lines of code)
        # if A[0, i] > ____ :
        #     Y_prediction[0,i] = 
        # else:
        #     Y_prediction[0,i] = 
        # YOUR CODE STARTS HERE
        
        
        # YOUR CODE ENDS HERE
    
    return Y_prediction
''',
    "model": ("def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, "
              "print_cost=False):\n") + MODEL_DOC_2021 + '''    # (≈ 1 line of code)   
    # initialize parameters with zeros
    # and use the "shape" function to get the first dimension of X_train
    # w, b = ...
    
    #(≈ 1 line of code)
    # Gradient descent 
    # params, grads, costs = ...
    
    # Retrieve parameters w and b from dictionary "params"
    # w = ...
    # b = ...
    
    # Predict test/train set examples (≈ 2 lines of code)
    # Y_prediction_test = ...
    # Y_prediction_train = ...
    
    # YOUR CODE STARTS HERE
    
    
    # YOUR CODE ENDS HERE

    # Print train/test Errors
    if print_cost:
        print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))

    
''' + MODEL_DICT,
}

_FILLS_2021 = {
    "sigmoid": ["    s = 1 / (1 + np.exp(-z))\n"],
    "initialize_with_zeros": ["    w = np.zeros((dim, 1))\n    b = 0.0\n"],
    "propagate": ["    A = sigmoid(np.dot(w.T, X) + b)\n"
                  "    cost = -1 / m * (np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T))\n",
                  "    dw = 1 / m * np.dot(X, (A - Y).T)\n    db = 1 / m * np.sum(A - Y)\n"],
    "optimize": ["        grads, cost = propagate(w, b, X, Y)\n",
                 "        w = w - learning_rate * dw\n        b = b - learning_rate * db\n"],
    "predict": ["    A = sigmoid(np.dot(w.T, X) + b)\n",
                "        if A[0, i] > 0.5 :\n            Y_prediction[0,i] = 1\n"
                "        else:\n            Y_prediction[0,i] = 0\n"],
    "model": ["    w, b = initialize_with_zeros(X_train.shape[0])\n"
              "    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)\n"
              "    w = params[\"w\"]\n    b = params[\"b\"]\n"
              "    Y_prediction_test = predict(w, b, X_test)\n    Y_prediction_train = predict(w, b, X_train)\n"],
}


def _solved_2021():
    solved = {}
    for name, source in TEMPLATES_2021.items():
        position = 0
        for fill in _FILLS_2021[name]:  # the code regions in order, each replacing its blank lines
            indent = fill[:len(fill) - len(fill.lstrip())]
            marker = f"{indent}# YOUR CODE STARTS HERE\n"
            start = source.index(marker, position) + len(marker)
            end = source.index(f"{indent}# YOUR CODE ENDS HERE\n", start)
            source = source[:start] + fill + source[end:]
            position = start + len(fill)
        solved[name] = source
    return solved


GENERATIONS = [
    {"generation": "2017 (v3)", "file": "Logistic Regression with a Neural Network mindset v3.ipynb",
     "title": "Logistic Regression with a Neural Network mindset",
     "markers": True,
     "imports": IMPORTS_2017,
     "solved": _solved_2017("examples", one_line_predict=False),
     "template": _templates_2017("examples")},
    {"generation": "2019-20 (v6a)", "file": "Logistic_Regression_with_a_Neural_Network_mindset_v6a.ipynb",
     "title": "Logistic Regression with a Neural Network mindset",
     "markers": True,
     "imports": IMPORTS_2017,
     "solved": _solved_2017("iterations", one_line_predict=True),
     "template": _templates_2017("iterations")},
    {"generation": "2021+", "file": "Logistic_Regression_with_a_Neural_Network_mindset.ipynb",
     "title": "Logistic Regression with a Neural Network mindset",
     "markers": True,
     "imports": IMPORTS_2021,
     "solved": _solved_2021(),
     "template": dict(TEMPLATES_2021)},
]
