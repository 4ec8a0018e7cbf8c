"""dlbridge: lets `dltutor check` talk to your exercise. You never need to edit this file.

It speaks dltutor's exercise protocol, version 1 (see ../PROTOCOL.md): one JSON request per line on
stdin, one JSON response per line on stdout. While it runs, print() writes to stderr, so your own
debugging output never gets in the way of the protocol (dltutor shows stderr when something fails).
"""
import json
import sys
import traceback

import numpy as np


def serve(parameters, cost, gradient=None, checker=None):
    """Answers dltutor's requests until it closes stdin.

    parameters: {"W1": array, "b1": array, ...}, the values to check at, in the order to report them.
    cost(parameters) -> the cost J, a number.
    gradient(parameters) -> (J, {"dW1": array, "db1": array, ...}), your backpropagation.
    checker(cost, parameters, epsilon, backprop) -> ({"dW1": ..., ...}, relative difference): for the
        exercise where you write the gradient check; then `parameters` is not used.
    """
    protocol = sys.stdout
    sys.stdout = sys.stderr
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            response = _answer(request, parameters, cost, gradient, checker)
        except Exception as error:  # the student's code failed: say where, keep serving
            traceback.print_exc(file=sys.stderr)
            response = {"error": "%s: %s (the traceback is on stderr)" % (type(error).__name__, error)}
        protocol.write(json.dumps(response) + "\n")
        protocol.flush()


def _answer(request, parameters, cost, gradient, checker):
    op = request.get("op")
    if op == "parameters":
        if checker is not None:
            return {"role": "checker"}
        return {"parameters": {name: _lists(value) for name, value in parameters.items()}}
    if op == "cost":
        return {"cost": float(cost(_arrays(request["parameters"])))}
    if op == "costs":
        # Each change is [array, flat index, value]: the cost with only that one number changed.
        base = _arrays(request["parameters"])
        costs = []
        for name, index, value in request["changes"]:
            changed = dict(base)
            changed[name] = base[name].copy()
            changed[name].flat[int(index)] = value
            costs.append(float(cost(changed)))
        return {"costs": costs}
    if op == "gradient":
        J, grads = gradient(_arrays(request["parameters"]))
        return {"cost": float(J), "gradients": {name: _lists(value) for name, value in grads.items()}}
    if op == "numerical_gradient":
        network_cost = _described_network(request["network"])
        grads, difference = checker(network_cost, _arrays(request["parameters"]), request["epsilon"],
                                    _arrays(request["backprop"]))
        return {"gradients": {name: _lists(value) for name, value in grads.items()},
                "relative_difference": float(difference)}
    return {"error": "unknown op %r (this bridge speaks protocol version 1)" % op}


def _arrays(named):
    return {name: np.array(value, dtype=float) for name, value in named.items()}


def _lists(value):
    return np.asarray(value, dtype=float).tolist()


def _described_network(network):
    """The cost of the network dltutor describes: tanh hidden layers, a sigmoid output, cross-entropy."""
    X, Y = np.array(network["X"], dtype=float), np.array(network["Y"], dtype=float)
    layers = len(network["layer_sizes"]) - 1

    def cost(parameters):
        A = X
        for l in range(1, layers + 1):
            Z = parameters["W%d" % l] @ A + parameters["b%d" % l]
            A = np.tanh(Z) if l < layers else Z
        # Cross-entropy from the logits Z, written to stay finite for large |Z|.
        return float(np.mean(np.maximum(Z, 0) - Z * Y + np.log1p(np.exp(-np.abs(Z)))))

    return cost
