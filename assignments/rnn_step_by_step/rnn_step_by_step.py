"""Building your Recurrent Neural Network - Step by Step.

You will implement the forward (and backward) propagation of a basic RNN and of an LSTM network in numpy.
Notation: x has shape (n_x, m, T_x) (n_x input features, m examples, T_x time steps), x[:, :, t] is the input at
time step t; hidden states a have shape (n_a, m), predictions y shape (n_y, m). softmax and sigmoid come from
rnn_utils (softmax works over axis 0, one column per example).

1) RNN forward:
   - rnn_cell_forward(xt, a_prev, parameters): a_next = tanh(Waa a_prev + Wax xt + ba),
     yt_pred = softmax(Wya a_next + by); cache = (a_next, a_prev, xt, parameters).
   - rnn_forward(x, a0, parameters): loop over the T_x time steps with rnn_cell_forward, feeding each step the
     hidden state of the previous one (a0 at t = 0); store every a_next in a (n_a, m, T_x), every yt_pred in
     y_pred (n_y, m, T_x), every cache in caches; return a, y_pred and caches = (list of caches, x).

2) LSTM forward, with concat = [a_prev; xt] of shape (n_a + n_x, m):
   - lstm_cell_forward(xt, a_prev, c_prev, parameters): forget gate ft = sigmoid(Wf concat + bf), update gate
     it = sigmoid(Wi concat + bi), candidate cct = tanh(Wc concat + bc), c_next = ft * c_prev + it * cct, output
     gate ot = sigmoid(Wo concat + bo), a_next = ot * tanh(c_next), yt_pred = softmax(Wy a_next + by);
     cache = (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters).
   - lstm_forward(x, a0, parameters): the memory cell starts at zeros; return a, y, c (the hidden states,
     predictions and memory cells of every time step) and caches = (list of caches, x).

3) Backward propagation (optional in the 2021 notebook, graded here):
   - rnn_cell_backward(da_next, cache): dtanh = (1 - a_next^2) * da_next; dxt = Wax^T dtanh,
     dWax = dtanh xt^T, da_prev = Waa^T dtanh, dWaa = dtanh a_prev^T, dba = sum of dtanh over the examples.
   - rnn_backward(da, caches): da (n_a, m, T_x) is the gradient of the cost with respect to every hidden state;
     go back from t = T_x - 1 to 0, giving the cell the gradient da[:, :, t] plus the da_prev of the step after
     it, and sum the parameter gradients over the time steps; return dx, da0, dWax, dWaa, dba.
   - lstm_cell_backward(da_next, dc_next, cache): the gate gradients dot, dcct, dit, dft (equations 7-10), the
     parameter gradients dWf, dWi, dWc, dWo (against concat) and dbf, dbi, dbc, dbo (summed over the examples),
     and da_prev, dc_prev, dxt.
   - lstm_backward(da, caches): like rnn_backward, carrying both da_prev and dc_prev from step to step (dc is zero
     after the last step); return dx, da0, dWf, dbf, dWi, dbi, dWc, dbc, dWo, dbo.
"""

import numpy as np
from rnn_utils import *
from public_tests import *


# GRADED FUNCTION: rnn_cell_forward

def rnn_cell_forward(xt, a_prev, parameters):
    """
    Implements a single forward step of the RNN-cell as described in Figure (2)

    Arguments:
    xt -- your input data at timestep "t", numpy array of shape (n_x, m).
    a_prev -- Hidden state at timestep "t-1", numpy array of shape (n_a, m)
    parameters -- python dictionary containing:
                        Wax -- Weight matrix multiplying the input, numpy array of shape (n_a, n_x)
                        Waa -- Weight matrix multiplying the hidden state, numpy array of shape (n_a, n_a)
                        Wya -- Weight matrix relating the hidden-state to the output, numpy array of shape (n_y, n_a)
                        ba --  Bias, numpy array of shape (n_a, 1)
                        by -- Bias relating the hidden-state to the output, numpy array of shape (n_y, 1)
    Returns:
    a_next -- next hidden state, of shape (n_a, m)
    yt_pred -- prediction at timestep "t", numpy array of shape (n_y, m)
    cache -- tuple of values needed for the backward pass, contains (a_next, a_prev, xt, parameters)
    """

    # Retrieve parameters from "parameters"
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]

    ### START CODE HERE ### (≈ 2 lines of code)
    # compute next activation state using the formula given above
    a_next = None
    # compute output of the current cell using the formula given above
    yt_pred = None
    ### END CODE HERE ###

    # store values you need for backward propagation in cache
    cache = (a_next, a_prev, xt, parameters)

    return a_next, yt_pred, cache


