package exchange

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"khuyencong/dvhc"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

func sampleStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "k.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	return st
}

func loadTestSample(t testing.TB, n int, seed int64) (*store.Store, SampleStats) {
	t.Helper()
	st := sampleStore(t)
	stats, err := LoadSample(context.Background(), st, store.LocalAdmin(), n, seed)
	if err != nil {
		t.Fatalf("LoadSample: %v", err)
	}
	return st, stats
}

func TestSampleCounts(t *testing.T) {
	st, stats := loadTestSample(t, 2000, 1)
	snap := st.Snapshot()
	if stats.Facilities != 2003 || snap.Facilities().Live() != 2003 {
		t.Errorf("facilities: stats %d, live %d, want 2003 (3 real + 2000)", stats.Facilities, snap.Facilities().Live())
	}
	if stats.Projects != snap.Projects().Live() || stats.Projects < 30 || stats.Projects > 60 {
		t.Errorf("projects: stats %d, live %d, want a few dozen", stats.Projects, snap.Projects().Live())
	}
	if stats.Allocations != snap.Allocations().Live() || stats.Allocations < 8 {
		t.Errorf("allocations: stats %d, live %d", stats.Allocations, snap.Allocations().Live())
	}
	if stats.Payments != snap.Payments().Live() || stats.Payments < 30 {
		t.Errorf("payments: stats %d, live %d", stats.Payments, snap.Payments().Live())
	}
	years := map[int32]map[model.Source]int{}
	for p := range snap.Projects().All() {
		if years[p.Year] == nil {
			years[p.Year] = map[model.Source]int{}
		}
		years[p.Year][p.Source]++
		if !strings.Contains(p.Notes, "minh họa") && !strings.Contains(p.Notes, "Dữ liệu minh họa") {
			t.Errorf("%s: notes do not say the figures are illustrative: %q", p.Code, p.Notes)
		}
	}
	for _, y := range []int32{2021, 2023, 2024, 2025} {
		if years[y][model.SourceNational] == 0 || years[y][model.SourceLocal] == 0 {
			t.Errorf("year %d: projects by source %v, want both sources", y, years[y])
		}
	}
}

func TestSampleArticle2022(t *testing.T) {
	st, _ := loadTestSample(t, 300, 7)
	snap := st.Snapshot()
	var codes []string
	var total model.Money
	cats := map[model.Category]int{}
	for p := range snap.Projects().All() {
		if p.Year != 2022 {
			continue
		}
		codes = append(codes, p.Code)
		total += p.Support
		cats[p.Category]++
		if p.Source != model.SourceNational || p.Status != model.StatusSettled || p.Implementer != sampleCentre {
			t.Errorf("%s: source %v status %v implementer %q", p.Code, p.Source, p.Status, p.Implementer)
		}
		if !strings.Contains(p.Notes, "minh họa") {
			t.Errorf("%s: the illustrative split is not noted: %q", p.Code, p.Notes)
		}
		// Their path: in the approved 2022 plan, accepted, settled.
		life := snap.LifeOf(p.ID)
		stages := make([]model.Stage, len(life.Steps))
		for i, s := range life.Steps {
			stages[i] = s.Stage
		}
		if life.Stage != model.StageSettled || !slices.Contains(stages, model.StageApproved) ||
			!slices.Contains(stages, model.StageAccepted) || p.DecisionDate.Year() != 2022 {
			t.Errorf("%s: path %v, decided %s", p.Code, stages, p.DecisionDate)
		}
	}
	slices.Sort(codes)
	if want := []string{"KCQG-2022-01", "KCQG-2022-02", "KCQG-2022-03", "KCQG-2022-04"}; !slices.Equal(codes, want) {
		t.Errorf("2022 codes %v, want %v", codes, want)
	}
	if total != 2_170_000_000 {
		t.Errorf("2022 support %d, want exactly 2.170.000.000", total)
	}
	if cats[model.CatMachinery] != 3 || cats[model.CatTradeFair] != 1 {
		t.Errorf("2022 categories %v, want 3 machinery and 1 trade fair", cats)
	}
	var alloc2023 bool
	for a := range snap.Allocations().All() {
		if a.Year == 2023 && a.Batch == 1 && a.Amount > 2_000_000_000 && strings.Contains(a.Notes, "trên 02 tỷ đồng") {
			alloc2023 = true
		}
	}
	if !alloc2023 {
		t.Error("no 2023 batch-1 allocation of over 2 tỷ quoting the article")
	}
}

