package corpus

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// TestSchemaIsMigrated checks that a new store, created from schema, has
// the tables, columns, indexes and keys that the migrations make of an
// empty one, so that a store does not depend on how it was made.
func TestSchemaIsMigrated(t *testing.T) {
	dir := t.TempDir()
	migrated, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "migrated.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	for i, m := range migrations {
		if _, err := migrated.Exec(m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	st, err := OpenStore(filepath.Join(dir, "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	want, got := describe(t, migrated), describe(t, st.db)
	if !slices.Equal(got, want) {
		t.Errorf("a new store differs from a migrated one:\n got: %q\nwant: %q", got, want)
	}
}

// describe lists a database's schema, object by object and column by
// column, in an order that does not depend on the order of creation.
func describe(t *testing.T, db *sql.DB) []string {
	t.Helper()
	var out []string
	query := func(q string, args ...any) [][]any {
		rows, err := db.Query(q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		var all [][]any
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			all = append(all, vals)
		}
		return all
	}
	for _, obj := range query(`SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name`) {
		typ, name := fmt.Sprint(obj[0]), fmt.Sprint(obj[1])
		out = append(out, fmt.Sprint(obj))
		switch typ {
		case "table":
			for _, pragma := range []string{"table_xinfo", "index_list", "foreign_key_list"} {
				for _, r := range query(`SELECT * FROM pragma_`+pragma+`(?)`, name) {
					if pragma == "index_list" {
						r = r[1:] // its seq follows the order of creation
					}
					out = append(out, name+" "+pragma+" "+fmt.Sprint(r))
				}
			}
		case "index":
			for _, r := range query(`SELECT * FROM pragma_index_xinfo(?)`, name) {
				out = append(out, name+" index_xinfo "+fmt.Sprint(r))
			}
		}
	}
	slices.Sort(out)
	return out
}
