"""The pieces every exercise shares: the data, the starting parameters and the forward pass.
You never need to edit this file.

Layout as in the course: X is n0 x m with one column per example, Y is 1 x m, W[l] is n[l] x n[l-1],
b[l] is n[l] x 1, Z[l] = W[l] A[l-1] + b[l]; ReLU in the hidden layers, a sigmoid output, and the
cross-entropy cost J = -(1/m) sum(Y log A + (1 - Y) log(1 - A)).
"""
import numpy as np

LAYER_SIZES = [4, 5, 3, 1]


def load_data(m=100, seed=1):
    """m examples of 4 features, labelled by a fixed nonlinear rule."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((4, m))
    Y = (X[0] * X[1] + 0.5 * X[0] - 0.5 * X[1] + 0.5 * X[2] > 0).astype(float).reshape(1, m)
    return X, Y


def initialize_parameters(layer_sizes=LAYER_SIZES, seed=3):
    """He initialisation, small random biases (so no ReLU starts exactly at 0)."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_sizes)):
        parameters["W%d" % l] = rng.standard_normal((layer_sizes[l], layer_sizes[l - 1])) * np.sqrt(2 / layer_sizes[l - 1])
        parameters["b%d" % l] = rng.standard_normal((layer_sizes[l], 1)) * 0.1
    return parameters


def sigmoid(Z):
    return 1 / (1 + np.exp(-Z))


def relu(Z):
    return np.maximum(0, Z)


def forward(X, parameters):
    """AL and the caches (A_prev, W, b, Z) of every layer, from layer 1 up."""
    L = len(parameters) // 2
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters["W%d" % l], parameters["b%d" % l]
        Z = W @ A + b
        caches.append((A, W, b, Z))
        A = sigmoid(Z) if l == L else relu(Z)
    return A, caches


def compute_cost(AL, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)


def dropout_masks(layer_sizes=LAYER_SIZES, m=100, keep_prob=0.8, seed=5):
    """One fixed mask per hidden layer: 1 keeps a unit, 0 drops it."""
    rng = np.random.default_rng(seed)
    return {l: (rng.random((layer_sizes[l], m)) < keep_prob).astype(float) for l in range(1, len(layer_sizes) - 1)}
