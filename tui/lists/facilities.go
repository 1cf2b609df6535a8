package lists

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// Facilities makes the facilities tab out of the generic list tab.
func Facilities() Spec {
	return Spec{
		Kind:    model.KindFacility,
		title:   kit.MsgTabFacilities,
		columns: sources.FacilityColumns,
		source: func(c *kit.Session) vtable.Source {
			return sources.FacilitySource{Records: c.Snap.Facilities(), RowView: c.RowView(), Units: c.Snap.Units}.WithRowMemo()
		},
		live: func(s *store.Snapshot) int { return s.Facilities().Live() },
		Record: func(s *store.Snapshot, id model.ID) (record, bool) {
			f, ok := s.Facilities().Get(id)
			if !ok {
				return record{}, false
			}
			return record{ID: id, Name: f.Name, version: f.Version, deleted: f.Deleted}, true
		},
		detail:  facilityDetail,
		newForm: func(c *kit.Session) *form.RecordForm { return form.NewFacilityForm(c, model.Facility{}, true) },
		editForm: func(c *kit.Session, id model.ID) *form.RecordForm {
			f, _ := c.Latest().Facilities().Get(id)
			return form.NewFacilityForm(c, *f, false)
		},
	}
}
