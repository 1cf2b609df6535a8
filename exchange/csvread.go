package exchange

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"khuyencong/model"
)

// sniffSize is how much of a file is looked at to tell its encoding and
// separator; a header line longer than this is not a spreadsheet's.
const sniffSize = 64 << 10

// csvSource reads CSV as Excel writes it in Vietnam: "CSV UTF-8" (with a
// BOM), plain UTF-8, "Unicode Text" (UTF-16 with a BOM, tab separated) and
// the legacy "CSV" of a Vietnamese Windows (code page 1258); ',' or ';' or
// tab as separator, quoted fields with line breaks.
type csvSource struct {
	r        *csv.Reader
	row      int // Excel row of the last record (header = 1)
	endLine  int // file line on which the last record ended
	encoding string
	sep      rune
}

func newCSVSource(r io.Reader) (*csvSource, error) {
	in, enc := decodeCSV(bufio.NewReaderSize(r, sniffSize))
	br := bufio.NewReaderSize(in, sniffSize)
	sep, err := sniffSeparator(br)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(br)
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &csvSource{r: cr, encoding: enc, sep: sep}, nil
}

// decodeCSV picks the text encoding from the byte-order mark, or, without
// one, from whether the start of the file is valid UTF-8.
func decodeCSV(br *bufio.Reader) (io.Reader, string) {
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		_, _ = br.Discard(3)
		return br, "UTF-8 BOM"
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		return transform.NewReader(br, dec), "UTF-16LE"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		return transform.NewReader(br, dec), "UTF-16BE"
	}
	peek, err := br.Peek(sniffSize)
	if validUTF8Start(peek, err == nil) {
		return br, "UTF-8"
	}
	return transform.NewReader(br, charmap.Windows1258.NewDecoder()), "Windows-1258"
}

// validUTF8Start reports whether p is UTF-8, allowing a rune cut off at the
// end when p is only the start of a longer file.
func validUTF8Start(p []byte, truncated bool) bool {
	if utf8.Valid(p) {
		return true
	}
	if !truncated {
		return false
	}
	for cut := 1; cut < utf8.UTFMax && cut < len(p); cut++ {
		if utf8.Valid(p[:len(p)-cut]) {
			return true
		}
	}
	return false
}

// sniffSeparator reads Excel's "sep=;" line if there is one, otherwise
// counts the candidate separators outside quotes on each of the first
// lines (the header may sit under title lines that have none): the one
// seen most often on a single line wins and a tie goes to ','.
func sniffSeparator(br *bufio.Reader) (rune, error) {
	peek, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return 0, fmt.Errorf("read the header line: %w", err)
	}
	line, _, _ := bytes.Cut(peek, []byte{'\n'})
	if s := strings.TrimSpace(string(line)); len(s) == 5 && strings.EqualFold(s[:4], "sep=") {
		_, _ = br.Discard(len(line) + 1)
		return rune(s[4]), nil
	}
	best, counts := map[byte]int{}, map[byte]int{}
	quoted, lines := false, 0
	for _, c := range peek {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if c == '\n' {
			if lines++; lines == maxTitleRows {
				break
			}
			counts = map[byte]int{}
			continue
		}
		if c == ',' || c == ';' || c == '\t' {
			counts[c]++
			best[c] = max(best[c], counts[c])
		}
	}
	sep := byte(',')
	for _, c := range []byte{';', '\t'} {
		if best[c] > best[sep] {
			sep = c
		}
	}
	return rune(sep), nil
}

// Next returns the next record with its row number as Excel shows it. Blank
// lines, which encoding/csv skips, still count as rows, and a record with
// line breaks inside quotes is one row.
func (s *csvSource) Next() (int, []string, error) {
	rec, err := s.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return 0, nil, csvSyntaxError(pe)
		}
		if errors.Is(err, io.EOF) {
			return 0, nil, io.EOF
		}
		return 0, nil, fmt.Errorf("read CSV: %w", err)
	}
	start, _ := s.r.FieldPos(0)
	if blank := start - s.endLine - 1; blank > 0 {
		s.row += blank
	}
	s.row++
	last := len(rec) - 1
	end, _ := s.r.FieldPos(last)
	s.endLine = end + strings.Count(rec[last], "\n")
	return s.row, rec, nil
}

func (s *csvSource) Close() error { return nil }

func (s *csvSource) Describe(r *ImportResult) {
	r.Format, r.Encoding, r.Separator = "CSV", s.encoding, string(s.sep)
}

func (s *csvSource) Date1904() bool { return false }

// csvSyntaxError says where the file is broken, in the user's words.
func csvSyntaxError(pe *csv.ParseError) error {
	switch {
	case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
		return model.Errorf(MsgCSVQuote, pe.StartLine, pe.Line)
	}
	return model.Errorf(MsgCSVBroken, pe.Line, pe.Err.Error())
}
