# wave writes and reads a 16-bit stereo WAV in memory; colorsys converts
# colours between RGB, HSV, HLS and YIQ.
import colorsys
import io
import math
import struct
import wave

buf = io.BytesIO()
with wave.open(buf, "wb") as w:
    w.setnchannels(2)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.setcomptype("NONE", "not compressed")
    frames = bytearray()
    for i in range(400):
        left = int(12000 * math.sin(2 * math.pi * 440 * i / 8000))
        right = int(6000 * math.sin(2 * math.pi * 220 * i / 8000))
        frames += struct.pack("<hh", left, right)
    w.writeframes(bytes(frames))
    try:
        w.setcomptype("NONE", "not compressed")
    except wave.Error as e:
        print("wave.Error", e)
data = buf.getvalue()
print(len(data), data[:4], data[8:16], struct.unpack("<I", data[4:8])[0])

buf.seek(0)
with wave.open(buf, "rb") as r:
    params = r.getparams()
    print(params)
    print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
    first = r.readframes(3)
    print(struct.unpack("<6h", first))
    r.setpos(100)
    print(r.tell(), struct.unpack("<hh", r.readframes(1)))
    rest = r.readframes(10_000)
    print(len(rest) // 4, r.tell())
    r.rewind()
    print(r.tell())

try:
    wave.open(io.BytesIO(b"RIFF\x00\x00\x00\x00JUNK"), "rb")
except (wave.Error, EOFError) as e:
    print(type(e).__name__, e)

mono = io.BytesIO()
w = wave.open(mono, "wb")
w.setparams((1, 1, 11025, 0, "NONE", "not compressed"))
w.writeframesraw(bytes(range(0, 256, 8)))
w.close()
mono.seek(0)
r = wave.open(mono)
print(r.getparams().nframes, list(r.readframes(5)))
r.close()

def fmt(t):
    return tuple(round(x, 4) for x in t)

for rgb in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1), (0, 0, 0), (0.2, 0.4, 0.6), (0.9, 0.5, 0.1)]:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    back = (colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
    print(rgb, fmt(hsv), fmt(hls), fmt(yiq), [fmt(b) for b in back])
print(colorsys.ONE_THIRD, colorsys.TWO_THIRD, colorsys.hls_to_rgb(0.5, 0.5, 0))
