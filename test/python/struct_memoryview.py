# struct pack/unpack (endianness, padding, iter_unpack, errors) and memoryview slicing,
# casting, writes through views into bytearrays, released views, inside hot loops.
import struct


def encode_records(recs):
    out = bytearray()
    for rid, temp, name in recs:
        out += struct.pack("<Ihd8s", rid, -rid, temp, name.encode())
    return bytes(out)


def decode_records(blob):
    return [(rid, neg, round(t, 3), name.rstrip(b"\0").decode()) for rid, neg, t, name in struct.iter_unpack("<Ihd8s", blob)]


def sum_view(mv):
    s = 0
    for x in mv:
        s += x
    return s


def fill(mv, v):
    for i in range(len(mv)):
        mv[i] = (v + i) % 256
    return mv


recs = [(i, i * 1.25, "r%d" % i) for i in range(10)]
for i in range(60):
    decode_records(encode_records(recs[:3]))
    sum_view(memoryview(b"abcdef"))
blob = encode_records(recs)
print(len(blob), struct.calcsize("<Ihd8s"), struct.calcsize("Ihd8s"), decode_records(blob)[-2:])
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!hH", -2, 65535), struct.unpack(">f", struct.pack(">f", 0.1)), struct.pack("?x3s", True, b"ab"))
for fmt, args in (("b", (200,)), ("H", (-1,)), ("I", ("x",)), ("2s", (b"abc",)), ("i", (1, 2))):
    try:
        print(fmt, struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, "struct.error", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error", e)
buf = bytearray(16)
mv = memoryview(buf)
for i in range(60):
    fill(mv[4:12], i)
print(buf, sum_view(mv), sum_view(mv[::3]), mv[2:6].tobytes(), mv.nbytes, mv.readonly)
ints = mv.cast("I")
print(len(ints), ints.format, ints.itemsize, list(ints), ints.shape)
ints[1] = 0x01020304
print(buf.hex(), sum_view(ints))
m2 = mv[::2]
print(m2.tolist()[:5], m2.contiguous, m2.strides)
try:
    m2.cast("I")
except TypeError as e:
    print("TypeError", e)
ro = memoryview(b"readonly")
try:
    ro[0] = 65
except TypeError as e:
    print("TypeError", e)
try:
    buf.append(1)
except BufferError as e:
    print("BufferError", e)
ints.release()
m2.release()
mv.release()
buf.append(1)
print(len(buf))
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(bytearray(b"abcd")) as m:
    m[1:3] = b"XY"
    print(bytes(m), m == b"aXYd", m.hex())
s = struct.Struct("<3H")
print(s.size, s.unpack_from(b"\x01\x00\x02\x00\x03\x00\x04\x00", 2), s.pack(1, 2, 3))
tgt = bytearray(8)
s.pack_into(tgt, 1, 7, 8, 9)
print(tgt)
