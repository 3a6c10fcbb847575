# email: building a multipart message with attachments (EmailMessage API),
# serialising, parsing it back with the default policy, walking parts,
# header encoding/decoding and address parsing.
import email
import email.utils
from email import policy
from email.header import Header, decode_header, make_header
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser

msg = EmailMessage()
msg["Subject"] = "Quarterly report – résumé"
msg["From"] = email.utils.formataddr(("Zoë Example", "zoe@example.com"))
msg["To"] = "Bob <bob@example.org>, carol@example.net"
msg["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Tue, 01 Aug 2023 10:00:00 +0000"))
msg["Message-ID"] = "<fixed-id@example.com>"
msg.set_content("Hello,\n\nPlease find the report attached.\n")
msg.add_alternative("<p>Hello,</p><p>Please find the <b>report</b> attached.</p>", subtype="html")
msg.add_attachment(b"col1,col2\n1,2\n", maintype="text", subtype="csv", filename="data.csv")
msg.add_attachment(bytes(range(40)), maintype="application", subtype="octet-stream", filename="blob.bin")
msg.set_boundary("BOUNDARY")
for part in msg.iter_parts():
    if part.get_content_type() == "multipart/alternative":
        part.set_boundary("ALT")
raw = msg.as_bytes(policy=policy.SMTP)
print(raw.decode("ascii"))

parsed = BytesParser(policy=policy.default).parsebytes(raw)
print(parsed["subject"], "|", parsed["from"].addresses[0].display_name, parsed["to"].addresses[1].addr_spec)
print(parsed.is_multipart(), parsed.get_content_type(), parsed.get_boundary())
for part in parsed.walk():
    print(part.get_content_type(), part.get_content_disposition(), part.get_filename(), part.get_content_charset())
body = parsed.get_body(preferencelist=("plain", "html"))
print(repr(body.get_content()))
html = parsed.get_body(preferencelist=("html",))
print(html.get_content().strip())
atts = list(parsed.iter_attachments())
print([a.get_filename() for a in atts], atts[0].get_content(), len(atts[1].get_content()))
print(parsed["date"].datetime, parsed["date"].datetime.tzinfo)

legacy = MIMEMultipart()
legacy["Subject"] = Header("Grüße aus Köln", "utf-8")
legacy.attach(MIMEText("plain body", "plain", "utf-8"))
legacy.attach(MIMEApplication(b"\x00\x01", Name="x.bin"))
legacy.set_boundary("LEGACY")
text = legacy.as_string()
print(text.splitlines()[:6])
back = email.message_from_string(text)
print([str(make_header(decode_header(back["Subject"])))], len(back.get_payload()))
print(decode_header("=?utf-8?q?caf=C3=A9?= and =?iso-8859-1?b?bmHvdmU=?="))
print(email.utils.parseaddr("Mary Smith <mary@x.example>"), email.utils.getaddresses(["a@b.c, D <d@e.f>"]))
print(email.utils.quote('say "hi"'), email.utils.unquote('"quoted"'), email.utils.collapse_rfc2231_value(("us-ascii", "", "abc")))
print(email.utils.encode_rfc2231("ünïcode", "utf-8"), email.utils.decode_rfc2231("utf-8''%C3%BC"))
print(email.utils.mktime_tz(email.utils.parsedate_tz("Mon, 20 Nov 1995 19:12:08 -0500")))
bad = email.message_from_string("From: x\nSubject: no body separator\nBad header line\n\nbody")
print(bad.defects, bad["Subject"], repr(bad.get_payload()))
