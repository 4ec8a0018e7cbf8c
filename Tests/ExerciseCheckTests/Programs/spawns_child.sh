#!/bin/sh
# Leaves a child in its process group and then hangs: dltutor must end both. $1 marks the child.
sleep "$1" &
read -r request
echo '{"parameters": {"w": [1]}}'
read -r request
sleep "$1"
