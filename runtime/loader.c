// SPDX-License-Identifier: GPL-2.0
/*
 * The loader: an ELF64 relocatable RISC-V object as `rvjit compile -f elf` writes it
 * (docs/abi.md section 12): the image in .text, its description in .rvoff.* sections.  Every
 * offset and size is checked before use; a bad object is refused with what is wrong and where.
 * The programs' maps are created (or shared by name with another object's identical map) and
 * each program gets its runtime table (section 4).  A helper the runtime lacks is refused here,
 * not in the middle of a packet.
 */
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "rvoff.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

#define FN(x) [BPF_FUNC_##x] = #x
static const char *const linux_helper_names[] = { __BPF_FUNC_MAPPER(FN) };
#undef FN

struct object {
	const char *path;
	u8 *buf;
	size_t size;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	const char *shstr;
	size_t shstr_size;
};

struct span {
	const u8 *p;
	size_t size;
};

static struct span section(struct object *o, const char *name, int required)
{
	struct span s = { NULL, 0 };

	for (unsigned int i = 0; i < o->eh->e_shnum; i++) {
		const Elf64_Shdr *h = &o->sh[i];

		if (h->sh_name >= o->shstr_size ||
		    strncmp(o->shstr + h->sh_name, name, o->shstr_size - h->sh_name))
			continue;
		if (h->sh_type == SHT_NOBITS || h->sh_offset > o->size ||
		    h->sh_size > o->size - h->sh_offset)
			die("%s: section %s (header %u): offset 0x%llx + size 0x%llx is outside the "
			    "file (%zu bytes)", o->path, name, i, (unsigned long long)h->sh_offset,
			    (unsigned long long)h->sh_size, o->size);
		s.p = o->buf + h->sh_offset;
		s.size = h->sh_size;
		return s;
	}
	if (required)
		die("%s: no %s section: not an image written by `rvjit compile -f elf`", o->path,
		    name);
	return s;
}

static void read_file(struct object *o)
{
	FILE *f = fopen(o->path, "rb");
	long size;

	if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		die("%s: %s", o->path, strerror(errno));
	o->size = size;
	o->buf = xcalloc(1, o->size + 1);
	if (fread(o->buf, 1, o->size, f) != o->size)
		die("%s: read error", o->path);
	fclose(f);
}

static void check_elf(struct object *o)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)o->buf;
	const Elf64_Shdr *ss;

	if (o->size < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG))
		die("%s: offset 0: not an ELF file", o->path);
	if (eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB)
		die("%s: offset 4: not a little-endian ELF64 file", o->path);
	if (eh->e_machine != EM_RISCV)
		die("%s: offset 18: machine %u, not RISC-V (243): compile with `rvjit compile -f elf`",
		    o->path, eh->e_machine);
	if (eh->e_type != ET_REL)
		die("%s: offset 16: ELF type %u, not a relocatable object", o->path, eh->e_type);
	if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shoff > o->size ||
	    (u64)eh->e_shnum * sizeof(Elf64_Shdr) > o->size - eh->e_shoff)
		die("%s: offset 0x28: section headers (offset 0x%llx, %u of %u bytes) outside the file",
		    o->path, (unsigned long long)eh->e_shoff, eh->e_shnum, eh->e_shentsize);
	if (eh->e_shoff % 8)
		die("%s: offset 0x28: section header offset 0x%llx is not 8-byte aligned", o->path,
		    (unsigned long long)eh->e_shoff);
	o->eh = eh;
	o->sh = (const Elf64_Shdr *)(o->buf + eh->e_shoff);
	if (eh->e_shstrndx >= eh->e_shnum)
		die("%s: offset 0x3e: section name table index %u, only %u sections", o->path,
		    eh->e_shstrndx, eh->e_shnum);
	ss = &o->sh[eh->e_shstrndx];
	if (ss->sh_offset > o->size || ss->sh_size > o->size - ss->sh_offset)
		die("%s: the section name table is outside the file", o->path);
	o->shstr = (const char *)o->buf + ss->sh_offset;
	o->shstr_size = ss->sh_size;
}

static const char *str_at(struct object *o, struct span strtab, u32 off, const char *what)
{
	const char *s;

	if (off >= strtab.size || !memchr(strtab.p + off, 0, strtab.size - off))
		die("%s: .rvoff.strtab: %s: name offset %u is not a string in the table (%zu bytes)",
		    o->path, what, off, strtab.size);
	s = (const char *)strtab.p + off;
	/* names go into JSON as they are: printable ASCII without quotes or backslashes */
	for (const char *c = s; *c; c++)
		if (*c < 0x21 || *c > 0x7e || *c == '"' || *c == '\\')
			die("%s: .rvoff.strtab: %s: name at offset %u has a character (0x%02x) names may "
			    "not have", o->path, what, off, (u8)*c);
	if (!*s)
		die("%s: .rvoff.strtab: %s: empty name at offset %u", o->path, what, off);
	return s;
}

