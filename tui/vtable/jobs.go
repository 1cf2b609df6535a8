package vtable

import (
	"slices"

	tea "charm.land/bubbletea/v2"
)

// ResultMsg carries the result of a filter scan or sort that ran in a
// goroutine. Pass it to Update (see the package doc).
type ResultMsg struct {
	id    uint64
	sort  bool // an order from rebuild, else a filter result
	seq   uint64
	b     *buf
	words []string
}

// scanBudget bounds the synchronous first-page scan of an async filter, so
// that a rare word does not turn the first page into a full scan.
const scanBudget = 20_000

// setQuery applies an edited filter text.
func (m *Model) setQuery(q string) tea.Cmd {
	m.query = q
	words := parseQuery(q)
	if slices.Equal(words, m.words) {
		return nil
	}
	m.words = words
	m.scr.hl = m.scr.hl[:0]
	for _, w := range words {
		m.scr.hl = append(m.scr.hl, []byte(w))
	}
	m.cursor, m.top = 0, 0
	m.keepRow = -1
	return m.refilter()
}

// refilter recomputes the result for m.words over m.order. It narrows the
// last complete result when the query only grew, and scans in a goroutine
// when more than m.async rows are candidates (after drawing the first page
// it found). The cursor goes back to m.keepRow if set.
func (m *Model) refilter() tea.Cmd {
	gen := m.gen.Add(1) // any running scan is now stale
	m.pending, m.partial = false, false
	words := m.words
	if len(words) == 0 {
		m.install(m.order.retain(), nil)
		m.pool.drop()
		return nil
	}
	base, need, narrowed := m.order, m.need[:0], false
	if !m.resStale {
		need, narrowed = narrows(m.resWords, words, need)
		if narrowed && len(need) == 0 { // same words as the last complete result
			m.install(m.res.retain(), words)
			return nil
		}
	}
	if narrowed {
		base = m.res
	} else {
		need = append(need[:0], words...)
	}
	m.need = need
	orderWords(need)
	if m.async <= 0 || len(base.rows) <= m.async {
		var dst *buf
		if base == m.res && base != m.order && base.owned() {
			dst = base.retain() // narrow in place: writes never overtake reads
		} else {
			dst = m.pool.get(len(base.rows))
		}
		dst.rows, _ = scan(m.src, base.rows, dst.rows[:0], need, nil)
		m.install(dst, words)
		return nil
	}
	if m.keepRow < 0 {
		n := max(m.rowsVisible(), 1)
		if cap(m.page) < n {
			m.page = make([]int32, 0, n)
		}
		m.list = scanFirst(m.src, base.rows, m.page[:0:n], need, scanBudget)
		m.partial = true
		m.clampView()
	}
	m.pending = true
	return m.scanCmd(gen, base.retain(), slices.Clone(need), slices.Clone(words))
}

func (m *Model) scanCmd(gen uint64, base *buf, need, words []string) tea.Cmd {
	src, p, g, id := m.src, m.pool, m.gen, m.id
	return func() tea.Msg {
		defer base.release()
		stale := func() bool { return g.Load() != gen }
		if !scanSlots.take(stale) {
			return nil
		}
		defer scanSlots.give()
		// Room grows with the matches rather than for every row of the
		// base: fifty sessions scanning a million rows at once would hold
		// 4 MB each for results of a few thousand.
		dst := p.get(min(len(base.rows), trimMin))
		rows, ok := scan(src, base.rows, dst.rows, need, stale)
		dst.rows = rows
		if !ok {
			dst.release()
			return nil
		}
		return ResultMsg{id: id, seq: gen, b: dst, words: words}
	}
}

