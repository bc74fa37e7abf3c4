package index

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// sameTokens fails t unless the tokenizer gives the tokens of bleve's
// unicode tokenizer for input.
func sameTokens(t *testing.T, input []byte) {
	t.Helper()
	want := unicode.NewUnicodeTokenizer().Tokenize(input)
	got := tokenizer{}.Tokenize(input)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, bleve's tokenizer %d", input, len(got), len(want))
	}
	for i := range got {
		g, w := *got[i], *want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End ||
			g.Position != w.Position || g.Type != w.Type || g.KeyWord != w.KeyWord {
			t.Fatalf("%q: token %d is %+v, bleve's %+v", input, i, g, w)
		}
	}
}

func TestTokenizerAsBleves(t *testing.T) {
	for _, s := range []string{
		"",
		"   ",
		"—.;",
		"States must exercise due diligence.",
		"The State's obligation (Art. 2(4)) and the U.S. position of 12 March 2021, § 3.1.",
		"l’obligation de diligence raisonnable des États, c'est-à-dire",
		"la debida diligencia según el derecho internacional; 1.000,5 %",
		"サイバー空間における国際法の適用 2023年",
		"网络空间 国际法",
		"الدول يجب أن تتخذ تدابير معقولة",
		"e-mail: cyber_ops@example.org, v1.2, 3rd",
		"emoji 🙂 and\u00a0non-breaking\u200bzero width",
		strings.Repeat("word ", 3000), // more tokens than a chunk
		strings.Repeat("a", 5000),     // one long token
		strings.Repeat("x. ", 700) + "tail",
	} {
		sameTokens(t, []byte(s))
	}
}

func FuzzTokenizer(f *testing.F) {
	f.Add("States must exercise due diligence.")
	f.Add("l’obligation des États 2(4) § 3.1 サイバー الدول")
	f.Fuzz(func(t *testing.T, s string) {
		sameTokens(t, []byte(s))
	})
}

// The analysers of the index use the tokenizer.
func TestAnalyzersUseTokenizer(t *testing.T) {
	for code, as := range analyzers() {
		for _, a := range as {
			d, ok := a.(*analysis.DefaultAnalyzer)
			if !ok {
				t.Fatalf("%s: analyser %T", code, a)
			}
			if _, ok := d.Tokenizer.(tokenizer); !ok {
				t.Errorf("%s: tokenizer %T", code, d.Tokenizer)
			}
		}
	}
}
