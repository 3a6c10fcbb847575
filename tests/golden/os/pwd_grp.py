# pwd and grp: the root entries, struct types, lookups that fail, argument errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root, root.pw_name, root[0], len(root), type(root).__name__)
print(pwd.getpwnam("root") == root, pwd.struct_passwd.n_fields, pwd.struct_passwd.__match_args__)
print(any(p.pw_uid == 0 for p in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g, len(g))
print(grp.struct_group.__match_args__, any(x.gr_gid == 0 for x in grp.getgrall()))
for f in (lambda: pwd.getpwnam("no-such-user-x"), lambda: pwd.getpwuid(987654), lambda: pwd.getpwuid(-5),
          lambda: grp.getgrnam("no-such-group-x"), lambda: grp.getgrgid(987654), lambda: grp.getgrgid(-5),
          lambda: pwd.getpwnam(5), lambda: pwd.getpwnam("a\0b"), lambda: pwd.getpwuid("x"),
          lambda: grp.getgrnam(b"x"), lambda: grp.getgrgid(1.5), lambda: pwd.getpwall(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = pwd.struct_passwd(("n", "p", 1, 2, "g", "/d", "/s"))
print(s, s.pw_dir)
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
