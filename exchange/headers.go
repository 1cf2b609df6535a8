package exchange

import (
	"strings"
	"unicode"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// Column is one column of an imported file and the field it fills.
type Column struct {
	Index  int    // 0-based position in the row
	Header string // as written in the file
	Field  string // model field name ("tax_code"); "" when ignored
	ByMap  bool   // the user chose the field (--map) instead of the guess
}

// headerKey reduces a header to the letters and digits of its folded form,
// so that "Mã số thuế", "MA SO THUE", "ma_so_thue" and "Mã số thuế (*)"
// compare equal.
func headerKey(s string) string {
	return squash(vntext.Fold(s))
}

// headerKeyBare is headerKey without any bracketed part: "Kinh phí hỗ trợ
// (đồng)" matches "Kinh phí hỗ trợ".
func headerKeyBare(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return headerKey(b.String())
}

func squash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// headerIndex maps header keys to field names for one kind of record.
type headerIndex map[string]string

// newHeaderIndex indexes a field's catalog labels in both languages and its
// extra aliases. A later alias never overrides an earlier one, so a field's
// own label wins over another field's loose alias.
func newHeaderIndex(fields []string, aliases map[string][]string) headerIndex {
	idx := headerIndex{}
	add := func(name, field string) {
		if k := headerKey(name); k != "" {
			if _, taken := idx[k]; !taken {
				idx[k] = field
			}
		}
	}
	for _, f := range fields {
		add(f, f)
		add(model.FieldLabel(f, i18n.VI), f)
		add(model.FieldLabel(f, i18n.EN), f)
	}
	for _, f := range fields {
		for _, a := range aliases[f] {
			add(a, f)
		}
	}
	return idx
}

// lookup finds the field a header names, or "".
func (idx headerIndex) lookup(header string) string {
	if f, ok := idx[headerKey(header)]; ok {
		return f
	}
	return idx[headerKeyBare(header)]
}

// matchHeaders maps a header row. A field named by two columns keeps the
// first; the second is listed with the unknown columns, so that nothing is
// read from a column the user did not mean.
// The user's --map choices (header key → field, "" = ignore) come first.
func matchHeaders(idx headerIndex, header []string, chosen map[string]string) (cols []Column, unknown []string) {
	seen := map[string]bool{}
	for _, f := range chosen {
		seen[f] = f != ""
	}
	for i, h := range header {
		h = vntext.CleanLine(h)
		if h == "" {
			continue
		}
		f, byMap := chosen[headerKey(h)]
		if !byMap {
			f = idx.lookup(h)
			if seen[f] {
				f = ""
			}
		}
		if f == "" {
			unknown = append(unknown, h)
			continue
		}
		seen[f] = true
		cols = append(cols, Column{Index: i, Header: h, Field: f, ByMap: byMap})
	}
	return cols, unknown
}

// headerScore counts the cells of a row that name a field: the header row
// is the first row that names at least two, so that title lines above the
// table ("DANH SÁCH CƠ SỞ ...") are passed over.
func headerScore(idx headerIndex, row []string) int {
	n := 0
	seen := map[string]bool{}
	for _, h := range row {
		if f := idx.lookup(h); f != "" && !seen[f] {
			seen[f] = true
			n++
		}
	}
	return n
}

// missingRequired lists the required fields no column names.
func missingRequired(cols []Column, required []string) []string {
	var miss []string
	for _, r := range required {
		found := false
		for _, c := range cols {
			if c.Field == r {
				found = true
				break
			}
		}
		if !found {
			miss = append(miss, r)
		}
	}
	return miss
}
