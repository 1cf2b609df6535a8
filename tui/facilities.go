package tui

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// facilitiesKind makes the facilities tab out of the generic list tab.
func facilitiesKind() listKind {
	return listKind{
		Kind:    model.KindFacility,
		title:   model.MsgTabFacilities,
		columns: facilityColumns,
		source: func(c *kit.Session) vtable.Source {
			return facilitySource{t: c.Snap.Facilities, v: c.RowView()}
		},
		live: func(s *store.Snapshot) int { return s.Facilities.Live() },
		record: func(s *store.Snapshot, id model.ID) (record, bool) {
			f, ok := s.Facilities.Get(id)
			if !ok {
				return record{}, false
			}
			return record{ID: id, Name: f.Name, version: f.Version, deleted: f.Deleted}, true
		},
		detail:  facilityDetail,
		newForm: func(c *kit.Session) *recordForm { return newFacilityForm(c, model.Facility{}, true) },
		editForm: func(c *kit.Session, id model.ID) *recordForm {
			f, _ := c.Latest().Facilities.Get(id)
			return newFacilityForm(c, *f, false)
		},
	}
}
