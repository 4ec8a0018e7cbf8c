#!/bin/sh
# The protocol from a shell script with fixed answers: a constant cost, so a zero gradient is right.
while read -r request; do
    case "$request" in
        *'"parameters"}'*) echo '{"parameters": {"W1": [[1, 2], [3, 4]], "b1": [[0], [0]]}}' ;;
        *'"op":"gradient"'*) echo '{"cost": 2.5, "gradients": {"dW1": [[0, 0], [0, 0]], "db1": [[0], [0]]}}' ;;
        *'"op":"costs"'*) echo '{"error": "no batches here"}' ;;
        *) echo '{"cost": 2.5}' ;;
    esac
done
