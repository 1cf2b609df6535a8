package exchange

import (
	"strings"

	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/vntext"
)

// Deleted records that live ones still refer to (a project whose
// beneficiary was deleted, a payment of a deleted project) are exported
// too, marked in a last "Đã xoá" column, and an import recreates them
// deleted. Without them the projects and payments of an export could not
// be imported again (issue 18), which the README promises. References by
// a stable ID were the other choice; but IDs are given by each database,
// and a spreadsheet names a facility by its tax code or name, so the file
// keeps naming records the way people read it. Only referred-to deleted
// records are exported: an office's list does not fill with records it
// removed.

// deletedField is the field of the "Đã xoá" column.
const deletedField = "deleted"

// deletedColumn is the column every kind gets: written only when the
// export holds a deleted record, read whenever a file has it.
func deletedColumn[T any]() column[T] {
	return column[T]{
		field: deletedField, kind: cText, onlyDeleted: true,
		aliases: []string{"Đã xoá", "Đã xóa", "Xoá", "Deleted", "is deleted"},
		set: func(r *T, v string, _ *rowCtx) *model.Error {
			d, err := parseDeleted(v)
			if err == nil {
				any(r).(model.Record).Header().Deleted = d
			}
			return err
		},
		get: func(r *T, x *outCtx) value {
			if any(r).(model.Record).Header().Deleted {
				return textVal(x.lang.T(MsgDeletedMark))
			}
			return textVal("")
		},
	}
}

// parseDeleted reads the cell: a mark for deleted, "không"/"no" for live.
func parseDeleted(v string) (bool, *model.Error) {
	switch strings.ToLower(vntext.Fold(strings.TrimSpace(v))) {
	case "x", "co", "yes", "true", "1", "da xoa", "deleted":
		return true, nil
	case "", "khong", "no", "false", "0":
		return false, nil
	}
	return false, model.Errorf(MsgImportBadDeleted, v)
}

// exportedRow says whether table row i goes into a whole-table export:
// live records, and deleted ones a live record refers to.
func exportedRow(snap *store.Snapshot, k model.Kind, deleted bool, id model.ID) bool {
	return !deleted || referredLive(snap, k, id)
}

// referredLive reports whether a live record refers to record id of kind k.
func referredLive(snap *store.Snapshot, k model.Kind, id model.ID) bool {
	switch k {
	case model.KindFacility:
		for _, p := range snap.ProjectsOf(id) {
			if pr, ok := snap.Projects().Get(p); ok && !pr.Deleted {
				return true
			}
		}
	case model.KindProject:
		for _, p := range snap.PaymentsOf(id) {
			if pay, ok := snap.Payments().Get(p); ok && !pay.Deleted {
				return true
			}
		}
	}
	return false
}
