package web

import (
	"context"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// facetCount is the count the search page's facet of an element shows,
// "" when it shows none.
func facetCount(t *testing.T, ctx context.Context, url, element string) string {
	t.Helper()
	do(t, ctx, "search", chromedp.Navigate(url+"/search"), chromedp.WaitVisible(chromedp.CSS(".facets")))
	return value(t, ctx, chromedp.Evaluate[string](`(() => { const a = document.querySelector('.facets a.facet[href$="element=`+element+`"] .n'); return a ? a.textContent.trim() : ""; })()`))
}

// A reviewer rejects a tag, sees it struck through and the facet count
// drop, then tags words selected in the passage.
func TestBrowserReview(t *testing.T) {
	ctx := chromium(t)
	s, ws := writeServer(t, Options{Reviewer: "ana"})
	ts := httptest.NewServer(s)
	defer ts.Close()
	x := firstPassage(t, ws, "Norway")
	if n := facetCount(t, ctx, ts.URL, "knowledge.constructive"); n != "1" {
		t.Fatalf("facet before: %q", n)
	}

	do(t, ctx, "passage", chromedp.Navigate(ts.URL+"/passages/"+x.ID), chromedp.WaitVisible(chromedp.CSS("table.tags")))
	shot(t, ctx, "passage-review")
	row := `tr.tag[data-element="knowledge.constructive"]`
	// A mark on the window tells whether the decision reloaded the page.
	value(t, ctx, chromedp.Evaluate[bool](`window.stayed = true`))
	do(t, ctx, "reject",
		chromedp.SendKeys(chromedp.CSS(row+` input[name=note]`), "constructive knowledge is denied, not affirmed"),
		chromedp.Click(chromedp.CSS(row+` button[value=reject]`), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(`tr.tag.st-rejected[data-element="knowledge.constructive"]`)))
	if !value(t, ctx, chromedp.Evaluate[bool](`window.stayed === true`)) {
		t.Errorf("the decision reloaded the page rather than deciding in place")
	}
	deco := value(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('tr.st-rejected .ev-el')).textDecorationLine`))
	if deco != "line-through" {
		t.Errorf("rejected tag not struck: %q", deco)
	}
	if hist := strings.ToLower(value(t, ctx, chromedp.Text(chromedp.CSS(".history")))); !strings.Contains(hist, "reject") || !strings.Contains(hist, "by ana") {
		t.Errorf("history: %q", hist)
	}
	shot(t, ctx, "passage-rejected")
	if n := facetCount(t, ctx, ts.URL, "knowledge.constructive"); n != "" && n != "0" {
		t.Errorf("facet after the rejection: %q", n)
	}

	// Select "malicious cyber activity" and tag it.
	do(t, ctx, "passage again", chromedp.Navigate(ts.URL+"/passages/"+x.ID), chromedp.WaitVisible(chromedp.CSS("#add-tag")))
	value(t, ctx, chromedp.Evaluate[bool](`(() => {
		const q = document.querySelector(".passage .passage-text");
		const walker = document.createTreeWalker(q, NodeFilter.SHOW_TEXT);
		const word = "malicious cyber activity";
		for (let n; (n = walker.nextNode());) {
			const i = n.data.indexOf(word);
			if (i < 0) continue;
			const r = document.createRange();
			r.setStart(n, i);
			r.setEnd(n, i + word.length);
			getSelection().removeAllRanges();
			getSelection().addRange(r);
			q.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
			return true;
		}
		return false;
	})()`))
	if got := value(t, ctx, chromedp.Value(chromedp.CSS(`#add-tag input[name=text]`))); got != "malicious cyber activity" {
		t.Fatalf("selection not picked: %q", got)
	}
	start := value(t, ctx, chromedp.Value(chromedp.CSS(`#add-tag input[name=start]`)))
	want := len([]rune(x.Text[:strings.Index(x.Text, "malicious")]))
	if start != strconv.Itoa(want) {
		t.Errorf("span start %s, want %d", start, want)
	}
	do(t, ctx, "add",
		chromedp.SetValue(chromedp.CSS(`#add-tag select[name=element]`), "actors.non_state"),
		chromedp.Click(chromedp.CSS(`#add-tag button`), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(`tr.tag[data-element="actors.non_state"]`)))
	if txt := strings.ToLower(value(t, ctx, chromedp.Text(chromedp.CSS(`tr.tag[data-element="actors.non_state"]`)))); !strings.Contains(txt, "malicious cyber activity") || !strings.Contains(txt, "manual") {
		t.Errorf("added tag: %q", txt)
	}
	shot(t, ctx, "passage-added")

	// The queue: a accepts and moves on.
	do(t, ctx, "queue", chromedp.Navigate(ts.URL+"/review?element=standard"), chromedp.WaitVisible(chromedp.CSS("#queue-item")))
	shot(t, ctx, "review-queue")
	first := value(t, ctx, chromedp.AttributeValue(chromedp.CSS("#queue-item"), "data-passage"))
	do(t, ctx, "accept key", chromedp.KeyEvent("a"), chromedp.WaitVisible(chromedp.CSS("#queue-item")))
	for range 40 {
		if value(t, ctx, chromedp.AttributeValue(chromedp.CSS("#queue-item"), "data-passage")) != first {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if next := value(t, ctx, chromedp.AttributeValue(chromedp.CSS("#queue-item"), "data-passage")); next == first {
		t.Errorf("key a did not advance the queue")
	}
	if c := value(t, ctx, chromedp.Text(chromedp.CSS("#queue-count"))); !strings.HasPrefix(c, "1 of ") {
		t.Errorf("progress %q", c)
	}

	do(t, ctx, "agree", chromedp.Navigate(ts.URL+"/agree"), chromedp.WaitVisible(chromedp.CSS("table.agree")))
	shot(t, ctx, "agree")
}
