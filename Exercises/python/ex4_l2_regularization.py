"""Exercise 4: implement l2_cost and l2_gradient, the L2 term in the cost and in every dW.

Check it with:  dltutor check -- python3 ex4_l2_regularization.py
"""
import numpy as np

import dlbridge
import network

LAMBD = 0.7


def l2_cost(parameters, lambd, m):
    """(lambd / 2m) times the sum of the squares of every weight (W1, W2, ...; not the biases)."""
    # ---- your code here ----
    raise NotImplementedError("l2_cost")


def l2_gradient(W, lambd, m):
    """What the L2 term adds to dW for the weights W."""
    # ---- your code here ----
    raise NotImplementedError("l2_gradient")


# ---- given: a 3-layer network's cost and backward pass, written out layer by layer ----

def cost(parameters):
    AL, _ = network.forward(X, parameters)
    return network.compute_cost(AL, Y) + l2_cost(parameters, LAMBD, X.shape[1])


def gradient(parameters):
    m = X.shape[1]
    W1, W2, W3 = parameters["W1"], parameters["W2"], parameters["W3"]
    A3, [(X0, _, _, Z1), (A1, _, _, Z2), (A2, _, _, Z3)] = network.forward(X, parameters)
    dZ3 = A3 - Y
    dW3 = dZ3 @ A2.T / m + l2_gradient(W3, LAMBD, m)
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dZ2 = (W3.T @ dZ3) * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m + l2_gradient(W2, LAMBD, m)
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (Z1 > 0)
    dW1 = dZ1 @ X0.T / m + l2_gradient(W1, LAMBD, m)
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}
    return cost(parameters), grads


X, Y = network.load_data()
if __name__ == "__main__":
    dlbridge.serve(network.initialize_parameters(), cost, gradient)