# GRADED FUNCTION: rnn_forward

def rnn_forward(x, a0, parameters):
    """
    Implement the forward propagation of the recurrent neural network described in Figure (3).

    Arguments:
    x -- Input data for every time-step, of shape (n_x, m, T_x).
    a0 -- Initial hidden state, of shape (n_a, m)
    parameters -- python dictionary containing:
                        Waa -- Weight matrix multiplying the hidden state, numpy array of shape (n_a, n_a)
                        Wax -- Weight matrix multiplying the input, numpy array of shape (n_a, n_x)
                        Wya -- Weight matrix relating the hidden-state to the output, numpy array of shape (n_y, n_a)
                        ba --  Bias numpy array of shape (n_a, 1)
                        by -- Bias relating the hidden-state to the output, numpy array of shape (n_y, 1)

    Returns:
    a -- Hidden states for every time-step, numpy array of shape (n_a, m, T_x)
    y_pred -- Predictions for every time-step, numpy array of shape (n_y, m, T_x)
    caches -- tuple of values needed for the backward pass, contains (list of caches, x)
    """

    # Initialize "caches" which will contain the list of all caches
    caches = []

    # Retrieve dimensions from shapes of x and parameters["Wya"]
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wya"].shape

    ### START CODE HERE ### (≈ 3 lines of code)
    # initialize "a" and "y_pred" with zeros
    a = None
    y_pred = None
    # Initialize a_next
    a_next = None
    ### END CODE HERE ###

    # loop over all time-steps
    for t in range(T_x):
        ### START CODE HERE ### (≈ 3 lines of code)
        # Update next hidden state, compute the prediction, get the cache
        a_next = None
        yt_pred = None
        cache = None
        # Save the value of the new "next" hidden state in a
        a[:, :, t] = None
        # Save the value of the prediction in y
        y_pred[:, :, t] = None
        ### END CODE HERE ###
        # Append "cache" to "caches"
        caches.append(cache)

    # store values needed for backward propagation in cache
    caches = (caches, x)

    return a, y_pred, caches


# GRADED FUNCTION: lstm_cell_forward

def lstm_cell_forward(xt, a_prev, c_prev, parameters):
    """
    Implement a single forward step of the LSTM-cell as described in Figure (4)

    Arguments:
    xt -- your input data at timestep "t", numpy array of shape (n_x, m).
    a_prev -- Hidden state at timestep "t-1", numpy array of shape (n_a, m)
    c_prev -- Memory state at timestep "t-1", numpy array of shape (n_a, m)
    parameters -- python dictionary containing:
                        Wf -- Weight matrix of the forget gate, numpy array of shape (n_a, n_a + n_x)
                        bf -- Bias of the forget gate, numpy array of shape (n_a, 1)
                        Wi -- Weight matrix of the update gate, numpy array of shape (n_a, n_a + n_x)
                        bi -- Bias of the update gate, numpy array of shape (n_a, 1)
                        Wc -- Weight matrix of the first "tanh", numpy array of shape (n_a, n_a + n_x)
                        bc --  Bias of the first "tanh", numpy array of shape (n_a, 1)
                        Wo -- Weight matrix of the output gate, numpy array of shape (n_a, n_a + n_x)
                        bo --  Bias of the output gate, numpy array of shape (n_a, 1)
                        Wy -- Weight matrix relating the hidden-state to the output, numpy array of shape (n_y, n_a)
                        by -- Bias relating the hidden-state to the output, numpy array of shape (n_y, 1)

    Returns:
    a_next -- next hidden state, of shape (n_a, m)
    c_next -- next memory state, of shape (n_a, m)
    yt_pred -- prediction at timestep "t", numpy array of shape (n_y, m)
    cache -- tuple of values needed for the backward pass, contains (a_next, c_next, a_prev, c_prev, xt, parameters)

    Note: ft/it/ot stand for the forget/update/output gates, cct stands for the candidate value (c tilde),
          c stands for the cell state (memory)
    """

    # Retrieve parameters from "parameters"
    Wf = parameters["Wf"] # forget gate weight
    bf = parameters["bf"]
    Wi = parameters["Wi"] # update gate weight (notice the variable name)
    bi = parameters["bi"] # (notice the variable name)
    Wc = parameters["Wc"] # candidate value weight
    bc = parameters["bc"]
    Wo = parameters["Wo"] # output gate weight
    bo = parameters["bo"]
    Wy = parameters["Wy"] # prediction weight
    by = parameters["by"]

    # Retrieve dimensions from shapes of xt and Wy
    n_x, m = xt.shape
    n_y, n_a = Wy.shape

    ### START CODE HERE ### (≈ 8 lines of code)
    # Concatenate a_prev and xt
    concat = None
    # Compute values for ft, it, cct, c_next, ot, a_next using the formulas given figure (4)
    ft = None
    it = None
    cct = None
    c_next = None
    ot = None
    a_next = None
    # Compute prediction of the LSTM cell
    yt_pred = None
    ### END CODE HERE ###

    # store values needed for backward propagation in cache
    cache = (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)

    return a_next, c_next, yt_pred, cache


