# plistlib (XML and binary round trips, UID, dates, dict ordering options,
# errors) and mimetypes guesses with a private database.
import datetime
import mimetypes
import plistlib

data = {
    "name": "Demo",
    "version": 3,
    "ratio": 0.75,
    "enabled": True,
    "tags": ["a", "b", "ü"],
    "blob": b"\x00\x01binary",
    "when": datetime.datetime(2021, 3, 4, 5, 6, 7),
    "nested": {"z": 1, "a": [1, 2, {"deep": False}]},
    "big": 2 ** 40,
    "neg": -5,
}
xml = plistlib.dumps(data)
print(xml.decode())
print(plistlib.loads(xml) == data)
unsorted = plistlib.dumps({"b": 1, "a": 2}, sort_keys=False)
print(unsorted.decode().split("<dict>")[1].split("</dict>")[0].split())
binary = plistlib.dumps(data, fmt=plistlib.FMT_BINARY)
print(binary[:8], len(binary) > 100, plistlib.loads(binary) == data)
print(plistlib.loads(binary, fmt=plistlib.FMT_BINARY)["when"])
uid = plistlib.UID(7)
b2 = plistlib.dumps({"ref": uid}, fmt=plistlib.FMT_BINARY)
print(plistlib.loads(b2), repr(uid), uid.data)
try:
    plistlib.dumps({1: "x"})
except TypeError as e:
    print("TypeError", e)
try:
    plistlib.loads(b"not a plist")
except plistlib.InvalidFileException as e:
    print("InvalidFileException", e)
try:
    plistlib.dumps({"x": None})
except TypeError as e:
    print("TypeError", e)
print(plistlib.loads(plistlib.dumps([1, "two"], fmt=plistlib.FMT_BINARY)))

db = mimetypes.MimeTypes(filenames=())
for name in ["report.pdf", "photo.JPG", "archive.tar.gz", "style.css", "script.js", "data.json", "noext", "page.html",
             "x.unknownext", "image.svgz", "http://example.com/a.png?x=1", "data:text/plain;base64,SGk="]:
    print(name, db.guess_type(name))
print(db.guess_extension("text/html"), db.guess_extension("image/jpeg"), db.guess_extension("application/x-nope"))
db.add_type("application/x-demo", ".demo")
print(db.guess_type("f.demo"), db.guess_extension("application/x-demo"), sorted(db.guess_all_extensions("text/plain"))[:3])
print(db.guess_type("f.DEMO", strict=True), mimetypes.guess_type("a.txt", strict=False)[0])
