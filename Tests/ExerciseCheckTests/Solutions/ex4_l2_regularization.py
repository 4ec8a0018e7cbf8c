def l2_cost(parameters, lambd, m):
    weights = [value for name, value in parameters.items() if name.startswith("W")]
    return lambd / (2 * m) * sum(np.sum(W * W) for W in weights)


def l2_gradient(W, lambd, m):
    return lambd / m * W
