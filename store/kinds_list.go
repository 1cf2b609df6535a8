package store

import (
	"khuyencong/model"
	"khuyencong/vntext"
)

// storeKinds is one entry per kind of record, in model.Kinds order: a
// kind's search text may name records of the kinds before it.
func storeKinds() []*kindDesc {
	return append([]*kindDesc{
		kindSpec[model.Facility, *model.Facility]{
			kind: model.KindFacility, index: bucketTaxIdx,
			dec: decodeFacility, enc: encodeFacility, fields: facilityFields,
			unique: func(f *model.Facility) (string, string, string) {
				if f.TaxCode == "" {
					return "", "", ""
				}
				return f.TaxCode, f.TaxCode, "tax_code"
			},
			text:  func(tb *textBuf, f *model.Facility, n namer) { tb.facility(f, n) },
			apply: (*snapEdit).applyFacility,
		}.desc(),
		kindSpec[model.Project, *model.Project]{
			kind: model.KindProject, index: bucketCodeIdx,
			dec: decodeProject, enc: encodeProject, fields: projectFields,
			// Folded, so that "KCĐP-1" and "kcdp-1" clash.
			unique: func(p *model.Project) (string, string, string) {
				if p.Code == "" {
					return "", "", ""
				}
				return vntext.Fold(p.Code), p.Code, "code"
			},
			refs: func(p *model.Project, out []ref) []ref {
				for _, f := range p.Beneficiaries {
					out = append(out, ref{model.KindFacility, f, MsgStoreBeneficiary})
				}
				if p.Programme != 0 {
					out = append(out, ref{model.KindProgramme, p.Programme, MsgStoreProjectProgramme})
				}
				return out
			},
			text:  func(tb *textBuf, p *model.Project, n namer) { tb.project(p, n) },
			apply: (*snapEdit).applyProject,
			rules: checkProjectProgramme,
		}.desc(),
		kindSpec[model.Allocation, *model.Allocation]{
			kind: model.KindAllocation,
			dec:  decodeAllocation, enc: encodeAllocation, fields: allocationFields,
			text: func(tb *textBuf, a *model.Allocation, _ namer) { tb.allocation(a) },
		}.desc(),
		kindSpec[model.Payment, *model.Payment]{
			kind: model.KindPayment,
			dec:  decodePayment, enc: encodePayment, fields: paymentFields,
			refs: func(p *model.Payment, out []ref) []ref {
				return append(out, ref{model.KindProject, p.Project, MsgStorePaymentOwner})
			},
			text:  func(tb *textBuf, p *model.Payment, n namer) { tb.payment(p, n) },
			apply: (*snapEdit).applyPayment,
		}.desc(),
	}, append(contestKinds(),
		kindSpec[model.Step, *model.Step]{
			kind: model.KindStep,
			dec:  decodeStep, enc: encodeStep, fields: stepFields,
			refs: func(s *model.Step, out []ref) []ref {
				return append(out, ref{model.KindProject, s.Project, MsgStoreStepOwner})
			},
			text: func(tb *textBuf, s *model.Step, n namer) { tb.step(s, n) },
		}.desc(),
		programmeKind())...)
}
