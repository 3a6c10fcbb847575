def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"unknown direction {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "eh?"

for c in ["go north", "go west", "take lamp key", "take", "quit", "dance now"]:
    print(classify(c))

match 42:
    case int() as n if n > 40:
        print("big int", n)
