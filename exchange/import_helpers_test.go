package exchange

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// ieOpen opens a fresh database in the test's temporary directory.
func ieOpen(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "kc.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

var ieAdmin = store.Actor{Name: "test-admin", Role: model.RoleAdmin}

// ieTax makes a valid 10-digit enterprise tax code from a number, with
// the check digit of weights 31, 29, 23, 19, 17, 13, 7, 5, 3.
func ieTax(n int) string { return ieTaxIn("26", n) }

// ieTaxIn is ieTax with the two-digit province prefix given ("01" for a
// code that loses its leading zero in a number cell).
func ieTaxIn(prefix string, n int) string {
	weights := [9]int{31, 29, 23, 19, 17, 13, 7, 5, 3}
	for seed := n; ; seed += 1_000_000 {
		d := fmt.Sprintf("%s%07d", prefix, seed%10_000_000)
		sum := 0
		for i, w := range weights {
			sum += w * int(d[i]-'0')
		}
		if check := 10 - sum%11; check < 10 && d[2:9] != "0000000" {
			return d + fmt.Sprint(check)
		}
	}
}

// ieWrite writes a file into the test's temporary directory.
func ieWrite(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// ieCSV joins lines with CRLF, as Excel writes them.
func ieCSV(lines ...string) []byte { return []byte(strings.Join(lines, "\r\n") + "\r\n") }

// ieAuditLen counts the audit trail.
func ieAuditLen(t testing.TB, st *store.Store) int {
	t.Helper()
	es, err := st.Audit(ieAdmin, store.AuditQuery{Limit: 1_000_000})
	if err != nil {
		t.Fatalf("audit: %v", err)
	}
	return len(es)
}

// ieCounts is the number of live records of each kind.
func ieCounts(st *store.Store) [4]int {
	s := st.Snapshot()
	return [4]int{s.Facilities().Live(), s.Projects().Live(), s.Allocations().Live(), s.Payments().Live()}
}

// ieProblems renders problems as "row:column" for comparison.
func ieProblems(res ImportResult) []string {
	var out []string
	for _, p := range res.Problems {
		out = append(out, fmt.Sprintf("%d:%s", p.Row, p.Column))
	}
	return out
}

// ieImport runs an import of a file that must succeed.
func ieImport(t testing.TB, st *store.Store, kind model.Kind, path string, opts ImportOptions) ImportResult {
	t.Helper()
	res, err := Import(st, ieAdmin, kind, path, opts)
	if err != nil {
		t.Fatalf("import %s: %v\nproblems: %v", path, model.Localize(err, i18n.EN), ieProblemTexts(res))
	}
	return res
}

func ieProblemTexts(res ImportResult) []string {
	var out []string
	for _, p := range res.Problems {
		out = append(out, p.In(i18n.EN))
	}
	return out
}
