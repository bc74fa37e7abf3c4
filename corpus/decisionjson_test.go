package corpus

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestDecisionsJSONRoundTrip(t *testing.T) {
	ds := []Decision{
		{Passage: "abc-0001", Document: "abcdef", File: "a.txt", Seq: 1, TextSHA256: PassageHash("x"), Action: Add, Element: "knowledge",
			Start: 3, End: 9, Text: "«quoi»", Polarity: Rejected, Reviewer: "ann", Time: at(0).Add(123), Note: "see <para 4> & 5"},
		{Passage: "abc-0002", Document: "abcdef", Action: SetState, State: "Estonia", Reviewer: "bob", Time: at(1), Orphan: true},
		{Passage: "abc-0003", Document: "abcdef", Action: Reject, Element: "scope", Reviewer: "bob", Time: at(2)},
	}
	var buf bytes.Buffer
	if err := WriteDecisions(&buf, ds); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := `{"passage":"abc-0003","document":"abcdef","passage_seq":0,"action":"reject","element":"scope","reviewer":"bob","time":"2026-12-01T09:02:00Z"}`
	if len(lines) != 3 || lines[2] != want {
		t.Errorf("line 3 = %s\nwant     %s", lines[2], want)
	}
	if !strings.Contains(lines[0], `"span":[3,9]`) || !strings.Contains(lines[0], `<para 4> & 5`) {
		t.Errorf("line 1 = %s, want a span and the note unescaped", lines[0])
	}
	got, err := ReadDecisions("d.jsonl", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ds) {
		t.Errorf("read back %+v\nwant      %+v", got, ds)
	}
}

func TestReadDecisionsErrors(t *testing.T) {
	const ok = `{"passage":"p","action":"accept","element":"e","reviewer":"r","time":"2026-12-01T09:00:00Z"}`
	for _, tc := range []struct{ in, want string }{
		{ok + "\n\n" + ok + `,` + "\n", "d.jsonl:3:"},
		{`{"passage":"p","action":"maybe","element":"e","reviewer":"r","time":"2026-12-01T09:00:00Z"}`, `d.jsonl:1: decision on p: unknown action "maybe"`},
		{`{"passage":"p","action":"accept","element":"e","reviewer":"r"}`, `d.jsonl:1: no "time"`},
		{`{"passage":"p","action":"accept","element":"e","reviewer":"r","time":"yesterday"}`, `d.jsonl:1: bad time "yesterday"`},
		{`{"passage":"p","action":"add","element":"e","reviewer":"r","time":"2026-12-01T09:00:00Z","span":[5,2]}`, `bad span 5:2`},
		{`{"passage":"p","action":"add","element":"e","reviewer":"r","time":"2026-12-01T09:00:00Z","span":[0,0]}`, `bad span [0, 0]`},
		{`{"passage":"p","action":"accept","element":"e","time":"2026-12-01T09:00:00Z"}`, `no reviewer`},
		{`[1]`, `d.jsonl:1: json: cannot unmarshal`},
	} {
		_, err := ReadDecisions("d.jsonl", strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadDecisions(%s) = %v, want an error with %q", tc.in, err, tc.want)
		}
	}
	// A field added by a later normdex passes.
	ds, err := ReadDecisions("d.jsonl", strings.NewReader(strings.TrimSuffix(ok, "}")+`,"confidence":0.9}`))
	if err != nil || len(ds) != 1 {
		t.Errorf("unknown field: %v, %v", ds, err)
	}
}

// FuzzReadDecisions checks that any input gives decisions that are valid and
// that write and read back the same, or an error; never a panic.
func FuzzReadDecisions(f *testing.F) {
	f.Add([]byte(`{"passage":"p","action":"accept","element":"e","reviewer":"r","time":"2026-12-01T09:00:00Z"}`))
	f.Add([]byte(`{"passage":"p","action":"add","element":"e","span":[1,4],"text":"abc","polarity":"rejected","reviewer":"r","time":"2026-12-01T09:00:00.5+02:00"}` + "\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := ReadDecisions("f", bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, d := range ds {
			if err := d.Validate(); err != nil {
				t.Fatalf("read an invalid decision %+v: %v", d, err)
			}
		}
		var buf bytes.Buffer
		if err := WriteDecisions(&buf, ds); err != nil {
			t.Fatal(err)
		}
		again, err := ReadDecisions("f", &buf)
		if err != nil || !reflect.DeepEqual(again, ds) {
			t.Fatalf("round trip: %+v, %v\nwant %+v", again, err, ds)
		}
	})
}
