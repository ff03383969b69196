"""Reading back the PDFs wijkdesk writes, without a PDF library: structure, metadata and text.

``qpdf --check`` and poppler's ``pdftotext`` are used when they are on PATH (tests call both);
they are not on every machine, and no PDF reader is a dependency, so this module reads what
reportlab writes on its own: the classic cross-reference table, Flate (and ASCII85) streams,
the /ToUnicode maps of the embedded font subsets, page content streams and the form XObjects
they draw (the footer's "van Y"). It is no general PDF parser: enough to check our own files.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from dataclasses import dataclass, field
from pathlib import Path

_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_REF = re.compile(rb"(\d+)\s+0\s+R")


class PdfError(AssertionError):
    pass


@dataclass
class Pdf:
    data: bytes
    offsets: dict[int, int] = field(default_factory=dict)
    trailer: bytes = b""

    # -- structure --

    @classmethod
    def read(cls, path: str | Path) -> Pdf:
        pdf = cls(Path(path).read_bytes())
        pdf._check()
        return pdf

    def _check(self) -> None:
        d = self.data
        if not d.startswith(b"%PDF-1."):
            raise PdfError("no %PDF header")
        if not d.rstrip().endswith(b"%%EOF"):
            raise PdfError("no %%EOF at the end")
        m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", d)
        if not m:
            raise PdfError("no startxref")
        xref = int(m.group(1))
        if not d[xref:].startswith(b"xref"):
            raise PdfError("startxref does not point to the xref table")
        head = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", d[xref:])
        if not head:
            raise PdfError("bad xref table")
        first, count = int(head.group(1)), int(head.group(2))
        pos = xref + head.end()
        for i in range(count):
            entry = d[pos + 20 * i: pos + 20 * i + 20]
            if not re.fullmatch(rb"\d{10} \d{5} [nf]\s\s?", entry[:20]) and \
                    not re.fullmatch(rb"\d{10} \d{5} [nf][ \r\n]{1,2}", entry):
                raise PdfError(f"bad xref entry {entry!r}")
            if entry[17:18] == b"n":
                number = first + i
                offset = int(entry[:10])
                found = _OBJ.match(d, offset)
                if not found or int(found.group(1)) != number:
                    raise PdfError(f"object {number} is not at offset {offset}")
                self.offsets[number] = offset
        tail = d.find(b"trailer", pos + 20 * count)
        if tail < 0:
            raise PdfError("no trailer")
        self.trailer = d[tail:d.find(b"startxref", tail)]
        size = re.search(rb"/Size\s+(\d+)", self.trailer)
        if not size or int(size.group(1)) != first + count:
            raise PdfError("/Size does not match the xref table")
        for name in (b"/Root", b"/Info"):
            if not re.search(re.escape(name) + rb"\s+\d+\s+0\s+R", self.trailer):
                raise PdfError(f"the trailer has no {name.decode()}")
        for number in self.offsets:  # every object is whole and every reference resolves
            body = self.obj(number)
            for ref in _REF.findall(body.split(b"stream", 1)[0]):
                if int(ref) not in self.offsets:
                    raise PdfError(f"object {number} refers to missing object {int(ref)}")

    def obj(self, number: int) -> bytes:
        """The object's source from after "obj" to "endobj" (streams included raw)."""
        start = _OBJ.match(self.data, self.offsets[number]).end()
        head = self.data[start:start + 4000]
        length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head.split(b"stream", 1)[0])
        s = head.find(b"stream")
        if length and s >= 0 and b">>" in head[:s]:
            n = int(length.group(1))
            if length.group(2):
                n = int(self.obj(n).strip())
            body_start = start + s + len(b"stream")
            body_start += 2 if self.data[body_start:body_start + 2] == b"\r\n" else 1
            end = body_start + n
            if not re.match(rb"\s*endstream\s+endobj", self.data[end:end + 40]):
                raise PdfError("a stream's /Length is wrong")
            return self.data[start:end + 40].split(b"endobj", 1)[0]
        end = self.data.find(b"endobj", start)
        if end < 0:
            raise PdfError("an object without endobj")
        return self.data[start:end]

    def stream(self, number: int) -> bytes:
        body = self.obj(number)
        dictionary, _, rest = body.partition(b"stream")
        raw = rest[2:] if rest.startswith(b"\r\n") else rest[1:]
        length = re.search(rb"/Length\s+(\d+)(?!\s+\d+\s+R)", dictionary)
        if length:  # the data may itself end in CR or LF: cut by /Length, not by trimming
            raw = raw[:int(length.group(1))]
        else:
            raw = raw.rsplit(b"endstream", 1)[0].rstrip(b"\r\n")
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", dictionary)
        for name in filters:
            if name == b"ASCII85Decode":
                raw = base64.a85decode(raw.strip(), adobe=raw.strip().startswith(b"<~"))
            else:
                raw = zlib.decompress(raw)
        return raw

    # -- metadata --

    def info(self) -> dict[str, str]:
        ref = int(re.search(rb"/Info\s+(\d+)\s+0\s+R", self.trailer).group(1))
        return {k.decode(): _pdf_string(v) for k, v in
                re.findall(rb"/(\w+)\s+(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)", self.obj(ref))}

    def catalog(self) -> bytes:
        ref = int(re.search(rb"/Root\s+(\d+)\s+0\s+R", self.trailer).group(1))
        return self.obj(ref)

    def lang(self) -> str:
        m = re.search(rb"/Lang\s+(\((?:\\.|[^\\)])*\))", self.catalog())
        return _pdf_string(m.group(1)) if m else ""

    # -- text --

    def pages(self) -> list[int]:
        root = int(re.search(rb"/Pages\s+(\d+)\s+0\s+R", self.catalog()).group(1))
        out: list[int] = []

        def walk(number: int) -> None:
            body = self.obj(number)
            kids = re.search(rb"/Kids\s*\[([^\]]*)\]", body)
            if kids:
                for ref in _REF.findall(kids.group(1)):
                    walk(int(ref))
            else:
                out.append(number)
        walk(root)
        return out

    def _resources(self, body: bytes) -> bytes:
        m = re.search(rb"/Resources\s+(\d+)\s+0\s+R", body)
        return self.obj(int(m.group(1))) if m else body

    def _named(self, resources: bytes, kind: bytes) -> dict[bytes, int]:
        m = re.search(rb"/" + kind + rb"\s+(\d+)\s+0\s+R", resources)
        if m:
            table = self.obj(int(m.group(1)))
        else:
            m = re.search(rb"/" + kind + rb"\s*<<(.*?)>>", resources, re.S)
            table = m.group(1) if m else b""
        return {name: int(ref) for name, ref in
                re.findall(rb"/([\w.+\-]+)\s+(\d+)\s+0\s+R", table)}

    def _cmap(self, font: int, cache: dict[int, dict[int, str]]) -> dict[int, str]:
        if font in cache:
            return cache[font]
        body = self.obj(font)
        m = re.search(rb"/ToUnicode\s+(\d+)\s+0\s+R", body)
        mapping: dict[int, str] = {}
        if m:
            text = self.stream(int(m.group(1)))
            for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
                for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                    mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
            for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
                for lo, hi, dst in re.findall(
                        rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                    base = int(dst, 16)
                    for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                        mapping[code] = chr(base + i)
        cache[font] = mapping
        return mapping

    def page_texts(self) -> list[str]:
        cache: dict[int, dict[int, str]] = {}
        texts = []
        for page in self.pages():
            body = self.obj(page)
            contents = re.search(rb"/Contents\s+(?:(\d+)\s+0\s+R|\[([^\]]*)\])", body)
            refs = [int(contents.group(1))] if contents.group(1) else \
                [int(r) for r in _REF.findall(contents.group(2))]
            stream = b"\n".join(self.stream(r) for r in refs)
            texts.append(self._text(stream, self._resources(body), cache, 0))
        return texts

    def _text(self, stream: bytes, resources: bytes, cache: dict[int, dict[int, str]],
              depth: int) -> str:
        fonts = self._named(resources, b"Font")
        xobjects = self._named(resources, b"XObject")
        out: list[str] = []
        operands: list[object] = []
        cmap: dict[int, str] = {}
        for token in _tokens(stream):
            if isinstance(token, _Op):
                op = token.name
                if op == "Tf" and len(operands) >= 2 and isinstance(operands[-2], _Name):
                    ref = fonts.get(operands[-2].name.encode())
                    cmap = self._cmap(ref, cache) if ref else {}
                elif op in ("Tj", "'", '"') and operands and isinstance(operands[-1], bytes):
                    if op != "Tj":
                        out.append("\n")
                    out.append(_decode(operands[-1], cmap))
                elif op == "TJ" and operands and isinstance(operands[-1], list):
                    for part in operands[-1]:
                        if isinstance(part, bytes):
                            out.append(_decode(part, cmap))
                        elif isinstance(part, float) and part < -200:
                            out.append(" ")
                elif op in ("T*", "ET", "BT", "Tm") or (
                        op in ("Td", "TD") and len(operands) >= 2 and operands[-1] != 0):
                    out.append("\n")
                elif op == "Do" and operands and isinstance(operands[-1], _Name) and depth < 4:
                    ref = xobjects.get(operands[-1].name.encode())
                    if ref is not None:
                        form = self.obj(ref)
                        if b"/Form" in form.split(b"stream", 1)[0]:
                            res = self._resources(form.split(b"stream", 1)[0])
                            inner = self._text(self.stream(ref), res or resources, cache,
                                               depth + 1)
                            out.append(inner.strip("\n"))
                operands = []
            else:
                operands.append(token)
        return "".join(out)

    def text(self) -> str:
        return "\n\f".join(self.page_texts())


@dataclass
class _Op:
    name: str


@dataclass
class _Name:
    name: str


_DELIMS = b"()<>[]{}/%"
_WS = b" \t\r\n\f\x00"


def _tokens(data: bytes):  # noqa: C901 - a small tokenizer
    i, n = 0, len(data)
    stack: list[list[object]] = []

    def emit(value: object):
        if stack:
            stack[-1].append(value)
            return None
        return value

    while i < n:
        c = data[i:i + 1]
        if c in (b" ", b"\t", b"\r", b"\n", b"\f", b"\x00"):
            i += 1
        elif c == b"%":
            while i < n and data[i:i + 1] not in (b"\r", b"\n"):
                i += 1
        elif c == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = data[j:j + 1]
                if ch == b"\\":
                    nxt = data[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        k = j + 1
                        digits = b""
                        while k < n and len(digits) < 3 and data[k:k + 1] in b"01234567":
                            digits += data[k:k + 1]
                            k += 1
                        buf.append(int(digits, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                            b"f": b"\f"}.get(nxt, nxt)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                j += 1
            i = j + 1
            v = emit(bytes(buf))
            if v is not None:
                yield v
        elif c == b"<" and data[i + 1:i + 2] != b"<":
            j = data.index(b">", i)
            hexed = re.sub(rb"\s", b"", data[i + 1:j])
            if len(hexed) % 2:
                hexed += b"0"
            i = j + 1
            v = emit(bytes.fromhex(hexed.decode()))
            if v is not None:
                yield v
        elif c == b"[":
            stack.append([])
            i += 1
        elif c == b"]":
            items = stack.pop() if stack else []
            i += 1
            v = emit(items)
            if v is not None:
                yield v
        elif c == b"/":
            j = i + 1
            while j < n and data[j:j + 1] not in _WS and data[j:j + 1] not in _DELIMS:
                j += 1
            v = emit(_Name(data[i + 1:j].decode("latin-1")))
            i = j
            if v is not None:
                yield v
        elif data[i:i + 2] in (b"<<", b">>"):
            i += 2
        else:
            j = i
            while j < n and data[j:j + 1] not in _WS and data[j:j + 1] not in _DELIMS:
                j += 1
            word = data[i:j].decode("latin-1")
            i = max(j, i + 1)
            try:
                v = emit(float(word))
            except ValueError:
                v = emit(_Op(word)) if not stack else None
            if v is not None:
                yield v


def _decode(raw: bytes, cmap: dict[int, str]) -> str:
    if not cmap:
        return raw.decode("latin-1")
    return "".join(cmap.get(b, "") for b in raw)


def _pdf_string(token: bytes) -> str:
    if token.startswith(b"<"):
        raw = bytes.fromhex(token[1:-1].decode())
    else:
        raw = next(iter(_tokens(token)))
        assert isinstance(raw, bytes)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be")
    return "".join(_PDFDOC.get(b, chr(b)) for b in raw)


#: PDFDocEncoding where it differs from Latin-1 (PDF 1.7, annex D).
_PDFDOC = dict(zip(range(0x80, 0xA1), "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\ufffd€", strict=True))


def normalised(text: str) -> str:
    """Whitespace collapsed, so that a sentence wrapped over lines is found whole."""
    return " ".join(text.replace("\u00ad", "").split())


def tool_text(path: str | Path) -> str | None:
    """The text poppler's pdftotext extracts (in content order), or None without it."""
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def qpdf_check(path: str | Path) -> bool | None:
    """True if ``qpdf --check`` passes, None when qpdf is not installed."""
    if shutil.which("qpdf") is None:
        return None
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    if result.returncode not in (0, 3):  # 3: warnings only
        raise PdfError(result.stdout + result.stderr)
    return True


def texts(path: str | Path) -> list[str]:
    """The document's text by every extractor at hand (ours always, pdftotext if installed)."""
    out = [Pdf.read(path).text()]
    poppler = tool_text(path)
    if poppler is not None:
        out.append(poppler)
    return out


def _mul(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """The product of two PDF matrices [a b c d e f] (a first, then b)."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def text_sizes(pdf: Pdf) -> list[tuple[int, str, float]]:
    """(page, text, size on paper in points) of every text the pages show: the font size of
    ``Tf`` scaled by the text matrix and the current transformation (``cm``, a form's
    ``/Matrix``), form XObjects followed."""
    cache: dict[int, dict[int, str]] = {}
    out: list[tuple[int, str, float]] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    def run(page: int, stream: bytes, resources: bytes, ctm: tuple[float, ...],
            depth: int) -> None:
        fonts = pdf._named(resources, b"Font")
        xobjects = pdf._named(resources, b"XObject")
        stack: list[tuple[float, ...]] = []
        tm = identity
        size, cmap = 0.0, {}
        operands: list[object] = []
        for token in _tokens(stream):
            if not isinstance(token, _Op):
                operands.append(token)
                continue
            op, args = token.name, operands
            operands = []
            nums = [a for a in args if isinstance(a, float)]
            if op == "q":
                stack.append(ctm)
            elif op == "Q" and stack:
                ctm = stack.pop()
            elif op == "cm" and len(nums) == 6:
                ctm = _mul(tuple(nums), ctm)
            elif op == "BT":
                tm = identity
            elif op == "Tm" and len(nums) == 6:
                tm = tuple(nums)
            elif op == "Tf" and len(args) >= 2 and isinstance(args[-2], _Name):
                size = float(args[-1])
                ref = fonts.get(args[-2].name.encode())
                cmap = pdf._cmap(ref, cache) if ref else {}
            elif op in ("Tj", "'", '"', "TJ") and args:
                shown = args[-1]
                parts = shown if isinstance(shown, list) else [shown]
                text = "".join(_decode(p, cmap) for p in parts if isinstance(p, bytes))
                m = _mul(tm, ctm)
                scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
                if text.strip():
                    out.append((page, text, size * scale))
            elif op == "Do" and args and isinstance(args[-1], _Name) and depth < 4:
                ref = xobjects.get(args[-1].name.encode())
                if ref is None:
                    continue
                head = pdf.obj(ref).split(b"stream", 1)[0]
                if b"/Form" not in head:
                    continue
                matrix = re.search(rb"/Matrix\s*\[([^\]]*)\]", head)
                form = tuple(float(v) for v in matrix.group(1).split()) if matrix else identity
                run(page, pdf.stream(ref), pdf._resources(head) or resources,
                    _mul(form, ctm), depth + 1)

    for number, page in enumerate(pdf.pages(), start=1):
        body = pdf.obj(page)
        contents = re.search(rb"/Contents\s+(?:(\d+)\s+0\s+R|\[([^\]]*)\])", body)
        refs = [int(contents.group(1))] if contents.group(1) else \
            [int(r) for r in _REF.findall(contents.group(2))]
        stream = b"\n".join(pdf.stream(r) for r in refs)
        run(number, stream, pdf._resources(body), identity, 0)
    return out


def image_placements(pdf: Pdf) -> list[tuple[int, float, float, int, int]]:
    """(page, width, height on paper in points, pixels wide, pixels high) of every image the
    pages draw, from the ``cm`` in force at its ``Do``."""
    out = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for number, page in enumerate(pdf.pages(), start=1):
        body = pdf.obj(page)
        xobjects = pdf._named(pdf._resources(body), b"XObject")
        contents = re.search(rb"/Contents\s+(?:(\d+)\s+0\s+R|\[([^\]]*)\])", body)
        refs = [int(contents.group(1))] if contents.group(1) else \
            [int(r) for r in _REF.findall(contents.group(2))]
        ctm, stack, operands = identity, [], []
        for token in _tokens(b"\n".join(pdf.stream(r) for r in refs)):
            if not isinstance(token, _Op):
                operands.append(token)
                continue
            nums = [a for a in operands if isinstance(a, float)]
            if token.name == "q":
                stack.append(ctm)
            elif token.name == "Q" and stack:
                ctm = stack.pop()
            elif token.name == "cm" and len(nums) == 6:
                ctm = _mul(tuple(nums), ctm)
            elif token.name == "Do" and operands and isinstance(operands[-1], _Name):
                ref = xobjects.get(operands[-1].name.encode())
                head = pdf.obj(ref).split(b"stream", 1)[0] if ref is not None else b""
                if re.search(rb"/Subtype\s*/Image\b", head):
                    px = int(re.search(rb"/Width\s+(\d+)", head).group(1))
                    py = int(re.search(rb"/Height\s+(\d+)", head).group(1))
                    out.append((number, abs(ctm[0]), abs(ctm[3]), px, py))
            operands = []
    return out
