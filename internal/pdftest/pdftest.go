// Package pdftest writes small PDFs for tests: pages of text drawn at given
// positions in one Type 1 font, and raw content streams to test damaged ones.
package pdftest

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"

	"github.com/normdex/normdex/internal/pdfcrypt"
)

// Text is a run of text drawn at (X, Y) in points, Y growing upwards. A Text
// with Size 0 is written into the page's content stream as it is.
type Text struct {
	X, Y, Size float64
	S          string
}

// Width gives the test font's width of a character, in thousandths of an em.
func Width(c byte) int {
	switch {
	case strings.IndexByte("iljtf.,;:' ", c) >= 0:
		return 278
	case c == 'm' || c == 'w' || c == 'M' || c == 'W':
		return 833
	case c >= 'A' && c <= 'Z':
		return 667
	}
	return 556
}

// TextWidth is the width of s set at size points.
func TextWidth(s string, size float64) float64 {
	w := 0
	for i := 0; i < len(s); i++ {
		w += Width(s[i])
	}
	return float64(w) / 1000 * size
}

// Build writes a PDF with the given pages (A4) in a simple font with
// one-byte codes, as LaTeX and LibreOffice write them.
func Build(pages [][]Text) []byte { return build(pages, false) }

// BuildCID writes the same with a composite (Type0, Identity-H) font with
// two-byte codes and a ToUnicode map, as word processors write them.
func BuildCID(pages [][]Text) []byte { return build(pages, true) }

func build(pages [][]Text, cid bool) []byte {
	first := 4 // the first page object: after catalog, pages and font
	if cid {
		first = 6 // and the descendant font and the ToUnicode map
	}
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", first+2*i)
	}
	objs := []Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), len(pages))},
	}
	widths := widthList()
	if cid {
		cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
			"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0020> <007E> <0020>\nendbfrange\n" +
			"endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n"
		objs = append(objs,
			Object{Dict: "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>"},
			Object{Dict: fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 [%s]] >>", strings.Join(widths, " "))},
			Object{Stream: []byte(cmap)})
	} else {
		objs = append(objs, Object{Dict: Font("")})
	}
	for i, items := range pages {
		objs = append(objs,
			Object{Dict: fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", first+1+2*i)},
			Object{Stream: []byte(Content(items, cid))})
	}
	return Write(objs, Options{})
}

func widthList() []string {
	var widths []string
	for c := 32; c <= 126; c++ {
		widths = append(widths, fmt.Sprint(Width(byte(c))))
	}
	return widths
}

// Font is the dictionary of the simple font of Build, with more entries
// (an /Encoding, a /FontDescriptor) when more is not empty.
func Font(more string) string {
	return fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [%s] %s>>", strings.Join(widthList(), " "), more)
}

// Page writes a one-page PDF: content drawn with resources (such as
// "/XObject << /X 6 0 R >>"), "/Font << /F1 4 0 R >>" unless they have
// fonts of their own; font is object 4, more objects are numbered from 6.
func Page(content, resources, font string, more []Object, o Options) []byte {
	if !strings.Contains(resources, "/Font") {
		resources = "/Font << /F1 4 0 R >> " + resources
	}
	objs := append([]Object{
		{Dict: "<< /Type /Catalog /Pages 2 0 R >>"},
		{Dict: "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"},
		{Dict: "<< /Type /Page /Parent 2 0 R /Resources << " + resources + " >> /Contents 5 0 R >>"},
		{Dict: font},
		{Stream: []byte(content)},
	}, more...)
	return Write(objs, o)
}

// Content writes the content stream that draws items in font /F1: simple,
// or composite with two-byte codes.
func Content(items []Text, cid bool) string {
	var c strings.Builder
	for _, it := range items {
		if it.Size == 0 {
			c.WriteString(it.S + "\n")
			continue
		}
		fmt.Fprintf(&c, "BT /F1 %.1f Tf %.2f %.2f Td %s Tj ET\n", it.Size, it.X, it.Y, pdfString(it.S, cid))
	}
	return c.String()
}

