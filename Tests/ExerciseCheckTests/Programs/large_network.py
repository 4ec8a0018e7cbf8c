# A [50, 90, 5, 1] network (5,051 parameters) with a correct backward pass, through the exercises'
# bridge: the batched check at scale. Run from anywhere; it finds Exercises/python from this file.
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "Exercises", "python"))
import dlbridge  # noqa: E402
import network  # noqa: E402

SIZES = [50, 90, 5, 1]
rng = np.random.default_rng(11)
X = rng.standard_normal((SIZES[0], 100))
Y = (X[0] + X[1] * X[2] > 0).astype(float).reshape(1, -1)


def cost(parameters):
    return network.compute_cost(network.forward(X, parameters)[0], Y)


def gradient(parameters):
    AL, caches = network.forward(X, parameters)
    m, grads, dZ = Y.shape[1], {}, AL - Y
    for l in range(len(caches), 0, -1):
        A_prev, W, b, Z = caches[l - 1]
        if l < len(caches):
            dZ = dA * (Z > 0)
        grads["dW%d" % l], grads["db%d" % l] = dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True) / m
        dA = W.T @ dZ
    return cost(parameters), grads


dlbridge.serve(network.initialize_parameters(SIZES), cost, gradient)
