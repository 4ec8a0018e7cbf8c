def numerical_gradient(cost, parameters, epsilon):
    gradients = {}
    for name, value in parameters.items():
        gradient = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            changed = {key: array.copy() for key, array in parameters.items()}
            changed[name][index] = value[index] + epsilon
            plus = cost(changed)
            changed[name][index] = value[index] - epsilon
            minus = cost(changed)
            gradient[index] = (plus - minus) / (2 * epsilon)
        gradients["d" + name] = gradient
    return gradients


def relative_difference(numerical, backprop):
    n = np.concatenate([numerical["d" + name].ravel() for name in backprop])
    a = np.concatenate([backprop[name].ravel() for name in backprop])
    return np.linalg.norm(n - a) / (np.linalg.norm(n) + np.linalg.norm(a))
