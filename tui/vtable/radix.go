package vtable

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sync"
	"sync/atomic"
)

// inline is how many key bytes an ent carries from the current depth. 8
// keeps an ent at 24 bytes. With 16 (32-byte ents) a million sample names
// sorted no faster (BenchmarkFacilitySort, 214–302 ms against 223–296) and
// the entries and their scratch took 16 MB more; with 24 (40-byte ents)
// they sorted 5% slower: fewer reloads, more bytes moved at every pass.
const inline = 8

// ent is a row and its key (arenas[part][off:off+n]), with the key bytes
// [depth, depth+inline) copied inline: the first copy is made in arena
// order, a sequential read, so that only keys still tied after inline bytes
// make the random reads of a reload.
type ent struct {
	ch   [inline / 8]uint64 // big-endian, zero padded
	off  uint32
	n    uint32
	row  int32
	clen uint8 // key bytes inline (0..inline); inline+1: more follow
	part uint8
}

// sorter is a stable MSD radix sort of byte-string keys. Vietnamese names
// share long prefixes ("Công ty TNHH …") that a comparison sort would
// compare again at every comparison; here a group is split by one byte at
// a time, and a byte all its keys share costs one counting pass and no
// move. Stability keeps equal keys in their natural order, ascending or
// descending. Big groups are sorted in parallel: every group uses the part
// of tmp at its own position, so groups never share memory.
type sorter struct {
	arenas  [][]byte
	all     []ent // the whole slice being sorted, to place a group's tmp
	tmp     []ent
	desc    bool
	stop    func() bool
	stopped atomic.Bool
	slots   chan struct{} // free extra goroutines
	wg      sync.WaitGroup
	panics  panicBox
}

const (
	insertionMax = 32
	parallelMin  = 32_768 // smaller groups are not worth a goroutine
)

// run sorts es; it reports false if stop said so.
func (s *sorter) run(es []ent, workers int) bool {
	s.all, s.tmp = es, make([]ent, len(es))
	s.slots = make(chan struct{}, max(workers-1, 0))
	for range workers - 1 {
		s.slots <- struct{}{}
	}
	s.sort(es, 0)
	s.wg.Wait()
	s.panics.rethrow()
	return !s.stopped.Load()
}

// sort sorts g, whose keys are equal before depth.
func (s *sorter) sort(g []ent, depth int) {
	if len(g) > 10_000 && s.stop != nil && s.stop() {
		s.stopped.Store(true)
	}
	if s.stopped.Load() {
		return
	}
	if len(g) <= insertionMax {
		s.insertion(g, depth)
		return
	}
	for {
		s.load(g, depth)
		if !same(g) {
			s.split(g, depth, 0)
			return
		}
		if g[0].clen <= inline {
			return // identical keys: keep their order
		}
		depth += inline // identical so far: skip the counting passes
	}
}

func same(g []ent) bool {
	c, l := g[0].ch, g[0].clen
	for i := range g {
		if g[i].ch != c || g[i].clen != l {
			return false
		}
	}
	return true
}

// split sorts g by digit b (0..inline-1: key byte depth+b; inline: whether
// the key goes on past the inline bytes), then each bucket by the digits
// after b.
func (s *sorter) split(g []ent, depth, b int) {
	for ; b <= inline; b++ {
		if len(g) <= insertionMax {
			s.insertion(g, depth+b)
			return
		}
		var count [257]int
		for i := range g {
			count[digit(&g[i], b)]++
		}
		if d0 := digit(&g[0], b); count[d0] == len(g) { // one bucket: nothing moves
			if d0 == 0 {
				return // every key ended: all equal, keep their order
			}
			// Skip the rest of a shared prefix ("hộ kinh doanh …") in one
			// pass rather than a counting pass per byte.
			p := agree(g, b+1)
			if int(g[0].clen) < p && g[0].clen <= inline {
				return // every key ended the same: all equal
			}
			b = min(p, inline+1) - 1
			continue
		}
		var start [257]int
		at := 0
		for v := range 257 {
			d := v
			if s.desc {
				d = 256 - v
			}
			start[d] = at
			at += count[d]
		}
		bounds := start
		tmp := s.tmpFor(g)
		for i := range g {
			d := digit(&g[i], b)
			tmp[start[d]] = g[i]
			start[d]++
		}
		copy(g, tmp)
		for d := 1; d < 257; d++ { // bucket 0: keys that ended, all equal
			if count[d] > 1 {
				s.sub(g[bounds[d]:bounds[d]+count[d]], depth, b)
			}
		}
		return
	}
	s.sort(g, depth+inline) // every key goes on: reload
}

