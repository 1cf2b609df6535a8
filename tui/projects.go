package tui

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/vtable"
)

// projectsKind makes the projects tab out of the generic list tab.
func projectsKind() listKind {
	return listKind{
		kind:    model.KindProject,
		title:   model.MsgTabProjects,
		columns: projectColumns,
		source: func(c *common) vtable.Source {
			return projectSource{t: c.snap.Projects, v: c.rowView()}
		},
		live: func(s *store.Snapshot) int { return s.Projects.Live() },
		record: func(s *store.Snapshot, id model.ID) (record, bool) {
			p, ok := s.Projects.Get(id)
			if !ok {
				return record{}, false
			}
			return record{id: id, name: p.Code, version: p.Version, deleted: p.Deleted}, true
		},
		detail:  projectDetail,
		newForm: func(c *common) *recordForm { return newProjectForm(c, newProject(c), true) },
		editForm: func(c *common, id model.ID) *recordForm {
			p, _ := c.latest().Projects.Get(id)
			return newProjectForm(c, *p, false)
		},
	}
}
