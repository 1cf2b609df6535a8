package store

import (
	"errors"
	"fmt"

	"khuyencong/model"
)

// SaveSettings replaces the province's settings. Admins only.
func (s *Store) SaveSettings(a Actor, st model.Settings) error {
	if err := s.allow(a, permSettings); err != nil {
		return err
	}
	if ps := st.Validate(); len(ps) > 0 {
		return ps
	}
	return s.write(a, permSettings, func(w *wtx) error { return w.saveSettings(&st) })
}

// SaveSettings saves the settings in the batch's transaction (the sample
// sets its province). The actor must be an admin.
func (b *Batch) SaveSettings(a Actor, st model.Settings) error {
	if err := b.w.s.allow(a, permSettings); err != nil {
		return err
	}
	if ps := st.Validate(); len(ps) > 0 {
		return ps
	}
	err := b.w.saveSettings(&st)
	if errors.Is(err, errNoop) {
		return nil
	}
	return err
}

func (w *wtx) saveSettings(st *model.Settings) error {
	if _, ok := w.s.snap.Load().Units.Province(st.Province); st.Province != "" && !ok {
		return model.Problems{{Field: "province", Err: model.Errorf(MsgStoreNoProvince, st.Province)}}
	}
	// Damaged settings read as the defaults, so saving repairs them.
	old, _ := readSettings(w.tx)
	changes := settingsDiff(&old, st)
	if len(changes) == 0 {
		return errNoop
	}
	b, err := w.bucket(bucketSettings)
	if err != nil {
		return err
	}
	if err := b.Put(keySettings, encodeSettings(st)); err != nil {
		return fmt.Errorf("save settings: %w", err)
	}
	w.set = st
	return w.audit(AuditEntry{Op: OpSettings, Kind: model.KindSettings, Changes: changes}, false)
}

// readSettings returns the stored settings, or the national defaults.
func readSettings(tx KVTx) (model.Settings, error) {
	b := tx.Bucket(bucketSettings)
	if b == nil {
		return model.DefaultSettings(), nil
	}
	raw := b.Get(keySettings)
	if raw == nil {
		return model.DefaultSettings(), nil
	}
	st, err := decodeSettings(raw)
	if err != nil {
		return model.DefaultSettings(), fmt.Errorf("settings: %w", err)
	}
	return st, nil
}