# GRADED FUNCTION: lstm_forward

def lstm_forward(x, a0, parameters):
    """
    Implement the forward propagation of the recurrent neural network using an LSTM-cell described in Figure (4).

    Arguments:
    x -- Input data for every time-step, of shape (n_x, m, T_x).
    a0 -- Initial hidden state, of shape (n_a, m)
    parameters -- python dictionary containing:
                        Wf, bf, Wi, bi, Wc, bc, Wo, bo -- the gates' weights (n_a, n_a + n_x) and biases (n_a, 1)
                        Wy -- Weight matrix relating the hidden-state to the output, numpy array of shape (n_y, n_a)
                        by -- Bias relating the hidden-state to the output, numpy array of shape (n_y, 1)

    Returns:
    a -- Hidden states for every time-step, numpy array of shape (n_a, m, T_x)
    y -- Predictions for every time-step, numpy array of shape (n_y, m, T_x)
    c -- The value of the cell state, numpy array of shape (n_a, m, T_x)
    caches -- tuple of values needed for the backward pass, contains (list of all the caches, x)
    """

    # Initialize "caches", which will track the list of all the caches
    caches = []

    Wy = parameters['Wy'] # saving parameters['Wy'] in a local variable in case students use Wy instead of parameters['Wy']
    # Retrieve dimensions from shapes of x and parameters['Wy']
    n_x, m, T_x = x.shape
    n_y, n_a = parameters['Wy'].shape

    ### START CODE HERE ### (≈ 5 lines of code)
    # initialize "a", "c" and "y" with zeros
    a = None
    c = None
    y = None
    # Initialize a_next and c_next
    a_next = None
    c_next = None
    ### END CODE HERE ###

    # loop over all time-steps
    for t in range(T_x):
        ### START CODE HERE ### (≈ 5 lines of code)
        # Get the 2D slice 'xt' from the 3D input 'x' at time step 't'
        xt = None
        # Update next hidden state, next memory state, compute the prediction, get the cache
        a_next = None
        c_next = None
        yt = None
        cache = None
        # Save the value of the new "next" hidden state in a
        a[:, :, t] = None
        # Save the value of the next cell state
        c[:, :, t] = None
        # Save the value of the prediction in y
        y[:, :, t] = None
        ### END CODE HERE ###
        # Append the cache into caches
        caches.append(cache)

    # store values needed for backward propagation in cache
    caches = (caches, x)

    return a, y, c, caches


# GRADED FUNCTION: rnn_cell_backward

def rnn_cell_backward(da_next, cache):
    """
    Implements the backward pass for the RNN-cell (single time-step).

    Arguments:
    da_next -- Gradient of loss with respect to next hidden state
    cache -- python tuple containing useful values (output of rnn_cell_forward())

    Returns:
    gradients -- python dictionary containing:
                        dxt -- Gradients of input data, of shape (n_x, m)
                        da_prev -- Gradients of previous hidden state, of shape (n_a, m)
                        dWax -- Gradients of input-to-hidden weights, of shape (n_a, n_x)
                        dWaa -- Gradients of hidden-to-hidden weights, of shape (n_a, n_a)
                        dba -- Gradients of bias vector, of shape (n_a, 1)
    """

    # Retrieve values from cache
    (a_next, a_prev, xt, parameters) = cache

    # Retrieve values from parameters
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]

    ### START CODE HERE ### (≈ 6 lines of code)
    # compute the gradient of dtanh term using a_next and da_next
    dtanh = None
    # compute the gradient of the loss with respect to Wax
    dxt = None
    dWax = None
    # compute the gradient with respect to Waa
    da_prev = None
    dWaa = None
    # compute the gradient with respect to b
    dba = None
    ### END CODE HERE ###

    # Store the gradients in a python dictionary
    gradients = {"dxt": dxt, "da_prev": da_prev, "dWax": dWax, "dWaa": dWaa, "dba": dba}

    return gradients


