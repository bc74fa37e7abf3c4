package pdf

import "github.com/normdex/normdex/ingest/internal/textfold"

// The layout folds lines into paragraphs as plain text is folded: the same
// hyphen repair, sentence ends, paragraph numbers and page numbers.
var (
	vocabulary   = textfold.Vocabulary
	endsSentence = textfold.EndsSentence
	joinLines    = textfold.JoinLines
	numberedRe   = textfold.NumberedRe
	bulletRe     = textfold.BulletRe
	// PageNumberRe matches a line that is nothing but a page number.
	PageNumberRe = textfold.PageNumberRe
)
