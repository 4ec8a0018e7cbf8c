print("dltutor")
