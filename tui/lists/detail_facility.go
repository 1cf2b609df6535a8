package lists

import (
	"khuyencong/model"
	"khuyencong/tui/kit"
)

// facilityDetail is a facility with its former names, address, every field
// and the projects it benefited from with the support received, w wide.
func facilityDetail(c *kit.Session, id model.ID, w int) string {
	f, ok := c.Snap.Facilities().Get(id)
	if !ok {
		return ""
	}
	st, l := c.Styles, c.Lang
	fl := func(n string) string { return model.FieldLabel(n, l) }
	d := newDoc(st, w)
	d.line(st.Title.Render(f.Name))
	if f.Deleted {
		d.line(st.Error.Render(c.T(MsgDeletedRecord)))
	}
	d.line("")
	var former []string
	for _, fn := range f.FormerNames {
		text := fn.Name
		if fn.Until != 0 {
			text += " (" + c.T(MsgDetailUntil, fn.Until.String()) + ")"
		}
		former = append(former, d.Bullet(text))
	}
	d.section(fl("former_names"), former...)
	tax := f.TaxCode
	if code, kind, err := model.ParseTaxCode(tax); err == nil && code != "" {
		tax = code + " (" + kind.Label(l) + ")"
	}
	d.section(c.T(MsgDetailInfo), d.kvs(
		[2]string{fl("tax_code"), tax},
		[2]string{fl("legal_form"), enumText(int(f.LegalForm), f.LegalForm.Label(l))},
		[2]string{fl("trade_group"), enumText(int(f.TradeGroup), f.TradeGroup.Label(l))},
		[2]string{fl("products"), f.Products},
		[2]string{fl("craft_village"), f.CraftVillage},
		[2]string{fl("employees"), countShown(f.Employees)},
		[2]string{fl("avg_income"), moneyShown(f.AvgIncome)},
		[2]string{fl("representative"), f.Representative},
		[2]string{fl("phone"), f.Phone},
		[2]string{fl("email"), f.Email},
		[2]string{fl("year_founded"), kit.CountText(f.YearFounded)},
	)...)
	addressSections(c, d, &f.Address)
	facilityProjects(c, d, id)
	facilityCertified(c, d, id)
	if f.Notes != "" {
		d.section(fl("notes"), wrap(f.Notes, d.w, 0))
	}
	lastChange(c, d, f.Meta)
	return d.String()
}

// facilityProjects lists the projects a facility benefits from, with its
// share of each project's support (split equally between beneficiaries,
// as the summaries count it) and the total of the committed ones.
func facilityProjects(c *kit.Session, d *doc, id model.ID) {
	st := c.Styles
	var lines []string
	var total model.Money
	n := 0
	for _, pid := range c.Snap.ProjectsOf(id) {
		p, ok := c.Snap.Projects().Get(pid)
		if !ok || p.Deleted {
			continue
		}
		n++
		share := p.Support
		if k := len(p.Beneficiaries); k > 1 {
			share = p.Support / model.Money(k)
		}
		if p.Status.Commits() {
			total += share
		}
		lines = append(lines, d.Bullet(p.Code+"  "+p.Name),
			"  "+st.Muted.Render(wrap(p.Status.Label(c.Lang)+" "+st.Dot+" "+c.T(MsgDetailSupport)+" "+p.Support.Short()+
				" "+st.Dot+" "+c.T(MsgDetailShare)+" "+share.Short(), d.w-2, 2)))
	}
	if n == 0 {
		d.section(c.T(MsgDetailProjects, 0), st.Muted.Render(c.T(MsgDetailNone)))
		return
	}
	lines = append(lines, d.kvs([2]string{c.T(MsgDetailReceived), total.String()})...)
	d.section(c.T(MsgDetailProjects, n), lines...)
}

// lastChange says who changed a record last and when.
func lastChange(c *kit.Session, d *doc, m model.Meta) {
	if m.UpdatedAt.IsZero() {
		return
	}
	at := m.UpdatedAt.In(c.Config.Time().Location()).Format("15:04 02/01/2006")
	d.line(c.Styles.Muted.Render(c.T(MsgDetailUpdated, m.UpdatedBy, at, m.Version)))
}

func enumText(v int, label string) string {
	if v == 0 {
		return ""
	}
	return label
}

func countShown(n int32) string {
	if n == 0 {
		return ""
	}
	return kit.GroupInt(int64(n))
}

func moneyShown(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.String()
}
