"""Building your Deep Neural Network: Step by Step: each course generation's notebook as students received and completed it.

Four generations whose files, imports or conventions differ:
- 2017 (first release): `testCases`/`dnn_utils`, linear_backward asserts `isinstance(db, float)` (db a number, which
  holds for one-unit layers only), L_model_backward stores the gradient of A[l-1] under "dA" + str(l) (dA1 .. dAL);
- 2017-2018 (v5): `testCases_v3`/`dnn_utils_v2`, `assert (db.shape == b.shape)`, still dA1 .. dAL;
- 2019-2020 (v8a): `testCases_v4a`/`dnn_utils_v2`, the gradient of A[l] under "dA" + str(l) (dA0 .. dA(L-1));
- 2021+: `testCases`/`dnn_utils`/`public_tests`, "# YOUR CODE STARTS HERE" templates, asserts removed,
  update_parameters(params, grads, learning_rate) working on copy.deepcopy(params).
Templates are written from the released notebooks as completed in public repositories (the code regions emptied as
the course shipped them: `x = None` until 2020, comments only since 2021, where an `if` branch or a loop body
holding only comments does not compile until it is filled).
"""

import re

# ---------------------------------------------------------------- docstrings (shared by the generations)

_DOC = {
    "initialize_parameters": '''
    Argument:
    n_x -- size of the input layer
    n_h -- size of the hidden layer
    n_y -- size of the output layer
    
    Returns:
    parameters -- python dictionary containing your parameters:
                    W1 -- weight matrix of shape (n_h, n_x)
                    b1 -- bias vector of shape (n_h, 1)
                    W2 -- weight matrix of shape (n_y, n_h)
                    b2 -- bias vector of shape (n_y, 1)
    ''',
    "initialize_parameters_deep": '''
    Arguments:
    layer_dims -- python array (list) containing the dimensions of each layer in our network
    
    Returns:
    parameters -- python dictionary containing your parameters "W1", "b1", ..., "WL", "bL":
                    Wl -- weight matrix of shape (layer_dims[l], layer_dims[l-1])
                    bl -- bias vector of shape (layer_dims[l], 1)
    ''',
    "linear_forward": '''
    Implement the linear part of a layer's forward propagation.

    Arguments:
    A -- activations from previous layer (or input data): (size of previous layer, number of examples)
    W -- weights matrix: numpy array of shape (size of current layer, size of previous layer)
    b -- bias vector, numpy array of shape (size of the current layer, 1)

    Returns:
    Z -- the input of the activation function, also called pre-activation parameter 
    cache -- a python {kind} containing "A", "W" and "b" ; stored for computing the backward pass efficiently
    ''',
    "linear_activation_forward": '''
    Implement the forward propagation for the LINEAR->ACTIVATION layer

    Arguments:
    A_prev -- activations from previous layer (or input data): (size of previous layer, number of examples)
    W -- weights matrix: numpy array of shape (size of current layer, size of previous layer)
    b -- bias vector, numpy array of shape (size of the current layer, 1)
    activation -- the activation to be used in this layer, stored as a text string: "sigmoid" or "relu"

    Returns:
    A -- the output of the activation function, also called the post-activation value 
    cache -- a python {kind} containing "linear_cache" and "activation_cache";
             stored for computing the backward pass efficiently
    ''',
    "L_model_forward": '''
    Implement forward propagation for the [LINEAR->RELU]*(L-1)->LINEAR->SIGMOID computation
    
    Arguments:
    X -- data, numpy array of shape (input size, number of examples)
    parameters -- output of initialize_parameters_deep()
    
    Returns:
    AL -- {last}
    caches -- list of caches containing:
                {caches}
    ''',
    "compute_cost": '''
    Implement the cost function defined by equation (7).

    Arguments:
    AL -- probability vector corresponding to your label predictions, shape (1, number of examples)
    Y -- true "label" vector (for example: containing 0 if non-cat, 1 if cat), shape (1, number of examples)

    Returns:
    cost -- cross-entropy cost
    ''',
    "linear_backward": '''
    Implement the linear portion of backward propagation for a single layer (layer l)

    Arguments:
    dZ -- Gradient of the cost with respect to the linear output (of current layer l)
    cache -- tuple of values (A_prev, W, b) coming from the forward propagation in the current layer

    Returns:
    dA_prev -- Gradient of the cost with respect to the activation (of the previous layer l-1), same shape as A_prev
    dW -- Gradient of the cost with respect to W (current layer l), same shape as W
    db -- Gradient of the cost with respect to b (current layer l), same shape as b
    ''',
    "linear_activation_backward": '''
    Implement the backward propagation for the LINEAR->ACTIVATION layer.
    
    Arguments:
    dA -- post-activation gradient for current layer l 
    cache -- tuple of values (linear_cache, activation_cache) we store for computing backward propagation efficiently
    activation -- the activation to be used in this layer, stored as a text string: "sigmoid" or "relu"
    
    Returns:
    dA_prev -- Gradient of the cost with respect to the activation (of the previous layer l-1), same shape as A_prev
    dW -- Gradient of the cost with respect to W (current layer l), same shape as W
    db -- Gradient of the cost with respect to b (current layer l), same shape as b
    ''',
    "L_model_backward": '''
    Implement the backward propagation for the [LINEAR->RELU] * (L-1) -> LINEAR -> SIGMOID group
    
    Arguments:
    AL -- probability vector, output of the forward propagation (L_model_forward())
    Y -- true "label" vector (containing 0 if non-cat, 1 if cat)
    caches -- list of caches containing:
                every cache of linear_activation_forward() with "relu" (it's caches[l], for l in range(L-1) i.e l = 0...L-2)
                the cache of linear_activation_forward() with "sigmoid" (it's caches[L-1])
    
    Returns:
    grads -- A dictionary with the gradients
             grads["dA" + str(l)] = ... 
             grads["dW" + str(l)] = ...
             grads["db" + str(l)] = ... 
    ''',
    "update_parameters": '''
    Update parameters using gradient descent
    
    Arguments:
    {params} -- python dictionary containing your parameters 
    grads -- python dictionary containing your gradients, output of L_model_backward
    
    Returns:
    parameters -- python dictionary containing your updated parameters 
                  parameters["W" + str(l)] = ... 
                  parameters["b" + str(l)] = ...
    ''',
}

