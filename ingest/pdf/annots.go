package pdf

import (
	"math"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// A filled-in form keeps what was typed in its fields' appearances, drawn
// over the page by the viewer rather than by the page's content: as do
// free-text comments and stamps. pdftotext reads them; read as the page
// alone, a filled questionnaire loses its answers, and a page whose only
// text is a comment was taken for a scan.

// maxAnnots bounds the annotations read on a page: a damaged array is not
// to make one page take the time of a document.
const maxAnnots = 2000

// Annotation flags (PDF 32000-1, 12.5.3) under which nothing is shown.
const (
	annotHidden = 1 << 1
	annotNoView = 1 << 5
)

// annotations draws the normal appearances of a page's annotations that
// are shown, each mapped onto its rectangle, after the page's content.
// Popups (a comment's window) and links show no text of the page's.
// Appearances without resources of their own take the page's, res
// (written resKey).
func (w *walker) annotations(annots, res lpdf.Value, resKey string) {
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		switch a.Key("Subtype").Name() {
		case "Popup", "Link":
			continue
		}
		if a.Key("F").Int64()&(annotHidden|annotNoView) != 0 {
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() != lpdf.Stream { // appearances by state: a check box's
			ap = ap.Key(a.Key("AS").Name())
		}
		rect := a.Key("Rect")
		if rect.Len() != 4 {
			continue
		}
		if ap.Kind() != lpdf.Stream {
			w.unrendered(a, rect)
			continue
		}
		x := &xobject{}
		w.loadForm(x, ap, res, resKey)
		if !x.form {
			continue
		}
		bbox := ap.Key("BBox")
		if bbox.Len() != 4 {
			continue
		}
		w.form(x, onRect(x.matrix, bbox, rect))
	}
}

// unrendered draws the text of an annotation that comes without an
// appearance, which the viewer is to make (as pdftotext makes it): a
// comment's (FreeText), or a text field's value, as scripts that fill
// in forms leave it ("/NeedAppearances true"). Its lines are set from the
// top left of its rectangle, at the size its /DA gives.
func (w *walker) unrendered(a, rect lpdf.Value) {
	var text string
	switch a.Key("Subtype").Name() {
	case "FreeText":
		text = a.Key("Contents").Text()
	case "Widget":
		if inherited(a, "FT").Name() == "Tx" {
			text = inherited(a, "V").Text()
		}
	}
	if strings.TrimSpace(text) == "" {
		return
	}
	x0, x1 := minMax(rect.Index(0).Float64(), rect.Index(2).Float64())
	y0, y1 := minMax(rect.Index(1).Float64(), rect.Index(3).Float64())
	size := daSize(inherited(a, "DA").RawString())
	if size <= 0 { // auto size: to the field's height
		size = min(12, max(4, 0.7*(y1-y0)))
	}
	y := y1 - size
	for line := range strings.Lines(strings.ReplaceAll(text, "\r", "\n")) {
		x := x0 + 2
		for _, r := range strings.TrimRight(line, "\n") {
			gl := Glyph{S: string(r), X: x, Y: y, W: size / 2, Size: size, Guessed: true}
			if w.box == nil || !w.box.off(gl) {
				w.out = append(w.out, gl)
			}
			x += size / 2
		}
		if y -= 1.2 * size; y < y0-size && x1 > x0 {
			break // text the field does not show
		}
	}
}

// daSize is the font size a default appearance string sets ("/Helv 12
// Tf 0 g"), or 0 (automatic).
func daSize(da string) float64 {
	f := strings.Fields(da)
	for i := 1; i < len(f); i++ {
		if f[i] == "Tf" {
			n, _ := strconv.ParseFloat(f[i-1], 64)
			return n
		}
	}
	return 0
}

// onRect returns the matrix that maps an appearance's box, bbox as its
// own matrix m (nil for none) transforms it, onto the annotation's
// rectangle (PDF 32000-1, 12.5.5).
func onRect(m *matrix, bbox, rect lpdf.Value) matrix {
	fm := identity
	if m != nil {
		fm = *m
	}
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for _, c := range [][2]int{{0, 1}, {2, 1}, {0, 3}, {2, 3}} {
		bx, by := bbox.Index(c[0]).Float64(), bbox.Index(c[1]).Float64()
		x := bx*fm[0][0] + by*fm[1][0] + fm[2][0]
		y := bx*fm[0][1] + by*fm[1][1] + fm[2][1]
		x0, x1 = min(x0, x), max(x1, x)
		y0, y1 = min(y0, y), max(y1, y)
	}
	rx0, rx1 := minMax(rect.Index(0).Float64(), rect.Index(2).Float64())
	ry0, ry1 := minMax(rect.Index(1).Float64(), rect.Index(3).Float64())
	sx, sy := 1.0, 1.0
	if x1 > x0 {
		sx = (rx1 - rx0) / (x1 - x0)
	}
	if y1 > y0 {
		sy = (ry1 - ry0) / (y1 - y0)
	}
	return matrix{{sx, 0, 0}, {0, sy, 0}, {rx0 - sx*x0, ry0 - sy*y0, 1}}
}
