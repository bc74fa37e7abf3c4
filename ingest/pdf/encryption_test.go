package pdf

import (
	"testing"

	"github.com/normdex/normdex/internal/pdftest"
)

// TestPDFEncryptionWithoutUserPassword opens the encrypted files that
// pdftotext opens without a password: one whose owner password is empty
// (it has a user password), one whose embedded files only are encrypted.
func TestPDFEncryptionWithoutUserPassword(t *testing.T) {
	for name, e := range map[string]pdftest.Encryption{"AES-256 empty owner password": pdftest.AES256Owner, "embedded files only": pdftest.EmbeddedOnly} {
		data := pdftest.Page(lines(sentence), "", helvetica, nil, pdftest.Options{Encrypt: e})
		if got := text(t, data); got != sentence+"\n" {
			t.Errorf("%s: got %q", name, got)
		}
	}
}