_OLD_DOC = {"kind": "dictionary", "last": "last post-activation value",
            "caches": "every cache of linear_relu_forward() (there are L-1 of them, indexed from 0 to L-2)\n"
                      "                the cache of linear_sigmoid_forward() (there is one, indexed L-1)",
            "params": "parameters"}
_NEW_DOC = {"kind": "tuple", "last": "activation value from the output (last) layer",
            "caches": "every cache of linear_activation_forward() (there are L of them, indexed from 0 to L-1)",
            "params": "params"}


def _doc(name, words):
    return '    """' + _DOC[name].format(**words) + '"""\n'


# ---------------------------------------------------------------- 2017-2020 templates ("### START CODE HERE ###", x = None)

_OLD = {
    "initialize_parameters": '''
    np.random.seed(1)
    
    ### START CODE HERE ### (≈ 4 lines of code)
    W1 = None
    b1 = None
    W2 = None
    b2 = None
    ### END CODE HERE ###
    
    assert(W1.shape == (n_h, n_x))
    assert(b1.shape == (n_h, 1))
    assert(W2.shape == (n_y, n_h))
    assert(b2.shape == (n_y, 1))
    
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    
    return parameters    
''',
    "initialize_parameters_deep": '''
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)            # number of layers in the network

    for l in range(1, L):
        ### START CODE HERE ### (≈ 2 lines of code)
        parameters['W' + str(l)] = None
        parameters['b' + str(l)] = None
        ### END CODE HERE ###
        
        assert(parameters['W' + str(l)].shape == (layer_dims[l], layer_dims[l-1]))
        assert(parameters['b' + str(l)].shape == (layer_dims[l], 1))

        
    return parameters
''',
    "linear_forward": '''
    ### START CODE HERE ### (≈ 1 line of code)
    Z = None
    ### END CODE HERE ###
    
    assert(Z.shape == (W.shape[0], A.shape[1]))
    cache = (A, W, b)
    
    return Z, cache
''',
    "linear_activation_forward": '''
    if activation == "sigmoid":
        # Inputs: "A_prev, W, b". Outputs: "A, activation_cache".
        ### START CODE HERE ### (≈ 2 lines of code)
        Z, linear_cache = None
        A, activation_cache = None
        ### END CODE HERE ###
    
    elif activation == "relu":
        # Inputs: "A_prev, W, b". Outputs: "A, activation_cache".
        ### START CODE HERE ### (≈ 2 lines of code)
        Z, linear_cache = None
        A, activation_cache = None
        ### END CODE HERE ###
    
    assert (A.shape == (W.shape[0], A_prev.shape[1]))
    cache = (linear_cache, activation_cache)

    return A, cache
''',
    "L_model_forward": '''
    caches = []
    A = X
    L = len(parameters) // 2                  # number of layers in the neural network
    
    # Implement [LINEAR -> RELU]*(L-1). Add "cache" to the "caches" list.
    for l in range(1, L):
        A_prev = A 
        ### START CODE HERE ### (≈ 2 lines of code)
        A, cache = None
        None
        ### END CODE HERE ###
    
    # Implement LINEAR -> SIGMOID. Add "cache" to the "caches" list.
    ### START CODE HERE ### (≈ 2 lines of code)
    AL, cache = None
    None
    ### END CODE HERE ###
    
    assert(AL.shape == (1,X.shape[1]))
            
    return AL, caches
''',
    "compute_cost": '''
    m = Y.shape[1]

    # Compute loss from aL and y.
    ### START CODE HERE ### (≈ 1 lines of code)
    cost = None
    ### END CODE HERE ###
    
    cost = np.squeeze(cost)      # To make sure your cost's shape is what we expect (e.g. this turns [[17]] into 17).
    assert(cost.shape == ())
    
    return cost
''',
    "linear_backward": '''
    A_prev, W, b = cache
    m = A_prev.shape[1]

    ### START CODE HERE ### (≈ 3 lines of code)
    dW = None
    db = None
    dA_prev = None
    ### END CODE HERE ###
    
    assert (dA_prev.shape == A_prev.shape)
    assert (dW.shape == W.shape)
    assert (db.shape == b.shape)
    
    return dA_prev, dW, db
''',
    "linear_activation_backward": '''
    linear_cache, activation_cache = cache
    
    if activation == "relu":
        ### START CODE HERE ### (≈ 2 lines of code)
        dZ = None
        dA_prev, dW, db = None
        ### END CODE HERE ###
        
    elif activation == "sigmoid":
        ### START CODE HERE ### (≈ 2 lines of code)
        dZ = None
        dA_prev, dW, db = None
        ### END CODE HERE ###
    
    return dA_prev, dW, db
''',
    # up to v5: dA1 .. dAL
    "L_model_backward": '''
    grads = {}
    L = len(caches) # the number of layers
    m = AL.shape[1]
    Y = Y.reshape(AL.shape) # after this line, Y is the same shape as AL
    
    # Initializing the backpropagation
    ### START CODE HERE ### (1 line of code)
    dAL = None
    ### END CODE HERE ###
    
    # Lth layer (SIGMOID -> LINEAR) gradients. Inputs: "AL, Y, caches". Outputs: "grads["dAL"], grads["dWL"], grads["dbL"]
    ### START CODE HERE ### (approx. 2 lines)
    current_cache = None
    grads["dA" + str(L)], grads["dW" + str(L)], grads["db" + str(L)] = None
    ### END CODE HERE ###
    
    for l in reversed(range(L-1)):
        # lth layer: (RELU -> LINEAR) gradients.
        # Inputs: "grads["dA" + str(l + 2)], caches". Outputs: "grads["dA" + str(l + 1)] , grads["dW" + str(l + 1)] , grads["db" + str(l + 1)] 
        ### START CODE HERE ### (approx. 5 lines)
        current_cache = None
        dA_prev_temp, dW_temp, db_temp = None
        grads["dA" + str(l + 1)] = None
        grads["dW" + str(l + 1)] = None
        grads["db" + str(l + 1)] = None
        ### END CODE HERE ###

    return grads
''',
    "update_parameters": '''
    L = len(parameters) // 2 # number of layers in the neural network

    # Update rule for each parameter. Use a for loop.
    ### START CODE HERE ### (≈ 3 lines of code)
    for l in range(L):
        parameters["W" + str(l+1)] = None
        parameters["b" + str(l+1)] = None
    ### END CODE HERE ###
    return parameters
''',
}

