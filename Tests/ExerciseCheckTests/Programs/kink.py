# A cost with a kink: J = |w[0]| + sum of w[i]^2 for the rest, with w[0] = 1e-9, inside any
# reasonable +-epsilon of the kink at 0. Backprop's sign(w[0]) = 1 is right; the two-sided
# difference there (about 1e-2 at epsilon = 1e-7) is no reference. Plain Python, no NumPy.
import json
import sys

# Twelve components, so one set aside stays under the tenth that makes a check inconclusive.
START = [1e-9, 0.5, -0.3, 0.2, 0.8, -0.6, 0.1, 0.4, -0.7, 0.9, -0.2, 0.3]


def cost(w):
    return abs(w[0]) + sum(v * v for v in w[1:])


for line in sys.stdin:
    request = json.loads(line)
    if request["op"] == "parameters":
        answer = {"parameters": {"w": START}}
    elif request["op"] == "cost":
        answer = {"cost": cost(request["parameters"]["w"])}
    elif request["op"] == "costs":
        costs = []
        for name, index, value in request["changes"]:
            w = list(request["parameters"]["w"])
            w[index] = value
            costs.append(cost(w))
        answer = {"costs": costs}
    else:
        w = request["parameters"]["w"]
        answer = {"cost": cost(w), "gradients": {"dw": [1.0 if w[0] > 0 else -1.0] + [2 * v for v in w[1:]]}}
    print(json.dumps(answer), flush=True)