static const u32 *u32s_at(struct object *o, struct span s, const char *sec, u32 first, u32 n,
			  const char *who)
{
	if (first > s.size / 4 || n > s.size / 4 - first)
		die("%s: program %s: entries %u..%u of %s are outside it (%zu entries)", o->path, who,
		    first, first + n, sec, s.size / 4);
	return (const u32 *)s.p + first;
}

static struct map *object_map(struct object *o, struct span mapsec, struct span strtab,
			      struct span data, u32 i)
{
	struct rvoff_map_desc d;
	struct map *m;
	const char *name;

	memcpy(&d, mapsec.p + (size_t)i * sizeof(d), sizeof(d));
	name = str_at(o, strtab, d.name, "a map");
	if (strlen(name) >= sizeof(m->name))
		die("%s: map %s: the name is longer than %zu bytes", o->path, name,
		    sizeof(m->name) - 1);
	m = maps_find(name);
	if (m) {
		if (m->type != d.type || m->key_size != d.key_size ||
		    m->value_size != d.value_size || m->max_entries != d.max_entries)
			die("%s: map %s is defined differently by another image", o->path, name);
		return m;
	}
	if (d.data_size) {
		if (d.type != BPF_MAP_TYPE_ARRAY || d.max_entries != 1 || d.data_size != d.value_size)
			die("%s: map %s: initial data (%u bytes) belongs to a one-element array of the "
			    "same value size", o->path, name, d.data_size);
		if (d.data > data.size || d.data_size > data.size - d.data)
			die("%s: map %s: initial data at %u+%u is outside .rvoff.data (%zu bytes)",
			    o->path, name, d.data, d.data_size, data.size);
	}
	m = map_create(name, &d);
	if (d.data_size)
		memcpy(m->values, data.p + d.data, d.data_size);
	maps_register(m);
	return m;
}

/* The runtime table's entry at a byte offset from RT (docs/abi.md section 4) */
static u64 *rt_slot(struct prog *p, long off)
{
	return (u64 *)((u8 *)p->rt + off);
}

static void build_rt(struct object *o, struct prog *p)
{
	size_t below = -RVOFF_MAP_HANDLE((long)p->nmaps - 1);
	u8 *table = xcalloc(below + RVOFF_HELPER(RVOFF_HELPER_ID_LAST + 1), 1);

	p->rt = (u64 *)(table + below);
	for (u32 i = 0; i < p->nmaps; i++) {
		*rt_slot(p, RVOFF_MAP_HANDLE((long)i)) = map_handle(p->maps[i]);
		*rt_slot(p, RVOFF_MAP_VALUE((long)i)) = map_value_base(p->maps[i]);
	}
	for (u32 k = 0; k < p->nhelpers; k++) {
		u32 id = p->helpers[k];
		const char *lname = id < ARRAY_SIZE(linux_helper_names) ? linux_helper_names[id] : NULL;

		if (!helper_name(id))
			die("%s: program %s calls helper %u (%s), which rvoff-run does not provide",
			    o->path, p->name, id, lname ? lname : "not a Linux 6.1 helper");
		if (helper_xdp_only(id) && p->prog_type != BPF_PROG_TYPE_XDP)
			die("%s: program %s calls bpf_%s, which only XDP programs may call", o->path,
			    p->name, lname);
		if (helper_fn(id))
			*rt_slot(p, RVOFF_HELPER((long)id)) = (u64)(uintptr_t)helper_fn(id);
	}
}

static u8 *map_code(struct object *o, struct span text)
{
	size_t len = ROUND_UP(text.size ? text.size : 1, 4096);
	u8 *code = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (code == MAP_FAILED)
		die("%s: mmap: %s", o->path, strerror(errno));
	memcpy(code, text.p, text.size);
	if (mprotect(code, len, PROT_READ | PROT_EXEC))
		die("%s: mprotect: %s", o->path, strerror(errno));
	__builtin___clear_cache((char *)code, (char *)code + text.size);
	return code;
}

