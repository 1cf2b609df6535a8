package tui

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
	"khuyencong/tui/vtable"
)

// projectsKind makes the projects tab out of the generic list tab.
func projectsKind() listKind {
	return listKind{
		Kind:    model.KindProject,
		title:   model.MsgTabProjects,
		columns: projectColumns,
		source: func(c *kit.Session) vtable.Source {
			return projectSource{t: c.Snap.Projects, v: c.RowView()}
		},
		live: func(s *store.Snapshot) int { return s.Projects.Live() },
		record: func(s *store.Snapshot, id model.ID) (record, bool) {
			p, ok := s.Projects.Get(id)
			if !ok {
				return record{}, false
			}
			return record{ID: id, Name: p.Code, version: p.Version, deleted: p.Deleted}, true
		},
		detail:  projectDetail,
		newForm: func(c *kit.Session) *recordForm { return newProjectForm(c, newProject(c), true) },
		editForm: func(c *kit.Session, id model.ID) *recordForm {
			p, _ := c.Latest().Projects.Get(id)
			return newProjectForm(c, *p, false)
		},
	}
}