# v6+ (v8a): the gradient of A[l] under "dA" + str(l)
_V8A_L_MODEL_BACKWARD = '''
    grads = {}
    L = len(caches) # the number of layers
    m = AL.shape[1]
    Y = Y.reshape(AL.shape) # after this line, Y is the same shape as AL
    
    # Initializing the backpropagation
    ### START CODE HERE ### (1 line of code)
    dAL = None
    ### END CODE HERE ###
    
    # Lth layer (SIGMOID -> LINEAR) gradients. Inputs: "dAL, current_cache". Outputs: "grads["dAL-1"], grads["dWL"], grads["dbL"]
    ### START CODE HERE ### (approx. 2 lines)
    current_cache = None
    grads["dA" + str(L-1)], grads["dW" + str(L)], grads["db" + str(L)] = None
    ### END CODE HERE ###
    
    # Loop from l=L-2 to l=0
    for l in reversed(range(L-1)):
        # lth layer: (RELU -> LINEAR) gradients.
        # Inputs: "grads["dA" + str(l + 1)], current_cache". Outputs: "grads["dA" + str(l)] , grads["dW" + str(l + 1)] , grads["db" + str(l + 1)] 
        ### START CODE HERE ### (approx. 5 lines)
        current_cache = None
        dA_prev_temp, dW_temp, db_temp = None
        grads["dA" + str(l)] = None
        grads["dW" + str(l + 1)] = None
        grads["db" + str(l + 1)] = None
        ### END CODE HERE ###

    return grads
'''

