// SPDX-License-Identifier: GPL-2.0
/*
 * Device maps: BPF_OFFLOAD_MAP_ALLOC / BPF_OFFLOAD_MAP_FREE and the bpf_map_dev_ops that
 * bpftool's map lookup/update/delete/dump reach through the offload core.  The device's
 * memory is host memory, as in netdevsim; what a RISC-V device would hold is exactly this:
 *
 *   ARRAY  max_entries values, zeroed at creation, key = u32 index;
 *   HASH   max_entries preallocated elements (key, value), chained in 2^k buckets.
 *
 * The core allows only these two types for offload and refuses the others before asking
 * us; the device's own limits (RVJIT_MAP_*) are refused with an errno and a log line.
 *
 * Locking: the core calls the dev_ops under bpf_devs_lock held for reading, so several run
 * at once: each map has its own mutex.  Alloc and free run under RTNL and bpf_devs_lock
 * held for writing.  A map's state never points at a netdev: when one rvoff netdev goes,
 * the core moves its maps to another netdev of the same offload device.
 */
#include <linux/bpf.h>
#include <linux/jhash.h>
#include <linux/log2.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#include "rvjit_offload.h"

#define RVJIT_NO_ELEM	U32_MAX

struct rvjit_map {
	struct mutex lock;	/* every access to the contents below */
	u32 type;		/* BPF_MAP_TYPE_ARRAY or _HASH */
	u32 key_size, value_size, max_entries;
	u32 elem_size;		/* HASH: header, key and value, 8-byte aligned; ARRAY: value */
	u32 n_buckets;		/* HASH: a power of 2 >= max_entries */
	u32 free;		/* HASH: first free element */
	u32 *buckets;		/* HASH: first element of each chain */
	u8 *elems;		/* ARRAY: the values; HASH: the elements */
	size_t bytes;		/* what the two allocations above take */
};

/* A hash element: its chain link, then the key and the value at 8-byte offsets */
struct rvjit_elem {
	u32 next;
	u8 data[] __aligned(8);
};

static struct rvjit_elem *rvjit_elem(struct rvjit_map *m, u32 i)
{
	return (struct rvjit_elem *)(m->elems + (size_t)i * m->elem_size);
}

static void *rvjit_elem_value(struct rvjit_map *m, struct rvjit_elem *e)
{
	return e->data + round_up(m->key_size, 8);
}

static u32 rvjit_bucket(struct rvjit_map *m, const void *key)
{
	return jhash(key, m->key_size, 0) & (m->n_buckets - 1);
}

/* HASH: the element holding @key, or RVJIT_NO_ELEM; @prevp gets the link that points at it */
static u32 rvjit_hash_find(struct rvjit_map *m, const void *key, u32 **prevp)
{
	u32 *prev = &m->buckets[rvjit_bucket(m, key)];
	u32 i;

	for (i = *prev; i != RVJIT_NO_ELEM; prev = &rvjit_elem(m, i)->next, i = *prev)
		if (!memcmp(rvjit_elem(m, i)->data, key, m->key_size))
			break;
	if (prevp)
		*prevp = prev;
	return i;
}

static struct rvjit_map *rvjit_map_of(struct bpf_offloaded_map *offmap)
{
	return offmap->dev_priv;
}

static int rvjit_map_lookup(struct bpf_offloaded_map *offmap, void *key, void *value)
{
	struct rvjit_map *m = rvjit_map_of(offmap);
	int err = 0;
	u32 i;

	mutex_lock(&m->lock);
	if (m->type == BPF_MAP_TYPE_ARRAY) {
		i = *(u32 *)key;
		if (i < m->max_entries)
			memcpy(value, m->elems + (size_t)i * m->elem_size, m->value_size);
		else
			err = -ENOENT;
	} else {
		i = rvjit_hash_find(m, key, NULL);
		if (i != RVJIT_NO_ELEM)
			memcpy(value, rvjit_elem_value(m, rvjit_elem(m, i)), m->value_size);
		else
			err = -ENOENT;
	}
	mutex_unlock(&m->lock);
	atomic_long_inc(&rvjit_stats.map_ops);
	return err;
}

