package pdftest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Scan encodings: how ScanAs stores its page images, as scanners and
// img2pdf do.
const (
	ScanGray = "gray" // 8-bit grey PNG: Flate with PNG predictors
	ScanJPEG = "jpeg" // DCT
	ScanMono = "mono" // 1-bit PNG: Flate, an Indexed colour space
	ScanG4   = "g4"   // 1-bit TIFF, CCITT Group 4
)

// ScanAs makes an image-only PDF of pages as a scanner would, its page
// images stored in encoding: the pages set by Helvetica, rendered to images
// by pdftoppm at dpi, put together by img2pdf. ScanG4 needs the Python
// imaging library that img2pdf runs with, to write the TIFF.
func ScanAs(dir string, pages [][]string, encoding string, dpi int) ([]byte, error) {
	src := filepath.Join(dir, "text.pdf")
	if err := os.WriteFile(src, Helvetica(pages), 0o644); err != nil {
		return nil, err
	}
	args := []string{"-r", fmt.Sprint(dpi)}
	ext := "png"
	switch encoding {
	case ScanGray:
		args = append(args, "-gray", "-png")
	case ScanJPEG:
		args, ext = append(args, "-gray", "-jpeg"), "jpg"
	case ScanMono, ScanG4:
		args = append(args, "-mono", "-png")
	default:
		return nil, fmt.Errorf("unknown scan encoding %q", encoding)
	}
	if out, err := exec.Command("pdftoppm", append(args, src, filepath.Join(dir, "scan"))...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	imgs, _ := filepath.Glob(filepath.Join(dir, "scan-*."+ext))
	if encoding == ScanG4 {
		py, err := img2pdfPython()
		if err != nil {
			return nil, err
		}
		var tiffs []string
		for _, img := range imgs {
			tif := strings.TrimSuffix(img, ".png") + ".tif"
			script := "import sys\nfrom PIL import Image\nImage.open(sys.argv[1]).convert('1').save(sys.argv[2], compression='group4')\n"
			if out, err := exec.Command(py, "-c", script, img, tif).CombinedOutput(); err != nil {
				return nil, fmt.Errorf("write a Group 4 TIFF with %s: %v: %s", py, err, out)
			}
			tiffs = append(tiffs, tif)
		}
		imgs = tiffs
	}
	out := filepath.Join(dir, "scan.pdf")
	if b, err := exec.Command("img2pdf", append(imgs, "-o", out)...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("img2pdf: %v: %s", err, b)
	}
	return os.ReadFile(out)
}

// img2pdfPython returns the Python that runs img2pdf, from its #! line: the
// one that has the imaging library.
func img2pdfPython() (string, error) {
	path, err := exec.LookPath("img2pdf")
	if err != nil {
		return "", err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	fields := strings.Fields(strings.TrimPrefix(line, "#!"))
	if !strings.HasPrefix(line, "#!") || len(fields) == 0 {
		return "", fmt.Errorf("%s: no #! line naming its Python", path)
	}
	if filepath.Base(fields[0]) == "env" && len(fields) > 1 {
		return exec.LookPath(fields[1])
	}
	return fields[0], nil
}