# What each "None" line of the 2017-2020 templates becomes, in order.
_OLD_FILL = {
    "initialize_parameters": [
        ("W1 = None", "W1 = np.random.randn(n_h, n_x) * 0.01"),
        ("b1 = None", "b1 = np.zeros((n_h, 1))"),
        ("W2 = None", "W2 = np.random.randn(n_y, n_h) * 0.01"),
        ("b2 = None", "b2 = np.zeros((n_y, 1))")],
    "initialize_parameters_deep": [
        ("parameters['W' + str(l)] = None", "parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l-1]) * 0.01"),
        ("parameters['b' + str(l)] = None", "parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))")],
    "linear_forward": [("Z = None", "Z = np.dot(W, A) + b")],
    "linear_activation_forward": [
        ("Z, linear_cache = None", "Z, linear_cache = linear_forward(A_prev, W, b)"),
        ("A, activation_cache = None", "A, activation_cache = sigmoid(Z)"),
        ("Z, linear_cache = None", "Z, linear_cache = linear_forward(A_prev, W, b)"),
        ("A, activation_cache = None", "A, activation_cache = relu(Z)")],
    "L_model_forward": [
        ("A, cache = None\n        None",
         "A, cache = linear_activation_forward(A_prev, parameters['W' + str(l)], parameters['b' + str(l)], activation = \"relu\")\n"
         "        caches.append(cache)"),
        ("AL, cache = None\n    None",
         "AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], activation = \"sigmoid\")\n"
         "    caches.append(cache)")],
    "compute_cost": [("cost = None", "cost = (-1 / m) * np.sum(np.multiply(Y, np.log(AL)) + np.multiply(1 - Y, np.log(1 - AL)))")],
    "linear_backward": [
        ("dW = None", "dW = 1./m * np.dot(dZ, A_prev.T)"),
        ("db = None", "db = 1./m * np.sum(dZ, axis = 1, keepdims = True)"),
        ("dA_prev = None", "dA_prev = np.dot(W.T, dZ)")],
    "linear_activation_backward": [
        ("dZ = None", "dZ = relu_backward(dA, activation_cache)"),
        ("dA_prev, dW, db = None", "dA_prev, dW, db = linear_backward(dZ, linear_cache)"),
        ("dZ = None", "dZ = sigmoid_backward(dA, activation_cache)"),
        ("dA_prev, dW, db = None", "dA_prev, dW, db = linear_backward(dZ, linear_cache)")],
    "L_model_backward": [
        ("dAL = None", "dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))"),
        ("current_cache = None", "current_cache = caches[L-1]"),
        ('grads["dA" + str(L)], grads["dW" + str(L)], grads["db" + str(L)] = None',
         'grads["dA" + str(L)], grads["dW" + str(L)], grads["db" + str(L)] = linear_activation_backward(dAL, current_cache, activation = "sigmoid")'),
        ("current_cache = None", "current_cache = caches[l]"),
        ("dA_prev_temp, dW_temp, db_temp = None",
         'dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 2)], current_cache, activation = "relu")'),
        ('grads["dA" + str(l + 1)] = None', 'grads["dA" + str(l + 1)] = dA_prev_temp'),
        ('grads["dW" + str(l + 1)] = None', 'grads["dW" + str(l + 1)] = dW_temp'),
        ('grads["db" + str(l + 1)] = None', 'grads["db" + str(l + 1)] = db_temp')],
    "update_parameters": [
        ('parameters["W" + str(l+1)] = None',
         'parameters["W" + str(l+1)] = parameters["W" + str(l+1)] - learning_rate * grads["dW" + str(l+1)]'),
        ('parameters["b" + str(l+1)] = None',
         'parameters["b" + str(l+1)] = parameters["b" + str(l+1)] - learning_rate * grads["db" + str(l+1)]')],
}

