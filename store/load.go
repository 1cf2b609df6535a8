package store

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"sync"
	"unsafe"

	"khuyencong/model"
)

// load builds the read model: one cursor pass per bucket, facilities split
// between the cores, each worker decoding into its own chunks and arena.
func (s *Store) load() (*Snapshot, error) {
	// Everything the load allocates stays live: a collection in the middle
	// would only scan the half-built read model (at a million records, most
	// of a second of two cores' time). The setting is process-wide, so it is
	// restored as soon as the load ends; a GOMEMLIMIT still applies.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	snap := emptySnapshot()
	err := guard(s.path, func() error {
		return s.kv.View(func(tx KVTx) error {
			if b := tx.Bucket(bucketAudit); b != nil {
				snap.Seq = b.Sequence()
			}
			// Undecodable settings fall back to the defaults; Check reports them.
			snap.Settings, _ = readSettings(tx)
			var err error
			snap.Units, err = readUnits(tx)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	// In registry order: a kind's search text may name records of the
	// kinds loaded before it.
	for _, k := range model.Kinds {
		if d := descOf(k); d != nil {
			if snap.tables[k], err = d.load(s, snap); err != nil {
				return nil, err
			}
		}
	}
	linkRelations(snap)
	return snap, nil
}

func linkRelations(snap *Snapshot) {
	pr, pa := rel{}.edit(), rel{}.edit()
	for p := range snap.Projects().Scan() {
		for _, f := range p.Beneficiaries {
			pr.add(f, p.ID)
		}
	}
	for p := range snap.Payments().Scan() {
		pa.add(p.Project, p.ID)
	}
	snap.projectsOf, snap.paymentsOf = pr.done(), pa.done()
}

// loadTable reads a kind's bucket. The bucket's sequence (the last ID
// given out) sizes the table; each worker seeks to its first ID.
func loadTable[T any](s *Store, d *dict, k model.Kind, dec func(*reader, *T) error,
	text func(*textBuf, *T)) (*Table[T], error) {
	var n uint64
	err := guard(s.path, func() error {
		return s.kv.View(func(tx KVTx) error {
			if b := tx.Bucket(kindBucket(k)); b != nil {
				n = b.Sequence()
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	if n > math.MaxUint32 {
		return nil, coded(ErrNotDatabase, nil, MsgStoreDamaged, s.path, k.String()+" sequence")
	}
	l := &loader[T]{s: s, d: d, k: k, dec: dec, text: text, n: int(n)}
	nChunks := (l.n + chunkSize - 1) / chunkSize
	l.rows = make([]*[chunkSize]string, nChunks)
	workers := min(runtime.GOMAXPROCS(0), max(1, nChunks/4))
	errs := make([]error, workers)
	lives := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := w*nChunks/workers, (w+1)*nChunks/workers
			lives[w], errs[w] = l.run(lo*chunkSize, min(hi*chunkSize, l.n))
		}()
	}
	wg.Wait()
	t := &Table[T]{rows: vec[string]{chunks: l.rows, n: l.n}, names: d.view()}
	for w := range workers {
		if errs[w] != nil {
			return nil, errs[w]
		}
		t.live += lives[w]
	}
	return t, nil
}

// releaseEvery is how many records a load worker reads between releases
// of the database map's pages.
const releaseEvery = 1 << 16

type loader[T any] struct {
	s    *Store
	d    *dict
	k    model.Kind
	dec  func(*reader, *T) error
	text func(*textBuf, *T)
	n    int
	rows []*[chunkSize]string
}

// run loads rows lo..hi-1 (IDs lo+1..hi); every row in it is set, with a
// deleted placeholder where the file has no record or an undecodable one,
// so that every row decodes. Check reports those records.
func (l *loader[T]) run(lo, hi int) (live int, err error) {
	if lo >= hi {
		return 0, nil
	}
	ar, pk := newArena(), newPacker(l.d)
	var tb textBuf
	// One reader and one record for the run: the record's strings point
	// into the database map only until it is packed.
	r, v := &reader{}, new(T)
	err = guard(l.s.path, func() error {
		return l.s.kv.View(func(tx KVTx) error {
			b := tx.Bucket(kindBucket(l.k))
			if b == nil {
				return nil
			}
			c := b.Cursor()
			for key, val := c.Seek(idKey(model.ID(lo + 1))); key != nil; key, val = c.Next() {
				id, ok := keyID(key)
				if !ok || int(id) > hi {
					break
				}
				i := int(id) - 1
				*r = reader{b: val, s: unsafe.String(unsafe.SliceData(val), len(val))}
				*v = *new(T)
				if l.dec(r, v) != nil || header(v).ID != id {
					l.set(i, ar.bytes(pk.pack(placeholder[T](id), nil)))
					continue
				}
				if !header(v).Deleted {
					live++
				}
				l.text(&tb, v)
				l.set(i, ar.bytes(pk.pack(any(v).(model.Record), &tb)))
				if i%releaseEvery == 0 {
					// Pages already read need not stay resident until the
					// end: at a million records they would add the file's
					// size to the peak.
					releaseMap(l.s.db)
				}
			}
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("load %s: %w", l.k, err)
	}
	l.fillGaps(lo, hi, ar, pk)
	return live, nil
}

func (l *loader[T]) set(i int, row string) {
	ci := i >> chunkBits
	if l.rows[ci] == nil {
		l.rows[ci] = new([chunkSize]string)
	}
	l.rows[ci][i&chunkMask] = row
}

func (l *loader[T]) fillGaps(lo, hi int, ar *arena, pk *packer) {
	for i := lo; i < hi; i++ {
		if ci := i >> chunkBits; l.rows[ci] == nil || l.rows[ci][i&chunkMask] == "" {
			l.set(i, ar.bytes(pk.pack(placeholder[T](model.ID(i+1)), nil)))
		}
	}
}
