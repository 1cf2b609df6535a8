package exchange

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"khuyencong/model"
)

// rowSource yields the rows of a file with Excel's row numbers. The slice
// may be reused by the next call.
type rowSource interface {
	Next() (row int, fields []string, err error)
	Close() error
	Describe(r *ImportResult)
	Date1904() bool
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0} // .xls of Excel 97–2003
)

// openSource picks the reader by the file's own signature first and its
// extension second: a workbook renamed .csv is still a workbook.
func openSource(name string, r io.Reader, sheet string) (rowSource, error) {
	br := bufio.NewReader(r)
	magic, _ := br.Peek(4)
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.Equal(magic, oleMagic) || ext == ".xls":
		return nil, model.Errorf(MsgImportOldXLS)
	case bytes.Equal(magic, zipMagic):
		return newXLSXSource(br, sheet)
	case ext == ".xlsx" || ext == ".xlsm":
		return nil, model.Errorf(MsgXLSXBroken, "not a zip file")
	case ext == ".md" || ext == ".markdown":
		// An exported .md table read as CSV only gave "tệp CSV hỏng".
		return nil, model.Errorf(MsgImportMarkdown, filepath.Base(name))
	}
	return newCSVSource(br)
}

// maxTitleRows is how far down the header row is looked for: sheets often
// start with a title, a date and a blank line.
const maxTitleRows = 20

type bufferedRow struct {
	row    int
	fields []string
}

// headerReader finds the header row and hands back the rows read past it.
type headerReader struct {
	src     rowSource
	pending []bufferedRow
}

// findHeader returns the header row: the first non-blank row that names at
// least two known columns (or one, when it is the only cell), or else the
// first non-blank row so that the missing columns can be reported. A
// header of two rows, where merged cells ("Địa chỉ" over "Xã", "Huyện")
// leave the upper row's cells blank or vague, is read as one (subHeader).
func (h *headerReader) findHeader(idx headerIndex) (bufferedRow, error) {
	var seen []bufferedRow
	for len(seen) < maxTitleRows {
		row, fields, err := h.src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return bufferedRow{}, err
		}
		if blankRow(fields) {
			continue
		}
		br := bufferedRow{row, append([]string(nil), fields...)}
		score := headerScore(idx, fields)
		if score >= 2 || (score == 1 && nonBlank(fields) == 1) {
			return h.subHeader(idx, br)
		}
		seen = append(seen, br)
	}
	if len(seen) == 0 {
		return bufferedRow{}, model.Errorf(MsgImportEmpty)
	}
	h.pending = seen[1:]
	return seen[0], nil
}

// subHeader reads the row under the header. When every cell of it names a
// field, as no data row does, it is the header's second line under merged
// cells ("Địa chỉ" over "Xã" and "Huyện"): its names replace the cells
// above. Otherwise it is the first data row.
func (h *headerReader) subHeader(idx headerIndex, hdr bufferedRow) (bufferedRow, error) {
	row, fields, err := h.src.Next()
	if errors.Is(err, io.EOF) {
		return hdr, nil
	}
	if err != nil {
		return bufferedRow{}, err
	}
	next := bufferedRow{row, append([]string(nil), fields...)}
	n := 0
	for _, c := range next.fields {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if idx.lookup(c) == "" {
			h.pending = append(h.pending, next)
			return hdr, nil
		}
		n++
	}
	if n == 0 {
		h.pending = append(h.pending, next)
		return hdr, nil
	}
	merged := slices.Clone(hdr.fields)
	for i, c := range next.fields {
		if strings.TrimSpace(c) == "" {
			continue
		}
		for len(merged) <= i {
			merged = append(merged, "")
		}
		merged[i] = c
	}
	return bufferedRow{hdr.row, merged}, nil
}

// Next returns the buffered rows first, then the source's.
func (h *headerReader) Next() (int, []string, error) {
	if len(h.pending) > 0 {
		r := h.pending[0]
		h.pending = h.pending[1:]
		return r.row, r.fields, nil
	}
	return h.src.Next()
}

func blankRow(fields []string) bool { return nonBlank(fields) == 0 }

func nonBlank(fields []string) int {
	n := 0
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			n++
		}
	}
	return n
}
