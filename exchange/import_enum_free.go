package exchange

import (
	"khuyencong/i18n"
	"khuyencong/model"
	"khuyencong/vntext"
)

// freeEnumCol is enumCol for a column that offices fill with their own
// words ("Ngành nghề": "Đồ gỗ", "Chế biến thực phẩm"): a cell that is a
// code or a full name sets the value; one that is part of exactly one name
// sets that value as a guess and its text is kept in the free-text field
// into; any other text is kept in into and the value left empty. Nothing is
// refused and no text is lost; each case is a note in the report.
func freeEnumCol[T any, E enumValue](field string, ptr func(*T) *E, parse func(string) (E, bool), all []E, into string, aliases ...string) column[T] {
	c := enumCol(field, ptr, parse, all, aliases...)
	c.set = func(r *T, v string, ctx *rowCtx) *model.Error {
		if e, ok := parse(v); ok {
			*ptr(r) = e
			return nil
		}
		ctx.spills = append(ctx.spills, spill{into, v})
		n := RowNote{Kind: NoteKept, Field: field, Cell: vntext.CleanLine(v), Into: into}
		if e, ok := partOfLabel(v, all); ok {
			*ptr(r) = e
			n.Kind, n.Value = NoteGuessedKept, labels(e)
		}
		ctx.notes = append(ctx.notes, n)
		return nil
	}
	return c
}

// guessedEnumCol is enumCol for a column whose value may also be guessed
// from free words ("Công ty cổ phần" in a legal-form cell).
func guessedEnumCol[T any, E enumValue](field string, ptr func(*T) *E, parse func(string) (E, bool), all []E, guess func(string) (E, bool), aliases ...string) column[T] {
	c := enumCol(field, ptr, parse, all, aliases...)
	strict := c.set
	c.set = func(r *T, v string, ctx *rowCtx) *model.Error {
		if _, ok := parse(v); !ok {
			if e, ok := guess(v); ok {
				*ptr(r) = e
				ctx.notes = append(ctx.notes, RowNote{Kind: NoteGuessed, Field: field, Cell: vntext.CleanLine(v), Value: labels(e)})
				return nil
			}
		}
		return strict(r, v, ctx)
	}
	return c
}

func labels[E enumValue](e E) [2]string {
	return [2]string{e.Label(i18n.VI), e.Label(i18n.EN)}
}
