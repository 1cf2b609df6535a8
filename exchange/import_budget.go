package exchange

import (
	"khuyencong/model"
	"khuyencong/vntext"
)

// allocationSpec: the columns of an allocation sheet. Allocations have no
// natural key, so every row is a new record.
var allocationSpec = (&spec[model.Allocation]{
	kind: model.KindAllocation,
	year: func(a *model.Allocation) int32 { return a.Year },
	columns: []column[model.Allocation]{
		required(intCol("year", func(a *model.Allocation) *int32 { return &a.Year },
			"Năm kế hoạch", "Năm KH", "plan year")),
		required(enumCol("source", func(a *model.Allocation) *model.Source { return &a.Source },
			model.ParseSource, model.AllSources, "Nguồn", "Nguồn vốn", "funding", "fund")),
		intCol("batch", func(a *model.Allocation) *int32 { return &a.Batch }, "round"),
		required(moneyCol("amount", func(a *model.Allocation) *model.Money { return &a.Amount }, false,
			"Kinh phí", "Kinh phí được giao", "Dự toán", "Kế hoạch vốn", "Số tiền giao", "allocated", "budget")),
		textCol("decision_no", func(a *model.Allocation) *string { return &a.DecisionNo },
			"Số QĐ", "Quyết định", "decision no", "decision"),
		dateCol("decision_date", func(a *model.Allocation) *model.Date { return &a.DecisionDate },
			"Ngày QĐ", "decision date"),
		noteCol("notes", func(a *model.Allocation) *string { return &a.Notes }, "note", "remarks"),
	},
	clone: func(a *model.Allocation) *model.Allocation { c := *a; return &c },
}).build()

// paymentSpec: the columns of a payment sheet; the project is named by its
// code. Payments have no natural key either.
var paymentSpec = (&spec[model.Payment]{
	kind: model.KindPayment,
	year: func(p *model.Payment) int32 { return int32(p.Date.Year()) },
	look: func(l *lookups) { l.indexProjects() },
	columns: []column[model.Payment]{
		required(column[model.Payment]{
			field: "project", kind: cText,
			aliases: []string{"Mã đề án", "Mã ĐA", "project code", "code"},
			set: func(p *model.Payment, v string, c *rowCtx) *model.Error {
				var err *model.Error
				p.Project, err = c.look.project(v)
				if err == nil {
					pr, _ := c.look.snap.Projects().Get(p.Project)
					c.deletedRef(pr.Deleted, "project", vntext.CleanLine(v))
				}
				return err
			},
			get: func(p *model.Payment, x *outCtx) value {
				if pr, ok := x.snap.Projects().Get(p.Project); ok {
					return textVal(pr.Code)
				}
				return textVal("")
			},
		}),
		required(dateCol("date", func(p *model.Payment) *model.Date { return &p.Date },
			"Ngày giải ngân", "Ngày chi", "Ngày chứng từ", "payment date")),
		required(enumCol("kind", func(p *model.Payment) *model.PaymentKind { return &p.PayKind },
			model.ParsePaymentKind, model.AllPaymentKinds, "Loại", "Hình thức", "Loại chi", "type")),
		required(moneyCol("amount", func(p *model.Payment) *model.Money { return &p.Amount }, false,
			"Số tiền giải ngân", "Giá trị", "Số tiền chi", "value")),
		textCol("voucher", func(p *model.Payment) *string { return &p.Voucher },
			"Chứng từ", "Số CT", "voucher no"),
		noteCol("notes", func(p *model.Payment) *string { return &p.Notes }, "note", "remarks"),
	},
	clone: func(p *model.Payment) *model.Payment { c := *p; return &c },
}).build()
