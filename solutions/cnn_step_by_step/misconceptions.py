"""Known wrong implementations of the Convolution model - Step by Step exercises, one function per misconception id.

conv_forward, conv_backward and pool_backward call zero_pad, conv_single_step, create_mask_from_window and
distribute_value through this module's globals, as the students' functions call their own.
"""

import numpy as np

from .reference import conv_single_step, create_mask_from_window, distribute_value, zero_pad


# zero_pad

def zero_pad_all_axes(X, pad):
    return np.pad(X, pad, mode='constant', constant_values=0)


def zero_pad_batch_axis(X, pad):
    return np.pad(X, ((pad, pad), (pad, pad), (pad, pad), (0, 0)), mode='constant', constant_values=0)


def zero_pad_channel_axis(X, pad):
    return np.pad(X, ((0, 0), (pad, pad), (pad, pad), (pad, pad)), mode='constant', constant_values=0)


# conv_single_step

def conv_single_step_bias_array(a_slice_prev, W, b):
    return np.sum(np.multiply(a_slice_prev, W)) + b


def conv_single_step_no_bias(a_slice_prev, W, b):
    return np.sum(np.multiply(a_slice_prev, W))


def conv_single_step_mean(a_slice_prev, W, b):
    return np.mean(np.multiply(a_slice_prev, W)) + float(np.squeeze(b))


# conv_forward

def _conv_forward(A_prev, W, b, hparameters, size_stride=True, start_stride=True, size_pad=True, horiz_from_h=False):
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride, pad = hparameters["stride"], hparameters["pad"]
    s_size = stride if size_stride else 1
    p_size = pad if size_pad else 0
    n_H = int((n_H_prev + 2 * p_size - f) / s_size) + 1
    n_W = int((n_W_prev + 2 * p_size - f) / s_size) + 1
    Z = np.zeros((m, n_H, n_W, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    s_start = stride if start_stride else 1
    for i in range(m):
        a_prev_pad = A_prev_pad[i]
        for h in range(n_H):
            vert_start = h * s_start
            vert_end = vert_start + f
            for w in range(n_W):
                horiz_start = (h if horiz_from_h else w) * s_start
                horiz_end = horiz_start + f
                for c in range(n_C):
                    a_slice_prev = a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]
                    Z[i, h, w, c] = conv_single_step(a_slice_prev, W[:, :, :, c], b[:, :, :, c])
    return Z, (A_prev, W, b, hparameters)


def conv_stride_ignored(A_prev, W, b, hparameters):
    return _conv_forward(A_prev, W, b, hparameters, size_stride=False, start_stride=False)


def conv_start_without_stride(A_prev, W, b, hparameters):
    return _conv_forward(A_prev, W, b, hparameters, start_stride=False)


def conv_size_without_pad(A_prev, W, b, hparameters):
    return _conv_forward(A_prev, W, b, hparameters, size_pad=False)


def conv_horiz_from_h(A_prev, W, b, hparameters):
    return _conv_forward(A_prev, W, b, hparameters, horiz_from_h=True)


# pool_forward

def _pool_forward(A_prev, hparameters, mode="max", start_stride=True, all_channels=False, average=np.mean):
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    f, stride = hparameters["f"], hparameters["stride"]
    n_H = int(1 + (n_H_prev - f) / stride)
    n_W = int(1 + (n_W_prev - f) / stride)
    A = np.zeros((m, n_H, n_W, n_C_prev))
    s_start = stride if start_stride else 1
    for i in range(m):
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C_prev):
                    vs, hs = h * s_start, w * s_start
                    window = A_prev[i, vs:vs + f, hs:hs + f, :] if all_channels else A_prev[i, vs:vs + f, hs:hs + f, c]
                    if mode == "max":
                        A[i, h, w, c] = np.max(window)
                    elif mode == "average":
                        A[i, h, w, c] = average(window)
    return A, (A_prev, hparameters)


def pool_start_without_stride(A_prev, hparameters, mode="max"):
    return _pool_forward(A_prev, hparameters, mode, start_stride=False)


