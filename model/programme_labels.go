package model

import "khuyencong/i18n"

var programmeLevels = []label{
	0:                   {"", "Chưa rõ", "Unknown"},
	ProgrammeNational:   {"QG", "Chương trình quốc gia", "National programme"},
	ProgrammeProvincial: {"DP", "Chương trình địa phương", "Provincial programme"},
}

// The measures' codes are what the indicators' text form and the import
// read; the labels say in words what is counted.
var measures = []label{
	0:                 {"", "Chưa rõ", "Unknown"},
	MeasureManual:     {"nhap", "Số liệu nhập theo năm", "Figures entered by year"},
	MeasureProjects:   {"de-an", "Đề án đã nghiệm thu", "Projects accepted"},
	MeasureFacilities: {"co-so", "Cơ sở được hỗ trợ (đề án đã nghiệm thu)", "Facilities helped (accepted projects)"},
	MeasureSupport:    {"kinh-phi", "Kinh phí khuyến công đã cam kết", "Support committed"},
	MeasureCertified:  {"sp-tieu-bieu", "Sản phẩm được chứng nhận tiêu biểu", "Outstanding products certified"},
}

func (v ProgrammeLevel) Label(l i18n.Lang) string { return pick(programmeLevels, int(v), l) }
func (v Measure) Label(l i18n.Lang) string        { return pick(measures, int(v), l) }
func (v ProgrammeLevel) Code() string             { return code(programmeLevels, int(v)) }
func (v Measure) Code() string                    { return code(measures, int(v)) }

func ParseProgrammeLevel(s string) (ProgrammeLevel, bool) {
	i, ok := parseLabel(programmeLevels, s)
	return ProgrammeLevel(i), ok
}
func ParseMeasure(s string) (Measure, bool) {
	i, ok := parseLabel(measures, s)
	return Measure(i), ok
}

var (
	AllProgrammeLevels = []ProgrammeLevel{ProgrammeNational, ProgrammeProvincial}
	AllMeasures        = []Measure{MeasureManual, MeasureProjects, MeasureFacilities, MeasureSupport, MeasureCertified}
)