_V8A_L_MODEL_BACKWARD_FILL = [
    ("dAL = None", "dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))"),
    ("current_cache = None", "current_cache = caches[L-1]"),
    ('grads["dA" + str(L-1)], grads["dW" + str(L)], grads["db" + str(L)] = None',
     'grads["dA" + str(L-1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_activation_backward(dAL, current_cache, activation = "sigmoid")'),
    ("current_cache = None", "current_cache = caches[l]"),
    ("dA_prev_temp, dW_temp, db_temp = None",
     'dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], current_cache, activation = "relu")'),
    ('grads["dA" + str(l)] = None', 'grads["dA" + str(l)] = dA_prev_temp'),
    ('grads["dW" + str(l + 1)] = None', 'grads["dW" + str(l + 1)] = dW_temp'),
    ('grads["db" + str(l + 1)] = None', 'grads["db" + str(l + 1)] = db_temp')]

# The first (2017) notebook's linear_backward: db a number, as its assert requires (one-unit layers only).
_FIRST_LINEAR_BACKWARD_FILL = [
    ("dW = None", "dW = np.dot(dZ, cache[0].T) / m"),
    ("db = None", "db = np.squeeze(np.sum(dZ, axis=1, keepdims=True)) / m"),
    ("dA_prev = None", "dA_prev = np.dot(cache[1].T, dZ)")]


# ---------------------------------------------------------------- 2021+ templates ("# YOUR CODE STARTS HERE")

_EMPTY = "# YOUR CODE STARTS HERE\n{indent}\n{indent}# YOUR CODE ENDS HERE"