func TestSampleTaxCodes(t *testing.T) {
	st, _ := loadTestSample(t, 3000, 3)
	seen := map[string]bool{}
	withCode := 0
	for f := range st.Snapshot().Facilities().All() {
		if slices.Contains(SampleRealCompanies, f.Name) {
			if f.TaxCode != "" {
				t.Errorf("real company %q got a tax code %q", f.Name, f.TaxCode)
			}
			continue
		}
		if f.TaxCode == "" {
			continue
		}
		withCode++
		code, kind, err := model.ParseTaxCode(f.TaxCode)
		if err != nil || kind != model.TaxEnterprise || code != f.TaxCode {
			t.Errorf("%q: tax code %q: %v (kind %v)", f.Name, f.TaxCode, err, kind)
		}
		if !strings.HasPrefix(f.TaxCode, "269") {
			t.Errorf("%q: tax code %q is not in the synthetic range", f.Name, f.TaxCode)
		}
		if seen[f.TaxCode] {
			t.Errorf("tax code %q used twice", f.TaxCode)
		}
		seen[f.TaxCode] = true
	}
	if withCode < 300 {
		t.Errorf("only %d synthetic facilities have a tax code", withCode)
	}
}

func TestSampleRealCompanies(t *testing.T) {
	st, _ := loadTestSample(t, 0, 1)
	snap := st.Snapshot()
	if n := snap.Facilities().Live(); n != 3 {
		t.Fatalf("%d facilities without synthetic ones, want the article's 3", n)
	}
	tv, _ := snap.Facilities().Get(1)
	if tv.Name != SampleRealCompanies[0] || len(tv.FormerNames) != 1 ||
		tv.FormerNames[0].Name != "Công ty TNHH MTV xây dựng và thương mại Tân Việt" {
		t.Errorf("Tân Việt: %q, former names %+v", tv.Name, tv.FormerNames)
	}
	if snap.Projects().Live() != 4 {
		t.Errorf("%d projects without synthetic facilities, want the article's 4", snap.Projects().Live())
	}
	for p := range snap.Projects().All() {
		if p.Category == model.CatMachinery && len(p.Beneficiaries) != 1 {
			t.Errorf("%s: beneficiaries %v, want the named company", p.Code, p.Beneficiaries)
		}
	}
}

// The sample is a Phú Thọ centre: every synthetic facility is in a commune
// of Phú Thọ since 1/7/2025 or waits for conversion with its old address;
// all three ages of records are there, and a few need a person's choice.
func TestSampleSyntheticPlaces(t *testing.T) {
	st, _ := loadTestSample(t, 2000, 5)
	snap := st.Snapshot()
	if snap.Settings.Province != "25" {
		t.Errorf("province setting %q", snap.Settings.Province)
	}
	var fresh, converted, waiting, choice int
	communes := map[string]bool{}
	for f := range snap.Facilities().All() {
		a := f.Address
		switch {
		case a.CommuneCode != "" && a.Before.Empty():
			fresh++
		case a.CommuneCode != "":
			converted++
		default:
			waiting++
			o := a.Before
			w := dvhc.Written{Commune: o.Commune, District: o.District, Province: o.Province}
			if snap.Units.Resolve(w, "25").Outcome == dvhc.Choice {
				choice++
			}
		}
		if a.CommuneCode != "" {
			c, ok := snap.Units.Commune(a.CommuneCode)
			if !ok || c.Province != "25" {
				t.Fatalf("%q: commune %q is not Phú Thọ's", f.Name, a.CommuneCode)
			}
			communes[a.CommuneCode] = true
		}
		if f.ID > 3 && (f.Employees < 1 || f.AvgIncome < 3_000_000 || f.AvgIncome > 12_000_000) {
			t.Errorf("%q: employees %d, income %d", f.Name, f.Employees, f.AvgIncome)
		}
	}
	if fresh < 700 || converted < 300 || waiting < 200 || choice < 10 || len(communes) < 100 {
		t.Errorf("new %d, converted %d, waiting %d (choice %d), in %d communes", fresh, converted, waiting, choice, len(communes))
	}
}

