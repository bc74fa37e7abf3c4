package corpus

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate documents (the same statement from a PDF and its TXT, or
// in two layouts) are found by the resemblance of their sets of word
// shingles, estimated from MinHash signatures: one-permutation hashing, one
// 64-bit hash per shingle whatever the size of the signature.
const (
	shingleWords = 4
	// sigSize is the number of MinHash values in a signature.
	sigSize = 64
	// minShingles: a shorter text has too few shingles for its resemblance
	// to mean anything (two short notes from one template).
	minShingles = 40
	// Resemblance is the estimated share of shingles above which two
	// documents are near-duplicates: a PDF and the TXT of the same
	// statement measured 0.81–1.00, different statements 0.00–0.02.
	Resemblance = 0.7
)

// Signature is the MinHash signature of a text's shingles.
type Signature [sigSize]uint32

// NewSignature returns the signature of text; ok is false when the text is
// too short to have one.
func NewSignature(text string) (sig Signature, ok bool) {
	const empty = ^uint64(0)
	var bins [sigSize]uint64
	for i := range bins {
		bins[i] = empty
	}
	var window [shingleWords]uint64
	words, shingles := 0, 0
	for i := 0; i < len(text); {
		// Words are runs of letters and digits, lower-cased: the same
		// statement extracted two ways differs in spaces, punctuation and
		// line breaks more than in its words.
		h, n := uint64(14695981039346656037), 0
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				// ASCII, most of the text, without decoding.
				if c|0x20 >= 'a' && c|0x20 <= 'z' {
					c |= 0x20
				} else if c < '0' || c > '9' {
					if n > 0 {
						break
					}
					i++
					continue
				}
				h = (h ^ uint64(c)) * 1099511628211
				n++
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if n > 0 {
					break
				}
				i += w
				continue
			}
			h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
			n++
			i += w
		}
		if n == 0 {
			continue
		}
		window[words%shingleWords] = h
		words++
		if words < shingleWords {
			continue
		}
		// The words in order, each turned by its place: one mix a shingle.
		s := uint64(0)
		for k := range shingleWords {
			w := window[(words+k)%shingleWords]
			s ^= w<<(16*k) | w>>(64-16*k)
		}
		s = mix(s)
		shingles++
		bin := s >> (64 - 6) // sigSize = 1 << 6 bins by the top bits
		if v := s << 6; v < bins[bin] {
			bins[bin] = v
		}
	}
	if shingles < minShingles {
		return sig, false
	}
	// An empty bin takes the value of the next bin that is not, as a
	// permutation would have: "densification" by rotation.
	for i := range bins {
		j, k := i, 0
		for bins[j] == empty {
			j = (j + 1) % sigSize
			k++
		}
		sig[i] = uint32(mix(bins[j]+uint64(k)) >> 32)
	}
	return sig, true
}

// mix is the finaliser of SplitMix64: every bit of x stirs every bit of
// the result.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Similarity estimates the resemblance of the shingle sets of two
// signatures' texts: the share of their values that agree.
func (s Signature) Similarity(o Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / sigSize
}

