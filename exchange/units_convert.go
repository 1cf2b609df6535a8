package exchange

import (
	"context"
	"slices"

	"khuyencong/dvhc"
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/store"
)

// ConvertOptions drive ConvertUnits.
type ConvertOptions struct {
	DryRun   bool                  // find and report, write nothing
	Progress func(done, total int) // called while writing
}

// UnitChoice is a record whose old address went into several new
// communes: a person must choose (the app's review screen lists them).
type UnitChoice struct {
	Facility   model.ID
	Name       string
	Old        string // the address before 1/7/2025, as written
	Candidates []dvhc.Candidate
}

// UnitUnknown is a record whose old address the table does not know.
type UnitUnknown struct {
	Facility model.ID
	Name     string
	Old      string
	Why      i18n.Key
	Args     []any
}

// ConvertResult is what ConvertUnits found and did.
type ConvertResult struct {
	Waiting   int // live facilities with only an address before 1/7/2025
	Converted int // given their one new commune (written unless DryRun)
	Province  int // given only their new province (the old address names no commune)
	Choices   []UnitChoice
	Unknown   []UnitUnknown
}

// ConvertUnits gives every live facility that has only an address recorded
// before 1/7/2025 its commune since, where the conversion table names one,
// in one all-or-nothing write (each record audited as the acting user);
// the others are listed. The centre's province must be set: an address
// without a province is looked for in the provinces merged into it.
func ConvertUnits(ctx context.Context, st *store.Store, a store.Actor, opt ConvertOptions) (ConvertResult, error) {
	var res ConvertResult
	snap := st.Snapshot()
	within := snap.Settings.Province
	if within == "" {
		return res, model.Errorf(MsgUnitsNoProvince)
	}
	plan := planConversion(snap, within, &res)
	if opt.DryRun || len(plan) == 0 {
		return res, nil
	}
	err := st.WriteBatch(ctx, a, "units convert", func(b *store.Batch) error {
		for i, up := range plan {
			if err := b.Update(up); err != nil {
				return err
			}
			if opt.Progress != nil && (i%1024 == 0 || i == len(plan)-1) {
				opt.Progress(i+1, len(plan))
			}
		}
		return nil
	})
	if err != nil {
		return ConvertResult{}, err
	}
	return res, nil
}

// planConversion resolves every waiting facility, once per distinct old
// address (a province's million records share a few thousand), and returns
// the updated copies to write.
func planConversion(snap *store.Snapshot, within string, res *ConvertResult) []model.Record {
	t := snap.Units
	memo := map[model.OldAddress]dvhc.Result{}
	var plan []model.Record
	for f := range store.FacilityBriefs(snap.Facilities()) {
		if f.Address.CommuneCode != "" || f.Address.Before.Empty() {
			continue
		}
		res.Waiting++
		o := f.Address.Before
		r, ok := memo[o]
		if !ok {
			r = t.Resolve(dvhc.Written{Commune: o.Commune, District: o.District, Province: o.Province,
				CommuneCode: o.CommuneCode, DistrictCode: o.DistrictCode, ProvinceCode: o.ProvinceCode}, within)
			memo[o] = r
		}
		if up := res.note(snap, f, r); up != nil {
			plan = append(plan, up)
		}
	}
	return plan
}

// note files one facility under its outcome and returns its update, if
// any.
func (res *ConvertResult) note(snap *store.Snapshot, brief *model.Facility, r dvhc.Result) model.Record {
	old := brief.Address.Before.Line()
	switch {
	case r.Outcome == dvhc.Choice:
		res.Choices = append(res.Choices, UnitChoice{Facility: brief.ID, Name: brief.Name, Old: old,
			Candidates: slices.Clone(r.Candidates)})
	case r.Outcome == dvhc.Unknown:
		res.Unknown = append(res.Unknown, UnitUnknown{Facility: brief.ID, Name: brief.Name, Old: old, Why: r.Why, Args: r.Args})
	}
	if r.Outcome == dvhc.Choice || r.Province == "" && r.Outcome != dvhc.Certain {
		return nil
	}
	f, ok := snap.Facilities().Get(brief.ID)
	if !ok {
		return nil
	}
	up := *f
	ApplyConversion(&up.Address, r)
	if up.Address == f.Address {
		return nil
	}
	if r.Outcome == dvhc.Certain {
		res.Converted++
	} else {
		res.Province++
	}
	return &up
}

// ApplyConversion writes a conversion's units into an address: the new
// commune when certain (or the new province alone), and the old units'
// codes where the record did not have them. What was written before
// 1/7/2025 is not changed.
func ApplyConversion(a *model.Address, r dvhc.Result) {
	if r.Old != nil {
		o := &a.Before
		for _, p := range []struct {
			dst *string
			v   string
		}{
			{&o.CommuneCode, r.Old.Code}, {&o.DistrictCode, r.Old.DistCode}, {&o.ProvinceCode, r.Old.ProvCode}} {
			if *p.dst == "" {
				*p.dst = p.v
			}
		}
	}
	if r.Province != "" && a.ProvinceCode == "" {
		a.ProvinceCode = r.Province
	}
	if r.Outcome == dvhc.Certain {
		a.ProvinceCode, a.CommuneCode = r.Province, r.Commune
	}
}
