// SPDX-License-Identifier: GPL-2.0
/*
 * Maps with Linux's semantics (kernel/bpf/arraymap.c, hashtab.c, devmap.c, cpumap.c,
 * xskmap.c): the same flag checks in the same order, the same errors.
 *
 * Hash maps are preallocated like Linux's default: max_entries elements, so an insert into a
 * full map fails with -E2BIG, except LRU maps, which evict.  Linux's LRU is approximate (per-CPU
 * free lists, a reference bit); this one is exact: lookups and updates make an element the most
 * recently used, and a full map evicts the least recently used one, which Linux's promise
 * ("the least recently used entries are evicted") allows.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rvoff.h"

#define NIL ((u32)-1)

struct helem {
	u32 next;		/* bucket chain */
	u32 lru_prev, lru_next;	/* the LRU list, most recent first; the free list uses next */
	u32 used;
};

static struct map *all_maps[256];
static size_t nmaps;

int map_is_hash(const struct map *m)
{
	return m->type == BPF_MAP_TYPE_HASH || m->type == BPF_MAP_TYPE_PERCPU_HASH ||
	       m->type == BPF_MAP_TYPE_LRU_HASH || m->type == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

int map_is_percpu(const struct map *m)
{
	return m->type == BPF_MAP_TYPE_PERCPU_HASH || m->type == BPF_MAP_TYPE_PERCPU_ARRAY ||
	       m->type == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

static int map_is_lru(const struct map *m)
{
	return m->type == BPF_MAP_TYPE_LRU_HASH || m->type == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

static int map_is_target(const struct map *m)
{
	return m->type == BPF_MAP_TYPE_DEVMAP || m->type == BPF_MAP_TYPE_CPUMAP ||
	       m->type == BPF_MAP_TYPE_XSKMAP;
}

const char *map_type_name(u32 type)
{
	static const char *const names[] = {
		[BPF_MAP_TYPE_HASH] = "hash",
		[BPF_MAP_TYPE_ARRAY] = "array",
		[BPF_MAP_TYPE_PROG_ARRAY] = "prog_array",
		[BPF_MAP_TYPE_PERCPU_HASH] = "percpu_hash",
		[BPF_MAP_TYPE_PERCPU_ARRAY] = "percpu_array",
		[BPF_MAP_TYPE_LRU_HASH] = "lru_hash",
		[BPF_MAP_TYPE_LRU_PERCPU_HASH] = "lru_percpu_hash",
		[BPF_MAP_TYPE_DEVMAP] = "devmap",
		[BPF_MAP_TYPE_CPUMAP] = "cpumap",
		[BPF_MAP_TYPE_XSKMAP] = "xskmap",
	};

	return type < ARRAY_SIZE(names) && names[type] ? names[type] : NULL;
}

static u8 *elem_key(struct map *m, u32 i)
{
	return m->pool + (size_t)i * m->elem_size;
}

static u8 *elem_value(struct map *m, u32 i, u32 cpu)
{
	return elem_key(m, i) + ROUND_UP(m->key_size, 8) + (size_t)cpu * m->value_stride;
}

static u32 hash_key(const struct map *m, const u8 *key)
{
	u32 h = 2166136261u;	/* FNV-1a */

	for (u32 i = 0; i < m->key_size; i++)
		h = (h ^ key[i]) * 16777619u;
	return h & (m->nbuckets - 1);
}

struct map *map_create(const char *name, const struct rvoff_map_desc *d)
{
	struct map *m = xcalloc(1, sizeof(*m));
	const char *tn = map_type_name(d->type);
	u32 want_key = 0, want_value = 0;

	snprintf(m->name, sizeof(m->name), "%s", name);
	m->type = d->type;
	m->key_size = d->key_size;
	m->value_size = d->value_size;
	m->max_entries = d->max_entries;
	m->flags = d->flags;
	if (!tn)
		die("map %s: type %u is not one rvoff-run provides", name, d->type);
	switch (d->type) {
	case BPF_MAP_TYPE_ARRAY:
	case BPF_MAP_TYPE_PERCPU_ARRAY:
		want_key = 4;
		break;
	case BPF_MAP_TYPE_PROG_ARRAY:
	case BPF_MAP_TYPE_XSKMAP:
		want_key = want_value = 4;
		break;
	case BPF_MAP_TYPE_DEVMAP:
	case BPF_MAP_TYPE_CPUMAP:
		want_key = 4;
		if (d->value_size != 4 && d->value_size != 8)
			die("map %s: %s values are 4 or 8 bytes, not %u", name, tn, d->value_size);
		break;
	}
	if (!d->key_size || !d->value_size || !d->max_entries)
		die("map %s: key size %u, value size %u, max entries %u: none may be 0", name,
		    d->key_size, d->value_size, d->max_entries);
	if ((want_key && d->key_size != want_key) || (want_value && d->value_size != want_value))
		die("map %s: a %s has %u-byte keys and values of %u, not %u and %u", name, tn,
		    want_key, want_value ? want_value : d->value_size, d->key_size, d->value_size);
	if (d->key_size > 512 || d->value_size > (1 << 20) || d->max_entries > (1 << 22))
		die("map %s: key %u, value %u, %u entries: too large for rvoff-run", name,
		    d->key_size, d->value_size, d->max_entries);
	m->value_stride = ROUND_UP(d->value_size, 8);
	m->ncpus = map_is_percpu(m) ? opt.ncpus : 1;
	if (d->type == BPF_MAP_TYPE_PROG_ARRAY) {
		m->progs = xcalloc(1, sizeof(*m->progs) + d->max_entries * sizeof(m->progs->slot[0]));
		m->progs->max_entries = d->max_entries;
		m->prog_names = xcalloc(d->max_entries, sizeof(*m->prog_names));
	} else if (map_is_hash(m)) {
		m->nbuckets = 1;
		while (m->nbuckets < d->max_entries)
			m->nbuckets <<= 1;
		m->buckets = xcalloc(m->nbuckets, sizeof(u32));
		memset(m->buckets, 0xff, m->nbuckets * sizeof(u32));
		m->elems = xcalloc(d->max_entries, sizeof(struct helem));
		m->elem_size = ROUND_UP(d->key_size, 8) + m->ncpus * m->value_stride;
		m->pool = xcalloc(d->max_entries, m->elem_size);
		for (u32 i = 0; i < d->max_entries; i++)
			m->elems[i].next = i + 1 < d->max_entries ? i + 1 : NIL;
		m->free_head = 0;
		m->lru_head = m->lru_tail = NIL;
	} else {
		m->values = xcalloc((size_t)d->max_entries * m->ncpus, m->value_stride);
		if (map_is_target(m))
			m->present = xcalloc(d->max_entries, 1);
	}
	return m;
}

void maps_register(struct map *m)
{
	if (nmaps == ARRAY_SIZE(all_maps))
		die("more than %zu maps", ARRAY_SIZE(all_maps));
	all_maps[nmaps++] = m;
}

struct map *maps_find(const char *name)
{
	for (size_t i = 0; i < nmaps; i++)
		if (!strcmp(all_maps[i]->name, name))
			return all_maps[i];
	return NULL;
}

u64 map_handle(struct map *m)
{
	return m->type == BPF_MAP_TYPE_PROG_ARRAY ? (u64)(uintptr_t)m->progs : (u64)(uintptr_t)m;
}

struct map *map_of(u64 handle)
{
	for (size_t i = 0; i < nmaps; i++)
		if (map_handle(all_maps[i]) == handle)
			return all_maps[i];
	return NULL;
}

u64 map_value_base(struct map *m)
{
	return m->type == BPF_MAP_TYPE_ARRAY ? (u64)(uintptr_t)m->values : 0;
}

/* --- hash maps ----------------------------------------------------------------------- */

static u32 hash_find(struct map *m, const u8 *key)
{
	for (u32 i = m->buckets[hash_key(m, key)]; i != NIL; i = m->elems[i].next)
		if (!memcmp(elem_key(m, i), key, m->key_size))
			return i;
	return NIL;
}

static void lru_unlink(struct map *m, u32 i)
{
	struct helem *e = &m->elems[i];

	if (e->lru_prev != NIL)
		m->elems[e->lru_prev].lru_next = e->lru_next;
	else
		m->lru_head = e->lru_next;
	if (e->lru_next != NIL)
		m->elems[e->lru_next].lru_prev = e->lru_prev;
	else
		m->lru_tail = e->lru_prev;
}

static void lru_push(struct map *m, u32 i)
{
	struct helem *e = &m->elems[i];

	e->lru_prev = NIL;
	e->lru_next = m->lru_head;
	if (m->lru_head != NIL)
		m->elems[m->lru_head].lru_prev = i;
	m->lru_head = i;
	if (m->lru_tail == NIL)
		m->lru_tail = i;
}

static void lru_touch(struct map *m, u32 i)
{
	lru_unlink(m, i);
	lru_push(m, i);
}

static void hash_remove(struct map *m, u32 i)
{
	u32 *p = &m->buckets[hash_key(m, elem_key(m, i))];

	while (*p != i)
		p = &m->elems[*p].next;
	*p = m->elems[i].next;
	lru_unlink(m, i);
	m->elems[i].used = 0;
	m->elems[i].next = m->free_head;
	m->free_head = i;
	m->count--;
}

void *map_lookup(struct map *m, const void *key, u32 cpu)
{
	u32 idx;

	if (map_is_hash(m)) {
		u32 i = hash_find(m, key);

		if (i == NIL)
			return NULL;
		if (map_is_lru(m))
			lru_touch(m, i);
		return elem_value(m, i, map_is_percpu(m) ? cpu : 0);
	}
	if (m->type == BPF_MAP_TYPE_PROG_ARRAY)
		return NULL;
	memcpy(&idx, key, 4);
	if (idx >= m->max_entries || (m->present && !m->present[idx]))
		return NULL;
	return m->values + ((size_t)idx * m->ncpus + (map_is_percpu(m) ? cpu : 0)) *
			   m->value_stride;
}

/* Copy one value, or (from user space, all_cpus) one per CPU, as Linux's pcpu_copy_value. */
static void copy_values(struct map *m, u8 *dst0, const u8 *value, int all_cpus, u32 cpu,
			int fresh)
{
	for (u32 c = 0; c < m->ncpus; c++) {
		u8 *dst = dst0 + (size_t)c * m->value_stride;

		if (all_cpus)
			memcpy(dst, value + (size_t)c * m->value_stride, m->value_size);
		else if (c == cpu || m->ncpus == 1)
			memcpy(dst, value, m->value_size);
		else if (fresh)
			memset(dst, 0, m->value_stride);
	}
}

long map_update(struct map *m, const void *key, const void *value, u64 flags, int all_cpus,
		u32 cpu)
{
	u32 idx, i;

	if ((flags & ~(u64)BPF_F_LOCK) > BPF_EXIST)
		return -EINVAL;
	if (map_is_hash(m)) {
		if (flags & BPF_F_LOCK)
			return -EINVAL;		/* no map here has a bpf_spin_lock */
		i = hash_find(m, key);
		if (i != NIL && flags == BPF_NOEXIST)
			return -EEXIST;
		if (i == NIL && flags == BPF_EXIST)
			return -ENOENT;
		if (i != NIL) {
			copy_values(m, elem_value(m, i, 0), value, all_cpus, cpu, 0);
			if (map_is_lru(m))
				lru_touch(m, i);
			return 0;
		}
		if (m->count == m->max_entries) {
			if (!map_is_lru(m))
				return -E2BIG;
			hash_remove(m, m->lru_tail);
		}
		i = m->free_head;	/* taken once the value is copied (it may fault) */
		memset(elem_key(m, i), 0, m->elem_size);
		memcpy(elem_key(m, i), key, m->key_size);
		copy_values(m, elem_value(m, i, 0), value, all_cpus, cpu, 1);
		m->free_head = m->elems[i].next;
		m->elems[i].used = 1;
		m->elems[i].next = m->buckets[hash_key(m, key)];
		m->buckets[hash_key(m, key)] = i;
		lru_push(m, i);
		m->count++;
		return 0;
	}
	memcpy(&idx, key, 4);
	switch (m->type) {
	case BPF_MAP_TYPE_ARRAY:
	case BPF_MAP_TYPE_PERCPU_ARRAY:
		if (idx >= m->max_entries)
			return -E2BIG;
		if (flags & BPF_NOEXIST)
			return -EEXIST;		/* every element exists */
		if (flags & BPF_F_LOCK)
			return -EINVAL;
		copy_values(m, m->values + (size_t)idx * m->ncpus * m->value_stride, value,
			    all_cpus, cpu, 0);
		return 0;
	case BPF_MAP_TYPE_DEVMAP:
	case BPF_MAP_TYPE_CPUMAP:
	case BPF_MAP_TYPE_XSKMAP:
		if (!all_cpus)
			return -EINVAL;		/* programs may not update these (verifier) */
		if (flags > BPF_EXIST)
			return -EINVAL;
		if (idx >= m->max_entries)
			return -E2BIG;
		if (flags == BPF_NOEXIST)
			return -EEXIST;
		memcpy(m->values + (size_t)idx * m->value_stride, value, m->value_size);
		m->present[idx] = 1;
		return 0;
	}
	return -EINVAL;		/* PROG_ARRAY: user space sets programs (maps file) */
}

long map_delete(struct map *m, const void *key)
{
	u32 idx, i;

	if (map_is_hash(m)) {
		i = hash_find(m, key);
		if (i == NIL)
			return -ENOENT;
		hash_remove(m, i);
		return 0;
	}
	memcpy(&idx, key, 4);
	if (map_is_target(m)) {
		if (idx >= m->max_entries)
			return -EINVAL;
		m->present[idx] = 0;
		memset(m->values + (size_t)idx * m->value_stride, 0, m->value_stride);
		return 0;
	}
	return -EINVAL;		/* arrays: elements cannot be deleted */
}

/* --- the maps file and the final contents ---------------------------------------------- */

static void json_fail(const char *path, const struct json *j, const char *map, size_t k,
		      const char *what)
{
	die("%s: offset %zu: map %s, entry %zu: %s", path, j->pos, map, k, what);
}

static void set_prog(struct map *m, u32 idx, const char *name, struct prog **progs,
		     size_t nprogs, const char *path, const struct json *j, size_t k)
{
	for (size_t p = 0; p < nprogs; p++) {
		if (strcmp(progs[p]->name, name))
			continue;
		m->progs->slot[idx].entry = (const void *)progs[p]->entry;
		m->progs->slot[idx].rt = progs[p]->rt;
		snprintf(m->prog_names[idx], sizeof(m->prog_names[idx]), "%s", name);
		return;
	}
	json_fail(path, j, m->name, k, "the value names no program of the loaded images");
}

static void load_entry(struct map *m, const struct json *e, size_t k, const char *path,
		       struct prog **progs, size_t nprogs)
{
	struct json *key = json_get(e, "key"), *val = json_get(e, "value");
	struct json *vals = json_get(e, "values");
	size_t vsz = (size_t)m->ncpus * m->value_stride;
	u8 *kb = xcalloc(1, m->key_size + 1), *vb = xcalloc(1, vsz + 1);
	long err;

	if (e->kind != J_OBJ)
		json_fail(path, e, m->name, k, "expected an object {\"key\": ..., \"value\": ...}");
	if (!key || key->kind != J_STR ||
	    hex_decode(key->str, kb, m->key_size + 1) != m->key_size) {
		char msg[96];

		snprintf(msg, sizeof(msg), "\"key\" must be a hex string of %u bytes", m->key_size);
		json_fail(path, key ? key : e, m->name, k, msg);
	}
	if (m->type == BPF_MAP_TYPE_PROG_ARRAY) {
		u32 idx;

		memcpy(&idx, kb, 4);
		if (!val || val->kind != J_STR)
			json_fail(path, e, m->name, k, "\"value\" must name a program");
		if (idx >= m->max_entries)
			json_fail(path, key, m->name, k, "index out of range (E2BIG)");
		set_prog(m, idx, val->str, progs, nprogs, path, val, k);
		return;
	}
	if (vals && map_is_percpu(m)) {
		struct json *v = vals->child;

		for (u32 c = 0; c < m->ncpus; c++, v = v ? v->next : NULL) {
			if (!v || v->kind != J_STR ||
			    hex_decode(v->str, vb + (size_t)c * m->value_stride, m->value_size + 1) !=
				    m->value_size)
				json_fail(path, v ? v : vals, m->name, k,
					  "\"values\": one hex string of value_size bytes per CPU (--ncpus)");
		}
		if (v)
			json_fail(path, v, m->name, k, "more \"values\" than CPUs (--ncpus)");
	} else {
		if (!val || val->kind != J_STR ||
		    hex_decode(val->str, vb, m->value_size + 1) != m->value_size) {
			char msg[96];

			snprintf(msg, sizeof(msg), "\"value\" must be a hex string of %u bytes",
				 m->value_size);
			json_fail(path, val ? val : e, m->name, k, msg);
		}
		for (u32 c = 1; c < m->ncpus; c++)	/* one value: every CPU's */
			memcpy(vb + (size_t)c * m->value_stride, vb, m->value_size);
	}
	err = map_update(m, kb, vb, BPF_ANY, 1, 0);
	if (err == -E2BIG)
		json_fail(path, key, m->name, k, map_is_hash(m) ? "the map is full (E2BIG)"
							  : "index out of range (E2BIG)");
	if (err)
		json_fail(path, e, m->name, k, "the update was refused");
	free(kb);
	free(vb);
}

void maps_load_json(const char *path, struct prog **progs, size_t nprogs)
{
	FILE *f = fopen(path, "rb");
	char *text;
	long size;
	struct json *root, *mj;

	if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		die("%s: %s", path, strerror(errno));
	text = xcalloc(1, size + 1);
	if (fread(text, 1, size, f) != (size_t)size)
		die("%s: read error", path);
	fclose(f);
	if (memchr(text, 0, size))
		die("%s: offset %zu: a NUL byte; the maps file is JSON text", path,
		    (size_t)((char *)memchr(text, 0, size) - text));
	root = json_parse(text, path);
	if (root->kind != J_OBJ)
		die("%s: offset %zu: expected an object of maps, {\"NAME\": [entries]}", path,
		    root->pos);
	for (mj = root->child; mj; mj = mj->next) {
		struct map *m = maps_find(mj->key);
		struct json *e;
		size_t k = 0;

		if (!m) {
			char known[1024] = "";

			for (size_t i = 0; i < nmaps; i++)
				snprintf(known + strlen(known), sizeof(known) - strlen(known), "%s%s",
					 i ? ", " : "", all_maps[i]->name);
			die("%s: offset %zu: no map named \"%s\" (the images' maps: %s)", path,
			    mj->pos, mj->key, nmaps ? known : "none");
		}
		if (mj->kind != J_ARR)
			die("%s: offset %zu: map %s: expected an array of entries", path, mj->pos,
			    m->name);
		for (e = mj->child; e; e = e->next)
			load_entry(m, e, k++, path, progs, nprogs);
	}
}

static int all_zero(const u8 *p, size_t n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

static void write_values(FILE *f, struct map *m, const u8 *v)
{
	if (!map_is_percpu(m)) {
		fputs("\"value\": \"", f);
		hex_write(f, v, m->value_size);
		fputc('"', f);
		return;
	}
	fputs("\"values\": [", f);
	for (u32 c = 0; c < m->ncpus; c++) {
		fprintf(f, "%s\"", c ? ", " : "");
		hex_write(f, v + (size_t)c * m->value_stride, m->value_size);
		fputc('"', f);
	}
	fputc(']', f);
}

static struct map *sort_map;

static int key_cmp(const void *a, const void *b)
{
	return memcmp(elem_key(sort_map, *(const u32 *)a), elem_key(sort_map, *(const u32 *)b),
		      sort_map->key_size);
}

/* Every map: hash maps' elements in key order, arrays' non-zero elements (the others
 * exist and are zero), targets and programs that are set. */
void maps_write_json(FILE *f)
{
	fputs("\"maps\": {", f);
	for (size_t n = 0; n < nmaps; n++) {
		struct map *m = all_maps[n];
		int first = 1;

		fprintf(f, "%s\n  \"%s\": {\"type\": \"%s\", \"key_size\": %u, \"value_size\": %u, "
			"\"max_entries\": %u, \"entries\": [", n ? "," : "", m->name,
			map_type_name(m->type), m->key_size, m->value_size, m->max_entries);
		if (map_is_hash(m)) {
			u32 *order = xcalloc(m->count + 1, sizeof(u32)), k = 0;

			for (u32 i = 0; i < m->max_entries; i++)
				if (m->elems[i].used)
					order[k++] = i;
			sort_map = m;
			qsort(order, k, sizeof(u32), key_cmp);
			for (u32 j = 0; j < k; j++) {
				fprintf(f, "%s\n    {\"key\": \"", first ? "" : ",");
				first = 0;
				hex_write(f, elem_key(m, order[j]), m->key_size);
				fputs("\", ", f);
				write_values(f, m, elem_value(m, order[j], 0));
				fputc('}', f);
			}
			free(order);
		} else {
			for (u32 i = 0; i < m->max_entries; i++) {
				const u8 *v = m->values ? m->values + (size_t)i * m->ncpus *
								      m->value_stride : NULL;

				if (m->progs ? !m->progs->slot[i].entry
					     : m->present ? !m->present[i]
							  : all_zero(v, (size_t)m->ncpus * m->value_stride))
					continue;
				fprintf(f, "%s\n    {\"key\": \"", first ? "" : ",");
				first = 0;
				hex_write(f, (const u8 *)&i, 4);
				fputs("\", ", f);
				if (m->progs)
					fprintf(f, "\"value\": \"%s\"", m->prog_names[i]);
				else
					write_values(f, m, v);
				fputc('}', f);
			}
		}
		fputs(first ? "]}" : "\n  ]}", f);
	}
	fputs(nmaps ? "\n}" : "}", f);
}
