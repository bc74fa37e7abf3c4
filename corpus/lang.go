package corpus

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/spanish"
	"golang.org/x/text/unicode/norm"
)

// Language codes (ISO 639-1) of the languages the detector tells apart.
const (
	English = "en"
	French  = "fr"
	Spanish = "es"
	German  = "de"
)

// Languages are the languages DetectLang knows, in the order of their bits
// in a LangSet.
var Languages = []string{English, French, Spanish, German}

// KnownLang reports whether code is one of Languages.
func KnownLang(code string) bool {
	for _, l := range Languages {
		if l == code {
			return true
		}
	}
	return false
}

// LangSet is a set of Languages, one bit each.
type LangSet uint8

// functionWords are the commonest words of each language that are rare in
// the others: articles, prepositions, pronouns, auxiliaries and
// conjunctions. Two to four sentences hold a dozen of them, which is what
// tells the languages of this corpus apart; words the languages share
// ("la", "de", "no") count for each of them.
var functionWords = map[string]string{
	English: "the of and to in is are was were be been that this these those which for on with as by from it its " +
		"their they not or an should would shall must may can has have had will such any other also into than " +
		"between within under whether where when who what there",
	French: "le la les des du de et est sont une un que qui dans pour par sur pas ne au aux ces cette son sa ses " +
		"il elle ils leur leurs ou mais avec être été était doit doivent peut ainsi comme en se plus lorsque " +
		"dont selon entre sans vers aussi tout toute tous toutes notamment l d qu n s c j",
	Spanish: "el la los las de del y en que es son una un por para con se su sus al lo como más pero este esta " +
		"estos estas ese esa debe deben puede pueden ha han sido ser está están no o u entre sin sobre también " +
		"cuando donde cual cuales otro otros otra todo todos dicha dicho así ya",
	German: "der die das und ist sind nicht mit von zu den dem des sich auf für eine einer eines ein werden wird " +
		"auch als bei nach oder durch über unter kann muss sollte haben hat wurde dass zur zum im vom",
}

// langIndex maps the Languages' codes to their bit.
var langIndex = map[string]int{English: 0, French: 1, Spanish: 2, German: 3}

// functionWordLangs maps each of functionWords to its languages. It is
// built on first use: a command that neither detects a language nor tags
// (a search) need not build its 210 entries at start.
var functionWordLangs = sync.OnceValue(func() map[string]LangSet {
	m := map[string]LangSet{}
	for i, l := range Languages {
		for _, w := range strings.Fields(functionWords[l]) {
			m[w] |= 1 << i
		}
	}
	return m
})

// elided are the French words that lose their vowel before one ("l'État",
// "qu'il", "n'est"), as they are written before the apostrophe.
var elided = map[string]bool{"l": true, "d": true, "qu": true, "j": true, "n": true, "s": true, "c": true,
	"m": true, "t": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true}

// SplitElision returns the elided word and the rest of a French word form
// such as "l'obligation" or "qu’il" ("l", "obligation"); ok is false for
// any other word.
func SplitElision(w string) (head, rest string, ok bool) {
	k := strings.IndexAny(w, "'’")
	if k <= 0 || k > 6 {
		return "", "", false
	}
	head = strings.ToLower(w[:k])
	_, aw := utf8.DecodeRuneInString(w[k:])
	rest = w[k+aw:]
	if !elided[head] || rest == "" {
		return "", "", false
	}
	return head, rest, true
}

// FunctionWordLangs returns the languages in which a lower-case word is a
// function word; a French elision ("l'état") counts as French.
func FunctionWordLangs(lower string) LangSet {
	if s, ok := functionWordLangs()[lower]; ok {
		return s
	}
	if head, _, ok := SplitElision(lower); ok {
		return functionWordLangs()[head] | 1<<langIndex[French]
	}
	return 0
}

// LangVotes counts the function words of each language in a text.
type LangVotes [4]int

