package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSignatureResemblance(t *testing.T) {
	text := strings.Repeat("A State that knew or should have known of an operation from its territory must act. ", 3) +
		"The obligation is one of conduct, not of result, and applies to cyberspace as it applies elsewhere in the law. " +
		"States should take reasonable steps within their capacity; notification helps the injured State to respond."
	// Another layout: lines broken elsewhere, a page number, spacing.
	reflowed := strings.Replace(strings.ReplaceAll(text, "must act. ", "must\nact.\n"), "elsewhere in", "elsewhere\n\n7\n\nin", 1)
	reflowed = strings.ReplaceAll(reflowed, "conduct,", "conduct ,")
	other := "Japan holds that sovereignty applies in cyberspace, and that its violation may be a wrongful act in itself. " +
		"Countermeasures may be taken against a responsible State, in accordance with the law of State responsibility, " +
		"with due regard for proportionality and for the rights of third States that the measures could affect. " +
		"Attribution is a sovereign decision, and the evidence need not be made public in every case."
	a, ok := NewSignature(text)
	if !ok {
		t.Fatal("no signature for a text of 60 words")
	}
	b, _ := NewSignature(reflowed)
	c, _ := NewSignature(other)
	if s := a.Similarity(b); s < Resemblance {
		t.Errorf("reflowed copy: resemblance %.2f, want ≥ %.2f", s, Resemblance)
	}
	if s := a.Similarity(c); s > 0.2 {
		t.Errorf("another text: resemblance %.2f", s)
	}
	if _, ok := NewSignature("Too short to tell anything."); ok {
		t.Error("a signature for a short text")
	}
	if got, ok := ParseSignature(a.Bytes()); !ok || got != a {
		t.Error("signature does not survive Bytes and ParseSignature")
	}

	var x Duplicates
	x.Add("A", "a.txt", a)
	x.Add("C", "c.txt", c)
	if o, ok := x.Find("b.txt", b); !ok || o.ID != "A" || o.Source != "a.txt" {
		t.Errorf("Find(copy) = %+v, %v; want A", o, ok)
	}
	if _, ok := x.Find("a.txt", b); ok {
		t.Error("a new version of a.txt was taken for a duplicate of its old one")
	}
	x.Add("B", "b.txt", b)
	x.Add("A2", "a.txt", c) // a.txt replaced: B is no longer anyone's copy
	if o, ok := x.Find("d.txt", a); !ok || o.ID != "B" {
		t.Errorf("after a.txt was replaced, Find = %+v, %v; want B", o, ok)
	}
}

// BenchmarkSignature measures the signature's share of an ingest: its
// throughput on statement-like text.
func BenchmarkSignature(b *testing.B) {
	text := strings.Repeat("A State that knew or should have known of an operation from its territory must take reasonable steps within its capacity to end it. ", 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NewSignature(text)
	}
}

func FuzzSignature(f *testing.F) {
	f.Add("Ünïcödé wörds, 13(c) and ICTs.12 — “quoted” text of a State that knew or should have known.")
	f.Add(strings.Repeat("a b c d e ", 30))
	f.Fuzz(func(t *testing.T, text string) {
		sig, ok := NewSignature(text)
		if ok && sig.Similarity(sig) != 1 {
			t.Fatal("a signature unlike itself")
		}
		if again, _ := NewSignature(text); again != sig {
			t.Fatal("two signatures of one text")
		}
	})
}

// Find returns what comparing every document that shares a band with the
// one sought returns: the earliest added near-duplicate, also when many
// documents share bands with it and some sources were replaced. With 3,000
// documents of 400 sources, most are versions replaced later, which fill
// bands shared by more than commonBand documents.
func TestDuplicatesFindAsBruteForce(t *testing.T) {
	for _, n := range []int{600, 3000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { findAsBruteForce(t, n) })
	}
}

func findAsBruteForce(t *testing.T, n int) {
	rng := rand.New(rand.NewPCG(1, 2))
	base := func() Signature {
		var s Signature
		for i := range s {
			s[i] = rng.Uint32()
		}
		return s
	}
	// Three templates; each document changes some of its template's values.
	templates := []Signature{base(), base(), base()}
	vary := func() Signature {
		s := templates[rng.IntN(len(templates))]
		for range rng.IntN(40) {
			s[rng.IntN(sigSize)] = rng.Uint32()
		}
		return s
	}
	type added struct {
		id, source string
		sig        Signature
		gone       bool
	}
	var x Duplicates
	var all []added
	shareBand := func(a, b Signature) bool {
		for band := range sigSize / rowsPerBand {
			if bandKey(a, band) == bandKey(b, band) {
				return true
			}
		}
		return false
	}
	for i := range n {
		source := fmt.Sprintf("s%d.txt", rng.IntN(400))
		sig := vary()
		want, wantOK := Original{}, false
		for _, d := range all {
			if !d.gone && d.source != source && shareBand(sig, d.sig) && sig.Similarity(d.sig) >= Resemblance {
				want, wantOK = Original{ID: d.id, Source: d.source, Similarity: sig.Similarity(d.sig)}, true
				break
			}
		}
		got, ok := x.Find(source, sig)
		if ok != wantOK || got != want {
			t.Fatalf("document %d: Find = %+v, %v; comparing all: %+v, %v", i, got, ok, want, wantOK)
		}
		id := fmt.Sprint("D", i)
		for j := range all {
			if all[j].source == source {
				all[j].gone = true
			}
		}
		all = append(all, added{id: id, source: source, sig: sig})
		x.Add(id, source, sig)
	}
}

// Of many copies of one document, each is found to duplicate the first,
// though their bands are all common.
func TestDuplicatesManyCopies(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var orig Signature
	for i := range orig {
		orig[i] = rng.Uint32()
	}
	var x Duplicates
	x.Add("D0", "s0.txt", orig)
	for i := 1; i <= 3*commonBand; i++ {
		sig := orig
		sig[rng.IntN(sigSize)] = rng.Uint32()
		got, ok := x.Find(fmt.Sprintf("s%d.txt", i), sig)
		if !ok || got.ID != "D0" {
			t.Fatalf("copy %d: Find = %+v, %v; want D0", i, got, ok)
		}
		x.Add(fmt.Sprint("D", i), fmt.Sprintf("s%d.txt", i), sig)
	}
}