# GRADED FUNCTION: rnn_backward

def rnn_backward(da, caches):
    """
    Implement the backward pass for a RNN over an entire sequence of input data.

    Arguments:
    da -- Upstream gradients of all hidden states, of shape (n_a, m, T_x)
    caches -- tuple containing information from the forward pass (rnn_forward)

    Returns:
    gradients -- python dictionary containing:
                        dx -- Gradient w.r.t. the input data, numpy-array of shape (n_x, m, T_x)
                        da0 -- Gradient w.r.t the initial hidden state, numpy-array of shape (n_a, m)
                        dWax -- Gradient w.r.t the input's weight matrix, numpy-array of shape (n_a, n_x)
                        dWaa -- Gradient w.r.t the hidden state's weight matrix, numpy-arrayof shape (n_a, n_a)
                        dba -- Gradient w.r.t the bias, of shape (n_a, 1)
    """

    # Retrieve values from the first cache (t=1) of caches
    (caches, x) = caches

    ### START CODE HERE ### (≈ 9 lines of code)
    a1 = None
    a0 = None
    x1 = None
    parameters = None
    # Retrieve dimensions from da's and x1's shapes
    n_a = None
    m = None
    T_x = None
    n_x = None
    m = None
    # initialize the gradients with the right sizes
    dx = None
    dWax = None
    dWaa = None
    dba = None
    da0 = None
    da_prevt = None
    ### END CODE HERE ###

    # Loop through all the time steps
    for t in reversed(range(T_x)):
        ### START CODE HERE ### (≈ 6 lines of code)
        # Compute gradients at time step t. Choose wisely the "da_next" and the "cache" to use in the backward
        # propagation step.
        gradients = None
        # Retrieve derivatives from gradients
        dxt = None
        da_prevt = None
        dWaxt = None
        dWaat = None
        dbat = None
        # Increment global derivatives w.r.t parameters by adding their derivative at time-step t
        dx[:, :, t] = None
        dWax = None
        dWaa = None
        dba = None
        ### END CODE HERE ###

    ### START CODE HERE ### (≈ 1 line of code)
    # Set da0 to the gradient of a which has been backpropagated through all time-steps
    da0 = None
    ### END CODE HERE ###

    # Store the gradients in a python dictionary
    gradients = {"dx": dx, "da0": da0, "dWax": dWax, "dWaa": dWaa, "dba": dba}

    return gradients


# GRADED FUNCTION: lstm_cell_backward

def lstm_cell_backward(da_next, dc_next, cache):
    """
    Implement the backward pass for the LSTM-cell (single time-step).

    Arguments:
    da_next -- Gradients of next hidden state, of shape (n_a, m)
    dc_next -- Gradients of next cell state, of shape (n_a, m)
    cache -- cache storing information from the forward pass

    Returns:
    gradients -- python dictionary containing:
                        dxt -- Gradient of input data at time-step t, of shape (n_x, m)
                        da_prev -- Gradient w.r.t. the previous hidden state, numpy array of shape (n_a, m)
                        dc_prev -- Gradient w.r.t. the previous memory state, of shape (n_a, m, T_x)
                        dWf -- Gradient w.r.t. the weight matrix of the forget gate, numpy array of shape (n_a, n_a + n_x)
                        dWi -- Gradient w.r.t. the weight matrix of the update gate, numpy array of shape (n_a, n_a + n_x)
                        dWc -- Gradient w.r.t. the weight matrix of the memory gate, numpy array of shape (n_a, n_a + n_x)
                        dWo -- Gradient w.r.t. the weight matrix of the output gate, numpy array of shape (n_a, n_a + n_x)
                        dbf -- Gradient w.r.t. biases of the forget gate, of shape (n_a, 1)
                        dbi -- Gradient w.r.t. biases of the update gate, of shape (n_a, 1)
                        dbc -- Gradient w.r.t. biases of the memory gate, of shape (n_a, 1)
                        dbo -- Gradient w.r.t. biases of the output gate, of shape (n_a, 1)
    """

    # Retrieve information from "cache"
    (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters) = cache

    # Retrieve dimensions from xt's and a_next's shape
    n_x, m = xt.shape
    n_a, m = a_next.shape

    ### START CODE HERE ### (≈ 18 lines of code)
    # Compute gates related derivatives. Their values can be found by looking carefully at equations (7) to (10)
    dtanh_c = None
    dot = None
    dcct = None
    dit = None
    dft = None
    # Compute parameters related derivatives. Use equations (11)-(18)
    concat = None
    dWf = None
    dWi = None
    dWc = None
    dWo = None
    dbf = None
    dbi = None
    dbc = None
    dbo = None
    # Compute derivatives w.r.t previous hidden state, previous memory state and input. Use equations (19)-(21).
    Wf = None
    Wi = None
    Wc = None
    Wo = None
    da_prev = None
    dc_prev = None
    dxt = None
    ### END CODE HERE ###

    # Save gradients in dictionary
    gradients = {"dxt": dxt, "da_prev": da_prev, "dc_prev": dc_prev, "dWf": dWf, "dbf": dbf, "dWi": dWi,
                 "dbi": dbi, "dWc": dWc, "dbc": dbc, "dWo": dWo, "dbo": dbo}

    return gradients