// sub sorts a bucket after digit b, in another goroutine if it is big and
// one is free.
func (s *sorter) sub(g []ent, depth, b int) {
	if len(g) >= parallelMin {
		select {
		case <-s.slots:
			s.wg.Go(func() {
				defer func() { s.slots <- struct{}{} }()
				defer s.panics.catch()
				s.next(g, depth, b)
			})
			return
		default:
		}
	}
	s.next(g, depth, b)
}

func (s *sorter) next(g []ent, depth, b int) {
	if b == inline {
		s.sort(g, depth+inline)
	} else {
		s.split(g, depth, b+1)
	}
}

// tmpFor is the scratch space at g's own position.
func (s *sorter) tmpFor(g []ent) []ent {
	at := (len(s.all) - cap(g)) // g is a subslice of all: its cap tells where it starts
	return s.tmp[at : at+len(g)]
}

// agree is the first digit position from b on at which the keys of g do
// not all have the same digit; inline+1 if they agree through the "goes
// on" digit. Bytes past a key's end are zero, so a key that ended and one
// with a zero byte there differ only in clen, which is checked too.
func agree(g []ent, b int) int {
	e0 := &g[0]
	p := inline + 1
	for i := 1; i < len(g) && p > b; i++ {
		e := &g[i]
		q := inline + 1
		for c := range e.ch {
			if w := e.ch[c] ^ e0.ch[c]; w != 0 {
				q = c*8 + bits.LeadingZeros64(w)/8
				break
			}
		}
		if e.clen != e0.clen {
			q = min(q, int(min(e.clen, e0.clen)))
		}
		p = min(p, q)
	}
	return max(p, b)
}

// digit is the bucket of e at digit b: 0 when the key has ended, else
// 1 + the byte (for b = inline: 1 when the key goes on).
func digit(e *ent, b int) int {
	if b == inline {
		if e.clen > inline {
			return 1
		}
		return 0
	}
	if int(e.clen) <= b {
		return 0
	}
	return 1 + int(byte(e.ch[b>>3]>>(56-8*(b&7))))
}

func (s *sorter) load(g []ent, depth int) {
	var pad [inline]byte
	for i := range g {
		e := &g[i]
		k := s.key(e, depth)
		if len(k) >= inline {
			for c := range e.ch {
				e.ch[c] = binary.BigEndian.Uint64(k[8*c:])
			}
		} else {
			copy(pad[:], k)
			clear(pad[len(k):])
			for c := range e.ch {
				e.ch[c] = binary.BigEndian.Uint64(pad[8*c:])
			}
		}
		e.clen = uint8(min(len(k), inline+1))
	}
}

// insertion is a stable insertion sort comparing keys from depth on.
func (s *sorter) insertion(g []ent, depth int) {
	for i := 1; i < len(g); i++ {
		for j := i; j > 0 && s.less(&g[j], &g[j-1], depth); j-- {
			g[j], g[j-1] = g[j-1], g[j]
		}
	}
}

func (s *sorter) less(a, b *ent, depth int) bool {
	c := bytes.Compare(s.key(a, depth), s.key(b, depth))
	if s.desc {
		return c > 0
	}
	return c < 0
}

func (s *sorter) key(e *ent, depth int) []byte {
	if int(e.n) <= depth {
		return nil
	}
	return s.arenas[e.part][int(e.off)+depth : int(e.off)+int(e.n)]
}