/* As array_map_update_elem() and htab_map_update_elem() answer */
static int rvjit_map_update(struct bpf_offloaded_map *offmap, void *key, void *value,
			    u64 flags)
{
	struct rvjit_map *m = rvjit_map_of(offmap);
	struct rvjit_elem *e;
	int err = 0;
	u32 i, b;

	if (flags > BPF_EXIST)
		return -EINVAL;
	mutex_lock(&m->lock);
	if (m->type == BPF_MAP_TYPE_ARRAY) {
		i = *(u32 *)key;
		if (i >= m->max_entries)
			err = -E2BIG;
		else if (flags == BPF_NOEXIST)
			err = -EEXIST;		/* every element of an array exists */
		else
			memcpy(m->elems + (size_t)i * m->elem_size, value, m->value_size);
		goto out;
	}
	i = rvjit_hash_find(m, key, NULL);
	if (i != RVJIT_NO_ELEM) {
		if (flags == BPF_NOEXIST)
			err = -EEXIST;
		else
			memcpy(rvjit_elem_value(m, rvjit_elem(m, i)), value, m->value_size);
		goto out;
	}
	if (flags == BPF_EXIST) {
		err = -ENOENT;
		goto out;
	}
	if (m->free == RVJIT_NO_ELEM) {
		err = -E2BIG;
		goto out;
	}
	i = m->free;
	e = rvjit_elem(m, i);
	m->free = e->next;
	memcpy(e->data, key, m->key_size);
	memcpy(rvjit_elem_value(m, e), value, m->value_size);
	b = rvjit_bucket(m, key);
	e->next = m->buckets[b];
	m->buckets[b] = i;
out:
	mutex_unlock(&m->lock);
	atomic_long_inc(&rvjit_stats.map_ops);
	return err;
}

static int rvjit_map_delete(struct bpf_offloaded_map *offmap, void *key)
{
	struct rvjit_map *m = rvjit_map_of(offmap);
	struct rvjit_elem *e;
	u32 *prev, i;
	int err = 0;

	if (m->type == BPF_MAP_TYPE_ARRAY)
		return -EINVAL;
	mutex_lock(&m->lock);
	i = rvjit_hash_find(m, key, &prev);
	if (i == RVJIT_NO_ELEM) {
		err = -ENOENT;
	} else {
		e = rvjit_elem(m, i);
		*prev = e->next;
		e->next = m->free;
		m->free = i;
	}
	mutex_unlock(&m->lock);
	atomic_long_inc(&rvjit_stats.map_ops);
	return err;
}

/*
 * As the host's maps iterate: an array from index 0 (or the one after @key), a hash from
 * the first element (@key NULL or absent) or the one after @key, chain by chain.
 */
static int rvjit_map_get_next_key(struct bpf_offloaded_map *offmap, void *key, void *next_key)
{
	struct rvjit_map *m = rvjit_map_of(offmap);
	int err = -ENOENT;
	u32 i, b = 0;

	mutex_lock(&m->lock);
	if (m->type == BPF_MAP_TYPE_ARRAY) {
		i = key ? *(u32 *)key : U32_MAX;
		if (i >= m->max_entries) {
			*(u32 *)next_key = 0;
			err = 0;
		} else if (i + 1 < m->max_entries) {
			*(u32 *)next_key = i + 1;
			err = 0;
		}
		goto out;
	}
	i = key ? rvjit_hash_find(m, key, NULL) : RVJIT_NO_ELEM;
	if (i != RVJIT_NO_ELEM) {
		b = rvjit_bucket(m, key) + 1;
		i = rvjit_elem(m, i)->next;
	}
	for (; i == RVJIT_NO_ELEM && b < m->n_buckets; b++)
		i = m->buckets[b];
	if (i != RVJIT_NO_ELEM) {
		memcpy(next_key, rvjit_elem(m, i)->data, m->key_size);
		err = 0;
	}
out:
	mutex_unlock(&m->lock);
	atomic_long_inc(&rvjit_stats.map_ops);
	return err;
}

static const struct bpf_map_dev_ops rvjit_map_ops = {
	.map_get_next_key	= rvjit_map_get_next_key,
	.map_lookup_elem	= rvjit_map_lookup,
	.map_update_elem	= rvjit_map_update,
	.map_delete_elem	= rvjit_map_delete,
};

