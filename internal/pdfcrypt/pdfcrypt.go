// Package pdfcrypt holds the key algorithms of the PDF standard security
// handler (ISO 32000-2, 7.6.4) for the empty user password: what normdex
// needs to read files that are encrypted but open to anyone, and what its
// tests need to write such files.
package pdfcrypt

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
)

// Pad is the padding of passwords (Algorithm 2, step a): the empty
// password is Pad itself.
var Pad = []byte("\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08" +
	"\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A")

// FileKey is the n-byte file key of revisions 2 to 4 (Algorithm 2), from
// the /O and /P entries and the first file ID. plainMeta is
// /EncryptMetadata false.
func FileKey(r int64, n int, o []byte, p uint32, id []byte, plainMeta bool) []byte {
	h := md5.New()
	h.Write(Pad)
	h.Write(o)
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write(id)
	if r >= 4 && plainMeta {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for range 50 {
			sum := md5.Sum(key[:n])
			key = sum[:]
		}
	}
	return key[:n]
}

// UserCheck is what /U starts with when key is the key of the empty
// password (Algorithms 4 and 5).
func UserCheck(r int64, key, id []byte) []byte {
	if r == 2 {
		u := bytes.Clone(Pad)
		RC4(key).XORKeyStream(u, u)
		return u
	}
	sum := md5.Sum(append(bytes.Clone(Pad), id...))
	u := sum[:]
	for i := range 20 {
		k := bytes.Clone(key)
		for j := range k {
			k[j] ^= byte(i)
		}
		RC4(k).XORKeyStream(u, u)
	}
	return u
}

// ObjectKey is the key of the strings and streams of object num, gen
// (Algorithm 1), for RC4 or AES-128.
func ObjectKey(key []byte, num, gen int, useAES bool) []byte {
	h := md5.New()
	h.Write(key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	if useAES {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(key)+5, 16)]
}

// RC4 returns an RC4 cipher with key.
func RC4(key []byte) *rc4.Cipher {
	c, _ := rc4.NewCipher(key) // fails only for keys of 0 or >256 bytes
	return c
}

// Hash is the hash of the empty password with salt for revisions 5 and
// 6: SHA-256 for 5, the rounds of Algorithm 2.B for 6.
func Hash(r int64, salt []byte) []byte { return OwnerHash(r, salt, nil) }

// OwnerHash is the hash of the empty owner password with salt and u, the
// file's /U entry (48 bytes), for revisions 5 and 6: as Hash, with u
// hashed after the salt and in every round.
func OwnerHash(r int64, salt, u []byte) []byte {
	sum := sha256.Sum256(append(bytes.Clone(salt), u...))
	k := sum[:]
	if r < 6 {
		return k
	}
	for i := 1; ; i++ {
		k1 := bytes.Repeat(append(bytes.Clone(k), u...), 64) // the password is empty
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		m := 0
		for _, b := range e[:16] {
			m += int(b)
		}
		var h hash.Hash
		switch m % 3 {
		case 0:
			h = sha256.New()
		case 1:
			h = sha512.New384()
		default:
			h = sha512.New()
		}
		h.Write(e)
		k = h.Sum(nil)
		if i >= 64 && int(e[len(e)-1]) <= i-32 {
			return k[:32]
		}
	}
}
