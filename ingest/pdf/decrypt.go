package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"errors"
	"fmt"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/normdex/normdex/internal/pdfcrypt"
)

// This file opens encrypted PDFs whose user password is empty, the usual
// case of files that may be read but not edited. ledongthuc decrypts only
// RC4 and AES-128 and gets the 40-bit RC4 key wrong (it keeps 16 bytes of
// the object key where the standard keeps n+5), and it cannot be given the
// key, so normdex decrypts at the edge: it hides /Encrypt from the library
// and decrypts the streams and strings of a copy of the file in place,
// where the library finds them.

// ErrPassword is the error for a file that a password protects.
var ErrPassword = errors.New("encrypted: password required")

// encryptKey is the key of the trailer's /Encrypt entry, as written, and
// hiddenKey the name hideEncrypt gives it.
var encryptKey = []byte("/Encrypt")

const hiddenKey = "Encrypx"

// hideEncrypt returns a copy of data with its /Encrypt keys renamed so
// that ledongthuc opens the file as if it were not encrypted, or nil when
// data has none. The renaming keeps every offset. (A key elsewhere than in
// a trailer is renamed too: openPDF then reads the file as it is.)
func hideEncrypt(data []byte) []byte {
	var out []byte
	for i := 0; ; {
		j := bytes.Index(data[i:], encryptKey)
		if j < 0 {
			return out
		}
		i += j + len(encryptKey)
		if i < len(data) && isRegular(data[i]) {
			continue // /EncryptMetadata and the like
		}
		if out == nil {
			out = bytes.Clone(data)
		}
		copy(out[i-len(hiddenKey):], hiddenKey)
	}
}

// cryptor decrypts the streams and strings of one file.
type cryptor struct {
	key       []byte
	aes, v5   bool // AES-128 or AES-256 (V5, one key for all objects)
	strAES    bool // strings are in AES too
	identity  bool // streams are not encrypted (crypt filter /Identity)
	plainStr  bool // nor strings
	plainMeta bool // /EncryptMetadata false
}

// decryptFile decrypts in place the streams and strings of data, a copy
// of the file whose /Encrypt dictionary is enc, with the empty user
// password.
func decryptFile(data []byte, enc, trailer lpdf.Value) error {
	c, err := newCryptor(enc, trailer)
	if err != nil {
		return err
	}
	c.objects(data)
	return nil
}

func newCryptor(enc, trailer lpdf.Value) (*cryptor, error) {
	if f := enc.Key("Filter").Name(); f != "Standard" {
		return nil, fmt.Errorf("encrypted: security handler %q not supported", f)
	}
	v, r := enc.Key("V").Int64(), enc.Key("R").Int64()
	o, u := []byte(enc.Key("O").RawString()), []byte(enc.Key("U").RawString())
	c := &cryptor{plainMeta: enc.Key("EncryptMetadata").Kind() == lpdf.Bool && !enc.Key("EncryptMetadata").Bool()}
	if v >= 4 {
		method := func(filter string) string { return enc.Key("CF").Key(enc.Key(filter).Name()).Key("CFM").Name() }
		c.identity = enc.Key("StmF").Name() == "Identity"
		c.plainStr = enc.Key("StrF").Name() == "Identity"
		c.aes = method("StmF") == "AESV2" || method("StmF") == "AESV3"
		c.strAES = method("StrF") == "AESV2" || method("StrF") == "AESV3"
		if c.identity && c.plainStr {
			// Only embedded files are encrypted (/AuthEvent /EFOpen): the
			// document is read as it is, whatever their password.
			return c, nil
		}
	}
	if v == 5 || r >= 5 {
		c.v5, c.aes, c.strAES = true, true, true
		key, err := keyV5(r, u, []byte(enc.Key("UE").RawString()), o, []byte(enc.Key("OE").RawString()))
		c.key = key
		return c, err
	}
	n := int(enc.Key("Length").Int64() / 8) // bytes of the key: 5 to 16
	switch {
	case c.aes:
		n = 16
	case r == 2 || n < 5:
		n = 5
	case n > 16:
		n = 16
	}
	id := []byte(trailer.Key("ID").Index(0).RawString())
	c.key = pdfcrypt.FileKey(r, n, o, uint32(enc.Key("P").Int64()), id, c.plainMeta)
	// With another password, this is not the key.
	if !bytes.HasPrefix(u, pdfcrypt.UserCheck(r, c.key, id)) {
		return nil, ErrPassword
	}
	return c, nil
}

// keyV5 derives the AES-256 file key of revisions 5 and 6 for the empty
// user password (ISO 32000-2, 7.6.4.3.3), or else for the empty owner
// password, which pdftotext tries too (a file locked with a user password
// and no owner password opens with it).
func keyV5(r int64, u, ue, o, oe []byte) ([]byte, error) {
	if len(u) < 48 || len(ue) < 32 {
		return nil, errors.New("damaged PDF: encryption dictionary without /U or /UE")
	}
	switch {
	case bytes.Equal(pdfcrypt.Hash(r, u[32:40]), u[:32]):
		return unwrapKey(pdfcrypt.Hash(r, u[40:48]), ue)
	case len(o) >= 48 && len(oe) >= 32 && bytes.Equal(pdfcrypt.OwnerHash(r, o[32:40], u[:48]), o[:32]):
		return unwrapKey(pdfcrypt.OwnerHash(r, o[40:48], u[:48]), oe)
	}
	return nil, ErrPassword
}