def pool_all_channels(A_prev, hparameters, mode="max"):
    return _pool_forward(A_prev, hparameters, mode, all_channels=True)


def pool_average_sum(A_prev, hparameters, mode="max"):
    return _pool_forward(A_prev, hparameters, mode, average=np.sum)


# conv_backward

def _conv_backward(dZ, cache, start_stride=True, padded=False, assign_db=False):
    (A_prev, W, b, hparameters) = cache
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride, pad = hparameters["stride"], hparameters["pad"]
    (m, n_H, n_W, n_C) = dZ.shape
    dA_prev = np.zeros((m, n_H_prev, n_W_prev, n_C_prev))
    dW = np.zeros((f, f, n_C_prev, n_C))
    db = np.zeros((1, 1, 1, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    dA_prev_pad = zero_pad(dA_prev, pad)
    s_start = stride if start_stride else 1
    for i in range(m):
        a_prev_pad, da_prev_pad = A_prev_pad[i], dA_prev_pad[i]
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C):
                    vs, hs = h * s_start, w * s_start
                    a_slice = a_prev_pad[vs:vs + f, hs:hs + f, :]
                    da_prev_pad[vs:vs + f, hs:hs + f, :] += W[:, :, :, c] * dZ[i, h, w, c]
                    dW[:, :, :, c] += a_slice * dZ[i, h, w, c]
                    if assign_db:
                        db[:, :, :, c] = dZ[i, h, w, c]
                    else:
                        db[:, :, :, c] += dZ[i, h, w, c]
        dA_prev[i] = da_prev_pad[pad:pad + n_H_prev, pad:pad + n_W_prev, :]
    return (dA_prev_pad if padded else dA_prev), dW, db


def conv_backward_start_without_stride(dZ, cache):
    return _conv_backward(dZ, cache, start_stride=False)


def conv_backward_padded_gradient(dZ, cache):
    return _conv_backward(dZ, cache, padded=True)


def conv_backward_db_assigned(dZ, cache):
    return _conv_backward(dZ, cache, assign_db=True)


# create_mask_from_window

def mask_max_per_column(x):
    return x == np.max(x, axis=0)


def mask_argmax_index(x):
    return np.argmax(x)


# distribute_value

def distribute_not_averaged(dz, shape):
    return np.ones(shape) * dz


def distribute_divided_by_tuple(dz, shape):
    return np.ones(shape) * dz / np.array(shape)


def distribute_divided_by_sum(dz, shape):
    (n_H, n_W) = shape
    return np.ones(shape) * dz / (n_H + n_W)


# pool_backward

def _pool_backward(dA, cache, mode="max", start_stride=True, average_spread=None, accumulate=True):
    (A_prev, hparameters) = cache
    stride, f = hparameters["stride"], hparameters["f"]
    m, n_H, n_W, n_C = dA.shape
    dA_prev = np.zeros(A_prev.shape)
    s_start = stride if start_stride else 1
    for i in range(m):
        a_prev = A_prev[i]
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C):
                    vs, hs = h * s_start, w * s_start
                    if mode == "max":
                        mask = create_mask_from_window(a_prev[vs:vs + f, hs:hs + f, c])
                        update = mask * dA[i, h, w, c]
                    elif mode == "average":
                        spread = average_spread or distribute_value
                        update = spread(dA[i, h, w, c], (f, f))
                    else:
                        continue
                    if accumulate:
                        dA_prev[i, vs:vs + f, hs:hs + f, c] += update
                    else:
                        dA_prev[i, vs:vs + f, hs:hs + f, c] = update
    return dA_prev


def pool_backward_start_without_stride(dA, cache, mode="max"):
    return _pool_backward(dA, cache, mode, start_stride=False)


def pool_backward_average_not_averaged(dA, cache, mode="max"):
    return _pool_backward(dA, cache, mode, average_spread=lambda dz, shape: np.ones(shape) * dz)


def pool_backward_assigned(dA, cache, mode="max"):
    return _pool_backward(dA, cache, mode, accumulate=False)