_NEW = {
    "initialize_parameters": '''
    np.random.seed(1)
    
    #(≈ 4 lines of code)
    # W1 = ...
    # b1 = ...
    # W2 = ...
    # b2 = ...
    {E4}
    
    parameters = {{"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}}
    
    return parameters    
''',
    "initialize_parameters_deep": '''
    np.random.seed(3)
    parameters = {{}}
    L = len(layer_dims) # number of layers in the network

    for l in range(1, L):
        #(≈ 2 lines of code)
        # parameters['W' + str(l)] = ...
        # parameters['b' + str(l)] = ...
        {E8}
        
        assert(parameters['W' + str(l)].shape == (layer_dims[l], layer_dims[l - 1]))
        assert(parameters['b' + str(l)].shape == (layer_dims[l], 1))

        
    return parameters
''',
    "linear_forward": '''
    #(≈ 1 line of code)
    # Z = ...
    {E4}
    cache = (A, W, b)
    
    return Z, cache
''',
    "linear_activation_forward": '''
    if activation == "sigmoid":
        #(≈ 2 lines of code)
        # Z, linear_cache = ...
        # A, activation_cache = ...
        {E8}
    
    elif activation == "relu":
        #(≈ 2 lines of code)
        # Z, linear_cache = ...
        # A, activation_cache = ...
        {E8}
    cache = (linear_cache, activation_cache)

    return A, cache
''',
    "L_model_forward": '''
    caches = []
    A = X
    L = len(parameters) // 2                  # number of layers in the neural network
    
    # Implement [LINEAR -> RELU]*(L-1). Add "cache" to the "caches" list.
    # The for loop starts at 1 because layer 0 is the input
    for l in range(1, L):
        A_prev = A 
        #(≈ 2 lines of code)
        # A, cache = ...
        # caches ...
        {E8}
    
    # Implement LINEAR -> SIGMOID. Add "cache" to the "caches" list.
    #(≈ 2 lines of code)
    # AL, cache = ...
    # caches ...
    {E4}
          
    return AL, caches
''',
    "compute_cost": '''
    m = Y.shape[1]

    # Compute loss from aL and y.
    # (≈ 1 lines of code)
    # cost = ...
    {E4}
    
    cost = np.squeeze(cost)      # To make sure your cost's shape is what we expect (e.g. this turns [[17]] into 17).

    
    return cost
''',
    "linear_backward": '''
    A_prev, W, b = cache
    m = A_prev.shape[1]

    ### START CODE HERE ### (≈ 3 lines of code)
    # dW = ...
    # db = ... sum by the rows of dZ with keepdims=True
    # dA_prev = ...
    {E4}
    
    return dA_prev, dW, db
''',
    "linear_activation_backward": '''
    linear_cache, activation_cache = cache
    
    if activation == "relu":
        #(≈ 2 lines of code)
        # dZ =  ...
        # dA_prev, dW, db =  ...
        {E8}
        
    elif activation == "sigmoid":
        #(≈ 2 lines of code)
        # dZ =  ...
        # dA_prev, dW, db =  ...
        {E8}
    
    return dA_prev, dW, db
''',
    "L_model_backward": '''
    grads = {{}}
    L = len(caches) # the number of layers
    m = AL.shape[1]
    Y = Y.reshape(AL.shape) # after this line, Y is the same shape as AL
    
    # Initializing the backpropagation
    #(1 line of code)
    # dAL = ...
    {E4}
    
    # Lth layer (SIGMOID -> LINEAR) gradients. Inputs: "dAL, current_cache". Outputs: "grads["dAL-1"], grads["dWL"], grads["dbL"]
    #(approx. 5 lines)
    # current_cache = ...
    # dA_prev_temp, dW_temp, db_temp = ...
    # grads["dA" + str(L-1)] = ...
    # grads["dW" + str(L)] = ...
    # grads["db" + str(L)] = ...
    {E4}
    
    # Loop from l=L-2 to l=0
    for l in reversed(range(L-1)):
        # lth layer: (RELU -> LINEAR) gradients.
        # Inputs: "grads["dA" + str(l + 1)], current_cache". Outputs: "grads["dA" + str(l)] , grads["dW" + str(l + 1)] , grads["db" + str(l + 1)] 
        #(approx. 5 lines)
        # current_cache = ...
        # dA_prev_temp, dW_temp, db_temp = ...
        # grads["dA" + str(l)] = ...
        # grads["dW" + str(l + 1)] = ...
        # grads["db" + str(l + 1)] = ...
        {E8}

    return grads
''',
    "update_parameters": '''
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2 # number of layers in the neural network

    # Update rule for each parameter. Use a for loop.
    #(≈ 2 lines of code)
    for l in range(L):
        # parameters["W" + str(l+1)] = ...
        # parameters["b" + str(l+1)] = ...
        {E8}
    return parameters
''',
}

