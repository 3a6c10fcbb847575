# Copying and pickling native Elements: copy.copy shares children and attrib
# (as CPython's C Element), deepcopy copies everything and honours the memo,
# pickle round trips at every protocol that CPython supports for Element.
import copy
import pickle
import xml.etree.ElementTree as ET

root = ET.Element("r", {"k": "v"})
root.text = "T"
root.tail = "tail"
c = ET.SubElement(root, "c", n="1")
c.text = "child"
ET.SubElement(c, "g").tail = "gt"

shallow = copy.copy(root)
print(shallow.tag, shallow.text, shallow.tail, shallow.attrib, len(shallow))
print(shallow.attrib is root.attrib, shallow[0] is root[0], shallow is root)
shallow.append(ET.Element("only-in-copy"))
print(len(root), len(shallow))

deep = copy.deepcopy(root)
print(deep.tag, deep.attrib, deep.attrib is root.attrib, deep[0] is root[0], deep[0][0].tail)
print(ET.tostring(deep) == ET.tostring(root))

shared = ET.Element("shared")
holder = ET.Element("h")
holder.append(shared)
holder.append(shared)
memo = {}
dup = holder.__deepcopy__(memo)
print(dup[0] is dup[1], id(holder) in memo, memo[id(holder)] is dup)

obj_text = ET.Element("o")
obj_text.text = ["a", "list"]
dc = copy.deepcopy(obj_text)
print(dc.text, dc.text is obj_text.text)

print(sorted(root.__getstate__()))
state = root.__getstate__()
print(state["tag"], state["attrib"], state["text"], state["tail"], [e.tag for e in state["_children"]])
print(ET.Element("bare").__getstate__())
r = root.__reduce_ex__(2)
print(r[0].__name__, r[1], sorted(r[2]))

for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(root, proto)
    back = pickle.loads(data)
    print(proto, type(back).__name__, ET.tostring(back) == ET.tostring(root), back.attrib)
print(pickle.dumps(root, 4) == pickle.dumps(pickle.loads(pickle.dumps(root, 4)), 4))

fresh = ET.Element("x")
fresh.__setstate__({"tag": "y", "attrib": {"a": "b"}, "text": "t", "tail": None, "_children": [ET.Element("k")]})
print(fresh.tag, fresh.attrib, fresh.text, fresh.tail, [e.tag for e in fresh])
fresh.__setstate__({"tag": "z"})
print(fresh.tag, fresh.attrib, fresh.text, len(fresh))


class Sub(ET.Element):
    pass


s = Sub("s")
print(type(copy.copy(s)).__name__, type(copy.deepcopy(s)).__name__, type(pickle.loads(pickle.dumps(s))).__name__)
