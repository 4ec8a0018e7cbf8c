"""Exercise 1: implement relu_backward and sigmoid_backward, dZ = dA * g'(Z).

Check it with:  dltutor check -- python3 ex1_activation_backward.py
"""
import numpy as np

import dlbridge
import network


def relu_backward(dA, Z):
    """dZ for a ReLU layer: dA where Z > 0, and 0 where Z <= 0."""
    # ---- your code here ----
    raise NotImplementedError("relu_backward")


def sigmoid_backward(dA, Z):
    """dZ for a sigmoid layer: dA * s * (1 - s) with s = sigmoid(Z)."""
    # ---- your code here ----
    raise NotImplementedError("sigmoid_backward")


# ---- given: the rest of backpropagation ----

def linear_backward(dZ, A_prev, W):
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True) / m


def gradient(parameters):
    AL, caches = network.forward(X, parameters)
    grads = {}
    dA = -(Y / AL - (1 - Y) / (1 - AL))
    for l in range(len(caches), 0, -1):
        A_prev, W, b, Z = caches[l - 1]
        dZ = sigmoid_backward(dA, Z) if l == len(caches) else relu_backward(dA, Z)
        dA, grads["dW%d" % l], grads["db%d" % l] = linear_backward(dZ, A_prev, W)
    return network.compute_cost(AL, Y), grads


def cost(parameters):
    return network.compute_cost(network.forward(X, parameters)[0], Y)


X, Y = network.load_data()
if __name__ == "__main__":
    dlbridge.serve(network.initialize_parameters(), cost, gradient)