// Object is one object of a PDF that Write writes: a dictionary, or a
// stream, whose dictionary gets its /Length.
type Object struct {
	Dict   string
	Stream []byte // a stream when not nil
}

// Encryption is how Write encrypts a file: with the empty user password,
// as files that anyone may open but not edit are.
type Encryption int

// The encryptions of Write.
const (
	Plain  Encryption = iota
	RC4_40            // revision 2, the 40-bit RC4 of old Acrobat Distillers
	AES128            // revision 4, AESV2
	AES256            // revision 6, AESV3, of current Acrobat
	// AES256Owner is revision 6 with a user password and no owner
	// password, which opens the file as the empty user password would.
	AES256Owner
	// EmbeddedOnly encrypts the embedded files only (/AuthEvent /EFOpen),
	// with a password: the document itself is plain.
	EmbeddedOnly
)

// Options say how Write writes a file.
type Options struct {
	Header  string // the first line, "%PDF-1.4" when empty
	Encrypt Encryption
}

var (
	fileID = []byte("0123456789abcdef")
	// hexString is a hex string in a dictionary, which Write encrypts
	// (literal strings it leaves as they are).
	hexString = regexp.MustCompile(`<[0-9A-Fa-f]+>`)
)

// Write writes a PDF of objects numbered from 1, object 1 the catalog,
// with its cross-reference table and trailer. An encrypted file has its
// streams and the hex strings of its dictionaries encrypted.
func Write(objs []Object, o Options) []byte {
	var b bytes.Buffer
	if o.Header == "" {
		o.Header = "%PDF-1.4"
	}
	b.WriteString(o.Header + "\n")
	enc, crypt := encryption(o.Encrypt, len(objs)+1)
	if enc != "" {
		objs = append(objs, Object{Dict: enc})
	}
	offsets := make([]int, len(objs))
	for i, obj := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		if crypt != nil && i < len(objs)-1 { // not the /Encrypt dictionary
			obj.Dict = hexString.ReplaceAllStringFunc(obj.Dict, func(h string) string {
				raw, _ := hex.DecodeString(h[1 : len(h)-1])
				return fmt.Sprintf("<%x>", crypt(i+1, raw))
			})
		}
		switch {
		case obj.Stream == nil:
			b.WriteString(obj.Dict)
		default:
			data := obj.Stream
			if crypt != nil {
				data = crypt(i+1, bytes.Clone(data))
			}
			dict := strings.TrimSuffix(strings.TrimSpace(obj.Dict), ">>")
			if dict == "" {
				dict = "<<"
			}
			fmt.Fprintf(&b, "%s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
		}
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	extra := ""
	if enc != "" {
		extra = fmt.Sprintf(" /Encrypt %d 0 R /ID [<%x> <%x>]", len(objs), fileID, fileID)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, extra, xref)
	return b.Bytes()
}

// encryption returns the /Encrypt dictionary of e and the function that
// encrypts the streams of an object, for the empty user password.
func encryption(e Encryption, num int) (string, func(num int, data []byte) []byte) {
	owner := bytes.Repeat([]byte{0x5a}, 32) // no owner password is ever checked
	switch e {
	case RC4_40, AES128:
		r, n, useAES := int64(2), 5, false
		dict := "<< /Filter /Standard /V 1 /R 2 /Length 40"
		if e == AES128 {
			r, n, useAES = 4, 16, true
			dict = "<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF"
		}
		key := pdfcrypt.FileKey(r, n, owner, 0xfffffffc, fileID, false)
		u := append(pdfcrypt.UserCheck(r, key, fileID), make([]byte, 16)...)[:32]
		dict += fmt.Sprintf(" /P -4 /O <%x> /U <%x> >>", owner, u)
		return dict, func(num int, data []byte) []byte {
			k := pdfcrypt.ObjectKey(key, num, 0, useAES)
			if !useAES {
				pdfcrypt.RC4(k).XORKeyStream(data, data)
				return data
			}
			return aesCBC(k, data)
		}
	case AES256, AES256Owner:
		key := bytes.Repeat([]byte{0x42}, 32)
		vsalt, ksalt := []byte("validsal"), []byte("keysalt!")
		wrap := func(k []byte) []byte {
			block, _ := aes.NewCipher(k)
			w := make([]byte, 32)
			cipher.NewCBCEncrypter(block, make([]byte, 16)).CryptBlocks(w, key)
			return w
		}
		u := append(append(pdfcrypt.Hash(6, vsalt), vsalt...), ksalt...)
		ue := wrap(pdfcrypt.Hash(6, ksalt))
		o, oe := append(owner, owner[:16]...), owner
		if e == AES256Owner {
			// A user password: /U hashes something else than the empty one.
			u, ue = append(bytes.Repeat([]byte{0xa5}, 32), u[32:]...), owner
			o = append(append(pdfcrypt.OwnerHash(6, vsalt, u), vsalt...), ksalt...)
			oe = wrap(pdfcrypt.OwnerHash(6, ksalt, u))
		}
		dict := fmt.Sprintf("<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /P -4 /O <%x> /U <%x> /OE <%x> /UE <%x> /Perms <%x> >>",
			o, u, oe, ue, owner[:16])
		return dict, func(_ int, data []byte) []byte { return aesCBC(key, data) }
	case EmbeddedOnly:
		u := bytes.Repeat([]byte{0xa5}, 48)
		dict := fmt.Sprintf("<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /EFOpen /Length 32 >> >> /StmF /Identity /StrF /Identity /EFF /StdCF /P -4 /O <%x> /U <%x> /OE <%x> /UE <%x> /Perms <%x> >>",
			u, u, owner, owner, owner[:16])
		return dict, nil
	}
	return "", nil
}

// aesCBC encrypts data with PKCS#5 padding behind a fixed IV.
func aesCBC(key, data []byte) []byte {
	pad := 16 - len(data)%16
	data = append(data, bytes.Repeat([]byte{byte(pad)}, pad)...)
	out := append(bytes.Repeat([]byte{7}, 16), make([]byte, len(data))...)
	block, _ := aes.NewCipher(key)
	cipher.NewCBCEncrypter(block, out[:16]).CryptBlocks(out[16:], data)
	return out
}

// pdfString writes s as a literal string, or as two-byte hex codes for a
// composite font.
func pdfString(s string, cid bool) string {
	if !cid {
		return "(" + strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s) + ")"
	}
	var b strings.Builder
	b.WriteByte('<')
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, "%04X", s[i])
	}
	b.WriteByte('>')
	return b.String()
}

