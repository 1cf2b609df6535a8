package store

import (
	bolt "go.etcd.io/bbolt"

	"khuyencong/dvhc"
	"khuyencong/i18n"
	"khuyencong/model"
)

// Check verifies bbolt's pages and the store's own invariants: every
// record decodes and sits under its ID, IDs are dense up to each kind's
// sequence, the unique indexes agree with the records, references point to
// records that exist, the audit trail decodes, the users and settings
// decode, and the read model counts what the file holds. It returns the
// problems in Vietnamese; nil means all is well. An error means the check
// itself could not run (the file faulted).
func (s *Store) Check() ([]string, error) { return s.CheckIn(i18n.VI) }

// CheckAs is Check for an actor: it reads every record and the audit
// trail, so it is for admins, like backup. The command line on the
// server's own files is LocalAdmin; over SSH it is the logged-in user.
func (s *Store) CheckAs(a Actor) ([]string, error) {
	if err := s.allow(a, permCheck); err != nil {
		return nil, err
	}
	return s.Check()
}

// CheckIn is Check with the problems in the language.
func (s *Store) CheckIn(l i18n.Lang) ([]string, error) {
	c := newChecker(l)
	snap := s.Snapshot()
	c.units = snap.Units
	err := guard(s.path, func() error {
		return s.kv.View(func(tx KVTx) error {
			c.run(tx)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	// bbolt's own check walks every page in a goroutine of its own, which
	// a fault would crash: it runs only once the guarded walk above has
	// read every bucket without one.
	if s.db == nil {
		return c.finish(snap), nil // another backend checks its own pages
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		for e := range tx.Check() {
			c.add(MsgCheckBolt, e.Error())
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c.finish(snap), nil
}

// finish compares the read model with what was read, when both are of
// the same write.
func (c *checker) finish(snap *Snapshot) []string {
	if snap.Seq == c.auditSeq {
		for _, k := range model.Kinds {
			c.compare(k, snap.Live(k))
		}
	}
	return c.result()
}

// maxProblems bounds the report: a badly damaged file would otherwise
// list a million lines.
const maxProblems = 1000

type checker struct {
	lang     i18n.Lang
	out      []string
	more     int
	auditSeq uint64
	live     map[model.Kind]int
	state    map[model.Kind][]byte // per ID: one of the rec* states
	unique   map[string]map[string]model.ID
	refs     []reference
	units    *dvhc.Table // the facilities' codes must be in it
}

const (
	recMissing byte = iota
	recLive
	recDeleted
	recBroken
)

type reference struct {
	from, to     model.Kind
	fromID, toID model.ID
}

func newChecker(l i18n.Lang) *checker {
	return &checker{
		lang:   l,
		live:   map[model.Kind]int{},
		state:  map[model.Kind][]byte{},
		unique: map[string]map[string]model.ID{},
	}
}

func (c *checker) add(k i18n.Key, args ...any) {
	if len(c.out) >= maxProblems {
		c.more++
		return
	}
	c.out = append(c.out, c.lang.T(k, args...))
}

func (c *checker) result() []string {
	if c.more > 0 {
		c.out = append(c.out, c.lang.T(MsgCheckMore, c.more))
	}
	return c.out
}

func (c *checker) kind(k model.Kind) string {
	if ki, ok := k.Info(); ok && ki.One != "" {
		return c.lang.T(ki.One)
	}
	return k.String()
}

func (c *checker) compare(k model.Kind, inMemory int) {
	if inMemory != c.live[k] {
		c.add(MsgCheckReadModel, c.kind(k), inMemory, c.live[k])
	}
}

func (c *checker) run(tx KVTx) {
	c.meta(tx)
	for _, k := range model.Kinds {
		c.records(tx, k)
	}
	for _, k := range model.Kinds {
		if d := descOf(k); d != nil && d.index != nil {
			c.index(tx, d.index)
		}
	}
	c.references()
	c.audit(tx)
	c.users(tx)
	c.settings(tx)
}