// Add counts a word that is a function word of the languages s. Only the
// words of one language vote: "la", "de" and "que" are French and Spanish
// alike.
func (v *LangVotes) Add(s LangSet) {
	if s != 0 && s&(s-1) == 0 {
		v[bits.TrailingZeros8(uint8(s))&3]++
	}
}

// Lang returns the language with the most function words, or "" when the
// text has too few of them to tell (a heading, a list of names) or two
// languages are close. English, the corpus's usual language, wins a tie;
// another language must have twice the words of each other one, so that an
// English passage quoting a French phrase stays English.
func (v LangVotes) Lang() string {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	if v[best] < 2 {
		return ""
	}
	if best == 0 {
		return English
	}
	for i, n := range v {
		if i != best && v[best] < 2*n {
			if i == 0 {
				return English
			}
			return ""
		}
	}
	return Languages[best]
}

// DetectLang returns the language of a text, one of Languages, from its
// function words; "" when it cannot tell. It reads no further than its
// first 400 words, or than where one language has clearly won.
func DetectLang(text string) string {
	var v LangVotes
	var buf [maxFunctionWord]byte
	fw := functionWordLangs()
	words := 0
	for i := 0; i < len(text) && words < 400; {
		if !isLetterAt(text, i) {
			i++
			for i < len(text) && !utf8.RuneStart(text[i]) {
				i++
			}
			continue
		}
		start, apostrophe := i, false
		for i < len(text) {
			c := text[i]
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			if c == '\'' {
				i, apostrophe = i+1, true
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			if r == '’' {
				apostrophe = true
			} else if !unicode.IsLetter(r) {
				break
			}
			i += w
		}
		words++
		word := text[start:i]
		if apostrophe {
			if _, _, ok := SplitElision(word); ok {
				v.Add(1 << langIndex[French])
				continue
			}
		}
		if len(word) > len(buf) {
			continue
		}
		// Lower case without allocating: function words are short, and
		// only their first letter is ever a capital.
		n := copy(buf[:], word)
		if c := buf[0]; 'A' <= c && c <= 'Z' {
			buf[0] = c + 'a' - 'A'
		} else if c >= utf8.RuneSelf {
			v.Add(FunctionWordLangs(strings.ToLower(word)))
			continue
		}
		if s := fw[string(buf[:n])]; s != 0 {
			v.Add(s)
			if v.decided() {
				break
			}
		}
	}
	return v.Lang()
}

// isLetterAt reports whether a letter begins at byte i of s.
func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// decided reports whether one language has so many more function words
// than every other that reading on would not change the answer.
func (v LangVotes) decided() bool {
	best, second := 0, 0
	for _, n := range v {
		if n > best {
			best, second = n, best
		} else if n > second {
			second = n
		}
	}
	return best >= 8 && best >= 4*second
}

// maxFunctionWord is the length in bytes of the longest function word.
const maxFunctionWord = 10

// StemLang returns the Snowball stem of a lower-cased word in a language:
// French and Spanish have their own stemmers, with accents folded from the
// stem; other languages use Stem.
func StemLang(lang, w string) string {
	var stem func(*snowballstem.Env) bool
	switch lang {
	case French:
		stem = french.Stem
	case Spanish:
		stem = spanish.Stem
	default:
		return Stem(w)
	}
	env := snowballstem.NewEnv(w)
	stem(env)
	return FoldAccents(env.Current())
}

// FoldAccents returns s without its diacritics ("État" → "Etat", "año" →
// "ano"): French and Spanish text is matched with its accents folded, for
// they are often lost (capitals, ASCII transcriptions).
func FoldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// ParseLang checks a language code as a user typed it ("fr", "ES") and
// returns it in lower case, or an error that names the codes known.
func ParseLang(s string) (string, error) {
	code := strings.ToLower(strings.TrimSpace(s))
	if !KnownLang(code) {
		return "", fmt.Errorf("unknown language %q: want one of %s", s, strings.Join(Languages, ", "))
	}
	return code, nil
}