# What each empty "# YOUR CODE STARTS HERE" region of the 2021+ templates becomes, in order.
_NEW_FILL = {
    "initialize_parameters": ["W1 = np.random.randn(n_h, n_x) * 0.01\nb1 = np.zeros((n_h, 1))\n"
                              "W2 = np.random.randn(n_y, n_h) * 0.01\nb2 = np.zeros((n_y, 1))"],
    "initialize_parameters_deep": ["parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01\n"
                                   "parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))"],
    "linear_forward": ["Z = np.dot(W, A) + b"],
    "linear_activation_forward": ["Z, linear_cache = linear_forward(A_prev, W, b)\nA, activation_cache = sigmoid(Z)",
                                  "Z, linear_cache = linear_forward(A_prev, W, b)\nA, activation_cache = relu(Z)"],
    "L_model_forward": [
        'A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], activation="relu")\n'
        "caches.append(cache)",
        'AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], activation="sigmoid")\n'
        "caches.append(cache)"],
    "compute_cost": ["cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))"],
    "linear_backward": ["dW = 1 / m * np.dot(dZ, A_prev.T)\ndb = 1 / m * np.sum(dZ, axis=1, keepdims=True)\n"
                        "dA_prev = np.dot(W.T, dZ)"],
    "linear_activation_backward": [
        "dZ = relu_backward(dA, activation_cache)\ndA_prev, dW, db = linear_backward(dZ, linear_cache)",
        "dZ = sigmoid_backward(dA, activation_cache)\ndA_prev, dW, db = linear_backward(dZ, linear_cache)"],
    "L_model_backward": [
        "dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))",
        'current_cache = caches[L - 1]\n'
        'dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, activation="sigmoid")\n'
        'grads["dA" + str(L - 1)] = dA_prev_temp\ngrads["dW" + str(L)] = dW_temp\ngrads["db" + str(L)] = db_temp',
        'current_cache = caches[l]\n'
        'dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], current_cache, activation="relu")\n'
        'grads["dA" + str(l)] = dA_prev_temp\ngrads["dW" + str(l + 1)] = dW_temp\ngrads["db" + str(l + 1)] = db_temp'],
    "update_parameters": [
        'parameters["W" + str(l+1)] = parameters["W" + str(l+1)] - learning_rate * grads["dW" + str(l+1)]\n'
        'parameters["b" + str(l+1)] = parameters["b" + str(l+1)] - learning_rate * grads["db" + str(l+1)]'],
}

_SIGNATURES = {
    "initialize_parameters": "initialize_parameters(n_x, n_h, n_y)",
    "initialize_parameters_deep": "initialize_parameters_deep(layer_dims)",
    "linear_forward": "linear_forward(A, W, b)",
    "linear_activation_forward": "linear_activation_forward(A_prev, W, b, activation)",
    "L_model_forward": "L_model_forward(X, parameters)",
    "compute_cost": "compute_cost(AL, Y)",
    "linear_backward": "linear_backward(dZ, cache)",
    "linear_activation_backward": "linear_activation_backward(dA, cache, activation)",
    "L_model_backward": "L_model_backward(AL, Y, caches)",
    "update_parameters": "update_parameters(parameters, grads, learning_rate)",
}


def _define(name, body, words, signature=None):
    return f"def {signature or _SIGNATURES[name]}:\n" + _doc(name, words) + body


def _fill_old(template, fills):
    """The 2017-2020 template with its `None` lines replaced, in order (each must be found)."""
    position = 0
    for old, new in fills:
        found = template.index(old, position)
        template = template[:found] + new + template[found + len(old):]
        position = found + len(new)
    return template


def _new_template(body):
    return body.format(E4=_EMPTY.format(indent="    "), E8=_EMPTY.format(indent="        "))


def _fill_new(body, fills):
    """The 2021+ template with its empty regions filled, in order."""
    assert len(re.findall(r"\{(E4|E8)\}", body)) == len(fills), body
    counter = iter(fills)

    def region(match):
        indent = " " * (4 if match.group(1) == "E4" else 8)
        code = next(counter).replace("\n", "\n" + indent)
        return f"# YOUR CODE STARTS HERE\n{indent}{code}\n{indent}\n{indent}# YOUR CODE ENDS HERE"
    text = re.sub(r"\{(E4|E8)\}", region, body)
    return text.replace("{{", "{").replace("}}", "}")


