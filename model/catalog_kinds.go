package model

import "khuyencong/i18n"

// Names of the record kinds, as the registry (kinds.go) refers to them.
const (
	MsgKindFacilityOne    i18n.Key = "kind.facility.one"
	MsgKindFacilityMany   i18n.Key = "kind.facility.many"
	MsgKindProjectOne     i18n.Key = "kind.project.one"
	MsgKindProjectMany    i18n.Key = "kind.project.many"
	MsgKindAllocationOne  i18n.Key = "kind.allocation.one"
	MsgKindAllocationMany i18n.Key = "kind.allocation.many"
	MsgKindPaymentOne     i18n.Key = "kind.payment.one"
	MsgKindPaymentMany    i18n.Key = "kind.payment.many"

	MsgStoreNotFoundFacility   i18n.Key = "store.not_found_facility"
	MsgStoreNotFoundProject    i18n.Key = "store.not_found_project"
	MsgStoreNotFoundAllocation i18n.Key = "store.not_found_allocation"
	MsgStoreNotFoundPayment    i18n.Key = "store.not_found_payment"
	MsgStoreDeletedFacility    i18n.Key = "store.deleted_facility"
	MsgStoreDeletedProject     i18n.Key = "store.deleted_project"
	MsgStoreDeletedAllocation  i18n.Key = "store.deleted_allocation"
	MsgStoreDeletedPayment     i18n.Key = "store.deleted_payment"
)

func init() {
	i18n.Register(map[i18n.Key]i18n.Msg{
		MsgKindFacilityOne:    {"Cơ sở", "Facility"},
		MsgKindFacilityMany:   {"Cơ sở", "Facilities"},
		MsgKindProjectOne:     {"Đề án", "Project"},
		MsgKindProjectMany:    {"Đề án", "Projects"},
		MsgKindAllocationOne:  {"Kế hoạch kinh phí", "Allocation"},
		MsgKindAllocationMany: {"Kế hoạch kinh phí", "Allocations"},
		MsgKindPaymentOne:     {"Giải ngân", "Payment"},
		MsgKindPaymentMany:    {"Giải ngân", "Payments"},

		MsgStoreNotFoundFacility:   {"Không tìm thấy cơ sở #%d.", "Facility #%d not found."},
		MsgStoreNotFoundProject:    {"Không tìm thấy đề án #%d.", "Project #%d not found."},
		MsgStoreNotFoundAllocation: {"Không tìm thấy kế hoạch kinh phí #%d.", "Allocation #%d not found."},
		MsgStoreNotFoundPayment:    {"Không tìm thấy khoản giải ngân #%d.", "Payment #%d not found."},
		MsgStoreDeletedFacility:    {"Cơ sở #%d đã bị xoá.", "Facility #%d has been deleted."},
		MsgStoreDeletedProject:     {"Đề án #%d đã bị xoá.", "Project #%d has been deleted."},
		MsgStoreDeletedAllocation:  {"Kế hoạch kinh phí #%d đã bị xoá.", "Allocation #%d has been deleted."},
		MsgStoreDeletedPayment:     {"Khoản giải ngân #%d đã bị xoá.", "Payment #%d has been deleted."},
	})
}