# GRADED FUNCTION: lstm_backward

def lstm_backward(da, caches):
    """
    Implement the backward pass for the RNN with LSTM-cell (over a whole sequence).

    Arguments:
    da -- Gradients w.r.t the hidden states, numpy-array of shape (n_a, m, T_x)
    caches -- cache storing information from the forward pass (lstm_forward)

    Returns:
    gradients -- python dictionary containing:
                        dx -- Gradient of inputs, of shape (n_x, m, T_x)
                        da0 -- Gradient w.r.t. the previous hidden state, numpy array of shape (n_a, m)
                        dWf -- Gradient w.r.t. the weight matrix of the forget gate, numpy array of shape (n_a, n_a + n_x)
                        dWi -- Gradient w.r.t. the weight matrix of the update gate, numpy array of shape (n_a, n_a + n_x)
                        dWc -- Gradient w.r.t. the weight matrix of the memory gate, numpy array of shape (n_a, n_a + n_x)
                        dWo -- Gradient w.r.t. the weight matrix of the save gate, numpy array of shape (n_a, n_a + n_x)
                        dbf -- Gradient w.r.t. biases of the forget gate, of shape (n_a, 1)
                        dbi -- Gradient w.r.t. biases of the update gate, of shape (n_a, 1)
                        dbc -- Gradient w.r.t. biases of the memory gate, of shape (n_a, 1)
                        dbo -- Gradient w.r.t. biases of the save gate, of shape (n_a, 1)
    """

    # Retrieve values from the first cache (t=1) of caches.
    (caches, x) = caches
    (a1, c1, a0, c0, f1, i1, cc1, o1, x1, parameters) = caches[0]

    ### START CODE HERE ### (≈ 14 lines of code)
    # Retrieve dimensions from da's and x1's shapes
    n_a = None
    m = None
    T_x = None
    n_x = None
    m = None
    # initialize the gradients with the right sizes
    dx = None
    da0 = None
    da_prevt = None
    dc_prevt = None
    dWf = None
    dWi = None
    dWc = None
    dWo = None
    dbf = None
    dbi = None
    dbc = None
    dbo = None
    ### END CODE HERE ###

    # loop back over the whole sequence
    for t in reversed(range(T_x)):
        ### START CODE HERE ### (≈ 12 lines of code)
        # Compute all gradients using lstm_cell_backward
        gradients = None
        # Store or add the gradient to the parameters' previous step's gradient
        da_prevt = None
        dc_prevt = None
        dx[:, :, t] = None
        dWf = None
        dWi = None
        dWc = None
        dWo = None
        dbf = None
        dbi = None
        dbc = None
        dbo = None
        ### END CODE HERE ###

    ### START CODE HERE ### (≈ 1 line of code)
    # Set the first activation's gradient to the backpropagated gradient da_prev.
    da0 = None
    ### END CODE HERE ###

    # Store the gradients in a python dictionary
    gradients = {"dx": dx, "da0": da0, "dWf": dWf, "dbf": dbf, "dWi": dWi, "dbi": dbi,
                 "dWc": dWc, "dbc": dbc, "dWo": dWo, "dbo": dbo}

    return gradients
