"""Convolutional Neural Networks: Step by Step.

You will implement convolutional (CONV) and pooling (POOL) layers in numpy, forward propagation and (optionally)
backward propagation. Notation: a batch of m images A_prev has shape (m, n_H_prev, n_W_prev, n_C_prev); a CONV
layer has filters W of shape (f, f, n_C_prev, n_C) and biases b of shape (1, 1, 1, n_C); hparameters holds
"stride" and "pad" (CONV) or "stride" and "f" (POOL). The output size is
    n_H = floor((n_H_prev - f + 2 * pad) / stride) + 1,   n_W = floor((n_W_prev - f + 2 * pad) / stride) + 1.

1) zero_pad(X, pad): pad the height and width of every image with `pad` zeros on each side (np.pad), not the
   batch nor the channel axis.
2) conv_single_step(a_slice_prev, W, b): the element-wise product of the (f, f, n_C_prev) slice and W, summed over
   all entries, plus the bias (cast b with float() so that Z is a number).
3) conv_forward(A_prev, W, b, hparameters): pad A_prev, then for every example i, output row h, column w and filter
   c take the slice A_prev_pad[i, vert_start:vert_end, horiz_start:horiz_end, :] with
   vert_start = stride * h, vert_end = vert_start + f (and the same for the columns), and set
   Z[i, h, w, c] = conv_single_step(slice, W[:, :, :, c], b[:, :, :, c]). Return Z and
   cache = (A_prev, W, b, hparameters).
4) pool_forward(A_prev, hparameters, mode="max"): the same windows (no padding), one channel at a time:
   A[i, h, w, c] is the max (mode "max") or the mean (mode "average") of A_prev[i, vs:ve, hs:he, c]; the output
   keeps n_C = n_C_prev channels. Return A and cache = (A_prev, hparameters).
5) (optional) conv_backward(dZ, cache): dA_prev, dW, db of a CONV layer; every window adds W[:, :, :, c] * dZ[i, h, w, c]
   to the padded gradient and a_slice * dZ[i, h, w, c] to dW[:, :, :, c], db[:, :, :, c] sums dZ[:, :, :, c]; dA_prev
   is the padded gradient with the padding removed (shape of A_prev).
6) (optional) create_mask_from_window(x): True where x is its maximum; distribute_value(dz, shape): dz spread evenly
   over a matrix of that shape; pool_backward(dA, cache, mode="max"): route each dA[i, h, w, c] to the max of its
   window (mask) or spread it over the window (average), with the stride of the forward pass.
"""

import numpy as np
from public_tests import *


# GRADED FUNCTION: zero_pad

def zero_pad(X, pad):
    """
    Pad with zeros all images of the dataset X. The padding is applied to the height and width of an image,
    as illustrated in Figure 1.

    Argument:
    X -- python numpy array of shape (m, n_H, n_W, n_C) representing a batch of m images
    pad -- integer, amount of padding around each image on vertical and horizontal dimensions

    Returns:
    X_pad -- padded image of shape (m, n_H + 2 * pad, n_W + 2 * pad, n_C)
    """

    ### START CODE HERE ###
    X_pad = np.pad(X, ((0, 0), (pad, pad), (pad, pad), (0, 0)), mode='constant', constant_values=(0, 0))
    ### END CODE HERE ###

    return X_pad


# GRADED FUNCTION: conv_single_step

def conv_single_step(a_slice_prev, W, b):
    """
    Apply one filter defined by parameters W on a single slice (a_slice_prev) of the output activation
    of the previous layer.

    Arguments:
    a_slice_prev -- slice of input data of shape (f, f, n_C_prev)
    W -- Weight parameters contained in a window - matrix of shape (f, f, n_C_prev)
    b -- Bias parameters contained in a window - matrix of shape (1, 1, 1)

    Returns:
    Z -- a scalar value, the result of convolving the sliding window (W, b) on a slice x of the input data
    """

    ### START CODE HERE ###
    s = np.multiply(a_slice_prev, W)
    Z = np.sum(s)
    Z = Z + float(np.squeeze(b))
    ### END CODE HERE ###

    return Z


# GRADED FUNCTION: conv_forward

