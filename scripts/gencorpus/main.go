// Command gencorpus writes a synthetic corpus of national statements for
// benchmarks: deterministic, legal-sounding paragraphs in which cue phrases
// of the codebook occur about as often as in real statements.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

var (
	subjects = []string{"States", "A State", "The territorial State", "Each delegation", "The international community", "The Group", "National authorities"}
	verbs    = []string{"should consider", "may take", "recalled", "underlined", "noted", "emphasised", "is expected to examine", "welcomed"}
	objects  = []string{"the framework of international law", "the application of the Charter", "the exchange of views on capacity", "regional arrangements", "the work of the Open-ended Working Group", "the report of the Secretary-General", "confidence-building measures", "the protection of critical infrastructure"}
	tails    = []string{"in accordance with international law", "within the agreed framework", "at the next session", "on a voluntary basis", "in good faith", "among Member States", "as appropriate"}
	cues     = []string{
		"States should take reasonable steps within their capacity to put an end to malicious operations originating from their territory.",
		"A State that knew or should have known of the operation must act with due diligence.",
		"Due diligence is an obligation under customary international law.",
		"The norm is voluntary and non-binding, and State practice is not yet settled.",
		"Operations routed through the infrastructure of transit States raise separate questions.",
		"Non-State actors, including criminal groups and proxies, may conduct such operations.",
		"The notified State should acknowledge receipt of the notification and seek assistance where needed.",
		"States are not required to monitor all ICT activity within their territory.",
		"Sovereignty and non-intervention apply in cyberspace, as does international humanitarian law.",
	}
	states = []string{"Finland", "Japan", "New Zealand", "Norway", "Chile", "Kenya", "Brazil", "Estonia", "Singapore", "Mexico", "Ghana", "Australia"}
)

func paragraph(r *rand.Rand) string {
	var s []string
	for range 3 + r.Intn(4) {
		if r.Intn(4) == 0 {
			s = append(s, cues[r.Intn(len(cues))])
			continue
		}
		s = append(s, fmt.Sprintf("%s %s %s %s.", subjects[r.Intn(len(subjects))], verbs[r.Intn(len(verbs))],
			objects[r.Intn(len(objects))], tails[r.Intn(len(tails))]))
	}
	return strings.Join(s, " ")
}

func main() {
	dir := flag.String("dir", "corpus", "folder to write to")
	files := flag.Int("files", 100, "number of statements")
	paras := flag.Int("paras", 100, "paragraphs per statement")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	r := rand.New(rand.NewSource(*seed))
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	for i := range *files {
		var b strings.Builder
		fmt.Fprintf(&b, "Statement by the delegation of %s\n\n", states[i%len(states)])
		for p := range *paras {
			fmt.Fprintf(&b, "%d. %s\n\n", p+1, paragraph(r))
		}
		name := filepath.Join(*dir, fmt.Sprintf("statement-%05d.txt", i))
		meta := fmt.Sprintf(`{"date": "%d-06-01"}`, 2015+i%10)
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(name+".meta.json", []byte(meta), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
	}
}
