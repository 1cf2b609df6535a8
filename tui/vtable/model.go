package vtable

import (
	"khuyencong/i18n"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
)

// Model is the table. Use it through the pointer New returns.
type Model struct {
	id     uint64
	cols   []Column
	src    Source
	lang   i18n.Lang
	keys   KeyMap
	styles Styles
	sgr    sgrSet
	ascii  bool
	async  int // more candidate rows than this: scan or sort in a goroutine

	w, h int
	lay  layout

	sortCol int // -1: natural order
	desc    bool
	orders  *Orders        // shared orders (nil: none)
	order   *buf           // listable rows in sort order
	ordTag  orderTag       // what order was made from
	nextTag orderTag       // what the order being made is made from
	sortGen *atomic.Uint64 // latest sort; older sort goroutines stop
	sorting bool
	toTop   bool // the pending order is a user's sort: show its top

	query     string
	filtering bool
	words     []string
	res       *buf     // complete filter result for resWords over order
	resWords  []string // words res was computed for
	resStale  bool     // res is in an older order: show it, never narrow from it
	resTag    orderTag // the order res was computed over
	list      []int32  // rows on display: res.rows, or page while a scan runs
	partial   bool     // list is the synchronous first page
	pending   bool     // a filter goroutine is running
	page      []int32
	need      []string       // scratch for narrows
	gen       *atomic.Uint64 // latest filter; older scan goroutines stop
	keepRow   int32          // row to put the cursor back on when the result lands; -1 none
	keepOff   int            // its offset from the top of the view

	cursor, top int
	pool        *pool
	scr         scratch
}

var lastID atomic.Uint64

// Option configures New.
type Option func(*Model)

// WithLang sets the UI language (default i18n.VI).
func WithLang(l i18n.Lang) Option { return func(m *Model) { m.lang = l; m.keys = DefaultKeyMap(l) } }

// WithKeyMap replaces the bindings.
func WithKeyMap(k KeyMap) Option { return func(m *Model) { m.keys = k } }

// WithStyles sets the styles (default DefaultStyles(true)).
func WithStyles(s Styles) Option { return func(m *Model) { m.SetStyles(s) } }

// WithASCII draws the sort indicator and cuts with ASCII only.
func WithASCII(on bool) Option { return func(m *Model) { m.ascii = on } }

// WithAsyncThreshold sets how many candidate rows a filter or sort may
// handle synchronously in Update; above it the work runs in a tea.Cmd
// goroutine (default DefaultAsync). 0 or less: always synchronous.
func WithAsyncThreshold(n int) Option { return func(m *Model) { m.async = n } }

// DefaultAsync is the default async threshold: a filter scan of this many
// rows takes about a millisecond on one core.
const DefaultAsync = 20_000

// New makes a table over src (nil: empty) in natural order, 80×24.
func New(cols []Column, src Source, opts ...Option) *Model {
	m := &Model{
		id:      lastID.Add(1),
		cols:    cols,
		src:     src,
		lang:    i18n.VI,
		keys:    DefaultKeyMap(i18n.VI),
		async:   DefaultAsync,
		sortCol: -1,
		sortGen: new(atomic.Uint64),
		gen:     new(atomic.Uint64),
		keepRow: -1,
		pool:    &pool{},
		orders:  defaultOrders,
	}
	if m.src == nil {
		m.src = emptySource{}
	}
	m.SetStyles(DefaultStyles(true))
	for _, o := range opts {
		o(m)
	}
	m.order = newBuf(buildOrder(m.src, nil, false, nil))
	m.ordTag = orderTag{src: m.src, col: -1}
	m.res = m.order.retain()
	m.resTag = m.ordTag
	m.list = m.res.rows
	m.SetSize(80, 24)
	return m
}

// SetSize sets the size of the table in cells: the header, the rows and a
// one-line footer. Any size is accepted, down to 0×0.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(w, 0), max(h, 0)
	m.lay = computeLayout(m.cols, m.w-m.markerWidth())
	m.clampView()
}

