package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/normdex/normdex/corpus"
	"github.com/normdex/normdex/workspace"
)

// post sends a form as a browser does, with the server's CSRF token unless
// the form has one.
func post(s *Server, path string, form url.Values) response {
	if !form.Has("csrf") {
		form.Set("csrf", s.csrf)
	}
	r := httptest.NewRequest("POST", "http://127.0.0.1:8080"+path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return serve(s, r)
}

func reviewServer(t *testing.T) (*Server, *workspace.Workspace, workspace.Excerpt) {
	t.Helper()
	s, ws := writeServer(t, Options{Reviewer: "ana"})
	return s, ws, firstPassage(t, ws, "Norway")
}

func decisions(t *testing.T, ws *workspace.Workspace, id string) []corpus.Decision {
	t.Helper()
	ds, err := ws.PassageDecisions(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestReviewDecisions(t *testing.T) {
	s, ws, x := reviewServer(t)
	path := "/passages/" + x.ID + "/review"
	page := get(s, "/passages/"+x.ID)
	for _, want := range []string{"Reviewing as <b>ana</b>", `value="accept"`, `value="reject"`, "Add a tag", "Set State", "unreviewed", "rule"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("passage page lacks %q", want)
		}
	}
	before := get(s, "/search?element=knowledge.constructive")
	if !strings.Contains(before.body, "Norway (2021, para 1)") {
		t.Fatalf("fixture: Norway not tagged knowledge.constructive")
	}

	r := post(s, path, url.Values{"action": {"reject"}, "element": {"knowledge.constructive"}, "note": {"not a tag <script>alert(1)</script>"}})
	if r.status != 303 || r.header.Get("Location") != "/passages/"+x.ID+"#review" {
		t.Fatalf("reject: %d %s %s", r.status, r.header.Get("Location"), r.body)
	}
	ds := decisions(t, ws, x.ID)
	if len(ds) != 1 || ds[0].Action != corpus.Reject || ds[0].Reviewer != "ana" {
		t.Fatalf("decisions after reject: %+v", ds)
	}
	page = get(s, "/passages/"+x.ID)
	if !regexp.MustCompile(`class="tag st-rejected[^"]*" data-element="knowledge.constructive"`).MatchString(page.body) {
		t.Errorf("rejected tag not marked")
	}
	if strings.Contains(page.body, "<script>alert(1)") || !strings.Contains(page.body, "not a tag &lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("note not escaped")
	}
	// The search, its facets and the map see the decision at once.
	if after := get(s, "/search?element=knowledge.constructive"); strings.Contains(after.body, "Norway (2021, para 1)") {
		t.Errorf("search still lists the rejected tag")
	}
	if cell := get(s, "/matrix/cell?state=Norway&dim=knowledge"); strings.Contains(cell.body, "Norway (2021, para 1)") {
		t.Errorf("map cell still lists the passage whose tag was rejected")
	}

	// Undo brings the tag back.
	r = post(s, "/decisions/"+strconv.FormatInt(ds[0].ID, 10)+"/undo", url.Values{"back": {"/passages/" + x.ID}})
	if r.status != 303 || len(decisions(t, ws, x.ID)) != 0 {
		t.Fatalf("undo: %d %s", r.status, r.body)
	}
	if after := get(s, "/search?element=knowledge.constructive"); !strings.Contains(after.body, "Norway (2021, para 1)") {
		t.Errorf("undo: the tag is not back")
	}

	r = post(s, path, url.Values{"action": {"accept"}, "element": {"knowledge.constructive"}})
	if r.status != 303 {
		t.Fatalf("accept: %d %s", r.status, r.body)
	}
	r = post(s, path, url.Values{"action": {"add"}, "element": {"territory.origin"}, "text": {"on its territory"}, "back": {"https://evil.example/"}})
	if r.status != 303 || r.header.Get("Location") != "/passages/"+x.ID+"#review" {
		t.Fatalf("add by text: %d %s %s", r.status, r.header.Get("Location"), r.body)
	}
	r = post(s, path, url.Values{"action": {"add"}, "element": {"actors.non_state"}, "start": {"3"}, "end": {"9"}, "polarity": {"rejected"}})
	if r.status != 303 {
		t.Fatalf("add by span: %d %s", r.status, r.body)
	}
	r = post(s, path, url.Values{"action": {"state"}, "state": {"Sweden"}})
	if r.status != 303 {
		t.Fatalf("state: %d %s", r.status, r.body)
	}
	ds = decisions(t, ws, x.ID)
	if len(ds) != 4 || ds[1].Text != "on its territory" || ds[2].Text != "Norway" || ds[2].Polarity != corpus.Rejected || ds[3].State != "Sweden" {
		t.Errorf("decisions: %+v", ds)
	}
	page = get(s, "/passages/"+x.ID)
	if !strings.Contains(page.body, "manual") || !strings.Contains(page.body, `href="/search?state=Sweden"`) {
		t.Errorf("passage page does not show the manual tag and the new State")
	}
	if got := get(s, "/search?state=Sweden"); !strings.Contains(got.body, "Sweden (2021, para 1)") {
		t.Errorf("search by the new State")
	}
}

func TestReviewBadInput(t *testing.T) {
	s, ws, x := reviewServer(t)
	path := "/passages/" + x.ID + "/review"
	for name, form := range map[string]url.Values{
		"unknown element":   {"action": {"add"}, "element": {"nosuch"}},
		"span outside":      {"action": {"add"}, "element": {"territory.origin"}, "start": {"5"}, "end": {"99999"}},
		"bad span":          {"action": {"add"}, "element": {"territory.origin"}, "start": {"x"}, "end": {"3"}},
		"text not there":    {"action": {"add"}, "element": {"territory.origin"}, "text": {"not in the passage"}},
		"reject no tag":     {"action": {"reject"}, "element": {"threshold.serious"}},
		"no element":        {"action": {"accept"}},
		"unknown State":     {"action": {"state"}, "state": {"Atlantis"}},
		"unknown action":    {"action": {"delete"}},
		"markup in element": {"action": {"add"}, "element": {xssImg}},
	} {
		r := post(s, path, form)
		if r.status != 400 {
			t.Errorf("%s: status %d", name, r.status)
		}
		if strings.Contains(r.body, "<img src=x") {
			t.Errorf("%s: error page not escaped", name)
		}
	}
	if r := post(s, "/passages/nope/review", url.Values{"action": {"accept"}, "element": {"territory.origin"}}); r.status != 400 {
		t.Errorf("no such passage: status %d", r.status)
	}
	if r := post(s, "/decisions/12345/undo", url.Values{}); r.status != 404 {
		t.Errorf("undo of no decision: status %d", r.status)
	}
	if n := len(decisions(t, ws, x.ID)); n != 0 {
		t.Errorf("bad input stored %d decisions", n)
	}
}

func TestReviewCSRFAndReadOnly(t *testing.T) {
	s, ws, x := reviewServer(t)
	path := "/passages/" + x.ID + "/review"
	for _, tok := range []string{"", "bad"} {
		if r := post(s, path, url.Values{"csrf": {tok}, "action": {"reject"}, "element": {"knowledge.constructive"}}); r.status != 403 {
			t.Errorf("CSRF token %q: status %d", tok, r.status)
		}
		if r := post(s, "/decisions/1/undo", url.Values{"csrf": {tok}}); r.status != 403 {
			t.Errorf("undo, CSRF token %q: status %d", tok, r.status)
		}
	}
	if n := len(decisions(t, ws, x.ID)); n != 0 {
		t.Errorf("stored %d decisions without a CSRF token", n)
	}

	ro, rws := readOnly(t, Options{})
	y := firstPassage(t, rws, "Norway")
	if r := post(ro, "/passages/"+y.ID+"/review", url.Values{"action": {"reject"}, "element": {"knowledge.constructive"}}); r.status != 404 && r.status != 405 {
		t.Errorf("read-only review: status %d", r.status)
	}
	if r := post(ro, "/decisions/1/undo", url.Values{}); r.status != 404 && r.status != 405 {
		t.Errorf("read-only undo: status %d", r.status)
	}
	if r := get(ro, "/review"); r.status != 404 {
		t.Errorf("read-only queue: status %d", r.status)
	}
	page := get(ro, "/passages/"+y.ID)
	if strings.Contains(page.body, `value="reject"`) || strings.Contains(page.body, "Add a tag") || strings.Contains(page.body, "Reviewing as") {
		t.Errorf("read-only passage page offers review")
	}
	if !strings.Contains(page.body, "unreviewed") {
		t.Errorf("read-only passage page does not show the review state")
	}
}

func TestReviewQueue(t *testing.T) {
	s, ws, _ := reviewServer(t)
	q := "/review?element=standard"
	first := get(s, q)
	id := queued(t, first.body)
	if !strings.Contains(first.body, "0</b> of ") {
		t.Errorf("queue progress: %s", progressOf(first.body))
	}
	total := regexp.MustCompile(`of (\d+) reviewed`).FindStringSubmatch(first.body)
	if total == nil {
		t.Fatalf("no progress on the queue page")
	}
	back := regexp.MustCompile(`name="back" value="([^"]*)"`).FindStringSubmatch(first.body)[1]
	r := post(s, "/passages/"+id+"/review", url.Values{"action": {"accept"}, "element": {"standard.capacity"}, "back": {htmlUnescape(back)}})
	if r.status != 303 || !strings.HasPrefix(r.header.Get("Location"), "/review?") {
		t.Fatalf("accept in the queue: %d %s", r.status, r.header.Get("Location"))
	}
	next := get(s, r.header.Get("Location"))
	if id2 := queued(t, next.body); id2 == id {
		t.Errorf("queue did not advance past %s", id)
	}
	if !strings.Contains(next.body, "1</b> of "+total[1]) {
		t.Errorf("progress after one: %s", progressOf(next.body))
	}
	// A rejection counts as reviewed: the passage stays in the count.
	id2 := queued(t, next.body)
	r = post(s, "/passages/"+id2+"/review", url.Values{"action": {"reject"}, "element": {"standard.capacity"}, "back": {htmlUnescape(back)}})
	if r.status != 303 {
		t.Fatalf("reject in the queue: %d", r.status)
	}
	next = get(s, r.header.Get("Location"))
	if queued(t, next.body) == id2 || !strings.Contains(next.body, "2</b> of "+total[1]) {
		t.Errorf("progress after a rejection: %s", progressOf(next.body))
	}
	// Skip moves on without deciding.
	skip := regexp.MustCompile(`class="skip-btn" href="([^"]*)"`).FindStringSubmatch(next.body)[1]
	skipped := get(s, htmlUnescape(skip))
	if queued(t, skipped.body) == queued(t, next.body) {
		t.Errorf("skip did not move on")
	}
	if n := len(decisions(t, ws, queued(t, next.body))); n != 0 {
		t.Errorf("skip decided")
	}
	// A decision after a skip does not bring the skipped passage back.
	third := queued(t, skipped.body)
	back = htmlUnescape(regexp.MustCompile(`name="back" value="([^"]*)"`).FindStringSubmatch(skipped.body)[1])
	r = post(s, "/passages/"+third+"/review", url.Values{"action": {"accept"}, "element": {"standard.capacity"}, "back": {back}})
	if after := get(s, r.header.Get("Location")); queued(t, after.body) == queued(t, next.body) || queued(t, after.body) == third {
		t.Errorf("after a skip and a decision the queue shows %s again", queued(t, after.body))
	}
	if r := get(s, "/review?element=nosuch"); r.status != 400 {
		t.Errorf("unknown element: status %d", r.status)
	}
}

func queued(t *testing.T, body string) string {
	t.Helper()
	m := regexp.MustCompile(`id="queue-item" data-passage="([^"]+)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no passage in the queue")
	}
	return m[1]
}

func progressOf(body string) string {
	return regexp.MustCompile(`<span id="queue-count">.*?</span>`).FindString(body)
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&#43;", "+", "&#39;", "'", "&quot;", `"`).Replace(s)
}

// The agreement page shows the figures 'normdex agree --format json'
// prints, and downloads them.
func TestAgreePage(t *testing.T) {
	s, ws, x := reviewServer(t)
	ctx := context.Background()
	for _, d := range []corpus.Decision{
		{Passage: x.ID, Action: corpus.Reject, Element: "knowledge.constructive", Reviewer: "ana"},
		{Passage: x.ID, Action: corpus.Add, Element: "territory.origin", Reviewer: "ana"},
		{Passage: x.ID, Action: corpus.Accept, Element: "knowledge.constructive", Reviewer: "ben"},
	} {
		if _, err := ws.Review(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		query     string
		reviewers []string
	}{{"", nil}, {"?b=ana", []string{"ana"}}, {"?a=ana&b=ben", []string{"ana", "ben"}}} {
		tab, err := ws.Agreement(ctx, corpus.Filter{}, workspace.AgreementOptions{Reviewers: c.reviewers, Resamples: 1000, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		tab.JSON(&want)
		sep := "?"
		if c.query != "" {
			sep = "&"
		}
		got := get(s, "/agree"+c.query+sep+"format=json")
		if got.status != 200 || got.body != want.String() {
			t.Errorf("/agree%s json:\n%s\nwant\n%s", c.query, got.body, want.String())
		}
		page := get(s, "/agree"+c.query)
		if page.status != 200 {
			t.Fatalf("/agree%s: status %d", c.query, page.status)
		}
		for _, row := range tab.Rows {
			if !strings.Contains(page.body, "<td class=\"fig\">"+figure(row.Kappa)+"<span class=\"ci\">"+interval(row.KappaCI)+"</span>") {
				t.Errorf("/agree%s lacks kappa %s of %q", c.query, figure(row.Kappa), row.Element)
			}
		}
		if !strings.Contains(page.body, "with <b>"+tab.CoderB+"</b>") {
			t.Errorf("/agree%s does not name coder B %s", c.query, tab.CoderB)
		}
	}
	if csv := get(s, "/agree?format=csv"); !strings.HasPrefix(csv.body, "element,n,tp") || !strings.Contains(csv.header.Get("Content-Disposition"), "attachment") {
		t.Errorf("csv download: %s", csv.body)
	}
	if md := get(s, "/agree?format=md"); !strings.Contains(md.body, "| Element |") {
		t.Errorf("md download: %s", md.body)
	}
	if r := get(s, "/agree?a=ana"); r.status != 400 {
		t.Errorf("coder A without B: status %d", r.status)
	}
	if r := get(s, "/agree?element=nosuch"); r.status != 400 {
		t.Errorf("unknown element: status %d", r.status)
	}
}

// A reviewer's name and notes come from people, and are shown as text.
func TestReviewerEscaped(t *testing.T) {
	s, ws := writeServer(t, Options{Reviewer: xssImg})
	x := firstPassage(t, ws, "Norway")
	if r := post(s, "/passages/"+x.ID+"/review", url.Values{"action": {"accept"}, "element": {"knowledge.constructive"}, "note": {xssScript}}); r.status != 303 {
		t.Fatalf("accept: %d %s", r.status, r.body)
	}
	for _, path := range []string{"/passages/" + x.ID, "/agree", "/review"} {
		page := get(s, path)
		if page.status != 200 {
			t.Errorf("%s: status %d", path, page.status)
		}
		if strings.Contains(page.body, "<img src=x") || strings.Contains(page.body, "<script>alert") {
			t.Errorf("%s: markup of a reviewer or note not escaped", path)
		}
	}
	ro, _ := readOnly(t, Options{})
	if r := get(ro, "/agree"); r.status != 200 || !strings.Contains(r.body, "Agreement") {
		t.Errorf("read-only /agree: status %d", r.status)
	}
}
