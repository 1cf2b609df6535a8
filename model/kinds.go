package model

import (
	"strings"

	"khuyencong/i18n"
	"khuyencong/vntext"
)

// KindInfo is everything the layers need to know about a kind by name: how
// the database, the audit trail, the command line and file names spell it,
// and which messages name it. Behaviour (codecs, import columns, forms)
// lives with the layer that has it, keyed by Kind.
type KindInfo struct {
	Kind Kind
	// Name is the singular English name: the bbolt bucket, Kind.String,
	// and the field an import's audit entry counts the kind under.
	Name string
	// Slug is the plural the command line and export file names use
	// ("export facilities"); File is the Vietnamese base of a suggested
	// export file name ("co-so-2026-11-27.csv").
	Slug string
	File string
	// Aliases are the other names ParseKind accepts, folded (no
	// diacritics, lower case).
	Aliases []string
	// One names a record of the kind ("Cơ sở"), Many the kind as a whole
	// (a workbook sheet).
	One, Many i18n.Key
	// NotFound and Deleted take the ID: "Không tìm thấy cơ sở #%d.".
	NotFound, Deleted i18n.Key
	// Listed kinds are kept in the read model, exported and imported,
	// and shown as list tabs, in registry order.
	Listed bool
}

// registry describes every kind once, listed kinds first in tab order.
var registry = []KindInfo{
	{Kind: KindFacility, Name: "facility", Slug: "facilities", File: "co-so",
		Aliases: []string{"coso", "co so"}, One: MsgKindFacilityOne, Many: MsgKindFacilityMany,
		NotFound: MsgStoreNotFoundFacility, Deleted: MsgStoreDeletedFacility, Listed: true},
	// Programmes come before the projects that name them, so that a
	// workbook of every kind imports in this order.
	{Kind: KindProgramme, Name: "programme", Slug: "programmes", File: "chuong-trinh",
		Aliases: []string{"program", "programs", "chuong trinh", "chuongtrinh"}, One: MsgKindProgrammeOne, Many: MsgKindProgrammeMany,
		NotFound: MsgStoreNotFoundProgramme, Deleted: MsgStoreDeletedProgramme, Listed: true},
	{Kind: KindProject, Name: "project", Slug: "projects", File: "de-an",
		Aliases: []string{"dean", "de an"}, One: MsgKindProjectOne, Many: MsgKindProjectMany,
		NotFound: MsgStoreNotFoundProject, Deleted: MsgStoreDeletedProject, Listed: true},
	{Kind: KindAllocation, Name: "allocation", Slug: "allocations", File: "ke-hoach-kinh-phi",
		Aliases: []string{"kehoach", "ke hoach"}, One: MsgKindAllocationOne, Many: MsgKindAllocationMany,
		NotFound: MsgStoreNotFoundAllocation, Deleted: MsgStoreDeletedAllocation, Listed: true},
	{Kind: KindPayment, Name: "payment", Slug: "payments", File: "giai-ngan",
		Aliases: []string{"giaingan", "giai ngan"}, One: MsgKindPaymentOne, Many: MsgKindPaymentMany,
		NotFound: MsgStoreNotFoundPayment, Deleted: MsgStoreDeletedPayment, Listed: true},
	{Kind: KindRound, Name: "round", Slug: "rounds", File: "dot-binh-chon",
		Aliases: []string{"dotbinhchon", "dot binh chon"}, One: MsgKindRoundOne, Many: MsgKindRoundMany,
		NotFound: MsgStoreNotFoundRound, Deleted: MsgStoreDeletedRound, Listed: true},
	{Kind: KindEntry, Name: "entry", Slug: "entries", File: "san-pham-dang-ky",
		Aliases: []string{"sanpham", "san pham", "san pham dang ky"}, One: MsgKindEntryOne, Many: MsgKindEntryMany,
		NotFound: MsgStoreNotFoundEntry, Deleted: MsgStoreDeletedEntry, Listed: true},
	{Kind: KindScoreSheet, Name: "score", Slug: "scores", File: "phieu-cham-diem",
		Aliases: []string{"score sheet", "score sheets", "phieu cham diem", "diem"}, One: MsgKindScoreSheetOne, Many: MsgKindScoreSheetMany,
		NotFound: MsgStoreNotFoundScoreSheet, Deleted: MsgStoreDeletedScoreSheet, Listed: true},
	{Kind: KindStep, Name: "step", Slug: "steps", File: "buoc-thuc-hien",
		Aliases: []string{"buoc", "buoc thuc hien"}, One: MsgKindStepOne, Many: MsgKindStepMany,
		NotFound: MsgStoreNotFoundStep, Deleted: MsgStoreDeletedStep, Listed: true},
	{Kind: KindUser, Name: "user", Slug: "users"},
	{Kind: KindSettings, Name: "settings", Slug: "settings"},
}

// Kinds lists the record kinds kept in the read model, in tab order.
var Kinds = listedKinds()

// byKind indexes the registry by Kind; a Kind is a small number.
var byKind = indexKinds()

func listedKinds() []Kind {
	var ks []Kind
	for _, ki := range registry {
		if ki.Listed {
			ks = append(ks, ki.Kind)
		}
	}
	return ks
}

func indexKinds() []*KindInfo {
	var idx []*KindInfo
	for i := range registry {
		k := int(registry[i].Kind)
		for len(idx) <= k {
			idx = append(idx, nil)
		}
		idx[k] = &registry[i]
	}
	return idx
}

// Info describes the kind; ok is false for a number no kind has.
func (k Kind) Info() (KindInfo, bool) {
	if int(k) < len(byKind) && byKind[k] != nil {
		return *byKind[k], true
	}
	return KindInfo{}, false
}

// AllKinds is every kind the registry describes, listed ones first.
func AllKinds() []KindInfo { return append([]KindInfo(nil), registry...) }

func (k Kind) String() string {
	if ki, ok := k.Info(); ok {
		return ki.Name
	}
	return "unknown"
}

// ParseKind reads a kind's name as a user types it: the plural slug, the
// singular name or a Vietnamese alias, with or without diacritics.
func ParseKind(s string) (Kind, bool) {
	f := vntext.Fold(strings.TrimSpace(s))
	for _, ki := range registry {
		if f == ki.Slug || f == ki.Name {
			return ki.Kind, true
		}
		for _, a := range ki.Aliases {
			if f == a {
				return ki.Kind, true
			}
		}
	}
	return 0, false
}