// Size returns the size set by SetSize.
func (m *Model) Size() (w, h int) { return m.w, m.h }

// SetSource replaces the data (it changed): the filter and sort are re-run
// and the cursor stays on the same underlying row if it is still listed.
// The returned command (nil when done synchronously) delivers the result.
func (m *Model) SetSource(src Source) tea.Cmd {
	if src == nil {
		src = emptySource{}
	}
	m.src = src
	return m.rebuild()
}

// SetColumns replaces the columns (same meaning per index, e.g. new Key
// closures over new data); a sort column that no longer sorts is dropped.
func (m *Model) SetColumns(cols []Column) tea.Cmd {
	m.cols = cols
	m.lay = computeLayout(m.cols, m.w-m.markerWidth())
	if m.sortCol >= len(cols) || (m.sortCol >= 0 && cols[m.sortCol].Key == nil) {
		m.sortCol, m.desc = -1, false
	}
	return m.rebuild()
}

// SetStyles sets the styles.
func (m *Model) SetStyles(s Styles) {
	m.styles = s
	m.sgr = s.sgr()
	m.lay = computeLayout(m.cols, m.w-m.markerWidth())
}

// SetASCII draws the sort indicator and cuts with ASCII only.
func (m *Model) SetASCII(on bool) { m.ascii = on }

// SetLang changes the language of the footer texts and key help.
func (m *Model) SetLang(l i18n.Lang) { m.lang = l; m.keys = DefaultKeyMap(l) }

// Keys returns the bindings, for the parent's help.
func (m *Model) Keys() KeyMap { return m.keys }

// Selected returns the underlying row under the cursor.
func (m *Model) Selected() (row int, ok bool) {
	if m.cursor < 0 || m.cursor >= len(m.list) {
		return -1, false
	}
	r := int(m.list[m.cursor])
	if r >= m.src.Len() {
		return -1, false
	}
	return r, true
}

// Cursor returns the cursor's index in Rows.
func (m *Model) Cursor() int { return m.cursor }

// Rows returns the rows on display: filtered, in sort order. While Busy
// it may be only the first page. Read-only; valid until the next Update.
func (m *Model) Rows() []int32 { return m.list }

// Filtering reports whether the filter input has focus: the parent must
// not treat keys as commands then.
func (m *Model) Filtering() bool { return m.filtering }

// Query returns the filter text as typed.
func (m *Model) Query() string { return m.query }

// Count returns the rows matching the filter and the listable rows. While
// a scan is pending, shown is the size of the first page.
func (m *Model) Count() (shown, total int) { return len(m.list), len(m.order.rows) }

// Busy reports whether a filter or sort is still running in a goroutine.
func (m *Model) Busy() bool { return m.pending || m.sorting }

// Sort returns the sort column (-1: natural order) and direction.
func (m *Model) Sort() (col int, desc bool) { return m.sortCol, m.desc }

func (m *Model) rowsVisible() int { return max(m.h-2, 0) }

// clampView keeps the cursor in the list and on screen.
func (m *Model) clampView() {
	n, rv := len(m.list), m.rowsVisible()
	m.cursor = min(max(m.cursor, 0), max(n-1, 0))
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if rv > 0 && m.cursor >= m.top+rv {
		m.top = m.cursor - rv + 1
	}
	m.top = min(max(m.top, 0), max(n-rv, 0))
}

// Select puts the cursor on an underlying row if the current result lists
// it, scrolled into view, and reports whether it did. It scans the result,
// so it is for a save or a jump to a record, not for every key.
func (m *Model) Select(row int) bool {
	for i, r := range m.list {
		if int(r) == row {
			m.cursor = i
			m.clampView()
			return true
		}
	}
	return false
}

func (m *Model) move(d int) {
	m.cursor += d
	m.clampView()
}
