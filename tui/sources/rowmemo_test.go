package sources

import (
	"math/rand/v2"
	"sync"
	"testing"

	"khuyencong/i18n"
	"khuyencong/tui/kit"
)

// TestRowMemoSameCells: a facilities source with the row memo shows the
// cells a source without it shows, whatever order the cells are asked in,
// snapshot after snapshot of random writes (deleted rows shown too).
func TestRowMemoSameCells(t *testing.T) {
	s := openStore(t)
	rng := rand.New(rand.NewPCG(21, 22))
	seed(t, s, rng)
	for step := range 40 {
		write(t, s, rng, step)
		snap := s.Snapshot()
		view := kit.RowView{Lang: i18n.VI, ShowDeleted: step%2 == 0}
		plain := FacilitySource{Records: snap.Facilities(), RowView: view, Units: snap.Units}
		memo := plain.WithRowMemo()
		for range 300 {
			r, c := rng.IntN(plain.Len()), rng.IntN(fcLegal+1)
			if got, want := memo.Cell(r, c), plain.Cell(r, c); got != want {
				t.Fatalf("step %d, row %d, column %d: %q with the memo, %q without", step, r, c, got, want)
			}
		}
	}
}

// TestRowMemoConcurrent: cells asked from several goroutines at once are
// still those of their own rows (run with -race).
func TestRowMemoConcurrent(t *testing.T) {
	s := openStore(t)
	seed(t, s, rand.New(rand.NewPCG(23, 24)))
	snap := s.Snapshot()
	plain := FacilitySource{Records: snap.Facilities(), RowView: kit.RowView{Lang: i18n.VI}}
	memo := plain.WithRowMemo()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 2000 {
				r := (i*7 + g) % plain.Len()
				for c := range fcLegal + 1 {
					if got, want := memo.Cell(r, c), plain.Cell(r, c); got != want {
						t.Errorf("row %d, column %d: %q, want %q", r, c, got, want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
