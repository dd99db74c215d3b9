// SPDX-License-Identifier: GPL-2.0
/*
 * A small JSON reader (RFC 8259) for the maps file, and hex helpers.  Errors name the byte
 * offset.  The tree is never freed: the runtime reads one file and exits.
 */
#include <stdlib.h>
#include <string.h>

#include "rvoff.h"

struct parser {
	const char *s, *path;
	size_t at;
};

static void __attribute__((noreturn)) fail(struct parser *p, const char *what)
{
	die("%s: offset %zu: %s", p->path, p->at, what);
}

static void skip_ws(struct parser *p)
{
	while (strchr(" \t\r\n", p->s[p->at]) && p->s[p->at])
		p->at++;
}

static struct json *node(struct parser *p, enum json_kind kind)
{
	struct json *j = xcalloc(1, sizeof(*j));

	j->kind = kind;
	j->pos = p->at;
	return j;
}

static char *string(struct parser *p)
{
	size_t cap = 16, n = 0;
	char *out = xcalloc(1, cap);

	p->at++;		/* the opening quote */
	for (;;) {
		char c = p->s[p->at];

		if (!c)
			fail(p, "unterminated string");
		if ((unsigned char)c < 0x20)
			fail(p, "control character in a string");
		p->at++;
		if (c == '"')
			break;
		if (c == '\\') {
			c = p->s[p->at++];
			switch (c) {
			case '"': case '\\': case '/': break;
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			case 'n': c = '\n'; break;
			case 'r': c = '\r'; break;
			case 't': c = '\t'; break;
			default:
				p->at--;
				fail(p, "unsupported escape in a string (\\u is not read)");
			}
		}
		if (n + 2 > cap) {
			cap *= 2;
			out = realloc(out, cap);
			if (!out)
				fail(p, "out of memory");
		}
		out[n++] = c;
		out[n] = 0;
	}
	return out;
}

static struct json *value(struct parser *p, int depth)
{
	struct json *j, **tail;
	char c;

	if (depth > 64)
		fail(p, "nested too deeply");
	skip_ws(p);
	c = p->s[p->at];
	if (c == '{' || c == '[') {
		char close = c == '{' ? '}' : ']';

		j = node(p, c == '{' ? J_OBJ : J_ARR);
		tail = &j->child;
		p->at++;
		skip_ws(p);
		if (p->s[p->at] == close) {
			p->at++;
			return j;
		}
		for (;;) {
			char *key = NULL;
			struct json *v;

			skip_ws(p);
			if (j->kind == J_OBJ) {
				if (p->s[p->at] != '"')
					fail(p, "expected a member name in quotes");
				key = string(p);
				skip_ws(p);
				if (p->s[p->at] != ':')
					fail(p, "expected ':' after a member name");
				p->at++;
			}
			v = value(p, depth + 1);
			v->key = key;
			*tail = v;
			tail = &v->next;
			skip_ws(p);
			if (p->s[p->at] == ',') {
				p->at++;
				continue;
			}
			if (p->s[p->at] != close)
				fail(p, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
			p->at++;
			return j;
		}
	}
	if (c == '"') {
		j = node(p, J_STR);
		j->str = string(p);
		return j;
	}
	if (c == '-' || (c >= '0' && c <= '9')) {
		char *end;

		j = node(p, J_NUM);
		j->num = strtod(p->s + p->at, &end);
		p->at = end - p->s;
		return j;
	}
	if (!strncmp(p->s + p->at, "true", 4) || !strncmp(p->s + p->at, "false", 5)) {
		j = node(p, J_BOOL);
		j->num = c == 't';
		p->at += c == 't' ? 4 : 5;
		return j;
	}
	if (!strncmp(p->s + p->at, "null", 4)) {
		j = node(p, J_NULL);
		p->at += 4;
		return j;
	}
	fail(p, c ? "expected a JSON value" : "unexpected end of file");
}

struct json *json_parse(const char *text, const char *path)
{
	struct parser p = { text, path, 0 };
	struct json *j = value(&p, 0);

	skip_ws(&p);
	if (p.s[p.at])
		fail(&p, "text after the JSON value");
	return j;
}

struct json *json_get(const struct json *obj, const char *key)
{
	struct json *c;

	for (c = obj->child; c; c = c->next)
		if (c->key && !strcmp(c->key, key))
			return c;
	return NULL;
}

static int nibble(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

size_t hex_decode(const char *hex, u8 *out, size_t cap)
{
	size_t n = 0;

	for (; hex[0]; hex += 2) {
		int hi = nibble(hex[0]), lo = hex[1] ? nibble(hex[1]) : -1;

		if (hi < 0 || lo < 0 || n == cap)
			return (size_t)-1;
		out[n++] = hi << 4 | lo;
	}
	return n;
}

void hex_write(FILE *f, const u8 *p, size_t n)
{
	while (n--)
		fprintf(f, "%02x", *p++);
}
