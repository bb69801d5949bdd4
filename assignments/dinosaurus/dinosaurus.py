"""Character level language model - Dinosaurus Island

Welcome to Dinosaurus Island! 65 million years ago, dinosaurs existed, and in this assignment, they have returned.
Leading biology researchers are creating new breeds of dinosaurs, and your job is to give names to these dinosaurs.
You will build a character-level language model (a recurrent neural network) that learns the patterns of the
dinosaur names in dinos.txt and generates new ones. The vocabulary is the 26 letters a-z plus the newline
character "\\n", which ends a name (the role of the <EOS> token): char_to_ix maps each character to an index 0-26
and ix_to_char maps each index back.

The helper module utils provides rnn_forward(X, Y, a_prev, parameters) -> (loss, cache), rnn_backward(X, Y,
parameters, cache) -> (gradients, a), update_parameters(parameters, gradients, learning_rate) -> parameters and
softmax(x).

Exercise 1 - clip: return the clipped gradients of the dictionary `gradients` (keys "dWaa", "dWax", "dWya", "db",
"dby"): every element above maxValue is set to maxValue, every element below -maxValue to -maxValue. Loop over the
five gradients and use np.clip with the argument out = ..., which updates each gradient in place.

Exercise 2 - sample: generate a name one character at a time.
  Step 1: x = the zero vector (vocab_size, 1) as the first input, a_prev = zeros (n_a, 1).
  Step 2: one step of forward propagation:
              a = tanh(Wax x + Waa a_prev + b),  z = Wya a + by,  y = softmax(z)
  Step 3: sample the index of the next character from the distribution y with
          np.random.choice(range(vocab_size), p = y.ravel()) (np.random.seed(counter + seed) just before it,
          for grading purposes), and append it to the list of indices.
  Step 4: overwrite x with the one-hot vector of the sampled index, a_prev with a, and repeat until the
          newline character is sampled or 50 characters have been; when the 50-character cap is hit, a newline
          index is appended. Returns the list of sampled indices.

Exercise 3 - optimize: one step of stochastic gradient descent: forward propagate through the RNN to compute the
loss, backpropagate through time to compute the gradients, clip them between -5 and 5, and update the parameters
(in place) with the learning rate. Returns the loss, the clipped gradients and the last hidden state a[len(X)-1].
"""

import numpy as np
from utils import *
import random
import pprint
import copy


# GRADED FUNCTION: clip

def clip(gradients, maxValue):
    '''
    Clips the gradients' values between minimum and maximum.

    Arguments:
    gradients -- a dictionary containing the gradients "dWaa", "dWax", "dWya", "db", "dby"
    maxValue -- everything above this number is set to this number, and everything less than -maxValue is set to -maxValue

    Returns:
    gradients -- a dictionary with the clipped gradients.
    '''
    gradients = copy.deepcopy(gradients)

    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']

    # Clip to mitigate exploding gradients, loop over [dWax, dWaa, dWya, db, dby].
    for gradient in [dWax, dWaa, dWya, db, dby]:
        ### START CODE HERE ### (≈ 1 line of code)
        gradient = None
        ### END CODE HERE ###

    gradients = {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}

    return gradients


# GRADED FUNCTION: sample

def sample(parameters, char_to_ix, seed):
    """
    Sample a sequence of characters according to a sequence of probability distributions output of the RNN

    Arguments:
    parameters -- Python dictionary containing the parameters Waa, Wax, Wya, by, and b.
    char_to_ix -- Python dictionary mapping each character to an index.
    seed -- Used for grading purposes. Do not worry about it.

    Returns:
    indices -- A list of length n containing the indices of the sampled characters.
    """

    # Retrieve parameters and relevant shapes from "parameters" dictionary
    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']
    vocab_size = by.shape[0]
    n_a = Waa.shape[1]

    ### START CODE HERE ### (≈ 4 lines of code)
    # Step 1: Create the a zero vector x that can be used as the one-hot vector
    # Representing the first character (initializing the sequence generation).
    x = None
    # Step 1': Initialize a_prev as zeros
    a_prev = None
    # Create an empty list of indices. This is the list which will contain the list of indices of the characters to generate
    indices = None
    # idx is the index of the one-hot vector x that is set to 1; all other positions in x are zero. Initialize idx to -1
    idx = None
    ### END CODE HERE ###

    # Loop over time-steps t. At each time-step:
    # Sample a character from a probability distribution
    # And append its index (`idx`) to the list "indices".
    # You'll stop if you reach 50 characters
    # (which should be very unlikely with a well-trained model).
    # Setting the maximum number of characters helps with debugging and prevents infinite loops.
    counter = 0
    ### START CODE HERE ### (≈ 1 line of code)
    newline_character = None
    ### END CODE HERE ###

    while (idx != newline_character and counter != 50):

        ### START CODE HERE ### (≈ 3 lines of code)
        # Step 2: Forward propagate x using the equations (1), (2) and (3)
        a = None
        z = None
        y = None
        ### END CODE HERE ###

        # For grading purposes
        np.random.seed(counter + seed)

        ### START CODE HERE ### (≈ 1 line of code)
        # Step 3: Sample the index of a character within the vocabulary from the probability distribution y
        idx = None
        ### END CODE HERE ###

        # Append the index to "indices"
        indices.append(idx)

        ### START CODE HERE ### (≈ 3 lines of code)
        # Step 4: Overwrite the input x with one that corresponds to the sampled index `idx`.
        x = None
        x[idx] = None
        # Update "a_prev" to be "a"
        a_prev = None
        ### END CODE HERE ###

        # for grading purposes
        seed += 1
        counter += 1

    if (counter == 50):
        indices.append(char_to_ix['\n'])

    return indices


# GRADED FUNCTION: optimize

def optimize(X, Y, a_prev, parameters, learning_rate = 0.01):
    """
    Execute one step of the optimization to train the model.

    Arguments:
    X -- list of integers, where each integer is a number that maps to a character in the vocabulary.
    Y -- list of integers, exactly the same as X but shifted one index to the left.
    a_prev -- previous hidden state.
    parameters -- python dictionary containing:
                        Wax -- Weight matrix multiplying the input, numpy array of shape (n_a, n_x)
                        Waa -- Weight matrix multiplying the hidden state, numpy array of shape (n_a, n_a)
                        Wya -- Weight matrix relating the hidden-state to the output, numpy array of shape (n_y, n_a)
                        b --  Bias, numpy array of shape (n_a, 1)
                        by -- Bias relating the hidden-state to the output, numpy array of shape (n_y, 1)
    learning_rate -- learning rate for the model.

    Returns:
    loss -- value of the loss function (cross-entropy)
    gradients -- python dictionary containing:
                        dWax -- Gradients of input-to-hidden weights, of shape (n_a, n_x)
                        dWaa -- Gradients of hidden-to-hidden weights, of shape (n_a, n_a)
                        dWya -- Gradients of hidden-to-output weights, of shape (n_y, n_a)
                        db -- Gradients of bias vector, of shape (n_a, 1)
                        dby -- Gradients of output bias vector, of shape (n_y, 1)
    a[len(X)-1] -- the last hidden state, of shape (n_a, 1)
    """

    ### START CODE HERE ### (≈ 4 lines of code)
    # Forward propagate through time
    loss = None
    cache = None
    # Backpropagate through time
    gradients = None
    a = None
    # Clip your gradients between -5 (min) and 5 (max)
    gradients = None
    # Update parameters
    parameters = None
    ### END CODE HERE ###

    return loss, gradients, a[len(X)-1]
