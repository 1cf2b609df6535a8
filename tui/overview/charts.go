package overview

import (
	"strconv"

	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/tui/barchart"
	"khuyencong/tui/kit"
)

// The overview's charts are built from a model.Summary and nothing else,
// so that the tables of the same summary and the charts cannot disagree.

// chartBase is what every chart of a session shares.
func chartBase(c *kit.Session, title i18n.Key) barchart.Chart {
	st := barchart.PlainStyles()
	if !c.Styles.NoColor {
		st = barchart.DefaultStyles(c.Styles.IsDark)
	}
	ascii := c.Styles.Ascii
	return barchart.Chart{
		Title:  c.T(title),
		Format: func(v int64) string { return kit.MoneyShort(model.Money(v), ascii) },
		ASCII:  ascii,
		Styles: st,
		Lang:   c.Lang,
	}
}

// chartSources are the sources a by-year chart stacks, in order: the two
// programmes, and "unknown" only when some support has no source.
func chartSources(rows []model.YearRow) []model.Source {
	srcs := []model.Source{model.SourceNational, model.SourceLocal}
	for _, r := range rows {
		if r.BySource[model.SourceUnknown] != 0 {
			return append(srcs, model.SourceUnknown)
		}
	}
	return srcs
}

// YearChart is committed support per year, stacked by source.
func YearChart(c *kit.Session, s *model.Summary) barchart.Chart {
	ch := chartBase(c, MsgChartByYearSource)
	srcs := chartSources(s.ByYear)
	for _, src := range srcs {
		name := src.Code()
		if name == "" {
			name = src.Label(c.Lang)
		}
		ch.Series = append(ch.Series, barchart.Series{Name: name})
	}
	for _, r := range s.ByYear {
		vals := make([]int64, len(srcs))
		for i, src := range srcs {
			vals[i] = int64(r.BySource[src])
		}
		ch.Bars = append(ch.Bars, barchart.Bar{Label: strconv.Itoa(int(r.Year)), Values: vals})
	}
	return ch
}

// categoryChart is committed support per content category.
func categoryChart(c *kit.Session, s *model.Summary) barchart.Chart {
	ch := chartBase(c, MsgChartByCategory)
	for _, r := range s.ByCategory {
		label := r.Category.Label(c.Lang)
		if code := r.Category.Code(); code != "" {
			label = code + ". " + label
		}
		ch.Bars = append(ch.Bars, barchart.Bar{Label: label, Values: []int64{int64(r.Support)}})
	}
	return ch
}

// communeChart is committed support received per commune since
// 1/7/2025: the largest communes, then the rest summed in one bar (a
// province has a hundred or more communes).
func communeChart(c *kit.Session, s *model.Summary) barchart.Chart {
	ch := chartBase(c, MsgChartByCommune)
	var rest int64
	others := 0
	for i, r := range s.ByPlace {
		if i >= communeBars && r.Place != "" {
			rest += int64(r.Support)
			others++
			continue
		}
		ch.Bars = append(ch.Bars, barchart.Bar{Label: r.Label(c.Lang), Values: []int64{int64(r.Support)}})
	}
	if others > 0 {
		ch.Bars = append(ch.Bars, barchart.Bar{Label: c.T(MsgChartOtherCommunes, others), Values: []int64{rest}})
	}
	return ch
}

// communeBars is how many communes the chart names before summing the rest.
const communeBars = 8

// TopChart is the facilities that received the most support.
func TopChart(c *kit.Session, s *model.Summary) barchart.Chart {
	ch := chartBase(c, MsgChartTopBeneficiaries)
	for _, r := range s.Top {
		label := r.Name
		if label == "" {
			label = "#" + strconv.Itoa(int(r.Facility))
		}
		ch.Bars = append(ch.Bars, barchart.Bar{Label: label, Values: []int64{int64(r.Support)}})
	}
	return ch
}

// OverviewCharts are the overview's charts in reading order: the years
// are always every year; the others follow the selected year.
func OverviewCharts(c *kit.Session, all, year *model.Summary) []barchart.Chart {
	return []barchart.Chart{YearChart(c, all), categoryChart(c, year), communeChart(c, year), TopChart(c, year)}
}
