# UserDict, UserList and UserString: wrappers over dict, list and str in `data`.
from collections import UserDict, UserList, UserString

ud = UserDict({"a": 1}, b=2)
ud["c"] = 3
del ud["a"]
print(ud, len(ud), "b" in ud, ud.data, list(ud), ud.get("q", 0))
print(ud | {"z": 0}, {"z": 0} | ud, type(ud.copy()).__name__, UserDict.fromkeys("xy", 1))
ud |= {"m": 5}
print(ud, ud.pop("m"), ud.setdefault("n", 7), ud == {"b": 2, "c": 3, "n": 7})
try:
    ud["missing"]
except KeyError as e:
    print("KeyError", e)
class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2
print(WithMissing()["ab"])

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul[0], len(ul), ul + [9], [0] + ul, ul * 2)
ul.extend(UserList([7]))
ul.insert(0, 0)
ul.remove(3)
print(ul, ul.pop(), ul.index(2), ul.count(1), ul == [0, 1, 2, 5], ul < [1], 2 in ul)
ul.reverse()
ul += (8,)
ul *= 2
print(ul, ul.copy(), type(ul.copy()).__name__)
ul.clear()
print(ul, UserList(), UserList("ab"))

us = UserString("Hello")
print(us, repr(us), len(us), us[1], us[1:3], us + "!", "<" + us, us * 2, us.upper(), us.lower())
print(us == "Hello", us < "Z", "ell" in us, us.find("l"), us.count("l"), us.replace("l", "L"))
print(us.split("l"), us.startswith("He"), us.center(9, "*"), us.strip("Ho"), type(us.upper()).__name__)
print(UserString(42), int(UserString("7")) + 1, hash(us) == hash("Hello"), us.isalpha(), UserString("%s-%d") % ("a", 1))