/* What the device can hold; the reason it cannot, or NULL */
static const char *rvjit_map_refusal(const struct bpf_map *map)
{
	u64 bytes;

	if (map->map_type != BPF_MAP_TYPE_ARRAY && map->map_type != BPF_MAP_TYPE_HASH)
		return "only ARRAY and HASH maps can be offloaded";
	if (map->map_type == BPF_MAP_TYPE_ARRAY ? map->map_flags :
	    map->map_flags & ~BPF_F_NO_PREALLOC)
		return "map flags are not supported (the device takes 0, and BPF_F_NO_PREALLOC for a HASH)";
	if (map->map_type == BPF_MAP_TYPE_ARRAY && map->key_size != 4)
		return "an ARRAY map's key is a u32 (key_size 4)";
	if (!map->key_size || map->key_size > RVJIT_MAP_MAX_KEY)
		return "key_size is outside 1..512";
	if (!map->value_size || map->value_size > RVJIT_MAP_MAX_VALUE)
		return "value_size is outside 1..65536";
	if (!map->max_entries || map->max_entries > RVJIT_MAP_MAX_ENTRIES)
		return "max_entries is outside 1..1048576";
	bytes = (u64)map->max_entries * (round_up(map->key_size, 8) + round_up(map->value_size, 8) + 8);
	if (bytes > RVJIT_MAP_MAX_BYTES)
		return "the map needs more than the device's 64 MiB per map";
	return NULL;
}

int rvjit_map_alloc(struct net_device *dev, struct bpf_offloaded_map *offmap)
{
	struct bpf_map *map = &offmap->map;
	const char *why = rvjit_map_refusal(map);
	struct rvjit_map *m;
	u32 i;

	if (why) {
		netdev_info(dev, "rvjit: map '%s' refused: %s\n", map->name, why);
		return -EINVAL;
	}
	m = rvjit_kzalloc(sizeof(*m), GFP_KERNEL_ACCOUNT);
	if (!m)
		return -ENOMEM;
	m->type = map->map_type;
	m->key_size = map->key_size;
	m->value_size = map->value_size;
	m->max_entries = map->max_entries;
	if (m->type == BPF_MAP_TYPE_ARRAY) {
		m->elem_size = round_up(m->value_size, 8);
	} else {
		m->elem_size = sizeof(struct rvjit_elem) + round_up(m->key_size, 8) +
			       round_up(m->value_size, 8);
		m->n_buckets = roundup_pow_of_two(m->max_entries);
		m->buckets = rvjit_kvmalloc_array(m->n_buckets, sizeof(*m->buckets),
						  GFP_KERNEL_ACCOUNT);
		if (!m->buckets)
			goto err_free;
	}
	m->elems = rvjit_kvzalloc((size_t)m->max_entries * m->elem_size, GFP_KERNEL_ACCOUNT);
	if (!m->elems)
		goto err_free;
	if (m->type == BPF_MAP_TYPE_HASH) {
		for (i = 0; i < m->n_buckets; i++)
			m->buckets[i] = RVJIT_NO_ELEM;
		for (i = 0; i < m->max_entries; i++)
			rvjit_elem(m, i)->next = i + 1 < m->max_entries ? i + 1 : RVJIT_NO_ELEM;
		m->free = 0;
	}
	m->bytes = (size_t)m->max_entries * m->elem_size + (size_t)m->n_buckets * sizeof(u32);
	mutex_init(&m->lock);
	offmap->dev_priv = m;
	offmap->dev_ops = &rvjit_map_ops;
	atomic_long_inc(&rvjit_stats.maps);
	atomic_long_add(m->bytes, &rvjit_stats.map_bytes);
	return 0;

err_free:
	rvjit_kvfree(m->buckets);
	rvjit_kfree(m);
	return -ENOMEM;
}

void rvjit_map_free(struct bpf_offloaded_map *offmap)
{
	struct rvjit_map *m = rvjit_map_of(offmap);

	if (!m)
		return;
	atomic_long_dec(&rvjit_stats.maps);
	atomic_long_sub(m->bytes, &rvjit_stats.map_bytes);
	offmap->dev_priv = NULL;
	mutex_destroy(&m->lock);
	rvjit_kvfree(m->elems);
	rvjit_kvfree(m->buckets);
	rvjit_kfree(m);
}
