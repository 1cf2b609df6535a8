package tui

import (
	"strings"

	"khuyencong/model"
)

// facilityDetail is a facility with its former names, address, every field
// and the projects it benefited from with the support received.
func facilityDetail(c *common, id model.ID) string {
	f, ok := c.snap.Facilities.Get(id)
	if !ok {
		return ""
	}
	st, l := c.st, c.lang
	fl := func(n string) string { return model.FieldLabel(n, l) }
	var b strings.Builder
	b.WriteString(st.Title.Render(f.Name) + "\n")
	if f.Deleted {
		b.WriteString(st.Error.Render(c.T(model.MsgDeletedRecord)) + "\n")
	}
	b.WriteString("\n")
	var former []string
	for _, fn := range f.FormerNames {
		line := "• " + fn.Name
		if fn.Until != 0 {
			line += st.Muted.Render(" (" + c.T(model.MsgDetailUntil, fn.Until.String()) + ")")
		}
		former = append(former, line)
	}
	b.WriteString(section(st, fl("former_names"), former...))
	tax := f.TaxCode
	if code, kind, err := model.ParseTaxCode(tax); err == nil && code != "" {
		tax = code + st.Muted.Render(" ("+kind.Label(l)+")")
	}
	b.WriteString(section(st, c.T(model.MsgDetailInfo), kvs(st,
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
		[2]string{fl("year_founded"), countText(f.YearFounded)},
	)...))
	a := f.Address
	b.WriteString(section(st, c.T(model.MsgDetailAddress), kvs(st,
		[2]string{fl("village"), a.Village}, [2]string{fl("commune"), a.Commune},
		[2]string{fl("district"), a.District}, [2]string{fl("province"), a.Province})...))
	b.WriteString(facilityProjects(c, id))
	if f.Notes != "" {
		b.WriteString(section(st, fl("notes"), f.Notes))
	}
	b.WriteString(lastChange(c, f.Meta))
	return b.String()
}

// facilityProjects lists the projects a facility benefits from, with its
// share of each project's support (split equally between beneficiaries,
// as the summaries count it) and the total of the committed ones.
func facilityProjects(c *common, id model.ID) string {
	st := c.st
	var lines []string
	var total model.Money
	n := 0
	for _, pid := range c.snap.ProjectsOf(id) {
		p, ok := c.snap.Projects.Get(pid)
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
		lines = append(lines, "• "+p.Code+"  "+p.Name,
			"  "+st.Muted.Render(p.Status.Label(c.lang)+" · "+c.T(model.MsgDetailSupport)+" "+p.Support.Short()+
				" · "+c.T(model.MsgDetailShare)+" "+share.Short()))
	}
	if n == 0 {
		return section(st, c.T(model.MsgDetailProjects, 0), st.Muted.Render(c.T(model.MsgDetailNone)))
	}
	lines = append(lines, st.Heading.Render(c.T(model.MsgDetailReceived))+" "+total.String())
	return section(st, c.T(model.MsgDetailProjects, n), lines...)
}

// lastChange says who changed a record last and when.
func lastChange(c *common, m model.Meta) string {
	if m.UpdatedAt.IsZero() {
		return ""
	}
	at := m.UpdatedAt.In(c.cfg.now().Location()).Format("15:04 02/01/2006")
	return "\n" + c.st.Muted.Render(c.T(model.MsgDetailUpdated, m.UpdatedBy, at, m.Version))
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
	return groupInt(int64(n))
}

func moneyShown(m model.Money) string {
	if m == 0 {
		return ""
	}
	return m.String()
}
