def model_backward(AL, Y, caches):
    grads = {}
    m = Y.shape[1]
    L = len(caches)
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, b, Z = caches[l - 1]
        if l < L:
            dZ = dA * (Z > 0)
        grads["dW%d" % l] = dZ @ A_prev.T / m
        grads["db%d" % l] = np.sum(dZ, axis=1, keepdims=True) / m
        dA = W.T @ dZ
    return grads
