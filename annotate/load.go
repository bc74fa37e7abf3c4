package annotate

import (
	"fmt"
	"os"
)

// Load compiles the codebook at path, or the embedded default when path is empty.
func Load(path string) (*Tagger, error) {
	name, data := "default.yaml", DefaultCodebook()
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("codebook: %w", err)
		}
		name, data = path, b
	}
	cb, err := ParseCodebook(name, data)
	if err != nil {
		return nil, err
	}
	return Compile(name, cb)
}