def _old_generation(linear_backward_assert, L_model_backward, L_model_backward_fill, linear_backward_fill):
    templates, solved = {}, {}
    for name, body in _OLD.items():
        fills = _OLD_FILL[name]
        if name == "linear_backward":
            body = body.replace("assert (db.shape == b.shape)", linear_backward_assert)
            fills = linear_backward_fill
        if name == "L_model_backward":
            body, fills = L_model_backward, L_model_backward_fill
        templates[name] = _define(name, body, _OLD_DOC)
        solved[name] = _define(name, _fill_old(body, fills), _OLD_DOC)
    return templates, solved


_FIRST_TEMPLATES, _FIRST_SOLVED = _old_generation("assert (isinstance(db, float))", _OLD["L_model_backward"],
                                                  _OLD_FILL["L_model_backward"], _FIRST_LINEAR_BACKWARD_FILL)
_V5_TEMPLATES, _V5_SOLVED = _old_generation("assert (db.shape == b.shape)", _OLD["L_model_backward"],
                                            _OLD_FILL["L_model_backward"], _OLD_FILL["linear_backward"])
_V8A_TEMPLATES, _V8A_SOLVED = _old_generation("assert (db.shape == b.shape)", _V8A_L_MODEL_BACKWARD,
                                              _V8A_L_MODEL_BACKWARD_FILL, _OLD_FILL["linear_backward"])

_NEW_SIGNATURE = {"update_parameters": "update_parameters(params, grads, learning_rate)"}
_NEW_TEMPLATES = {name: _define(name, _new_template(body), _NEW_DOC, _NEW_SIGNATURE.get(name))
                  for name, body in _NEW.items()}
_NEW_SOLVED = {name: _define(name, _fill_new(body, _NEW_FILL[name]), _NEW_DOC, _NEW_SIGNATURE.get(name))
               for name, body in _NEW.items()}


def _imports(test_cases, dnn_utils, public_tests=False):
    lines = ["import numpy as np", "import h5py", "import matplotlib.pyplot as plt", f"from {test_cases} import *",
             f"from {dnn_utils} import sigmoid, sigmoid_backward, relu, relu_backward"]
    if public_tests:
        lines += ["from public_tests import *", "", "import copy"]
    lines += ["", "%matplotlib inline",
              "plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots",
              "plt.rcParams['image.interpolation'] = 'nearest'",
              "plt.rcParams['image.cmap'] = 'gray'", "", "%load_ext autoreload", "%autoreload 2", "",
              "np.random.seed(1)"]
    return "\n".join(lines)


GENERATIONS = [
    {"generation": "2017 (first release)", "file": "Building your Deep Neural Network - Step by Step.ipynb",
     "title": "Building your Deep Neural Network: Step by Step", "markers": True,
     "imports": _imports("testCases", "dnn_utils"),
     "solved": _FIRST_SOLVED, "template": _FIRST_TEMPLATES},
    {"generation": "2017-2018 (v5)", "file": "Building your Deep Neural Network - Step by Step v5.ipynb",
     "title": "Building your Deep Neural Network: Step by Step", "markers": True,
     "imports": _imports("testCases_v3", "dnn_utils_v2"),
     "solved": _V5_SOLVED, "template": _V5_TEMPLATES},
    {"generation": "2019-2020 (v8a)", "file": "Building_your_Deep_Neural_Network_Step_by_Step_v8a.ipynb",
     "title": "Building your Deep Neural Network: Step by Step", "markers": True,
     "imports": _imports("testCases_v4a", "dnn_utils_v2"),
     "solved": _V8A_SOLVED, "template": _V8A_TEMPLATES},
    {"generation": "2021+", "file": "Building_your_Deep_Neural_Network_Step_by_Step.ipynb",
     "title": "Building your Deep Neural Network: Step by Step", "markers": True,
     "imports": _imports("testCases", "dnn_utils", public_tests=True),
     "solved": _NEW_SOLVED, "template": _NEW_TEMPLATES},
]