size_t load_object(const char *path, struct prog **progs, size_t nprogs, size_t cap)
{
	struct object o = { .path = path };
	struct span text, psec, msec, used, hsec, strtab, data;
	struct rvoff_desc_hdr hdr;
	struct map **maps;
	size_t nmaps_obj;
	u8 *code;

	read_file(&o);
	check_elf(&o);
	text = section(&o, ".text", 1);
	psec = section(&o, ".rvoff.progs", 1);
	msec = section(&o, ".rvoff.maps", 0);
	used = section(&o, ".rvoff.used", 0);
	hsec = section(&o, ".rvoff.helpers", 0);
	strtab = section(&o, ".rvoff.strtab", 1);
	data = section(&o, ".rvoff.data", 0);

	if (psec.size < sizeof(hdr))
		die("%s: .rvoff.progs: %zu bytes, shorter than its header", path, psec.size);
	memcpy(&hdr, psec.p, sizeof(hdr));
	if (memcmp(hdr.magic, RVOFF_DESC_MAGIC, 4))
		die("%s: .rvoff.progs: offset 0: bad magic (not \"RVOF\")", path);
	if (hdr.version != RVOFF_DESC_VERSION)
		die("%s: .rvoff.progs: offset 4: description version %u; rvoff-run reads %u", path,
		    hdr.version, RVOFF_DESC_VERSION);
	if (hdr.nprogs == 0 || hdr.nprogs > (psec.size - sizeof(hdr)) / sizeof(struct rvoff_prog_desc))
		die("%s: .rvoff.progs: offset 12: %u programs do not fit in %zu bytes", path,
		    hdr.nprogs, psec.size);
	if (!!(hdr.isa & RVOFF_ISA_C) != !!(o.eh->e_flags & EF_RISCV_RVC))
		die("%s: e_flags 0x%x disagree with the description's ISA (C %s)", path,
		    o.eh->e_flags, hdr.isa & RVOFF_ISA_C ? "used" : "not used");
	if (msec.size % sizeof(struct rvoff_map_desc))
		die("%s: .rvoff.maps: %zu bytes, not a whole number of %zu-byte entries", path,
		    msec.size, sizeof(struct rvoff_map_desc));
	nmaps_obj = msec.size / sizeof(struct rvoff_map_desc);
	maps = xcalloc(nmaps_obj + 1, sizeof(*maps));
	for (u32 i = 0; i < nmaps_obj; i++)
		maps[i] = object_map(&o, msec, strtab, data, i);
	code = map_code(&o, text);

	for (u32 k = 0; k < hdr.nprogs; k++) {
		struct rvoff_prog_desc d;
		struct prog *p = xcalloc(1, sizeof(*p));
		const char *name;
		const u32 *ids;

		memcpy(&d, psec.p + sizeof(hdr) + (size_t)k * sizeof(d), sizeof(d));
		name = str_at(&o, strtab, d.name, "a program");
		if (strlen(name) >= sizeof(p->name))
			die("%s: program %s: the name is longer than %zu bytes", path, name,
			    sizeof(p->name) - 1);
		for (size_t j = 0; j < nprogs; j++)
			if (!strcmp(progs[j]->name, name))
				die("%s: program %s: another image has a program of that name", path,
				    name);
		snprintf(p->name, sizeof(p->name), "%s", name);
		snprintf(p->file, sizeof(p->file), "%s", path);
		if (d.prog_type != BPF_PROG_TYPE_XDP && d.prog_type != BPF_PROG_TYPE_SCHED_CLS &&
		    d.prog_type != BPF_PROG_TYPE_SCHED_ACT)
			die("%s: program %s: program type %u has no device context (XDP 6, "
			    "SCHED_CLS 3, SCHED_ACT 4)", path, name, d.prog_type);
		if (d.entry > text.size || d.size > text.size - d.entry || !d.size ||
		    d.entry % (hdr.isa & RVOFF_ISA_C ? 2 : 4))
			die("%s: program %s: code at 0x%x+0x%x is not inside .text (0x%zx bytes) or "
			    "misaligned", path, name, d.entry, d.size, text.size);
		if (d.nmaps > ARRAY_SIZE(p->maps) || d.nhelpers > ARRAY_SIZE(p->helpers))
			die("%s: program %s: %u maps, %u helpers: more than Linux allows", path, name,
			    d.nmaps, d.nhelpers);
		p->prog_type = d.prog_type;
		p->isa = hdr.isa;
		p->entry = (rvoff_entry_fn)(void *)(code + d.entry);
		p->size = d.size;
		p->stack_bytes = d.stack_bytes;
		p->nmaps = d.nmaps;
		ids = u32s_at(&o, used, ".rvoff.used", d.maps, d.nmaps, name);
		for (u32 i = 0; i < d.nmaps; i++) {
			if (ids[i] >= nmaps_obj)
				die("%s: program %s: used map %u is map %u; the object has %zu", path,
				    name, i, ids[i], nmaps_obj);
			p->maps[i] = maps[ids[i]];
		}
		p->nhelpers = d.nhelpers;
		memcpy(p->helpers, u32s_at(&o, hsec, ".rvoff.helpers", d.helpers, d.nhelpers, name),
		       d.nhelpers * sizeof(u32));
		build_rt(&o, p);
		if (nprogs == cap)
			die("%s: more than %zu programs", path, cap);
		progs[nprogs++] = p;
	}
	free(maps);
	return nprogs;
}
