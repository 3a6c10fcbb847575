d = {"name": "Ann", "n": 3, "pi": 3.14159, "x": 255, "s": "é"}
print("%(name)s has %(n)d items" % d)
print("%(pi).2f %(pi)10.3f|%(pi)-8.1f|" % d)
print("%(x)x %(x)#o %(x)5d|" % d)
print("%(s)r %(s)a %(s)s" % d)
print("%(name)s %%" % d)
print("%s" % d == str(d))
class M:
    def __getitem__(self, key):
        return key.upper()
print("%(hello)s %(world)s" % M())
print("%(a)s %(a)s" % {"a": 1, "b": 2})
print("%(key with space)s" % {"key with space": 1}, "%((nested))s" % {"(nested)": 2})
