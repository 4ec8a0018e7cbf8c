# The protocol in plain Python, no NumPy: least squares y ~ w.x + b on four points, with a scalar b.
# It does not implement the optional batched "costs", so dltutor asks for one cost at a time.
import json
import sys

DATA = [([1.0, 2.0], 3.5), ([0.5, -1.0], -0.2), ([-1.5, 0.3], -1.1), ([2.0, 1.0], 2.9)]


def cost(w, b):
    return sum((w[0] * x[0] + w[1] * x[1] + b - y) ** 2 for x, y in DATA) / (2 * len(DATA))


def gradient(w, b):
    dw, db = [0.0, 0.0], 0.0
    for x, y in DATA:
        r = (w[0] * x[0] + w[1] * x[1] + b - y) / len(DATA)
        dw = [dw[0] + r * x[0], dw[1] + r * x[1]]
        db += r
    return dw, db


for line in sys.stdin:
    request = json.loads(line)
    if request["op"] == "parameters":
        answer = {"parameters": {"w": [0.3, -0.2], "b": 0.1}}
    elif request["op"] == "cost":
        answer = {"cost": cost(request["parameters"]["w"], request["parameters"]["b"])}
    elif request["op"] == "gradient":
        p = request["parameters"]
        dw, db = gradient(p["w"], p["b"])
        answer = {"cost": cost(p["w"], p["b"]), "gradients": {"dw": dw, "db": db}}
    else:
        answer = {"error": "unknown op " + request["op"]}
    print(json.dumps(answer), flush=True)
