"""Exercise 3: implement model_backward, the whole backward pass of an L-layer network.

Check it with:  dltutor check -- python3 ex3_backward_pass.py
"""
import numpy as np

import dlbridge
import network


def model_backward(AL, Y, caches):
    """Returns {"dW1": ..., "db1": ..., ..., "dWL": ..., "dbL": ...}.

    caches[l - 1] is (A_prev, W, b, Z) of layer l; the hidden layers are ReLU, the output layer L is a
    sigmoid, and the cost is the mean cross-entropy over the m columns of Y. Start from
    dAL = -(Y / AL - (1 - Y) / (1 - AL)), or go straight to dZL = AL - Y."""
    # ---- your code here ----
    raise NotImplementedError("model_backward")


# ---- given ----

def gradient(parameters):
    AL, caches = network.forward(X, parameters)
    return network.compute_cost(AL, Y), model_backward(AL, Y, caches)


def cost(parameters):
    return network.compute_cost(network.forward(X, parameters)[0], Y)


X, Y = network.load_data()
if __name__ == "__main__":
    dlbridge.serve(network.initialize_parameters(), cost, gradient)
