# Popen with pipes: communicate, reading line by line, poll/wait, pass_fds,
# and the child's view of its descriptors.
import os
import subprocess
import sys

p = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"line one\nline two\n")
print(out, err, p.returncode)

p = subprocess.Popen(["/bin/sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
print(p.wait(), p.poll())
p.stdout.close()

with subprocess.Popen(["/bin/sh", "-c", "read x; echo got $x; exit 7"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
    out, err = p.communicate(b"value\n")
print(out, err, p.returncode)

r, w = os.pipe()
p = subprocess.Popen(["/bin/sh", "-c", f"echo passed >&{w}"], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100), p.returncode)
os.close(r)

r, w = os.pipe()
p = subprocess.Popen(["/bin/sh", "-c", f"(echo leaked >&{w}) 2>/dev/null || echo closed"], stdout=subprocess.PIPE)
print(p.communicate()[0])
os.close(r)
os.close(w)

p = subprocess.Popen(["/bin/sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait())
p = subprocess.Popen(["/bin/sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["/bin/sh", "-c", "exit 0"], start_new_session=True)
print(p.wait())
print(subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a b", "c"],
                     capture_output=True, text=True).stdout)
