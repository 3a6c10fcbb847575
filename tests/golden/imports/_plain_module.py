print("_plain_module executing")
counter = 0
