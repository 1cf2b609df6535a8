package etcdkv

import (
	"bytes"
	"encoding/binary"
	"math"
	"sort"
)

// cursor walks a bucket's keys in etcd a page at a time. It holds one
// page, read forwards (asc) or backwards; a move inside the page reads
// nothing.
//
// etcd counts every key of a range it is asked for, even with a limit
// (its reply says how many there are), so reading a big bucket page by
// page from a key to the bucket's end would cost the square of its size.
// Keys are therefore read in windows: 4- or 8-byte big-endian numbers
// (IDs, audit sequences: the big buckets) Page numbers at a time, other
// keys (tax codes, names) by a prefix of the key, widened or narrowed to
// hold about a page.
type cursor struct {
	t      *tx
	prefix string
	keys   [][]byte // without the prefix
	vals   [][]byte
	i      int
	desc   bool
	more   bool   // etcd has more keys in the range read
	bound  []byte // asc: the page's first key asked for; desc: the key it ends before (nil = end)
	hi     []byte // asc: the end of the window read, nil if read to the bucket's end
	cut    int    // the prefix length of the last text window, 0 before one
	loaded bool
}

func (c *cursor) at() ([]byte, []byte) {
	if c.i < 0 || c.i >= len(c.keys) {
		return nil, nil
	}
	return c.keys[c.i], c.vals[c.i]
}

func (c *cursor) load(from, to string, desc bool) {
	keys, vals, more := c.t.scan(from, to, c.t.k.Page, desc)
	for i := range keys {
		keys[i] = keys[i][len(c.prefix):]
	}
	c.keys, c.vals, c.more, c.desc, c.i, c.loaded = keys, vals, more, desc, 0, true
}

// windowEnd is the end of the window read from a key: n numbers on for
// a numeric key, the keys sharing from's first cut bytes for another; ok
// false when the window would reach the bucket's end.
func windowEnd(from []byte, n, cut int) ([]byte, bool) {
	switch len(from) {
	case 4:
		v := uint64(binary.BigEndian.Uint32(from)) + uint64(n)
		if v > math.MaxUint32 {
			return nil, false
		}
		return binary.BigEndian.AppendUint32(nil, uint32(v)), true
	case 8:
		v := binary.BigEndian.Uint64(from)
		if v > math.MaxUint64-uint64(n) {
			return nil, false
		}
		return binary.BigEndian.AppendUint64(nil, v+uint64(n)), true
	}
	if cut < 1 || cut > len(from) {
		return nil, false
	}
	p := bytes.Clone(from[:cut])
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] < 0xff {
			p[i]++
			return p[:i+1], true
		}
	}
	return nil, false
}

// fetch reads the page of keys ≥ from, in a window (windowEnd); an empty
// window is followed by a wider one, and at last by the rest of the
// bucket. A text window that held few keys is widened for the next page,
// one that held more than a page narrowed.
func (c *cursor) fetch(from []byte) {
	c.bound, c.hi = bytes.Clone(from), nil
	span, cut := c.t.k.Page, len(from)-2
	if c.cut > 0 {
		cut = min(c.cut, len(from))
	}
	for {
		w, ok := windowEnd(from, span, cut)
		if !ok {
			c.load(c.prefix+string(from), prefixEnd(c.prefix), false)
			return
		}
		c.load(c.prefix+string(from), c.prefix+string(w), false)
		if len(c.keys) > 0 || c.more {
			switch {
			case c.more:
				c.cut = cut + 1
			case len(c.keys) < c.t.k.Page/4:
				c.cut = max(cut-1, 1)
				c.hi = w
			default:
				c.cut = cut
				c.hi = w
			}
			return
		}
		from, span, cut = w, span*16, cut-1
	}
}

// end is the first key the asc page does not cover, nil if it covers the
// bucket to its end.
func (c *cursor) end() []byte {
	switch {
	case c.hi != nil:
		return c.hi
	case c.more && len(c.keys) > 0:
		return append(bytes.Clone(c.keys[len(c.keys)-1]), 0)
	}
	return nil
}

// ge moves to the first key ≥ k (k nil: the first key).
func (c *cursor) ge(k []byte) ([]byte, []byte) {
	for {
		if !c.loaded || c.desc || bytes.Compare(k, c.bound) < 0 {
			c.fetch(k)
		} else if end := c.end(); end != nil && bytes.Compare(k, end) >= 0 {
			c.fetch(k)
		}
		c.i = sort.Search(len(c.keys), func(i int) bool { return bytes.Compare(c.keys[i], k) >= 0 })
		if c.i < len(c.keys) {
			return c.at()
		}
		end := c.end()
		if end == nil {
			return nil, nil
		}
		k = end // nothing left in this page: the next one
	}
}

