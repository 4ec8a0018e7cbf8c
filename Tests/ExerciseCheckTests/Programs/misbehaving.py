# A program that breaks the protocol in the way named by its first argument, after a correct
# "parameters" answer (unless the way is about that answer). Plain Python, no NumPy.
import json
import math
import os
import signal
import sys
import time

way = sys.argv[1]
PARAMETERS = {"W1": [[0.5, -0.3], [0.2, 0.1]], "b1": [[0.1], [-0.2]]}
GRADIENTS = {"dW1": [[0.5, -0.3], [0.2, 0.1]], "db1": [[0.1], [-0.2]]}


def send(answer):
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()


def cost(p):
    return 0.5 * sum(v * v for row in p["W1"] + p["b1"] for v in row)


for line in sys.stdin:
    request = json.loads(line)
    op = request["op"]
    if op == "parameters":
        if way == "junk":
            print("hello, I am the exercise; starting up", flush=True)
        elif way == "not-an-object":
            send([1, 2, 3])
        elif way == "ragged":
            send({"parameters": {"W1": [[1, 2], [3]], "b1": [[0], [0]]}})
        else:
            send({"parameters": PARAMETERS})
        continue
    if way == "early-exit":
        sys.stderr.write("giving up early\n")
        sys.exit(3)
    if way == "crash":
        sys.stderr.write("about to crash\n")
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGSEGV)
    if way == "hang":
        sys.stderr.write("thinking very hard\n")
        sys.stderr.flush()
        time.sleep(1000)
    if way == "flood-stdout":
        while True:
            sys.stdout.write("x" * 65536)
    if way == "flood-stdout-lines":
        while True:
            sys.stdout.write("debug: still here\n")
    if way == "error":
        send({"error": "relu_backward is not written yet"})
        continue
    p = request["parameters"]
    if op == "cost":
        send({"cost": cost(p)})
    elif op == "costs":
        send({"error": "no batches"})
    elif op == "gradient":
        gradients = dict(GRADIENTS)
        if way == "wrong-shape":
            gradients["dW1"] = [[0.5, -0.3, 0.0], [0.2, 0.1, 0.0]]
        elif way == "nan":
            gradients["dW1"] = [[0.5, float("nan")], [0.2, 0.1]]
        elif way == "missing":
            del gradients["db1"]
        elif way == "extra":
            gradients["dW2"] = [[1.0]]
        send({"cost": cost(p), "gradients": gradients})
    if way == "flood-stderr" and op == "gradient":
        # 32 MB on stderr between two answers: dltutor must keep reading it.
        chunk = "noise on stderr " * 4096 + "\n"
        for _ in range(512):
            sys.stderr.write(chunk)
        sys.stderr.flush()
if way == "ignore-stdin":
    # stdin is closed and the program does not exit: dltutor ends it.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(1000)
