package exchange

import (
	"errors"
	"io"
	"strings"

	"khuyencong/i18n"
	"khuyencong/model"
)

// ExportRules writes the rules table (Settings.Rules) in a format of
// ExportFormats, in the layout ImportRules reads and the program ships
// its national defaults in. Every cell is text, so that a figure reads
// back exactly as written.
func ExportRules(rules []model.Rule, format string, w io.Writer, lang i18n.Lang) error {
	hs := model.RuleHeaders(lang)
	g := &grid{headers: hs, kinds: make([]cellKind, len(hs)), sheet: lang.T(MsgRulesSheet), n: len(rules),
		row: func(i int, out []value) {
			for j, c := range model.RuleCells(&rules[i], lang) {
				out[j] = textVal(c)
			}
		}}
	switch format {
	case FormatCSV:
		return writeCSV(w, g)
	case FormatXLSX:
		return writeXLSX(w, []*grid{g})
	case FormatMD:
		return writeMarkdown(w, g)
	}
	return model.Errorf(model.MsgExportBadFormat, format, strings.Join(ExportFormats, ", "))
}

// RulesImport is what reading a rules table found: the rules when every
// row is right, else each row's problems (and no rules: the import is all
// or nothing).
type RulesImport struct {
	Rules    []model.Rule
	Rows     int
	Problems []string // "row 5, column "Tỷ lệ hỗ trợ (%)": must be from 0 to 100"
}

// ImportRules reads a rules table from CSV or XLSX (sheet "" = the first).
// The header is the first row naming the table's columns, within the
// first rows (a title may stand above it).
func ImportRules(name string, r io.Reader, sheet string, lang i18n.Lang) (*RulesImport, error) {
	src, err := openSource(name, r, sheet)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	idx, err := rulesHeader(src)
	if err != nil {
		return nil, err
	}
	res := &RulesImport{}
	for {
		row, cells, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if blankRow(cells) {
			continue
		}
		res.Rows++
		for i := range cells {
			cells[i] = undefuse(cells[i])
		}
		rule, ps := model.ParseRuleRow(idx, cells)
		for _, p := range ps {
			res.Problems = append(res.Problems, lang.T(MsgImportRowProblem, row,
				model.FieldLabel(p.Field, lang), p.Err.In(lang)))
		}
		res.Rules = append(res.Rules, rule)
	}
	if res.Rows == 0 {
		return nil, model.Errorf(MsgImportEmpty)
	}
	if len(res.Problems) > 0 {
		res.Rules = nil
	}
	return res, nil
}

// rulesHeader finds the header row; past maxTitleRows the first
// non-blank row's complaint (the columns it lacks) is the answer.
func rulesHeader(src rowSource) ([]int, error) {
	var first *model.Error
	for n := 0; n < maxTitleRows; n++ {
		_, cells, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if blankRow(cells) {
			continue
		}
		idx, e := model.RuleHeader(cells)
		if e == nil {
			return idx, nil
		}
		if first == nil {
			first = e
		}
	}
	if first == nil {
		return nil, model.Errorf(MsgImportEmpty)
	}
	return nil, first
}