// install makes b (one reference, handed over) the complete result.
func (m *Model) install(b *buf, words []string) {
	if m.res != b {
		m.res.release()
		m.res = b
	} else {
		b.release() // the in-place narrowing took an extra reference
	}
	m.trimResult()
	m.resWords = append(m.resWords[:0], words...)
	m.resStale = false
	m.resTag = m.ordTag
	m.list = m.res.rows
	m.partial, m.pending = false, false
	if m.keepRow >= 0 {
		if i := m.indexOf(m.list, m.keepRow); i >= 0 {
			m.cursor = i
			m.top = i - m.keepOff
		}
		m.keepRow = -1
	}
	m.clampView()
}

// trimResult copies a filter result into a slice of its own size when its
// buffer, made for as many rows as the order has, is mostly empty: a
// session filtered to a few thousand of a million rows would otherwise
// hold 4 MB, and fifty sessions 200 MB. The big buffer goes back to the
// pool for the next scan.
func (m *Model) trimResult() {
	r := m.res
	if r == m.order || r.pool == nil || !r.owned() || cap(r.rows) <= 2*len(r.rows)+trimMin {
		return
	}
	t := &buf{rows: slices.Clone(r.rows), pool: r.pool}
	t.refs.Store(1)
	r.release()
	m.res = t
}

// trimMin is the spare room (in rows) a result may keep.
const trimMin = 1 << 16

// rebuild recomputes the order (listable rows, sorted) from the source,
// then the filter, keeping the cursor on its row.
func (m *Model) rebuild() tea.Cmd {
	seq := m.sortGen.Add(1)
	m.gen.Add(1) // a scan over the old order is of no use now
	m.pending = false
	key := m.keyer()
	src, desc, col, o := m.src, m.desc, m.sortCol, m.orders
	if key == nil {
		col, desc = -1, false
	}
	m.nextTag = orderTag{src: src, col: col, desc: desc}
	if m.async <= 0 || src.Len() <= m.async/4 || key == nil && src.Len() <= m.async {
		m.sorting = false
		m.setOrder(orderOf(o, src, col, desc, key, nil))
		return m.refilterKeep()
	}
	if rows := m.readyOrder(o, src, col, desc, key); rows != nil {
		// A save's order, shared or patched at once: no command, so the
		// screen is drawn once per save, not twice (issue 16).
		m.sorting = false
		m.setOrder(rows)
		return m.refilterKeep()
	}
	m.sorting = true
	g, id := m.sortGen, m.id
	return func() tea.Msg {
		rows := orderOf(o, src, col, desc, key, func() bool { return g.Load() != seq })
		if rows == nil {
			return nil
		}
		return ResultMsg{id: id, sort: true, seq: seq, b: newBuf(rows)}
	}
}

func (m *Model) setOrder(rows []int32) {
	m.order.release()
	m.order = newBuf(rows)
	m.ordTag = m.nextTag
	m.resStale = true
}

// resort rebuilds the order after the user chose a sort: the view goes to
// the top of the new order, which is what one sorts to see (issue 18,
// point 6). A rebuild for new data (SetSource) keeps the place instead.
func (m *Model) resort() tea.Cmd {
	m.toTop = true
	return m.rebuild()
}

// refilterKeep re-runs the filter over a new order, cursor on its row, or
// at the top after a user's sort.
func (m *Model) refilterKeep() tea.Cmd {
	m.keepRow, m.keepOff = -1, 0
	if m.toTop {
		m.toTop = false
		m.cursor, m.top = 0, 0
		return m.refilter()
	}
	if r, ok := m.Selected(); ok {
		m.keepRow, m.keepOff = int32(r), m.cursor-m.top
	}
	if m.patchResult() {
		return nil
	}
	return m.refilter()
}

// result handles a ResultMsg.
func (m *Model) result(msg ResultMsg) tea.Cmd {
	if msg.id != m.id {
		return nil
	}
	if msg.sort {
		if msg.seq != m.sortGen.Load() {
			return nil
		}
		m.sorting = false
		m.setOrder(msg.b.rows)
		return m.refilterKeep()
	}
	if msg.seq != m.gen.Load() {
		msg.b.release()
		return nil
	}
	m.install(msg.b, msg.words)
	return nil
}
