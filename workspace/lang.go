package workspace

import (
	"cmp"
	"context"

	"github.com/normdex/normdex/annotate"
	"github.com/normdex/normdex/corpus"
)

// inLang gives passages a language and tags them in it: lang for each of
// them when it is set, else the one its own words tell or, when they tell
// none, docLang (as ingest.Build does).
func inLang(tagger *annotate.Tagger, lang, docLang string, ps []corpus.Passage) {
	for i := range ps {
		p := &ps[i]
		p.Lang = lang
		if lang == "" {
			p.Lang = cmp.Or(corpus.DetectLang(p.Text), docLang)
		}
		p.Annotations = tagger.TagLang(p.Text, p.Lang)
	}
}

// backfillLangs tells the language of the documents stored before
// languages were kept, and of their passages, as ingest would have, and
// queues them for the index. It returns the number of documents changed.
// Only the documents without a language are read, and only those whose
// words tell one are written, so that it costs one query once done. Their
// tags stay as they were until the next annotate.
func (w *Workspace) backfillLangs(ctx context.Context) (int, error) {
	ids, err := w.store.DocumentsWithoutLang(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, id := range ids {
		d, err := w.store.Document(ctx, id)
		if err != nil {
			return n, err
		}
		ps, err := w.store.Passages(ctx, id)
		if err != nil {
			return n, err
		}
		lang := corpus.DetectLang(d.Text)
		langs := map[string]string{}
		for _, p := range ps {
			if l := cmp.Or(corpus.DetectLang(p.Text), lang); p.Lang == "" && l != "" {
				langs[p.ID] = l
			}
		}
		if lang == "" && len(langs) == 0 {
			continue
		}
		if err := w.store.SetLangs(ctx, id, lang, langs); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// relang gives document d the language lang, or the one its words tell
// when lang is "", and returns its passages in that language, tagged
// again with the workspace's codebook; none when its language stays.
func (w *Workspace) relang(ctx context.Context, d *corpus.Document, lang string) ([]corpus.Passage, error) {
	old := d.Lang
	d.Lang = lang
	if lang == "" {
		full, err := w.store.Document(ctx, d.ID)
		if err != nil {
			return nil, err
		}
		d.Lang = corpus.DetectLang(full.Text)
	}
	if d.Lang == old {
		return nil, nil
	}
	cb, err := w.Codebook(ctx, nil, false)
	if err != nil {
		return nil, err
	}
	ps, err := w.store.Passages(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	inLang(cb.Tagger, lang, d.Lang, ps)
	return ps, nil
}
