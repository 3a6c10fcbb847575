# An uncaught exception: the traceback lists every frame, status 1.
def level_three(data):
    return data["missing"]


def level_two(data):
    return level_three(data) + 1


def level_one():
    return level_two({"present": 1})


print("start")
level_one()
