package exchange

import (
	"context"
	"fmt"
	"math/rand/v2"

	"khuyencong/model"
	"khuyencong/store"
)

// Sample sizes.
const (
	// DefaultSampleFacilities matches the "trên 20.000 cơ sở" of the
	// article the product grew from.
	DefaultSampleFacilities = 20_000
	// MaxSampleFacilities bounds what `sample` accepts: five times a
	// national register, far inside the uint32 IDs.
	MaxSampleFacilities = 5_000_000
)

// SampleStats counts what LoadSample wrote.
type SampleStats struct {
	Facilities, Projects, Allocations, Payments int
}

// LoadSample fills an empty database with the sample: the real records of
// the article (the centre as implementer, the three named companies, the
// four 2022 national projects worth 2.170 tr and the 2023 batch-1
// allocation) plus `facilities` synthetic facilities spread over the
// communes of Phú Thọ (which Vĩnh Phúc joined on 1/7/2025; see
// sample_units.go) and a few dozen synthetic projects for
// 2021 and 2023–2025 with their allocations and payments. Every figure
// the article does not give is marked as illustrative in the record's
// notes; no real company gets a tax code. The same seed gives the same
// data. A database that already holds records is refused.
//
// Everything is written in one transaction, whatever the size: a sample
// killed or cancelled (ctx done) half-way leaves the database empty, and
// `sample` can simply be run again.
func LoadSample(ctx context.Context, s *store.Store, a store.Actor, facilities int, seed int64) (SampleStats, error) {
	var st SampleStats
	if facilities < 0 || facilities > MaxSampleFacilities {
		return st, model.Errorf(model.MsgSampleRange, fmtCount(MaxSampleFacilities))
	}
	snap := s.Snapshot()
	if n := snap.Facilities().Len() + snap.Projects().Len() + snap.Allocations().Len() + snap.Payments().Len(); n > 0 {
		return st, model.Errorf(model.MsgSampleNotEmpty, s.Path(), fmtCount(snap.Facilities().Len()),
			fmtCount(snap.Projects().Len()), fmtCount(snap.Allocations().Len()), fmtCount(snap.Payments().Len()))
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x6b687563_6f6e6721)) // "khuyencong!"
	note := fmt.Sprintf("sample: %d synthetic facilities, seed %d", facilities, seed)
	err := s.WriteBatch(ctx, a, note, func(b *store.Batch) error {
		st = SampleStats{}
		l := &sampleLoader{b: b, a: a, snap: snap, stats: &st}
		return l.load(rng, facilities, uint64(seed))
	})
	if err != nil {
		return SampleStats{}, err
	}
	return st, nil
}

// sampleLoader writes records into one batch and counts them.
type sampleLoader struct {
	b     *store.Batch
	a     store.Actor
	snap  *store.Snapshot
	stats *SampleStats
}

// province makes the sample's centre Phú Thọ's, when the database has no
// province yet and the user may set it (admins).
func (l *sampleLoader) province() error {
	st := l.snap.Settings
	if st.Province != "" || l.a.Role != model.RoleAdmin {
		return nil
	}
	st.Province = sampleProvinceCode
	if st.Centre.Name == "" {
		// The article's centre, as its papers are headed; no names of
		// people are invented, so the signature lines stay to fill by hand.
		st.Centre.Name, st.Centre.Parent = sampleCentre, sampleParent
	}
	return l.b.SaveSettings(l.a, st)
}

func (l *sampleLoader) load(rng *rand.Rand, facilities int, seed uint64) error {
	if err := l.province(); err != nil {
		return err
	}
	real := realFacilities()
	if err := l.write(recordsOf(real), "facilities 1–3"); err != nil {
		return err
	}
	units, err := newSampleUnits()
	if err != nil {
		return err
	}
	gen := newFacilityGen(rng, facilities, units)
	if err := l.facilities(gen, facilities); err != nil {
		return err
	}
	plan := newProjectPlan(rng, gen.pool)
	plan.addReal(real)
	plan.addSynthetic()
	// Drawn before the programmes are written, from its own stream: the
	// records of the earlier years do not move when a year is added.
	p26 := plan2026(seed, gen.pool, plan.used)
	if err := l.programmes(plan, p26); err != nil {
		return err
	}
	for _, p := range []*projectPlan{plan, p26} {
		if err := l.write(p.records(), "projects and allocations"); err != nil {
			return err
		}
		if err := l.write(p.payments(), "payments"); err != nil {
			return err
		}
	}
	if err := l.write(plan.realSteps(), "steps"); err != nil {
		return err
	}
	return l.contest(rng, gen.pool)
}

// facilities makes and writes the synthetic facilities a thousand at a
// time: the generator learns their IDs to pick beneficiaries.
func (l *sampleLoader) facilities(gen *facilityGen, n int) error {
	const size = 1_000
	batch := make([]model.Record, 0, size)
	for done := 0; done < n; {
		batch = batch[:0]
		k := min(size, n-done)
		for range k {
			batch = append(batch, gen.next())
		}
		if err := l.write(batch, fmt.Sprintf("synthetic facilities %d–%d", done+1, done+k)); err != nil {
			return err
		}
		gen.created(batch)
		done += k
	}
	return nil
}

func (l *sampleLoader) write(rs []model.Record, what string) error {
	for _, r := range rs {
		if err := l.b.Create(r); err != nil {
			return fmt.Errorf("sample %s: %w", what, err)
		}
		switch r.Kind() {
		case model.KindFacility:
			l.stats.Facilities++
		case model.KindProject:
			l.stats.Projects++
		case model.KindAllocation:
			l.stats.Allocations++
		case model.KindPayment:
			l.stats.Payments++
		}
	}
	return nil
}

func recordsOf[T model.Record](xs []T) []model.Record {
	rs := make([]model.Record, len(xs))
	for i, x := range xs {
		rs[i] = x
	}
	return rs
}
