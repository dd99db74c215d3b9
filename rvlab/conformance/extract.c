/* Dump lib/test_bpf.c's test tables as JSON, built in user space.
 *
 * rvlab/conformance.py builds this file against a copy of test_bpf.c cut into two parts
 * (everything before populate_skb(): the fill helpers and tests[]; and the tail call test
 * table), the kernel source's UAPI headers, the kernel's instruction macros, and the
 * stand-ins in include/.  For every test it prints one JSON object per line:
 *
 *   {"suite": "test_bpf", "index": i, "name": ..., "aux": ..., "type": "classic"|"internal",
 *    "fill_helper": bool, "fill_error": errno or 0, "insns": hex of the program as the kernel
 *    would load it (filter_length() slots of 8 bytes), "data": hex of data[MAX_DATA],
 *    "frag_data": hex, "subtests": [[data_size, result], x MAX_SUBTESTS],
 *    "stack_depth": n, "nr_testruns": n, "expected_errcode": n}
 *   {"suite": "tail_calls", "index": i, "name": ..., "flags": ..., "result": ...,
 *    "stack_depth": n, "insns": hex}
 *
 * No interpretation happens here (which subtests run, what R1 points to): that is
 * conformance.py's job, mirroring run_one() and generate_test_data(). */
#include "test_bpf_tables.c"

static void put_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void put_hex(const void *p, size_t n)
{
	const unsigned char *b = p;

	putchar('"');
	for (size_t i = 0; i < n; i++)
		printf("%02x", b[i]);
	putchar('"');
}

/* lib/test_bpf.c filter_length(), for a test without a fill helper. */
static int static_length(const struct bpf_test *t)
{
	const struct sock_filter *fp = t->u.insns;
	int len;

	for (len = MAX_INSNS - 1; len > 0; --len)
		if (fp[len].code != 0 || fp[len].k != 0)
			break;
	return len + 1;
}

int main(void)
{
	_Static_assert(sizeof(struct sock_filter) == 8, "sock_filter");
	_Static_assert(sizeof(struct bpf_insn) == 8, "bpf_insn");

	for (size_t i = 0; i < ARRAY_SIZE(tests); i++) {
		struct bpf_test *t = &tests[i];
		const void *insns = t->u.insns;
		int len, fill_error = 0;

		if (t->fill_helper) {
			fill_error = t->fill_helper(t);
			insns = t->u.ptr.insns;
			len = fill_error < 0 ? 0 : (int)t->u.ptr.len;
		} else {
			len = static_length(t);
		}
		printf("{\"suite\": \"test_bpf\", \"index\": %zu, \"name\": ", i);
		put_str(t->descr);
		printf(", \"aux\": %u, \"type\": \"%s\", \"fill_helper\": %s, \"fill_error\": %d, "
		       "\"insns\": ", t->aux,
		       (t->aux & TEST_TYPE_MASK) == CLASSIC ? "classic" :
		       (t->aux & TEST_TYPE_MASK) == INTERNAL ? "internal" : "none",
		       t->fill_helper ? "true" : "false", fill_error < 0 ? fill_error : 0);
		put_hex(insns, (size_t)len * 8);
		printf(", \"data\": ");
		put_hex(t->data, MAX_DATA);
		printf(", \"frag_data\": ");
		put_hex(t->frag_data, MAX_DATA);
		printf(", \"subtests\": [");
		for (int j = 0; j < MAX_SUBTESTS; j++)
			printf("%s[%d, %u]", j ? ", " : "", t->test[j].data_size, t->test[j].result);
		printf("], \"stack_depth\": %d, \"nr_testruns\": %d, \"expected_errcode\": %d}\n",
		       t->stack_depth, t->nr_testruns, t->expected_errcode);
		if (t->fill_helper) {
			kfree(t->u.ptr.insns);
			t->u.ptr.insns = NULL;
		}
	}

	for (size_t i = 0; i < ARRAY_SIZE(tail_call_tests); i++) {
		const struct tail_call_test *t = &tail_call_tests[i];
		int len;

		for (len = 0; len < MAX_INSNS; len++) {     /* prepare_tail_call_tests() */
			const struct bpf_insn *insn = &t->insns[len];

			if (len < MAX_INSNS - 1 &&
			    insn->code == (BPF_LD | BPF_DW | BPF_IMM))
				len++;
			if (insn->code == 0)
				break;
		}
		printf("{\"suite\": \"tail_calls\", \"index\": %zu, \"name\": ", i);
		put_str(t->descr);
		printf(", \"flags\": %d, \"result\": %d, \"stack_depth\": %d, \"insns\": ",
		       t->flags, t->result, t->stack_depth);
		put_hex(t->insns, (size_t)len * 8);
		printf("}\n");
	}
	return 0;
}