// Bytes encodes a signature for the store.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*sigSize)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// ParseSignature decodes a signature from Bytes; ok is false for anything
// else (a document stored without one).
func ParseSignature(b []byte) (s Signature, ok bool) {
	if len(b) != 4*sigSize {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}

// Duplicates finds near-duplicate documents among those added to it:
// signatures are cut into bands, and only documents that agree on a whole
// band are compared (locality-sensitive hashing). It is not safe for
// concurrent use.
//
// What it holds has no pointers but the documents' names: the collector
// does not scan it. Ingest keeps it through a run, and held as maps of
// slices, 10,000 documents took 18 MB that every collection walked (some
// 10 ms each, hundreds of times in a run of that size).
type Duplicates struct {
	ids, sources []string
	sigs         []Signature
	gone         []bool
	bands        map[[2]uint64]bandList // band number and hash → its documents
	// next[k*bands+b] is the entry after document k's in its band b, or
	// -1: each band lists its documents in the order added.
	next     []int32
	bySource map[string]int32 // the latest document of each source
	// seen[k] is stamp when doc k was compared in the current Find: a
	// document that shares several bands with the one sought is compared
	// once.
	seen  []uint32
	stamp uint32
}

// bandList is a band's documents: the entries of its first and last in
// next, and their number.
type bandList struct{ head, tail, n int32 }

// A band shared by more than commonBand documents tells little of which
// of them are alike: of such a band only the first commonBandHead
// documents are compared, which still finds the original of many copies
// (added first). Statements generated from one template share such bands:
// comparing all of them made finding near-duplicates among 10,000 grow
// with the square of their number (3.4 s of CPU). Real statements share
// far fewer bands than this.
const (
	commonBand     = 256
	commonBandHead = 16
)

// rowsPerBand: 16 bands of 4 values find a pair at resemblance 0.7 with a
// probability of 0.99, and make one at 0.3 a candidate with one of 0.12.
const (
	rowsPerBand = 4
	bands       = sigSize / rowsPerBand
)

// Add makes a document one that later ones may duplicate; it stands for
// the earlier versions of its source, which are forgotten.
func (x *Duplicates) Add(id, source string, sig Signature) {
	if x.bands == nil {
		x.bands, x.bySource = map[[2]uint64]bandList{}, map[string]int32{}
	}
	k := int32(len(x.ids))
	if i, ok := x.bySource[source]; ok {
		x.gone[i] = true // and the versions before it with it, when it came
	}
	x.bySource[source] = k
	x.ids, x.sources = append(x.ids, id), append(x.sources, source)
	x.sigs, x.gone = append(x.sigs, sig), append(x.gone, false)
	for b := range bands {
		e := k*bands + int32(b)
		x.next = append(x.next, -1)
		key := bandKey(sig, b)
		l, ok := x.bands[key]
		if ok {
			x.next[l.tail] = e
			l.tail, l.n = e, l.n+1
		} else {
			l = bandList{head: e, tail: e, n: 1}
		}
		x.bands[key] = l
	}
}

// Original is the document a near-duplicate duplicates.
type Original struct {
	ID, Source string
	Similarity float64 // estimated resemblance of their texts, 0.7–1
}

// Find returns the earliest added document that sig's document nearly
// duplicates (of a common band, among its first documents only). A
// document never duplicates another version of itself (the same source).
func (x *Duplicates) Find(source string, sig Signature) (Original, bool) {
	best, sim := int32(-1), 0.0
	x.stamp++
	if x.stamp == 0 { // wrapped: stamps of old finds would be taken for this one's
		clear(x.seen)
		x.stamp = 1
	}
	if len(x.seen) < len(x.ids) {
		x.seen = append(x.seen, make([]uint32, len(x.ids)-len(x.seen))...)
	}
	for b := range bands {
		key := bandKey(sig, b)
		l, ok := x.bands[key]
		if !ok {
			continue
		}
		left := l.n
		if left > commonBand {
			left = commonBandHead
		}
		// Replaced documents are unlinked as they are met: left in, they
		// would fill the head of a common band, where a source ingested
		// again and again (each version added in turn) hid the originals
		// of the documents after it.
		prev, unlinked := int32(-1), false
		for e := l.head; e >= 0 && left > 0; {
			k, next := e/bands, x.next[e]
			if best >= 0 && k >= best {
				break // the rest of the band was added later
			}
			if x.gone[k] {
				if prev < 0 {
					l.head = next
				} else {
					x.next[prev] = next
				}
				if l.tail == e {
					l.tail = prev
				}
				l.n, unlinked, e = l.n-1, true, next
				continue
			}
			left--
			prev, e = e, next
			if x.seen[k] == x.stamp {
				continue
			}
			x.seen[k] = x.stamp
			// The sources, which mostly differ only at their end, are
			// compared last.
			if s := sig.Similarity(x.sigs[k]); s >= Resemblance && x.sources[k] != source {
				best, sim = k, s
			}
		}
		if unlinked {
			if l.n == 0 {
				delete(x.bands, key)
			} else {
				x.bands[key] = l
			}
		}
	}
	if best < 0 {
		return Original{}, false
	}
	return Original{ID: x.ids[best], Source: x.sources[best], Similarity: sim}, true
}

func bandKey(sig Signature, band int) [2]uint64 {
	h := uint64(band)
	for _, v := range sig[band*rowsPerBand : (band+1)*rowsPerBand] {
		h = mix(h ^ uint64(v))
	}
	return [2]uint64{uint64(band), h}
}