// lt moves to the last key < k (k nil: the last key).
func (c *cursor) lt(k []byte) ([]byte, []byte) {
	if c.loaded && c.desc && len(c.keys) > 0 && k != nil && (c.bound == nil || bytes.Compare(k, c.bound) <= 0) &&
		(!c.more || bytes.Compare(k, c.keys[len(c.keys)-1]) > 0) {
		c.i = sort.Search(len(c.keys), func(i int) bool { return bytes.Compare(c.keys[i], k) < 0 })
		return c.at()
	}
	to := prefixEnd(c.prefix)
	if k != nil {
		to = c.prefix + string(k)
	}
	c.load(c.prefix, to, true)
	c.bound = bytes.Clone(k)
	return c.at()
}

func (c *cursor) First() ([]byte, []byte)        { return c.ge(nil) }
func (c *cursor) Last() ([]byte, []byte)         { return c.lt(nil) }
func (c *cursor) Seek(k []byte) ([]byte, []byte) { return c.ge(k) }

func (c *cursor) Next() ([]byte, []byte) {
	k, _ := c.at()
	if k == nil {
		return nil, nil
	}
	if !c.desc && c.i+1 < len(c.keys) {
		c.i++
		return c.at()
	}
	if !c.desc {
		end := c.end()
		if end == nil {
			c.i = len(c.keys)
			return nil, nil
		}
		return c.ge(end)
	}
	return c.ge(append(bytes.Clone(k), 0))
}

func (c *cursor) Prev() ([]byte, []byte) {
	k, _ := c.at()
	if k == nil {
		return nil, nil
	}
	if c.desc && c.i+1 < len(c.keys) {
		c.i++
		return c.at()
	}
	if c.desc && !c.more {
		c.i = len(c.keys)
		return nil, nil
	}
	return c.lt(bytes.Clone(k))
}

// entry is a write transaction's change to a key: val nil = deleted.
type entry struct{ key, val []byte }

// merged is a cursor over etcd's keys and the transaction's changes: a
// changed key's value comes from the change, a deleted one is skipped.
type merged struct {
	b    *bucket
	base *cursor
	ov   []entry // sorted by key
	cur  []byte
}

func (m *merged) changed(k []byte) bool {
	_, ok := m.b.t.overlay[m.b.prefix+string(k)]
	return ok
}

func (m *merged) ge(k []byte) ([]byte, []byte) {
	bk, bv := m.base.ge(k)
	for bk != nil && m.changed(bk) {
		bk, bv = m.base.Next()
	}
	j := sort.Search(len(m.ov), func(i int) bool { return bytes.Compare(m.ov[i].key, k) >= 0 })
	for j < len(m.ov) && m.ov[j].val == nil {
		j++
	}
	if j < len(m.ov) && (bk == nil || bytes.Compare(m.ov[j].key, bk) < 0) {
		bk, bv = m.ov[j].key, m.ov[j].val
	}
	m.cur = bk
	return bk, bv
}

func (m *merged) lt(k []byte) ([]byte, []byte) {
	bk, bv := m.base.lt(k)
	for bk != nil && m.changed(bk) {
		bk, bv = m.base.Prev()
	}
	j := len(m.ov) - 1
	if k != nil {
		j = sort.Search(len(m.ov), func(i int) bool { return bytes.Compare(m.ov[i].key, k) >= 0 }) - 1
	}
	for j >= 0 && m.ov[j].val == nil {
		j--
	}
	if j >= 0 && (bk == nil || bytes.Compare(m.ov[j].key, bk) > 0) {
		bk, bv = m.ov[j].key, m.ov[j].val
	}
	m.cur = bk
	return bk, bv
}

func (m *merged) First() ([]byte, []byte)        { return m.ge(nil) }
func (m *merged) Last() ([]byte, []byte)         { return m.lt(nil) }
func (m *merged) Seek(k []byte) ([]byte, []byte) { return m.ge(k) }

func (m *merged) Next() ([]byte, []byte) {
	if m.cur == nil {
		return nil, nil
	}
	return m.ge(append(bytes.Clone(m.cur), 0))
}

func (m *merged) Prev() ([]byte, []byte) {
	if m.cur == nil {
		return nil, nil
	}
	return m.lt(m.cur)
}
