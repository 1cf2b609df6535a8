package store

import (
	"hash/maphash"
	"strings"
	"sync"
)

// dict keeps one copy of each string that repeats across records
// (districts, communes, villages, products, the users who saved) and gives
// it a number, so that a packed row holds one or two bytes where a Go
// string would take a 16-byte header. Numbers are never reused or
// changed. A Table keeps the list as it was when the table was made; later
// additions append past that length, which no reader of the older table
// looks at, so readers take no lock.
type dict struct {
	mu   sync.Mutex
	ids  map[string]uint32
	list []string // list[0] is ""
}

func newDict() *dict { return &dict{ids: map[string]uint32{"": 0}, list: []string{""}} }

// ref numbers s, adding a copy of it if it is new, and returns that copy.
func (d *dict) ref(s string) (uint32, string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if id, ok := d.ids[s]; ok {
		return id, d.list[id]
	}
	s = strings.Clone(s) // s may point into the database map
	id := uint32(len(d.list))
	d.list = append(d.list, s)
	d.ids[s] = id
	return id, s
}

// view is the list now, capped so that an append never writes into what a
// holder of the view can see.
func (d *dict) view() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.list[:len(d.list):len(d.list)]
}

// dictCache puts a small cache in front of the dict's lock: a load worker
// looks up several repeated strings per record, a million times.
type dictCache struct {
	d     *dict
	seed  maphash.Seed
	slots [dictSlots]struct {
		s  string
		id uint32
	}
}

const dictSlots = 1 << 10

func newDictCache(d *dict) *dictCache { return &dictCache{d: d, seed: maphash.MakeSeed()} }

func (c *dictCache) ref(s string) uint32 {
	if s == "" {
		return 0
	}
	slot := &c.slots[maphash.String(c.seed, s)&(dictSlots-1)]
	if slot.s == s {
		return slot.id
	}
	id, kept := c.d.ref(s)
	slot.s, slot.id = kept, id
	return id
}