// Column sets paragraphs as lines of at most width points from (x, y)
// downwards, and returns them with the y below them.
func Column(x, y, width, size float64, paras ...string) ([]Text, float64) {
	var items []Text
	for _, p := range paras {
		var cur string
		for _, w := range strings.Fields(p) {
			if cur != "" && TextWidth(cur+" "+w, size) > width {
				items = append(items, Text{x, y, size, cur})
				y -= 1.2 * size
				cur = ""
			}
			if cur != "" {
				cur += " "
			}
			cur += w
		}
		items = append(items, Text{x, y, size, cur})
		y -= 2.4 * size
	}
	return items, y
}

// Words sets a line word by word, each drawn at its own position with no
// space glyph between them, as many word processors do: only the gaps
// between the words tell where one ends.
func Words(line Text) []Text {
	var out []Text
	x := line.X
	for _, w := range strings.Fields(line.S) {
		out = append(out, Text{X: x, Y: line.Y, Size: line.Size, S: w})
		x += TextWidth(w+" ", line.Size)
	}
	return out
}

// Encrypt marks a PDF built by Build as encrypted with a user password that
// is not empty, by adding a standard security handler to its trailer.
func Encrypt(pdf []byte) []byte {
	enc := "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + strings.Repeat("5a", 32) +
		"> /U <" + strings.Repeat("a5", 32) + "> >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
	return bytes.Replace(pdf, []byte("/Root 1 0 R >>"), []byte("/Root 1 0 R "+enc+" >>"), 1)
}
