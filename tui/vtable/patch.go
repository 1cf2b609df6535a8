package vtable

import (
	"bytes"
	"slices"
	"sort"
)

// ranker orders the rows of one Source as buildOrder does: by key (nil:
// natural order), ascending or descending, ties by row number ascending.
// Every row's position in an order or a filter result is thus fixed by its
// key alone, and a row can be found or placed by binary search.
type ranker struct {
	src  Source
	key  keyer // nil: natural order
	desc bool
	buf  []byte
}

// cmpKey compares row a, whose key is ka, with row b.
func (r *ranker) cmpKey(ka []byte, a, b int32) int {
	if r.key != nil {
		n := len(r.buf)
		r.buf, _ = r.key(r.buf, int(b))
		c := bytes.Compare(ka, r.buf[n:])
		r.buf = r.buf[:n]
		if r.desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return int(a) - int(b)
}

// search is the index in rows (ordered by r) where row belongs.
func (r *ranker) search(rows []int32, row int32) int {
	if r.key == nil {
		i, _ := slices.BinarySearch(rows, row)
		return i
	}
	r.buf, _ = r.key(r.buf[:0], int(row))
	k := r.buf
	return sort.Search(len(rows), func(i int) bool { return r.cmpKey(k, row, rows[i]) <= 0 })
}

// compare orders two rows.
func (r *ranker) compare(a, b int32) int {
	if r.key == nil {
		return int(a) - int(b)
	}
	r.buf, _ = r.key(r.buf[:0], int(a))
	return r.cmpKey(r.buf, a, b)
}

// patch derives a new order or filter result from an old one: rows is
// ordered by old (over the old Source) and holds the rows that old lists
// and keep accepted; changed lists the rows that may differ between the
// two Sources. The changed rows are taken out (found by their old keys),
// then those that nw lists and keep accepts are put back at their places
// by their new keys. Every other row has the same key in both, so the
// result is what a full rebuild over nw would give. rows is not modified
// unless inPlace (the caller owns it: then the result may be rows, changed
// and grown within its capacity); the result is rows itself when nothing
// changed in it. Its cost is a copy of rows and O(k log n) keys for k
// changed rows.
func patch(rows, changed []int32, old, nw *ranker, keep func(row int) bool, inPlace bool) []int32 {
	var del []int
	for _, c := range changed {
		if int(c) >= old.src.Len() {
			continue
		}
		if i := old.search(rows, c); i < len(rows) && rows[i] == c {
			del = append(del, i)
		}
	}
	var ins []int32
	for _, c := range changed {
		if int(c) < nw.src.Len() && !nw.src.Skip(int(c)) && (keep == nil || keep(int(c))) {
			ins = append(ins, c)
		}
	}
	if len(del) == 0 && len(ins) == 0 {
		return rows
	}
	slices.Sort(del)
	n := len(rows) - len(del)
	var out []int32
	if inPlace && cap(rows) >= n+len(ins) {
		out = rows[:0] // every row moves towards the front: never overtaken
	} else {
		out = make([]int32, 0, n+len(ins))
	}
	at := 0
	for _, i := range del {
		out = append(out, rows[at:i]...)
		at = i + 1
	}
	out = append(out, rows[at:]...)
	if len(ins) == 0 {
		return out
	}
	// Places among the unchanged rows, found before any is moved, then
	// filled from the back so that every row moves at most once.
	slices.SortFunc(ins, nw.compare)
	pos := make([]int, len(ins))
	for j, c := range ins {
		from := 0
		if j > 0 {
			from = pos[j-1]
		}
		pos[j] = from + nw.search(out[from:], c)
	}
	out = out[:n+len(ins)]
	w, r := len(out), n
	for j := len(ins) - 1; j >= 0; j-- {
		p := pos[j]
		copy(out[w-(r-p):w], out[p:r])
		w -= r - p
		r = p
		w--
		out[w] = ins[j]
	}
	return out
}
