package exchange

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"khuyencong/model"
	"khuyencong/vntext"
)

// xlsxUnzipLimit caps what a workbook may unpack to, so that a small
// crafted file cannot fill the memory or the disk.
const xlsxUnzipLimit = 1 << 30

// xlsxSource reads one sheet of a workbook as stored: raw cell values, so
// that a date is its serial number and an amount its plain digits, whatever
// display format the cell has. The columns' types say how to read them.
type xlsxSource struct {
	f        *excelize.File
	rows     *excelize.Rows
	sheet    string
	row      int
	date1904 bool
}

func newXLSXSource(r io.Reader, sheet string) (*xlsxSource, error) {
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: xlsxUnzipLimit})
	if err != nil {
		return nil, model.Errorf(MsgXLSXBroken, err.Error())
	}
	name, err := pickSheet(f.GetSheetList(), sheet)
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	s := &xlsxSource{f: f, sheet: name}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		s.date1904 = *props.Date1904
	}
	if s.rows, err = f.Rows(name); err != nil {
		_ = f.Close()
		return nil, model.Errorf(MsgXLSXBroken, err.Error())
	}
	return s, nil
}

// pickSheet is the named sheet (case and diacritics ignored) or the first.
func pickSheet(list []string, want string) (string, error) {
	if len(list) == 0 {
		return "", model.Errorf(MsgXLSXNoSheet)
	}
	if want == "" {
		return list[0], nil
	}
	for _, s := range list {
		if s == want {
			return s, nil
		}
	}
	for _, s := range list {
		if vntext.Fold(strings.TrimSpace(s)) == vntext.Fold(strings.TrimSpace(want)) {
			return s, nil
		}
	}
	return "", model.Errorf(MsgXLSXSheetMissing, want, strings.Join(list, ", "))
}

// Next returns the next row and its number; rows the file leaves out come
// back empty, so the numbers are Excel's.
func (s *xlsxSource) Next() (int, []string, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return 0, nil, model.Errorf(MsgXLSXBroken, err.Error())
		}
		return 0, nil, io.EOF
	}
	s.row++
	cols, err := s.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return 0, nil, model.Errorf(MsgXLSXBroken, fmt.Sprintf("row %d: %v", s.row, err))
	}
	return s.row, cols, nil
}

func (s *xlsxSource) Close() error {
	err := s.rows.Close()
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (s *xlsxSource) Describe(r *ImportResult) { r.Format, r.Sheet = "XLSX", s.sheet }

func (s *xlsxSource) Date1904() bool { return s.date1904 }
