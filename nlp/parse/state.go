package parse

import (
	"strings"

	"dyad/nlp"
	"dyad/nlp/internal/linear"
)

// tokAtoms are the per-token hashes features are built from.
type tokAtoms struct {
	w, p, wp, u uint64
}

// state is a parser configuration plus scratch buffers. Token indices are
// 1-based; 0 is the root; -1 means "none".
type state struct {
	n      int32
	stack  []int32
	b      int32 // first buffer token; the buffer is empty when b > n
	head   []int32
	label  []int32
	l1, l2 []int32 // leftmost and second leftmost dependent
	r1, r2 []int32 // rightmost and second rightmost dependent
	nl, nr []int32 // number of left and right dependents
	lset   []uint64
	rset   []uint64
	at     []tokAtoms // at[k+1] for index k, at[0] for none
	feats  []uint64
	scores []float32
}

var (
	noneAtoms = tokAtoms{w: 0x3e3e01, p: 0x3e3e02, wp: 0x3e3e03, u: 0x3e3e04}
	rootAtoms = tokAtoms{w: 0x7007001, p: 0x7007002, wp: 0x7007003, u: 0x7007004}
)

func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return toLower(s)
		}
	}
	return s
}

func (st *state) reset(toks []nlp.Token) {
	n := int32(len(toks))
	st.n = n
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	m := int(n) + 1
	st.head, st.label = grow(st.head, m), grow(st.label, m)
	st.l1, st.l2, st.r1, st.r2 = grow(st.l1, m), grow(st.l2, m), grow(st.r1, m), grow(st.r2, m)
	st.nl, st.nr = grow(st.nl, m), grow(st.nr, m)
	if cap(st.lset) < m {
		st.lset, st.rset = make([]uint64, m), make([]uint64, m)
	}
	st.lset, st.rset = st.lset[:m], st.rset[:m]
	for i := 0; i < m; i++ {
		st.head[i], st.label[i] = -1, -1
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
	if cap(st.at) < m+1 {
		st.at = make([]tokAtoms, m+1)
	}
	st.at = st.at[:m+1]
	st.at[0] = noneAtoms
	st.at[1] = rootAtoms
	for i := range toks {
		a := &st.at[i+2]
		a.w = linear.String(lowerASCII(toks[i].Form))
		a.p = linear.String(toks[i].XPOS) ^ 0x51
		a.u = linear.String(toks[i].UPOS) ^ 0x9a
		a.wp = linear.F2(0, a.w, a.p)
	}
}

func (st *state) terminal() bool { return st.b > st.n && len(st.stack) == 1 }

func (st *state) shift() {
	st.stack = append(st.stack, st.b)
	st.b++
}

func (st *state) pop() int32 {
	d := st.stack[len(st.stack)-1]
	st.stack = st.stack[:len(st.stack)-1]
	return d
}

func (st *state) leftArc(l int32) {
	d := st.pop()
	st.addArc(st.b, d, l)
}

func (st *state) rightArc(l int32) {
	d := st.pop()
	st.addArc(st.stack[len(st.stack)-1], d, l)
}

func (st *state) addArc(h, d, l int32) {
	st.head[d], st.label[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.lset[h] |= bit
		if st.l1[h] < 0 || d < st.l1[h] {
			st.l2[h] = st.l1[h]
			st.l1[h] = d
		} else if st.l2[h] < 0 || d < st.l2[h] {
			st.l2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= bit
		if st.r1[h] < 0 || d > st.r1[h] {
			st.r2[h] = st.r1[h]
			st.r1[h] = d
		} else if st.r2[h] < 0 || d > st.r2[h] {
			st.r2[h] = d
		}
	}
}

func clipDist(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 11:
		return 6
	}
	return 7
}

func clipVal(v int32) uint64 { return uint64(min(v, 6)) }

// features appends the features of the current configuration to f.
func (st *state) features(f []uint64) []uint64 {
	F1, F2, F3 := linear.F1, linear.F2, linear.F3
	ns := len(st.stack)
	s0, s1, s2 := int32(-1), int32(-1), int32(-1)
	if ns >= 1 {
		s0 = st.stack[ns-1]
	}
	if ns >= 2 {
		s1 = st.stack[ns-2]
	}
	if ns >= 3 {
		s2 = st.stack[ns-3]
	}
	b0, b1, b2 := int32(-1), int32(-1), int32(-1)
	if st.b <= st.n {
		b0 = st.b
		if st.b+1 <= st.n {
			b1 = st.b + 1
		}
		if st.b+2 <= st.n {
			b2 = st.b + 2
		}
	}
	kid := func(a []int32, k int32) int32 {
		if k < 0 {
			return -1
		}
		return a[k]
	}
	lab := func(k int32) uint64 {
		if k < 0 {
			return 0x1ab
		}
		return uint64(st.label[k]) + 0x2ab
	}
	A := func(k int32) *tokAtoms { return &st.at[k+1] }
	s0l1, s0l2 := kid(st.l1, s0), kid(st.l2, s0)
	s0r1, s0r2 := kid(st.r1, s0), kid(st.r2, s0)
	b0l1, b0l2 := kid(st.l1, b0), kid(st.l2, b0)
	s1r1, s1l1 := kid(st.r1, s1), kid(st.l1, s1)
	S0, S1, S2 := A(s0), A(s1), A(s2)
	B0, B1, B2 := A(b0), A(b1), A(b2)
	S0L1, S0L2, S0R1, S0R2 := A(s0l1), A(s0l2), A(s0r1), A(s0r2)
	B0L1, B0L2 := A(b0l1), A(b0l2)
	S1R1, S1L1 := A(s1r1), A(s1l1)

	var dist, dist1 uint64
	if s0 >= 0 && b0 >= 0 {
		dist = clipDist(b0 - s0)
	}
	if s1 >= 0 && s0 >= 0 {
		dist1 = clipDist(s0-s1) + 8
	}
	var s0vl, s0vr, b0vl uint64
	var s0ls, s0rs, b0ls uint64
	if s0 >= 0 {
		s0vl, s0vr = clipVal(st.nl[s0]), clipVal(st.nr[s0])
		s0ls, s0rs = st.lset[s0], st.rset[s0]
	}
	if b0 >= 0 {
		b0vl = clipVal(st.nl[b0])
		b0ls = st.lset[b0]
	}
	return append(f,
		F1(1, S0.w), F1(2, S0.p), F1(3, S0.wp),
		F1(4, B0.w), F1(5, B0.p), F1(6, B0.wp),
		F1(7, B1.w), F1(8, B1.p), F1(9, B1.wp),
		F1(10, B2.w), F1(11, B2.p), F1(12, B2.wp),
		F1(13, S1.w), F1(14, S1.p), F1(15, S1.wp),
		F1(16, S2.p),
		F2(17, S0.wp, B0.wp),
		F2(18, S0.wp, B0.w),
		F2(19, S0.w, B0.wp),
		F2(20, S0.wp, B0.p),
		F2(21, S0.p, B0.wp),
		F2(22, S0.w, B0.w),
		F2(23, S0.p, B0.p),
		F2(24, B0.p, B1.p),
		F3(25, B0.p, B1.p, B2.p),
		F3(26, S0.p, B0.p, B1.p),
		F3(27, S1.p, S0.p, B0.p),
		F3(28, S0.p, S0L1.p, B0.p),
		F3(29, S0.p, S0R1.p, B0.p),
		F3(30, S0.p, B0.p, B0L1.p),
		F2(31, S0.w, dist), F2(32, S0.p, dist), F2(33, B0.w, dist), F2(34, B0.p, dist),
		F3(35, S0.w, B0.w, dist), F3(36, S0.p, B0.p, dist),
		F2(37, S0.w, s0vr), F2(38, S0.p, s0vr), F2(39, S0.w, s0vl), F2(40, S0.p, s0vl),
		F2(41, B0.w, b0vl), F2(42, B0.p, b0vl),
		F1(43, S0L1.w), F1(44, S0L1.p), F1(45, lab(s0l1)),
		F1(46, S0R1.w), F1(47, S0R1.p), F1(48, lab(s0r1)),
		F1(49, B0L1.w), F1(50, B0L1.p), F1(51, lab(b0l1)),
		F1(52, S0L2.w), F1(53, S0L2.p), F1(54, lab(s0l2)),
		F1(55, S0R2.w), F1(56, S0R2.p), F1(57, lab(s0r2)),
		F1(58, B0L2.w), F1(59, B0L2.p), F1(60, lab(b0l2)),
		F3(61, S0.p, S0L1.p, S0L2.p),
		F3(62, S0.p, S0R1.p, S0R2.p),
		F3(63, B0.p, B0L1.p, B0L2.p),
		F2(64, S0.w, s0rs), F2(65, S0.p, s0rs), F2(66, S0.w, s0ls), F2(67, S0.p, s0ls),
		F2(68, B0.w, b0ls), F2(69, B0.p, b0ls),
		// arc-hybrid: s1 is the head candidate of RIGHT.
		F2(70, S1.wp, S0.wp),
		F2(71, S1.p, S0.p),
		F2(72, S1.w, S0.w),
		F3(73, S2.p, S1.p, S0.p),
		F2(74, S1.w, S0.p),
		F2(75, S1.p, S0.w),
		F3(76, S1.p, S0.p, dist1),
		F3(77, S1.p, S1R1.p, S0.p),
		F3(78, S1.p, S1L1.p, S0.p),
		F3(79, S0.u, B0.u, S1.u),
		F3(80, S1.p, S0.p, lab(s0l1)),
		F3(81, S0.p, B0.p, lab(s0l1)),
		F3(82, S0.p, B0.p, lab(s0r1)),
		F2(83, B0.w, B1.w),
		F3(84, S0.w, B0.p, B1.p),
		F3(85, S1.w, S0.p, B0.p),
		F2(86, S0.p, S0R1.w),
		F2(87, S0.p, S0L1.w),
		F2(88, S1.p, dist1),
		F3(89, S0.u, B0.u, dist),
	)
}

func toLower(s string) string { return strings.ToLower(s) }
