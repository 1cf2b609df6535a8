package dvhc

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"khuyencong/model"
)

// Sources are the three official files (CSV, UTF-8) a Table is built
// from, in the shapes of the Government's published lists:
//   - Provinces: "code,name" per line, no header (the 34 provinces);
//   - Old: the communes in force on 4/1/2025, one header line, then
//     province, province code, district, district code, commune, commune
//     code, level[, English name];
//   - Conversion: two title lines, a heading line before each province,
//     then new province "Name (code)", new commune, new commune code, old
//     commune, old commune code, note, old district "Name (code)", old
//     province "Name (code)".
type Sources struct {
	Provinces, Old, Conversion []byte
}

// row is one parsed line with its number in the file (1-based), for errors.
type row struct {
	line   int
	fields []string
}

// readRows reads a CSV leniently (rows of any length, quoted newlines)
// and drops the byte-order mark Excel writes.
func readRows(data []byte) ([]row, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows []row
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read CSV: %w", err)
		}
		line, _ := r.FieldPos(0)
		for i, f := range rec {
			rec[i] = clean(f)
		}
		rows = append(rows, row{line: line, fields: rec})
	}
}

// clean squeezes the table's stray spaces and line breaks ("Đặc khu Côn
// Đảo\n", "Giữ nguyên ").
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func (r row) get(i int) string {
	if i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

func (r row) blank() bool {
	for _, f := range r.fields {
		if f != "" {
			return false
		}
	}
	return true
}

// nameCode splits "Tỉnh Phú Thọ (25)" into its name and code.
func nameCode(s string) (name, code string, ok bool) {
	open := strings.LastIndexByte(s, '(')
	if open < 0 || !strings.HasSuffix(s, ")") {
		return s, "", false
	}
	code = s[open+1 : len(s)-1]
	if !digits(code) {
		return s, "", false
	}
	return strings.TrimSpace(s[:open]), code, true
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func parseProvinces(data []byte) ([]Province, error) {
	rows, err := readRows(data)
	if err != nil {
		return nil, err
	}
	var out []Province
	for _, r := range rows {
		if r.blank() {
			continue
		}
		p := Province{Code: r.get(0), Name: r.get(1)}
		if !digits(p.Code) || p.Name == "" {
			return nil, model.Errorf(MsgBadRow, r.line, ShapeProvinces)
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, model.Errorf(MsgEmpty, ShapeProvinces)
	}
	return out, nil
}

// district is a district listed without communes (the island districts
// that became đặc khu whole).
type district struct{ Code, Name, ProvCode, Province string }

func parseOld(data []byte) ([]OldCommune, []district, error) {
	rows, err := readRows(data)
	if err != nil {
		return nil, nil, err
	}
	var out []OldCommune
	var bare []district
	for i, r := range rows {
		if i == 0 || r.blank() {
			continue // the header
		}
		o := OldCommune{Province: r.get(0), ProvCode: r.get(1), District: r.get(2),
			DistCode: r.get(3), Name: r.get(4), Code: r.get(5), Level: r.get(6)}
		if o.Code == "" && o.Name == "" && digits(o.DistCode) && digits(o.ProvCode) {
			bare = append(bare, district{o.DistCode, o.District, o.ProvCode, o.Province})
			continue
		}
		if !digits(o.Code) || !digits(o.ProvCode) || !digits(o.DistCode) || o.Name == "" {
			return nil, nil, model.Errorf(MsgBadRow, r.line, ShapeOld)
		}
		out = append(out, o)
	}
	if len(out) == 0 {
		return nil, nil, model.Errorf(MsgEmpty, ShapeOld)
	}
	return out, bare, nil
}

// mapping is one data line of the conversion file.
type mapping struct {
	line                   int
	prov, provCode         string
	commune, communeCode   string
	oldName, oldCode, note string
	district, distCode     string
	oldProv, oldProvCode   string
}

func parseConversion(data []byte) ([]mapping, error) {
	rows, err := readRows(data)
	if err != nil {
		return nil, err
	}
	var out []mapping
	for _, r := range rows {
		if r.get(1) == "" && r.get(2) == "" {
			continue // title, heading or blank line
		}
		m, ok := parseMapping(r)
		if !ok {
			if len(out) == 0 {
				continue // the second title line ("Tỉnh, thành phố", "Tên Xã mới", …)
			}
			return nil, model.Errorf(MsgBadRow, r.line, ShapeConversion)
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		return nil, model.Errorf(MsgEmpty, ShapeConversion)
	}
	return out, nil
}

func parseMapping(r row) (mapping, bool) {
	m := mapping{line: r.line, commune: r.get(1), communeCode: r.get(2),
		oldName: r.get(3), oldCode: r.get(4), note: r.get(5)}
	var ok1, ok2, ok3 bool
	m.prov, m.provCode, ok1 = nameCode(r.get(0))
	m.district, m.distCode, ok2 = nameCode(r.get(6))
	m.oldProv, m.oldProvCode, ok3 = nameCode(r.get(7))
	if !ok1 || !ok3 || !digits(m.communeCode) || m.commune == "" {
		return m, false
	}
	if m.oldCode != "" && !digits(m.oldCode) {
		return m, false
	}
	if m.oldCode == "" && !ok2 {
		return m, false // a unit made from a whole district must name it
	}
	return m, true
}