def conv_forward(A_prev, W, b, hparameters):
    """
    Implements the forward propagation for a convolution function

    Arguments:
    A_prev -- output activations of the previous layer,
        numpy array of shape (m, n_H_prev, n_W_prev, n_C_prev)
    W -- Weights, numpy array of shape (f, f, n_C_prev, n_C)
    b -- Biases, numpy array of shape (1, 1, 1, n_C)
    hparameters -- python dictionary containing "stride" and "pad"

    Returns:
    Z -- conv output, numpy array of shape (m, n_H, n_W, n_C)
    cache -- cache of values needed for the conv_backward() function
    """

    ### START CODE HERE ###
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride = hparameters["stride"]
    pad = hparameters["pad"]
    n_H = int((n_H_prev + 2 * pad - f) / stride) + 1
    n_W = int((n_W_prev + 2 * pad - f) / stride) + 1
    Z = np.zeros((m, n_H, n_W, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    ### END CODE HERE ###

    for i in range(m):                       # loop over the batch of training examples
        ### START CODE HERE ###
        a_prev_pad = A_prev_pad[i]
        ### END CODE HERE ###
        for h in range(n_H):                 # loop over vertical axis of the output volume
            ### START CODE HERE ###
            vert_start = h * stride
            vert_end = vert_start + f
            ### END CODE HERE ###
            for w in range(n_W):             # loop over horizontal axis of the output volume
                ### START CODE HERE ###
                horiz_start = w * stride
                horiz_end = horiz_start + f
                ### END CODE HERE ###
                for c in range(n_C):         # loop over channels (= #filters) of the output volume
                    ### START CODE HERE ###
                    a_slice_prev = a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]
                    weights = W[:, :, :, c]
                    biases = b[:, :, :, c]
                    Z[i, h, w, c] = conv_single_step(a_slice_prev, weights, biases)
                    ### END CODE HERE ###

    # Save information in "cache" for the backprop
    cache = (A_prev, W, b, hparameters)

    return Z, cache


# GRADED FUNCTION: pool_forward

def pool_forward(A_prev, hparameters, mode="max"):
    """
    Implements the forward pass of the pooling layer

    Arguments:
    A_prev -- Input data, numpy array of shape (m, n_H_prev, n_W_prev, n_C_prev)
    hparameters -- python dictionary containing "f" and "stride"
    mode -- the pooling mode you would like to use, defined as a string ("max" or "average")

    Returns:
    A -- output of the pool layer, a numpy array of shape (m, n_H, n_W, n_C)
    cache -- cache used in the backward pass of the pooling layer, contains the input and hparameters
    """

    # Retrieve dimensions from the input shape
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape

    # Retrieve hyperparameters from "hparameters"
    f = hparameters["f"]
    stride = hparameters["stride"]

    # Define the dimensions of the output
    n_H = int(1 + (n_H_prev - f) / stride)
    n_W = int(1 + (n_W_prev - f) / stride)
    n_C = n_C_prev

    # Initialize output matrix A
    A = np.zeros((m, n_H, n_W, n_C))

    for i in range(m):                         # loop over the training examples
        for h in range(n_H):                   # loop on the vertical axis of the output volume
            ### START CODE HERE ###
            vert_start = h * stride
            vert_end = vert_start + f
            ### END CODE HERE ###
            for w in range(n_W):               # loop on the horizontal axis of the output volume
                ### START CODE HERE ###
                horiz_start = w * stride
                horiz_end = horiz_start + f
                ### END CODE HERE ###
                for c in range(n_C):           # loop over the channels of the output volume
                    ### START CODE HERE ###
                    a_prev_slice = A_prev[i, vert_start:vert_end, horiz_start:horiz_end, c]
                    ### END CODE HERE ###
                    # Compute the pooling operation on the slice.
                    if mode == "max":
                        ### START CODE HERE ###
                        A[i, h, w, c] = np.max(a_prev_slice)
                        ### END CODE HERE ###
                    elif mode == "average":
                        ### START CODE HERE ###
                        A[i, h, w, c] = np.mean(a_prev_slice)
                        ### END CODE HERE ###

    # Store the input and hparameters in "cache" for pool_backward()
    cache = (A_prev, hparameters)

    return A, cache


# GRADED FUNCTION: conv_backward

def conv_backward(dZ, cache):
    """
    Implement the backward propagation for a convolution function

    Arguments:
    dZ -- gradient of the cost with respect to the output of the conv layer (Z), numpy array of shape (m, n_H, n_W, n_C)
    cache -- cache of values needed for the conv_backward(), output of conv_forward()

    Returns:
    dA_prev -- gradient of the cost with respect to the input of the conv layer (A_prev),
               numpy array of shape (m, n_H_prev, n_W_prev, n_C_prev)
    dW -- gradient of the cost with respect to the weights of the conv layer (W)
          numpy array of shape (f, f, n_C_prev, n_C)
    db -- gradient of the cost with respect to the biases of the conv layer (b)
          numpy array of shape (1, 1, 1, n_C)
    """

    ### START CODE HERE ###
    (A_prev, W, b, hparameters) = cache
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride = hparameters["stride"]
    pad = hparameters["pad"]
    (m, n_H, n_W, n_C) = dZ.shape
    dA_prev = np.zeros((m, n_H_prev, n_W_prev, n_C_prev))
    dW = np.zeros((f, f, n_C_prev, n_C))
    db = np.zeros((1, 1, 1, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    dA_prev_pad = zero_pad(dA_prev, pad)
    ### END CODE HERE ###

    for i in range(m):                       # loop over the training examples
        ### START CODE HERE ###
        a_prev_pad = A_prev_pad[i]
        da_prev_pad = dA_prev_pad[i]
        ### END CODE HERE ###
        for h in range(n_H):                   # loop over vertical axis of the output volume
            for w in range(n_W):               # loop over horizontal axis of the output volume
                for c in range(n_C):           # loop over the channels of the output volume
                    ### START CODE HERE ###
                    vert_start = h * stride
                    vert_end = vert_start + f
                    horiz_start = w * stride
                    horiz_end = horiz_start + f
                    a_slice = a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]
                    da_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :] += W[:, :, :, c] * dZ[i, h, w, c]
                    dW[:, :, :, c] += a_slice * dZ[i, h, w, c]
                    db[:, :, :, c] += dZ[i, h, w, c]
                    ### END CODE HERE ###

        # Set the ith training example's dA_prev to the unpadded da_prev_pad (Hint: use X[pad:-pad, pad:-pad, :])
        ### START CODE HERE ###
        dA_prev[i, :, :, :] = da_prev_pad[pad:pad + n_H_prev, pad:pad + n_W_prev, :]
        ### END CODE HERE ###

    return dA_prev, dW, db


# GRADED FUNCTION: create_mask_from_window

def create_mask_from_window(x):
    """
    Creates a mask from an input matrix x, to identify the max entry of x.

    Arguments:
    x -- Array of shape (f, f)

    Returns:
    mask -- Array of the same shape as window, contains a True at the position corresponding to the max entry of x.
    """

    ### START CODE HERE ###
    mask = (x == np.max(x))
    ### END CODE HERE ###

    return mask


# GRADED FUNCTION: distribute_value

def distribute_value(dz, shape):
    """
    Distributes the input value in the matrix of dimension shape

    Arguments:
    dz -- input scalar
    shape -- the shape (n_H, n_W) of the output matrix for which we want to distribute the value of dz

    Returns:
    a -- Array of size (n_H, n_W) for which we distributed the value of dz
    """

    ### START CODE HERE ###
    (n_H, n_W) = shape
    average = dz / (n_H * n_W)
    a = np.ones(shape) * average
    ### END CODE HERE ###

    return a


# GRADED FUNCTION: pool_backward

def pool_backward(dA, cache, mode="max"):
    """
    Implements the backward pass of the pooling layer

    Arguments:
    dA -- gradient of cost with respect to the output of the pooling layer, same shape as A
    cache -- cache output from the forward pass of the pooling layer, contains the layer's input and hparameters
    mode -- the pooling mode you would like to use, defined as a string ("max" or "average")

    Returns:
    dA_prev -- gradient of cost with respect to the input of the pooling layer, same shape as A_prev
    """

    ### START CODE HERE ###
    (A_prev, hparameters) = cache
    stride = hparameters["stride"]
    f = hparameters["f"]
    m, n_H_prev, n_W_prev, n_C_prev = A_prev.shape
    m, n_H, n_W, n_C = dA.shape
    dA_prev = np.zeros(A_prev.shape)
    ### END CODE HERE ###

    for i in range(m):                       # loop over the training examples
        ### START CODE HERE ###
        a_prev = A_prev[i]
        ### END CODE HERE ###
        for h in range(n_H):                   # loop on the vertical axis
            for w in range(n_W):               # loop on the horizontal axis
                for c in range(n_C):           # loop over the channels (depth)
                    ### START CODE HERE ###
                    vert_start = h * stride
                    vert_end = vert_start + f
                    horiz_start = w * stride
                    horiz_end = horiz_start + f
                    ### END CODE HERE ###
                    # Compute the backward propagation in both modes.
                    if mode == "max":
                        ### START CODE HERE ###
                        a_prev_slice = a_prev[vert_start:vert_end, horiz_start:horiz_end, c]
                        mask = create_mask_from_window(a_prev_slice)
                        dA_prev[i, vert_start:vert_end, horiz_start:horiz_end, c] += mask * dA[i, h, w, c]
                        ### END CODE HERE ###
                    elif mode == "average":
                        ### START CODE HERE ###
                        da = dA[i, h, w, c]
                        shape = (f, f)
                        dA_prev[i, vert_start:vert_end, horiz_start:horiz_end, c] += distribute_value(da, shape)
                        ### END CODE HERE ###

    return dA_prev
