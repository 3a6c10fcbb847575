# xml.etree.ElementTree as applications use it: build a catalogue of records
# with SubElement and attributes, serialize it, parse it back (fromstring and
# iterparse), search it with find/findall/iter and ElementPath expressions,
# and deep-copy part of it. Prints a checksum of everything it read back.
import io
import sys
import copy
import xml.etree.ElementTree as ET


def build(n):
    state = 7

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return state % k

    root = ET.Element("catalog", version="3")
    for i in range(n):
        item = ET.SubElement(root, "item", {"id": str(i), "kind": ("book", "disc", "map")[rand(3)]})
        ET.SubElement(item, "title").text = "Title %d & more" % rand(100000)
        price = ET.SubElement(item, "price", currency=("EUR", "USD")[rand(2)])
        price.text = "%d.%02d" % (rand(200), rand(100))
        tags = ET.SubElement(item, "tags")
        for _ in range(rand(4) + 1):
            ET.SubElement(tags, "tag").text = "t%d" % rand(50)
        item.tail = "\n"
    return root


def checksum(root):
    total = 0
    for item in root.iter("item"):
        total += int(item.get("id")) + len(item.findtext("title"))
        total += int(float(item.find("price").text) * 100)
        total += len(item.findall("tags/tag"))
    for tag in root.iter("tag"):
        total += len(tag.text)
    total += len(root.findall(".//item[@kind='map']"))
    total += sum(len(t) for t in root.itertext())
    return total


def main(n):
    root = build(n)
    total = checksum(root)
    data = ET.tostring(root, encoding="utf-8")
    total += len(data)
    parsed = ET.fromstring(data)
    total += checksum(parsed)
    count = 0
    for event, elem in ET.iterparse(io.BytesIO(data), events=("start", "end")):
        if event == "end" and elem.tag == "item":
            count += len(elem)
            elem.clear()
    total += count
    part = copy.deepcopy(parsed[: n // 10])
    total += sum(len(e) for e in part)
    for item in parsed:
        item.set("seen", "1")
        del item[2]
    total += len(ET.tostring(parsed, encoding="unicode"))
    print(total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15000)
