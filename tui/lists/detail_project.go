package lists

import (
	"khuyencong/model"
	"khuyencong/store"
	"khuyencong/tui/kit"
)

// projectDetail is a project with every field, its beneficiaries, its
// payments and what remains to pay, w wide.
func projectDetail(c *kit.Session, id model.ID, w int) string {
	p, ok := c.Snap.Projects().Get(id)
	if !ok {
		return ""
	}
	st, l := c.Styles, c.Lang
	fl := func(n string) string { return model.FieldLabel(n, l) }
	d := newDoc(st, w)
	d.line(st.Title.Render(p.Code))
	d.line(p.Name)
	if p.Deleted {
		d.line(st.Error.Render(c.T(MsgDeletedRecord)))
	}
	d.line("")
	d.section(c.T(MsgDetailInfo), d.kvs(
		[2]string{fl("year"), kit.CountText(p.Year)},
		[2]string{fl("source"), enumText(int(p.Source), p.Source.Label(l))},
		[2]string{fl("batch"), kit.CountText(p.Batch)},
		[2]string{fl("category"), enumText(int(p.Category), p.Category.Label(l))},
		[2]string{fl("item"), p.Item},
		[2]string{fl("status"), enumText(int(p.Status), p.Status.Label(l))},
		[2]string{fl("implementer"), p.Implementer},
		[2]string{fl("location"), p.Location},
		[2]string{fl("start"), p.Start.String()},
		[2]string{fl("end"), p.End.String()},
		[2]string{fl("decision_no"), p.DecisionNo},
		[2]string{fl("decision_date"), p.DecisionDate.String()},
		[2]string{fl("programme"), projectProgramme(c, p)},
	)...)
	d.section(c.T(MsgDetailMoney), d.kvs(
		[2]string{fl("support"), p.Support.String()},
		[2]string{fl("counterpart"), p.Counterpart.String()},
		[2]string{fl("total"), p.Total().String()},
	)...)
	projectBeneficiaries(c, d, p)
	projectPayments(c, d, p)
	projectHistory(c, d, p)
	if p.Notes != "" {
		d.section(fl("notes"), wrap(p.Notes, d.w, 0))
	}
	lastChange(c, d, p.Meta)
	return d.String()
}

// projectProgramme names the programme the project counts towards: the
// one it names, else the one its fund and year fall in (said so).
func projectProgramme(c *kit.Session, p *model.Project) string {
	t := store.TableOf[model.Programme](c.Snap)
	if p.Programme != 0 {
		if pg, ok := t.Get(p.Programme); ok {
			return pg.Code + " – " + pg.Name
		}
		return ""
	}
	for pg := range t.All() {
		if !pg.Deleted && pg.Takes(p) {
			return c.T(MsgDetailProgrammeByFund, pg.Code)
		}
	}
	return ""
}

func projectBeneficiaries(c *kit.Session, d *doc, p *model.Project) {
	st := c.Styles
	var lines []string
	for i, id := range p.Beneficiaries {
		f, ok := c.Snap.Facilities().Get(id)
		if !ok {
			continue
		}
		text := f.Name
		if i < len(p.CounterpartBy) {
			text += " " + c.Styles.Dot + " " + c.T(MsgDetailCounterpart, kit.MoneyShort(p.CounterpartBy[i], c.Styles.Ascii))
		}
		if place := facilityPlace(c, &f.Address); place != "" {
			text += " " + c.Styles.Dot + " " + place
		}
		if f.Deleted {
			text += " " + c.T(kit.MsgDeletedMark)
		}
		lines = append(lines, d.Bullet(text))
	}
	if len(lines) == 0 {
		lines = []string{st.Muted.Render(c.T(MsgDetailNone))}
	}
	d.section(c.T(MsgDetailBens, len(p.Beneficiaries)), lines...)
}

// projectPayments lists the payments and what remains of the support.
func projectPayments(c *kit.Session, d *doc, p *model.Project) {
	st := c.Styles
	var lines []string
	var paid model.Money
	for _, id := range c.Snap.PaymentsOf(p.ID) {
		pay, ok := c.Snap.Payments().Get(id)
		if !ok || pay.Deleted {
			continue
		}
		paid += pay.Amount
		text := pay.Date.String() + "  " + pay.PayKind.Label(c.Lang) + "  " + pay.Amount.String()
		if pay.Voucher != "" {
			text += "  " + pay.Voucher
		}
		lines = append(lines, d.Bullet(text))
	}
	n := len(lines)
	if n == 0 {
		lines = append(lines, st.Muted.Render(c.T(MsgDetailNone)))
	}
	lines = append(lines, d.kvs(
		[2]string{c.T(MsgDetailPaid), paid.String()},
		[2]string{c.T(MsgDetailRemaining), (p.Support - paid).String()})...)
	d.section(c.T(MsgDetailPayments, n), lines...)
}
