package contest

import (
	"sync"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// data is what the three views read from one snapshot: the tables and,
// per round, its entries' results. Contest data is small (a round has
// tens of entries, a council a handful of members), so it is computed
// whole on each new snapshot.
type data struct {
	snap    *store.Snapshot
	rounds  *store.Table[model.Round]
	entries *store.Table[model.Entry]
	// results by entry ID (index ID-1), sheets by entry ID.
	results []model.EntryResult
	sheets  map[model.ID][]*model.ScoreSheet
	// per round (index ID-1): live entries and certified ones.
	entryCount, certCount []int
}

// dataFor is newData of snap, made once for every session: each new
// snapshot reaches every session, and fifty sessions each decoding every
// score sheet took about 9 ms of a save's CPU (the saves' profile of
// FiftySessionsSorted). The data is never changed once made.
func dataFor(snap *store.Snapshot) *data {
	last.mu.Lock()
	defer last.mu.Unlock()
	if last.d == nil || last.d.snap != snap {
		last.d = newData(snap)
	}
	return last.d
}

var last struct {
	mu sync.Mutex
	d  *data
}

func newData(snap *store.Snapshot) *data {
	d := &data{snap: snap, rounds: store.TableOf[model.Round](snap), entries: store.TableOf[model.Entry](snap),
		sheets: map[model.ID][]*model.ScoreSheet{}}
	for s := range store.TableOf[model.ScoreSheet](snap).All() {
		d.sheets[s.Entry] = append(d.sheets[s.Entry], s)
	}
	d.results = make([]model.EntryResult, d.entries.Len())
	d.entryCount = make([]int, d.rounds.Len())
	d.certCount = make([]int, d.rounds.Len())
	for e := range d.entries.Scan() {
		r, ok := d.rounds.Get(e.Round)
		if !ok {
			continue
		}
		d.results[e.ID-1] = model.Evaluate(r, e, d.sheets[e.ID])
		if int(e.Round) <= len(d.entryCount) {
			d.entryCount[e.Round-1]++
			if e.Certified() {
				d.certCount[e.Round-1]++
			}
		}
	}
	return d
}

func (d *data) round(id model.ID) (*model.Round, bool) { return d.rounds.Get(id) }

func (d *data) facilityName(id model.ID) string {
	if f, ok := d.snap.Facilities().Get(id); ok {
		return f.Name
	}
	return ""
}

// latestRound is the newest version of a round: what a write starts from.
func latestRound(c *kit.Session, id model.ID) (*model.Round, bool) {
	return store.TableOf[model.Round](c.Latest()).Get(id)
}

func publication(decision string, date model.Date) store.Publication {
	return store.Publication{Decision: decision, Date: date}
}
