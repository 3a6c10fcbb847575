class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()

def process(stack):
    return helper(stack)

def helper(stack):
    return stack.pop() * 2

s = Stack()
s.items.append(21)
print(process(s))
print(process(s))
