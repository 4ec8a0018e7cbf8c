#!/bin/sh
# Answers "parameters", then says something on stderr and never answers again.
read -r request
echo '{"parameters": {"w": [1, 2]}}'
read -r request
echo "thinking very hard" >&2
sleep 1000
