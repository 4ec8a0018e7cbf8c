def dropout_forward(A, D, keep_prob):
    return A * D / keep_prob


def dropout_backward(dA, D, keep_prob):
    return dA * D / keep_prob
