"""Exercise 5: implement dropout_forward and dropout_backward, inverted dropout with a fixed mask.

Check it with:  dltutor check -- python3 ex5_dropout.py
"""
import numpy as np

import dlbridge
import network

KEEP_PROB = 0.8
# Fixed masks (1 keeps a unit, 0 drops it), the same at every call: a check needs the same network
# every time it evaluates the cost.
MASKS = network.dropout_masks(keep_prob=KEEP_PROB)


def dropout_forward(A, D, keep_prob):
    """Inverted dropout of the activations A with the mask D."""
    # ---- your code here ----
    raise NotImplementedError("dropout_forward")


def dropout_backward(dA, D, keep_prob):
    """The gradient through dropout_forward: which units, and what scale?"""
    # ---- your code here ----
    raise NotImplementedError("dropout_backward")


# ---- given: a 3-layer network with dropout after both hidden layers, written out layer by layer ----

def forward(parameters):
    W1, b1, W2, b2, W3, b3 = (parameters[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3"))
    Z1 = W1 @ X + b1
    A1 = dropout_forward(network.relu(Z1), MASKS[1], KEEP_PROB)
    Z2 = W2 @ A1 + b2
    A2 = dropout_forward(network.relu(Z2), MASKS[2], KEEP_PROB)
    A3 = network.sigmoid(W3 @ A2 + b3)
    return A3, (Z1, A1, Z2, A2)


def cost(parameters):
    return network.compute_cost(forward(parameters)[0], Y)


def gradient(parameters):
    m = X.shape[1]
    A3, (Z1, A1, Z2, A2) = forward(parameters)
    dZ3 = A3 - Y
    dW3, db3 = dZ3 @ A2.T / m, np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = dropout_backward(parameters["W3"].T @ dZ3, MASKS[2], KEEP_PROB)
    dZ2 = dA2 * (Z2 > 0)
    dW2, db2 = dZ2 @ A1.T / m, np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = dropout_backward(parameters["W2"].T @ dZ2, MASKS[1], KEEP_PROB)
    dZ1 = dA1 * (Z1 > 0)
    dW1, db1 = dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}
    return network.compute_cost(A3, Y), grads


X, Y = network.load_data()
if __name__ == "__main__":
    dlbridge.serve(network.initialize_parameters(), cost, gradient)