// unwrapKey decrypts the file key wrapped (/UE, /OE) with key k.
func unwrapKey(k, wrapped []byte) ([]byte, error) {
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(key, wrapped[:32])
	return key, nil
}

var (
	objRe    = lazyRegexp(`(\d{1,10})\s+(\d{1,5})\s+obj\b`)
	lengthRe = lazyRegexp(`/Length\s+(\d+)(\s+\d+\s+R)?`)
)

// objects decrypts the strings and streams of every object of data in
// place, found by scanning the file: "n g obj << … >> stream … endstream"
// or "n g obj … endobj". Cross-reference streams are not encrypted, nor
// metadata when the file says so.
func (c *cryptor) objects(data []byte) {
	for pos := 0; pos < len(data); {
		m := objRe().FindSubmatchIndex(data[pos:])
		if m == nil {
			return
		}
		num, _ := strconv.Atoi(string(data[pos+m[2] : pos+m[3]]))
		gen, _ := strconv.Atoi(string(data[pos+m[4] : pos+m[5]]))
		start := pos + m[1]
		pos = start
		s := bytes.Index(data[start:], []byte("stream"))
		e := bytes.Index(data[start:], []byte("endobj"))
		if s < 0 || (e >= 0 && e < s) {
			if e >= 0 {
				c.strings(data[start:start+e], num, gen)
			}
			continue
		}
		c.strings(data[start:start+s], num, gen)
		dict := data[start : start+s]
		from := start + s + len("stream")
		if from < len(data) && data[from] == '\r' {
			from++
		}
		if from < len(data) && data[from] == '\n' {
			from++
		}
		to := -1
		if lm := lengthRe().FindSubmatch(dict); lm != nil && lm[2] == nil {
			if n, err := strconv.Atoi(string(lm[1])); err == nil && from+n <= len(data) {
				to = from + n
			}
		}
		if to < 0 {
			end := bytes.Index(data[from:], []byte("endstream"))
			if end < 0 {
				return
			}
			to = from + end
			for to > from && (data[to-1] == '\n' || data[to-1] == '\r') && (!c.aes || (to-from)%16 != 0) {
				to--
			}
		}
		pos = to
		if bytes.Contains(dict, []byte("/XRef")) || (c.plainMeta && bytes.Contains(dict, []byte("/Metadata"))) {
			continue
		}
		c.stream(data[from:to], num, gen)
	}
}

// strings decrypts the strings of an object's body in place, where their
// text fits: hex strings always, literal strings unless the characters to
// escape outgrow the room (they are left as they are).
func (c *cryptor) strings(body []byte, num, gen int) {
	if c.plainStr {
		return
	}
	l := contentLexer{b: body}
	for l.i < len(body) {
		at := l.i
		var o operand
		switch body[l.i] {
		case '%':
			for l.i < len(body) && body[l.i] != '\n' && body[l.i] != '\r' {
				l.i++
			}
			continue
		case '(':
			o = l.literal()
		case '<':
			if l.i+1 < len(body) && body[l.i+1] == '<' {
				l.i += 2
				continue
			}
			o = l.hex()
		default:
			l.i++
			continue
		}
		span := body[at:min(l.i, len(body))]
		p := c.plain(bytes.Clone(l.bytesOf(o)), num, gen, c.strAES)
		l.scratch = l.scratch[:0]
		var enc []byte
		if span[0] == '<' {
			enc = fmt.Appendf(nil, "<%x>", p)
		} else {
			enc = append([]byte{'('}, literalEscaper.Replace(string(p))...)
			enc = append(enc, ')')
		}
		if len(enc) <= len(span) {
			n := copy(span, enc)
			for i := n; i < len(span); i++ {
				span[i] = ' '
			}
		}
	}
}

var literalEscaper = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`, "\r", `\r`)

// stream decrypts one stream in place. AES output is shorter than its
// input (the IV, the padding): spaces fill the rest, which the filters and
// the content lexer pass over.
func (c *cryptor) stream(b []byte, num, gen int) {
	if c.identity {
		return
	}
	p := c.plain(b, num, gen, c.aes)
	n := copy(b, p)
	for i := n; i < len(b); i++ {
		b[i] = ' '
	}
}

// plain decrypts b, in place for RC4, of object num, gen.
func (c *cryptor) plain(b []byte, num, gen int, useAES bool) []byte {
	key := c.key
	if !c.v5 {
		key = pdfcrypt.ObjectKey(c.key, num, gen, useAES)
	}
	if !useAES {
		pdfcrypt.RC4(key).XORKeyStream(b, b)
		return b
	}
	n := len(b) - len(b)%16
	if n < 32 {
		return nil
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	plain := make([]byte, n-16)
	cipher.NewCBCDecrypter(block, b[:16]).CryptBlocks(plain, b[16:n])
	if pad := int(plain[len(plain)-1]); pad >= 1 && pad <= 16 {
		plain = plain[:len(plain)-pad]
	}
	return plain
}
