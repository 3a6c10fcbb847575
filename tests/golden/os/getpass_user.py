# getpass.getuser from the environment and from pwd; os.getlogin's error shape.
import getpass
import os
import pwd

saved = {k: os.environ.pop(k) for k in ("LOGNAME", "USER", "LNAME", "USERNAME") if k in os.environ}
os.environ["USER"] = "someone"
print(getpass.getuser())
del os.environ["USER"]
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
os.environ.update(saved)
print(callable(getpass.getpass), getpass.GetPassWarning.__mro__[1].__name__)
