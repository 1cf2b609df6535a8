package exchange

import (
	"strings"

	"khuyencong/model"
	"khuyencong/vntext"
)

// ColumnChoice is the user's say on one column of the file: which field
// it fills, or none ("ignore").
type ColumnChoice struct {
	Header string
	Field  string // a field name, its label, or "" to ignore the column
}

// ignoreWords name "no field" in a --map.
var ignoreWords = map[string]bool{"ignore": true, "boqua": true, "skip": true, "none": true, "": true}

// ParseColumnMap reads "Ngành nghề=products,Địa chỉ (xã)=commune,STT=ignore".
// A header may hold commas ("Xã, phường=commune"): a piece without "=" is
// joined to the one after it.
func ParseColumnMap(s string) ([]ColumnChoice, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []ColumnChoice
	carry := ""
	for _, piece := range strings.Split(s, ",") {
		piece = carry + piece
		h, f, ok := strings.Cut(piece, "=")
		if !ok {
			carry = piece + ","
			continue
		}
		carry = ""
		h = vntext.CleanLine(h)
		if h == "" {
			return nil, model.Errorf(MsgMapBadPair, vntext.CleanLine(piece))
		}
		f = vntext.CleanLine(f)
		if ignoreWords[headerKey(f)] {
			f = ""
		}
		out = append(out, ColumnChoice{Header: h, Field: f})
	}
	if strings.TrimSpace(carry) != "" {
		return nil, model.Errorf(MsgMapBadPair, vntext.CleanLine(strings.TrimSuffix(carry, ",")))
	}
	return out, nil
}

// mapOverrides resolves the choices against a kind's fields and the
// file's header: header key → field ("" = ignored).
func mapOverrides(idx headerIndex, fields []string, choices []ColumnChoice, header []string) (map[string]string, error) {
	if len(choices) == 0 {
		return nil, nil
	}
	have := map[string]bool{}
	var names []string
	for _, h := range header {
		if h = vntext.CleanLine(h); h != "" {
			have[headerKey(h)] = true
			names = append(names, `"`+h+`"`)
		}
	}
	out := map[string]string{}
	for _, c := range choices {
		if !have[headerKey(c.Header)] {
			return nil, model.Errorf(MsgMapNoColumn, c.Header, strings.Join(names, ", "))
		}
		f := ""
		if c.Field != "" {
			f = fieldNamed(idx, fields, c.Field)
			if f == "" {
				return nil, model.Errorf(MsgMapBadField, c.Field, strings.Join(fields, ", "))
			}
		}
		out[headerKey(c.Header)] = f
	}
	return out, nil
}

// fieldNamed finds a field by its name ("products") or any header that
// names it ("Sản phẩm chính").
func fieldNamed(idx headerIndex, fields []string, name string) string {
	for _, f := range fields {
		if strings.EqualFold(f, strings.TrimSpace(name)) {
			return f
		}
	}
	return idx.lookup(name)
}
