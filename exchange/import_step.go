package exchange

import (
	"khuyencong/model"
	"khuyencong/vntext"
)

// stepSpec: the columns of a sheet of project steps; the project is named
// by its code. Rows are written in file order, and the store refuses a
// step that does not follow the ones before it, so an export (in the
// order the steps were recorded) reads back.
var stepSpec = (&spec[model.Step]{
	kind: model.KindStep,
	year: func(s *model.Step) int32 { return int32(s.Date.Year()) },
	look: func(l *lookups) { l.indexProjects() },
	columns: []column[model.Step]{
		required(column[model.Step]{
			field: "project", kind: cText,
			aliases: []string{"Mã đề án", "Mã ĐA", "project code", "code"},
			set: func(s *model.Step, v string, c *rowCtx) *model.Error {
				var err *model.Error
				s.Project, err = c.look.project(v)
				if err == nil {
					pr, _ := c.look.snap.Projects().Get(s.Project)
					c.deletedRef(pr.Deleted, "project", vntext.CleanLine(v))
				}
				return err
			},
			get: func(s *model.Step, x *outCtx) value {
				if pr, ok := x.snap.Projects().Get(s.Project); ok {
					return textVal(pr.Code)
				}
				return textVal("")
			},
		}),
		required(enumCol("stage", func(s *model.Step) *model.Stage { return &s.Stage },
			model.ParseStage, model.AllStages, "Giai đoạn", "Bước thực hiện")),
		required(dateCol("date", func(s *model.Step) *model.Date { return &s.Date }, "Ngày")),
		textCol("doc_no", func(s *model.Step) *string { return &s.DocNo },
			"Số quyết định", "Số biên bản", "Số hợp đồng", "document"),
		intCol("score", func(s *model.Step) *int32 { return &s.Score }, "Điểm"),
		enumCol("approver", func(s *model.Step) *model.Approver { return &s.Approver },
			model.ParseApprover, model.AllApprovers, "Cấp quyết định"),
		textCol("change", func(s *model.Step) *string { return &s.Change }, "Điều chỉnh"),
		noteCol("notes", func(s *model.Step) *string { return &s.Notes }, "note", "remarks"),
	},
	clone: func(s *model.Step) *model.Step { c := *s; return &c },
}).build()
