def relu_backward(dA, Z):
    return dA * (Z > 0)


def sigmoid_backward(dA, Z):
    s = network.sigmoid(Z)
    return dA * s * (1 - s)
