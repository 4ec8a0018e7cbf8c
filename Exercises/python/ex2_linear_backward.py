"""Exercise 2: implement linear_backward, the gradients of Z = W A_prev + b.

Check it with:  dltutor check -- python3 ex2_linear_backward.py
"""
import numpy as np

import dlbridge
import network


def linear_backward(dZ, A_prev, W):
    """Returns dA_prev, dW, db for one layer, averaged over the m examples (the columns of A_prev)."""
    # ---- your code here ----
    raise NotImplementedError("linear_backward")


# ---- given: the activations' derivatives and the loop over the layers ----

def activation_backward(dA, Z, last):
    if last:
        s = network.sigmoid(Z)
        return dA * s * (1 - s)
    return dA * (Z > 0)


def gradient(parameters):
    AL, caches = network.forward(X, parameters)
    grads = {}
    dA = -(Y / AL - (1 - Y) / (1 - AL))
    for l in range(len(caches), 0, -1):
        A_prev, W, b, Z = caches[l - 1]
        dA, grads["dW%d" % l], grads["db%d" % l] = linear_backward(activation_backward(dA, Z, l == len(caches)), A_prev, W)
    return network.compute_cost(AL, Y), grads


def cost(parameters):
    return network.compute_cost(network.forward(X, parameters)[0], Y)


X, Y = network.load_data()
if __name__ == "__main__":
    dlbridge.serve(network.initialize_parameters(), cost, gradient)
