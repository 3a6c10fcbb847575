# netrc parsing of a machine file, and mailbox: an mbox and a Maildir in a
# temporary folder (add, iterate, keys, flags, remove, locking).
import email.message
import mailbox
import netrc
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "netrc")
    with open(path, "w") as f:
        f.write("""machine example.com login alice password s3cret
machine ftp.example.org
    login bob
    account acct
    password "quoted pass"
default login anon password guest@
macdef init
cd /pub
bin

""")
    os.chmod(path, 0o600)
    n = netrc.netrc(path)
    print(n.authenticators("example.com"), n.authenticators("ftp.example.org"))
    print(n.authenticators("unknown.host"), sorted(n.hosts), n.macros)
    print(repr(n).count("machine"))
    bad = os.path.join(tmp, "bad")
    with open(bad, "w") as f:
        f.write("machine host login user password pw bogus token\n")
    try:
        netrc.netrc(bad)
    except netrc.NetrcParseError as e:
        print("NetrcParseError", e.msg, e.lineno)

    def message(i, subject):
        m = email.message.EmailMessage()
        m["From"] = f"user{i}@example.com"
        m["To"] = "list@example.com"
        m["Subject"] = subject
        m.set_content(f"Body of message {i}.\nFrom the start of a line\n")
        return m

    box = mailbox.mbox(os.path.join(tmp, "inbox.mbox"))
    box.lock()
    keys = [box.add(message(i, s)) for i, s in enumerate(["hello", "re: hello", "report"])]
    box.flush()
    box.unlock()
    print(keys, len(box))
    for key, msg in sorted(box.items()):
        print(key, msg["Subject"], msg.get_from().split()[0], msg.get_payload().splitlines())
    box.remove(keys[1])
    box.flush()
    print(len(box), [m["Subject"] for m in box])
    with open(os.path.join(tmp, "inbox.mbox")) as f:
        raw = f.read()
    print(raw.count("\nFrom "), raw.count(">From the start"))
    box.close()

    md = mailbox.Maildir(os.path.join(tmp, "maildir"), create=True)
    k1 = md.add(message(1, "first"))
    k2 = md.add(message(2, "second"))
    m = md[k1]
    print(type(m).__name__, m.get_subdir(), m.get_flags() == "", m["Subject"])
    m.set_flags("FS")
    m.set_subdir("cur")
    md[k1] = m
    print(md[k1].get_flags(), md[k1].get_subdir(), sorted(msg["Subject"] for msg in md))
    sub = md.add_folder("archive")
    sub.add(message(3, "archived"))
    print(md.list_folders(), len(sub), len(md))
    md.discard(k2)
    print(len(md), k2 in md, k1 in md)
    print(sorted(os.listdir(os.path.join(tmp, "maildir"))))
    try:
        md[k2]
    except KeyError:
        print("KeyError for removed message")
    md.close()
