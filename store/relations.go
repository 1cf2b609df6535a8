package store

import (
	"maps"
	"slices"

	"khuyencong/model"
)

// rel maps an ID to the sorted IDs that refer to it (a facility to its
// projects, a project to its payments). Few records have relations, so it
// is a sharded map rather than a slot per row; a change copies the shard
// index and the shards it touches.
type rel struct {
	shards *[relShards]map[model.ID][]model.ID
}

const relShards = 256

func (r rel) get(id model.ID) []model.ID {
	if r.shards == nil {
		return nil
	}
	return r.shards[id%relShards][id]
}

type relEdit struct {
	shards [relShards]map[model.ID][]model.ID
	owned  [relShards]bool
}

func (r rel) edit() *relEdit {
	e := new(relEdit)
	if r.shards != nil {
		e.shards = *r.shards
	}
	return e
}

func (e *relEdit) shard(id model.ID) map[model.ID][]model.ID {
	s := id % relShards
	if !e.owned[s] {
		e.shards[s] = maps.Clone(e.shards[s])
		if e.shards[s] == nil {
			e.shards[s] = map[model.ID][]model.ID{}
		}
		e.owned[s] = true
	}
	return e.shards[s]
}

// add records that from refers to to. The ID slices are shared with older
// snapshots, so they are replaced, never appended to in place.
func (e *relEdit) add(to, from model.ID) {
	m := e.shard(to)
	ids := m[to]
	i, found := slices.BinarySearch(ids, from)
	if found {
		return
	}
	m[to] = slices.Insert(slices.Clip(ids), i, from)
}

func (e *relEdit) remove(to, from model.ID) {
	m := e.shard(to)
	ids := m[to]
	i, found := slices.BinarySearch(ids, from)
	if !found {
		return
	}
	if len(ids) == 1 {
		delete(m, to)
		return
	}
	m[to] = slices.Delete(slices.Clone(ids), i, i+1)
}

func (e *relEdit) done() rel {
	s := e.shards
	return rel{shards: &s}
}

func (e *relEdit) get(id model.ID) []model.ID { return e.shards[id%relShards][id] }
