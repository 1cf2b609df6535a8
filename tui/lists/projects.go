package lists

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/form"
	"khuyencong/tui/kit"
	"khuyencong/tui/sources"
	"khuyencong/tui/vtable"
)

// Projects makes the projects tab out of the generic list tab.
func Projects() Spec {
	return Spec{
		Kind:    model.KindProject,
		title:   kit.MsgTabProjects,
		columns: sources.ProjectColumns,
		source: func(c *kit.Session) vtable.Source {
			return sources.ProjectSource{Records: c.Snap.Projects(), RowView: c.RowView()}
		},
		live: func(s *store.Snapshot) int { return s.Projects().Live() },
		Record: func(s *store.Snapshot, id model.ID) (record, bool) {
			p, ok := s.Projects().Get(id)
			if !ok {
				return record{}, false
			}
			return record{ID: id, Name: p.Code, version: p.Version, deleted: p.Deleted}, true
		},
		detail:  projectDetail,
		newForm: func(c *kit.Session) *form.RecordForm { return form.NewProjectForm(c, form.NewProject(c), true) },
		editForm: func(c *kit.Session, id model.ID) *form.RecordForm {
			p, _ := c.Latest().Projects().Get(id)
			return form.NewProjectForm(c, *p, false)
		},
	}
}
