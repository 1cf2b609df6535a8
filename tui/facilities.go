package tui

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/vtable"
)

// facilitiesKind makes the facilities tab out of the generic list tab.
func facilitiesKind() listKind {
	return listKind{
		kind:    model.KindFacility,
		title:   model.MsgTabFacilities,
		columns: facilityColumns,
		source: func(c *common) vtable.Source {
			return facilitySource{t: c.snap.Facilities, v: c.rowView()}
		},
		live: func(s *store.Snapshot) int { return s.Facilities.Live() },
		record: func(s *store.Snapshot, id model.ID) (record, bool) {
			f, ok := s.Facilities.Get(id)
			if !ok {
				return record{}, false
			}
			return record{id: id, name: f.Name, version: f.Version, deleted: f.Deleted}, true
		},
		detail:  facilityDetail,
		newForm: func(c *common) *recordForm { return newFacilityForm(c, model.Facility{}, true) },
		editForm: func(c *common, id model.ID) *recordForm {
			f, _ := c.latest().Facilities.Get(id)
			return newFacilityForm(c, *f, false)
		},
	}
}
