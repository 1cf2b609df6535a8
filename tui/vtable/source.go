package vtable

import "charm.land/lipgloss/v2"

// Source is the data the table shows, addressed by row number 0..Len()-1.
// It must be immutable and safe for concurrent reads (see the package doc).
type Source interface {
	Len() int                 // rows in the underlying data (stable until the next SetSource)
	Text(row int) string      // folded search text (lower case, no diacritics, đ→d; see vntext.Fold)
	Cell(row, col int) string // display text of a cell
	Skip(row int) bool        // true for rows that must not be listed (e.g. soft-deleted)
}

// KeySource is an optional interface of a Source. When the Source has it,
// the table takes sort keys from it instead of Column.Key, so that keys are
// always read from the same data as the cells after SetSource. Column.Key
// must still be non-nil to mark the column sortable.
type KeySource interface {
	SortKey(row, col int) SortKey
}

// KeyAppender is an optional interface of a Source, preferred over
// KeySource: it appends the Str bytes of the key of (row, col) to dst
// (e.g. with vntext.AppendSortKey) and returns dst and the Num part, so that
// sorting a million rows does not allocate a million keys.
type KeyAppender interface {
	AppendSortKey(dst []byte, row, col int) ([]byte, int64)
}

// Lister is an optional interface of a Source: Listed returns the rows
// that are not skipped, in natural order, computed once per data version
// and shared read-only by every table that shows it, so that a session
// that neither sorts nor filters holds no memory per row.
type Lister interface {
	Listed() []int32
}

// Matcher is an optional interface of a Source: Matcher(words) returns
// whether a row's Text contains every word (words have no spaces), for one
// goroutine, without building Text. The store keeps the places of a
// facility's search text once for every facility in them, so its Text
// allocates and its matcher does not.
type Matcher interface {
	Matcher(words []string) func(row int) bool
}

// Column describes one column.
type Column struct {
	Title    string
	Width    int               // preferred width; the table shrinks flexible columns to fit
	MinWidth int               // 0: Width for fixed columns, min(Width, 10) for Flex ones
	Flex     bool              // takes the remaining room (e.g. Name)
	Priority int               // lower is hidden first when too narrow (ties: rightmost first)
	Align    lipgloss.Position // lipgloss.Right for numbers and money
	// Key is the column's sort key; nil = not sortable. It is called from
	// goroutines and must read the data the table shows now: after
	// SetSource with new data a closure over the old data is wrong (and
	// may index out of range), so give the Source KeySource or
	// KeyAppender, which the table prefers, or call SetColumns too.
	Key func(row int) SortKey
}

// SortKey orders rows: by Num first, then by the bytes of Str
// (bytes.Compare). Numbers go in Num, text in Str as vntext.SortKey bytes.
type SortKey struct {
	Num int64
	Str []byte
}

// emptySource stands in for a nil Source.
type emptySource struct{}

func (emptySource) Len() int             { return 0 }
func (emptySource) Text(int) string      { return "" }
func (emptySource) Cell(int, int) string { return "" }
func (emptySource) Skip(int) bool        { return true }
