package tui

import (
	"strconv"
	"strings"

	"khuyencong/model"
)

// projectDetail is a project with every field, its beneficiaries, its
// payments and what remains to pay.
func projectDetail(c *common, id model.ID) string {
	p, ok := c.snap.Projects.Get(id)
	if !ok {
		return ""
	}
	st, l := c.st, c.lang
	fl := func(n string) string { return model.FieldLabel(n, l) }
	var b strings.Builder
	b.WriteString(st.Title.Render(p.Code) + "\n" + p.Name + "\n")
	if p.Deleted {
		b.WriteString(st.Error.Render(c.T(model.MsgDeletedRecord)) + "\n")
	}
	b.WriteString("\n")
	batch := ""
	if p.Batch != 0 {
		batch = strconv.Itoa(int(p.Batch))
	}
	b.WriteString(section(st, c.T(model.MsgDetailInfo), kvs(st,
		[2]string{fl("year"), countText(p.Year)},
		[2]string{fl("source"), enumText(int(p.Source), p.Source.Label(l))},
		[2]string{fl("batch"), batch},
		[2]string{fl("category"), enumText(int(p.Category), p.Category.Label(l))},
		[2]string{fl("status"), enumText(int(p.Status), p.Status.Label(l))},
		[2]string{fl("implementer"), p.Implementer},
		[2]string{fl("location"), p.Location},
		[2]string{fl("start"), p.Start.String()},
		[2]string{fl("end"), p.End.String()},
		[2]string{fl("decision_no"), p.DecisionNo},
		[2]string{fl("decision_date"), p.DecisionDate.String()},
	)...))
	b.WriteString(section(st, c.T(model.MsgDetailMoney), kvs(st,
		[2]string{fl("support"), p.Support.String()},
		[2]string{fl("counterpart"), p.Counterpart.String()},
		[2]string{fl("total"), p.Total().String()},
	)...))
	b.WriteString(projectBeneficiaries(c, p))
	b.WriteString(projectPayments(c, p))
	if p.Notes != "" {
		b.WriteString(section(st, fl("notes"), p.Notes))
	}
	b.WriteString(lastChange(c, p.Meta))
	return b.String()
}

func projectBeneficiaries(c *common, p *model.Project) string {
	st := c.st
	var lines []string
	for _, id := range p.Beneficiaries {
		f, ok := c.snap.Facilities.Get(id)
		if !ok {
			continue
		}
		line := "• " + f.Name
		if f.Address.District != "" {
			line += st.Muted.Render(" · " + f.Address.District)
		}
		if f.Deleted {
			line += " " + st.Error.Render(c.T(model.MsgDeletedMark))
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = []string{st.Muted.Render(c.T(model.MsgDetailNone))}
	}
	return section(st, c.T(model.MsgDetailBens, len(p.Beneficiaries)), lines...)
}

// projectPayments lists the payments and what remains of the support.
func projectPayments(c *common, p *model.Project) string {
	st := c.st
	var lines []string
	var paid model.Money
	for _, id := range c.snap.PaymentsOf(p.ID) {
		pay, ok := c.snap.Payments.Get(id)
		if !ok || pay.Deleted {
			continue
		}
		paid += pay.Amount
		line := pay.Date.String() + "  " + padRight(pay.PayKind.Label(c.lang), 11) + " " + pay.Amount.String()
		if pay.Voucher != "" {
			line += st.Muted.Render("  " + pay.Voucher)
		}
		lines = append(lines, "• "+line)
	}
	n := len(lines)
	if n == 0 {
		lines = append(lines, st.Muted.Render(c.T(model.MsgDetailNone)))
	}
	lines = append(lines, kvs(st,
		[2]string{c.T(model.MsgDetailPaid), paid.String()},
		[2]string{c.T(model.MsgDetailRemaining), (p.Support - paid).String()})...)
	return section(st, c.T(model.MsgDetailPayments, n), lines...)
}
