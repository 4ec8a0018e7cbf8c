"""Exercise 6: implement numerical_gradient and relative_difference, the gradient check itself.

Check it with:  dltutor check -- python3 ex6_gradient_check.py
(dltutor gives your checker a network whose gradients it knows, and compares your numbers with its own.)
"""
import numpy as np

import dlbridge


def numerical_gradient(cost, parameters, epsilon):
    """Two-sided differences (J(theta + eps) - J(theta - eps)) / (2 eps), one component at a time.

    cost(parameters) -> J. parameters: {"W1": array, "b1": array, ...}. Returns {"dW1": ..., ...}
    with the same shapes. Change one number at a time (on a copy), and put it back."""
    # ---- your code here ----
    raise NotImplementedError("numerical_gradient")


def relative_difference(numerical, backprop):
    """||numerical - backprop|| / (||numerical|| + ||backprop||) over all the arrays together.

    numerical has keys "dW1", ...; backprop has keys "W1", ... (the same arrays)."""
    # ---- your code here ----
    raise NotImplementedError("relative_difference")


# ---- given ----

def check(cost, parameters, epsilon, backprop):
    numerical = numerical_gradient(cost, parameters, epsilon)
    return numerical, relative_difference(numerical, backprop)


if __name__ == "__main__":
    dlbridge.serve(None, None, checker=check)
