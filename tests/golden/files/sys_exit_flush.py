# sys.exit() with a pending buffered write: the data still reaches the descriptor.
import sys

sys.stdout.flush()
out = open(1, "wb", closefd=False)
out.write(b"pending bytes before sys.exit\n")

class Box:
    pass
box = Box()
box.text = open(1, "w", closefd=False)
box.text.write("pending text in an attribute\n")
box.text = None
sys.exit(3)
