package pdftest

import (
	"bytes"
	"fmt"
	"image/color"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Helvetica sets paragraphs on pages in the standard Helvetica without a
// widths table, so that a renderer uses the font's true metrics and the
// page image is what a printed page looks like.
func Helvetica(pages [][]string) []byte { return buildPages(pages, nil) }

// buildPages writes pages of text, except those with an image in images
// (JPEG, by page index), which are that image over the whole page.
func buildPages(pages [][]string, images map[int][]byte) []byte {
	var objs []Object
	obj := func(dict string, stream []byte) {
		objs = append(objs, Object{Dict: dict, Stream: stream})
	}
	var kids []string
	next := 4
	for i := range pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", next))
		next += 2
		if images[i] != nil {
			next++
		}
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>", nil)
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), len(pages)), nil)
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", nil)
	for i, paras := range pages {
		if img := images[i]; img != nil {
			cfg, err := jpeg.DecodeConfig(bytes.NewReader(img))
			if err != nil {
				panic(err)
			}
			cs := "/DeviceRGB"
			if cfg.ColorModel == color.GrayModel {
				cs = "/DeviceGray"
			}
			obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>", len(objs)+3, len(objs)+2), nil)
			obj("<<>>", []byte("q 595 0 0 842 0 0 cm /Im1 Do Q"))
			obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode >>",
				cfg.Width, cfg.Height, cs), img)
			continue
		}
		var c strings.Builder
		c.WriteString("BT /F1 12 Tf 14 TL 72 760 Td\n")
		for _, p := range paras {
			line := ""
			for _, w := range strings.Fields(p) {
				if len(line)+len(w) > 75 {
					fmt.Fprintf(&c, "(%s) Tj T*\n", line)
					line = ""
				}
				if line != "" {
					line += " "
				}
				line += w
			}
			fmt.Fprintf(&c, "(%s) Tj T* T*\n", line)
		}
		c.WriteString("ET")
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", len(objs)+2), nil)
		obj("<<>>", []byte(c.String()))
	}
	return Write(objs, Options{})
}

// Mixed writes pages of text of which those marked scanned are page images
// (rendered by pdftoppm), as in a document where a signed page or an annex
// was scanned.
func Mixed(dir string, pages [][]string, scanned []bool) ([]byte, error) {
	images := map[int][]byte{}
	for i, paras := range pages {
		if !scanned[i] {
			continue
		}
		src := filepath.Join(dir, fmt.Sprintf("page%d.pdf", i))
		if err := os.WriteFile(src, Helvetica([][]string{paras}), 0o644); err != nil {
			return nil, err
		}
		prefix := filepath.Join(dir, fmt.Sprintf("page%d", i))
		if out, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-jpeg", "-singlefile", src, prefix).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("pdftoppm: %v: %s", err, out)
		}
		img, err := os.ReadFile(prefix + ".jpg")
		if err != nil {
			return nil, err
		}
		images[i] = img
	}
	return buildPages(pages, images), nil
}

// Scan makes an image-only PDF of pages as a scanner would: the pages set
// by Helvetica, rendered to images by pdftoppm, put together by img2pdf. It
// needs both tools, and says which one failed.
func Scan(dir string, pages [][]string) ([]byte, error) {
	src := filepath.Join(dir, "text.pdf")
	if err := os.WriteFile(src, Helvetica(pages), 0o644); err != nil {
		return nil, err
	}
	if out, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-png", src, filepath.Join(dir, "scan")).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	imgs, _ := filepath.Glob(filepath.Join(dir, "scan-*.png"))
	out := filepath.Join(dir, "scan.pdf")
	if b, err := exec.Command("img2pdf", append(imgs, "-o", out)...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("img2pdf: %v: %s", err, b)
	}
	return os.ReadFile(out)
}
