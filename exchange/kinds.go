package exchange

import (
	"khuyencong/model"
	"khuyencong/store"
)

// kindOps is what import and export do with a kind, without its type: one
// entry per spec, so that Import, Export and RowsOfYear look a kind up
// instead of switching on it. A kind's columns stay in its own spec.
type kindOps struct {
	run  func(in *importer) error
	grid func(x *outCtx, rows []int32) *grid
	// year is a record's plan year, nil for a kind that has none.
	rows func(snap *store.Snapshot, year int32) []int32
	// headers lists each field with the column titles that name it.
	headers func() []AcceptedHeader
}

// AcceptedHeader is a field an import fills and the column titles that
// name it, besides its labels (case, diacritics and a bracketed part
// such as "(đồng)" do not matter).
type AcceptedHeader struct {
	Field    string
	Required bool
	Aliases  []string
}

// AcceptedHeaders lists what an import of the kind reads, for the help.
func AcceptedHeaders(kind model.Kind) []AcceptedHeader {
	if ops, ok := exchanged[kind]; ok {
		return ops.headers()
	}
	return nil
}

// exchanged lists the kinds import and export handle.
var exchanged map[model.Kind]kindOps

func init() {
	exchanged = map[model.Kind]kindOps{
		model.KindFacility:   opsOf(facilitySpec),
		model.KindProject:    opsOf(projectSpec),
		model.KindAllocation: opsOf(allocationSpec),
		model.KindPayment:    opsOf(paymentSpec),
		model.KindRound:      opsOf(roundSpec),
		model.KindEntry:      opsOf(entrySpec),
		model.KindScoreSheet: opsOf(sheetSpec),
		model.KindStep:       opsOf(stepSpec),
		model.KindProgramme:  opsOf(programmeSpec),
	}
}

func opsOf[T any, P interface {
	*T
	model.Record
}](sp *spec[T]) kindOps {
	ops := kindOps{
		run:  func(in *importer) error { return runImport[T, P](sp, in) },
		grid: func(x *outCtx, rows []int32) *grid { return makeGrid[T, P](sp, x, rows) },
		headers: func() []AcceptedHeader {
			out := make([]AcceptedHeader, 0, len(sp.columns))
			for _, c := range sp.columns {
				if !c.onlyDeleted {
					out = append(out, AcceptedHeader{Field: c.field, Required: c.required, Aliases: c.aliases})
				}
			}
			return out
		},
	}
	if sp.year != nil {
		ops.rows = func(snap *store.Snapshot, year int32) []int32 {
			t := store.TableOf[T, P](snap)
			rows := []int32{}
			for i := range t.Len() {
				if r := t.At(i); !P(r).Header().Deleted && sp.year(r) == year {
					rows = append(rows, int32(i))
				}
			}
			return rows
		}
	}
	return ops
}

// ParseKind reads a kind's name as the command line gives it (facilities,
// projects, allocations, payments; singular and Vietnamese accepted), for
// the kinds import and export handle.
func ParseKind(s string) (model.Kind, bool) {
	k, ok := model.ParseKind(s)
	if _, handled := exchanged[k]; !ok || !handled {
		return 0, false
	}
	return k, true
}
