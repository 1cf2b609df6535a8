package model

// A khuyến công programme is the five-year frame the yearly plans serve:
// the national one approved by the Prime Minister until 2025 (QĐ
// 1881/QĐ-TTg for 2021–2025) and by the Minister of Industry and Trade
// since Decree 235/2025/NĐ-CP (QĐ 2646/QĐ-BCT of 23/9/2025 for
// 2026–2030), and each province's own, approved by its People's Committee
// (Decree 45/2012/NĐ-CP Art. 2 as amended). A programme sets indicators
// with targets; the overview and the periodic report compare them with
// what the projects of the programme achieved.

// ProgrammeLevel says who approved a programme, and so which projects it
// takes by default: national-fund projects belong to a national
// programme, provincial-fund ones to a provincial programme.
type ProgrammeLevel uint8

const (
	ProgrammeNational   ProgrammeLevel = iota + 1 // chương trình khuyến công quốc gia
	ProgrammeProvincial                           // chương trình khuyến công địa phương
)

// Source is the fund of the projects a programme of this level takes
// when a project does not name its programme.
func (l ProgrammeLevel) Source() Source {
	if l == ProgrammeNational {
		return SourceNational
	}
	return SourceLocal
}

// Measure says how an indicator's "done" figure is obtained: counted from
// the records (projects, their beneficiaries, support, certificates) or
// entered by the centre year by year (people trained, fairs held) where
// the records do not hold it.
type Measure uint8

const (
	MeasureManual     Measure = iota + 1 // figures entered per year
	MeasureProjects                      // projects accepted (nghiệm thu) or settled
	MeasureFacilities                    // facilities helped by accepted projects, each once
	MeasureSupport                       // khuyến công support committed, in đồng
	MeasureCertified                     // outstanding products certified
)

// Indicator is one target of a programme.
type Indicator struct {
	Name    string
	Unit    string // đơn vị tính: "cơ sở", "người", "triệu đồng"
	Measure Measure
	// Category limits the projects counted to one content category
	// (machinery, training…); CatUnknown counts every category.
	Category Category
	// Target is for the whole period; Years, when set, splits it by year
	// (index 0 is the programme's first year) and sets the pace.
	Target int64
	Years  []int64
	// Done holds the entered figures of a manual indicator, by year like
	// Years.
	Done []int64
}

// Programme is one programme and its targets.
type Programme struct {
	Meta
	Code         string // unique, e.g. "KCQG-2026-2030"
	Name         string
	Level        ProgrammeLevel
	From, To     int32 // first and last year
	DecisionNo   string
	DecisionDate Date
	Indicators   []Indicator
	Notes        string
}

func (p *Programme) Kind() Kind    { return KindProgramme }
func (p *Programme) Header() *Meta { return &p.Meta }

// Covers says whether year falls in the programme's period.
func (p *Programme) Covers(year int32) bool { return year >= p.From && year <= p.To }

// Takes says whether a project counts towards the programme: the project
// names it, or names none and its year and fund fit the programme's period
// and level (records entered before programmes existed).
func (p *Programme) Takes(pr *Project) bool {
	if pr.Programme != 0 {
		return pr.Programme == p.ID
	}
	return p.Covers(pr.Year) && pr.Source == p.Level.Source()
}