func TestSampleWarnsOnlyOnPurpose(t *testing.T) {
	st, _ := loadTestSample(t, 2000, 11)
	snap := st.Snapshot()
	ws := model.Warnings(model.Data{
		Facilities: snap.Facilities().All(), Projects: snap.Projects().All(),
		Allocations: snap.Allocations().All(), Payments: snap.Payments().All(),
	}, model.DefaultSettings())
	if len(ws) != 1 || ws[0].Kind != model.WarnAdvance {
		for _, w := range ws {
			t.Log(w.Text(i18n.EN))
		}
		t.Errorf("%d warnings, want just the deliberate advance above 70%%", len(ws))
	}
}

// sampleDigest fingerprints the data, leaving out the times the store stamps.
func sampleDigest(st *store.Store) string {
	h := sha256.New()
	snap := st.Snapshot()
	for f := range snap.Facilities().All() {
		fmt.Fprintf(h, "%d|%s|%v|%s|%v|%d|%d|%d\n", f.ID, f.Name, f.FormerNames, f.TaxCode, f.Address, f.Employees, f.AvgIncome, f.YearFounded)
	}
	for p := range snap.Projects().All() {
		fmt.Fprintf(h, "%d|%s|%s|%v|%d|%d|%d|%d\n", p.ID, p.Code, p.Name, p.Beneficiaries, p.Support, p.Counterpart, p.Start, p.Status)
	}
	for p := range snap.Payments().All() {
		fmt.Fprintf(h, "%d|%d|%d|%d\n", p.Project, p.Date, p.PayKind, p.Amount)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestSampleDeterministic(t *testing.T) {
	a, _ := loadTestSample(t, 1500, 42)
	b, _ := loadTestSample(t, 1500, 42)
	c, _ := loadTestSample(t, 1500, 43)
	if sampleDigest(a) != sampleDigest(b) {
		t.Error("the same seed gave different data")
	}
	if sampleDigest(a) == sampleDigest(c) {
		t.Error("different seeds gave the same data")
	}
}

func TestSampleRefusesNonEmpty(t *testing.T) {
	st, first := loadTestSample(t, 100, 1)
	_, err := LoadSample(context.Background(), st, store.LocalAdmin(), 100, 1)
	var e *model.Error
	if !errors.As(err, &e) || e.Key != model.MsgSampleNotEmpty {
		t.Fatalf("second load: %v, want %s", err, model.MsgSampleNotEmpty)
	}
	if msg := model.Localize(err, i18n.VI); !strings.Contains(msg, "đã có dữ liệu") {
		t.Errorf("message %q does not say the database holds data", msg)
	}
	if n := st.Snapshot().Facilities().Live(); n != first.Facilities {
		t.Errorf("facilities %d after the refused load, want %d", n, first.Facilities)
	}
}

func TestSampleRange(t *testing.T) {
	st := sampleStore(t)
	for _, n := range []int{-1, MaxSampleFacilities + 1} {
		if _, err := LoadSample(context.Background(), st, store.LocalAdmin(), n, 1); err == nil {
			t.Errorf("LoadSample(%d) accepted", n)
		}
	}
	if st.Snapshot().Facilities().Len() != 0 {
		t.Error("a refused load wrote records")
	}
}

func TestTaxCheckDigit(t *testing.T) {
	// The example of notes/domain.md: 0100233488, Σ = 167.
	if d, ok := taxCheckDigit("010023348"); !ok || d != 8 {
		t.Errorf("check digit of 010023348 = %d, %v; want 8", d, ok)
	}
	var tc taxCodes
	for range 50 {
		code := tc.take()
		if _, _, err := model.ParseTaxCode(code); err != nil {
			t.Errorf("synthetic %q refused: %v", code, err)
		}
	}
}

func BenchmarkLoadSample20k(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		st := sampleStore(b)
		b.StartTimer()
		if _, err := LoadSample(context.Background(), st, store.LocalAdmin(), 20_000, 1); err != nil {
			b.Fatal(err)
		}
	}
}
