package ingest

import (
	"slices"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/ingest/pdf"
)

func TestStillBlank(t *testing.T) {
	other := "file truncated: read as far as it goes"
	tests := []struct {
		name         string
		blank        []int
		read         []int // pages of the paragraphs OCR read
		wantProblems []string
		wantBlank    []int
	}{
		{"all read", []int{1}, []int{1, 1}, []string{other}, []int{}},
		{"some read", []int{1, 2, 3}, []int{2}, []string{other, pdf.BlankProblem([]int{1, 3})}, []int{1, 3}},
		{"none read", []int{4}, nil, []string{other, pdf.BlankProblem([]int{4})}, []int{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := []string{other, pdf.BlankProblem(tt.blank)}
			var read []corpus.Paragraph
			for _, p := range tt.read {
				read = append(read, corpus.Paragraph{Page: p, Text: "read"})
			}
			gotProblems, gotBlank := stillBlank(problems, tt.blank, read)
			if !slices.Equal(gotProblems, tt.wantProblems) || !slices.Equal(gotBlank, tt.wantBlank) {
				t.Errorf("stillBlank = %q, %v; want %q, %v", gotProblems, gotBlank, tt.wantProblems, tt.wantBlank)
			}
			if problems[1] != pdf.BlankProblem(tt.blank) {
				t.Errorf("stillBlank changed its argument: %q", problems)
			}
		})
	}
}
