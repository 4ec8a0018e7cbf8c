#!/usr/bin/env python3
"""The two `dltutor bench` workloads written the way a student would write them in NumPy.

train:     a [2, 20, 3, 1] ReLU/ReLU/sigmoid network, binary cross-entropy, 300 points of 2-D circles,
           full-batch gradient descent (learning rate 0.5) for 30,000 iterations.
gradcheck: a full two-sided gradient check (epsilon 1e-7) of every parameter of a [2, 64, 64, 1]
           ReLU/ReLU/sigmoid network (4,417 parameters) on 300 points of circles: one full forward
           pass per perturbed parameter and side.

Matrix operations per layer, examples in columns (X is features x m), as in the course. Set-up is
excluded from the timings, as in DLCore's CoreBenchmarks. Prints {"train_seconds": x, "gradcheck_seconds": y}.
On a shared machine the timings swing with other load (OpenBLAS threads suffer most); --repeat N
reports the fastest of N runs of each workload. Pass --hidden tanh to run the gradient check with tanh hidden layers instead of ReLU
(CoreBenchmarks.runGradcheck(hidden: .tanh) is the Swift counterpart).
"""
import argparse
import json
import time

import numpy as np


def circles(m, noise=0.1, factor=0.5, rng=None):
    outer = m // 2
    inner = m - outer
    t_out = 2 * np.pi * np.arange(outer) / outer
    t_in = 2 * np.pi * np.arange(inner) / inner
    x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)]),
                        factor * np.stack([np.cos(t_in), np.sin(t_in)])], axis=1)
    x = x + noise * rng.standard_normal(x.shape)
    y = np.concatenate([np.zeros(outer), np.ones(inner)]).reshape(1, m)
    return x, y


def initialize(sizes, rng, scheme):
    params = {}
    for l in range(1, len(sizes)):
        fan_in, fan_out = sizes[l - 1], sizes[l]
        std = np.sqrt(2.0 / fan_in) if scheme == "he" else np.sqrt(2.0 / (fan_in + fan_out))
        params["W" + str(l)] = rng.standard_normal((fan_out, fan_in)) * std
        params["b" + str(l)] = np.zeros((fan_out, 1))
    return params


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def forward(params, x, hidden, layers):
    caches = []
    a = x
    for l in range(1, layers + 1):
        z = params["W" + str(l)] @ a + params["b" + str(l)]
        caches.append((a, z))
        if l < layers:
            a = relu(z) if hidden == "relu" else np.tanh(z)
        else:
            a = sigmoid(z)
    return a, z, caches


def cost_from_logits(z, y):
    # Stable binary cross-entropy from logits.
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def backward(params, caches, a_out, y, hidden, layers):
    m = y.shape[1]
    grads = {}
    dz = a_out - y
    for l in range(layers, 0, -1):
        a_prev, _ = caches[l - 1]
        grads["W" + str(l)] = dz @ a_prev.T / m
        grads["b" + str(l)] = np.sum(dz, axis=1, keepdims=True) / m
        if l > 1:
            da = params["W" + str(l)].T @ dz
            z_prev = caches[l - 2][1]
            if hidden == "relu":
                dz = da * (z_prev > 0)
            else:
                dz = da * (1 - np.tanh(z_prev) ** 2)
    return grads


def train_workload(iterations=30_000, learning_rate=0.5):
    rng = np.random.default_rng(2024)
    x, y = circles(300, rng=rng)
    params = initialize([2, 20, 3, 1], rng, "he")
    start = time.perf_counter()
    for _ in range(iterations):
        a_out, z_out, caches = forward(params, x, "relu", 3)
        cost = cost_from_logits(z_out, y)
        grads = backward(params, caches, a_out, y, "relu", 3)
        for key in params:
            params[key] -= learning_rate * grads[key]
    seconds = time.perf_counter() - start
    return seconds, cost


def gradcheck_workload(hidden="relu", epsilon=1e-7):
    rng = np.random.default_rng(2024)
    x, y = circles(300, rng=rng)
    params = initialize([2, 64, 64, 1], rng, "xavier")
    keys = ["W1", "b1", "W2", "b2", "W3", "b3"]
    start = time.perf_counter()
    a_out, _, caches = forward(params, x, hidden, 3)
    grads = backward(params, caches, a_out, y, hidden, 3)
    analytic = np.concatenate([grads[k].ravel() for k in keys])
    numeric = []
    for key in keys:
        p = params[key]
        flat = p.reshape(-1)  # a view: writing flat[i] changes the parameter
        for i in range(flat.size):
            original = flat[i]
            flat[i] = original + epsilon
            plus = cost_from_logits(forward(params, x, hidden, 3)[1], y)
            flat[i] = original - epsilon
            minus = cost_from_logits(forward(params, x, hidden, 3)[1], y)
            flat[i] = original
            numeric.append((plus - minus) / (2 * epsilon))
    numeric = np.array(numeric)
    difference = np.linalg.norm(numeric - analytic) / (np.linalg.norm(numeric) + np.linalg.norm(analytic))
    seconds = time.perf_counter() - start
    return seconds, difference, analytic.size


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", choices=["tanh", "relu"], default="relu")
    parser.add_argument("--repeat", type=int, default=1, help="run each workload N times and report the fastest")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    train_runs = [train_workload() for _ in range(max(args.repeat, 1))]
    gradcheck_runs = [gradcheck_workload(args.hidden) for _ in range(max(args.repeat, 1))]
    train_seconds, final_cost = min(train_runs)
    gradcheck_seconds, difference, count = min(gradcheck_runs)
    if args.verbose:
        import sys
        print(f"train final cost {final_cost}; gradcheck {count} parameters, relative difference {difference}", file=sys.stderr)
    print(json.dumps({"train_seconds": train_seconds, "gradcheck_seconds": gradcheck_seconds}))


if __name__ == "__main__":
    main()
