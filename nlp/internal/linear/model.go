package linear

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

type tentry struct {
	cls int32
	ts  int32
	w   float32
	tot float64
}

// Trainer is a sparse multiclass averaged perceptron. Call Tick once per
// training decision, Score to rank the classes and Update when the best
// class is wrong. It is not safe for concurrent use.
type Trainer struct {
	nclass int
	index  map[uint64]int32
	rows   [][]tentry
	step   int32
}

// NewTrainer returns a Trainer for nclass classes, at most MaxClasses.
func NewTrainer(nclass int) *Trainer {
	if nclass > MaxClasses {
		panic(fmt.Sprintf("linear: %d classes, more than %d", nclass, MaxClasses))
	}
	return &Trainer{nclass: nclass, index: make(map[uint64]int32, 1<<16)}
}

// NumClasses returns the number of classes.
func (t *Trainer) NumClasses() int { return t.nclass }

// Tick advances the averaging clock by one decision.
func (t *Trainer) Tick() { t.step++ }

// Score sets scores[c] to the current weight sum of the features for each
// class c.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += e.w
		}
	}
}

func (t *Trainer) add(f uint64, cls int, d float32) {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.rows))
		t.index[f] = r
		t.rows = append(t.rows, make([]tentry, 0, 2))
	}
	row := t.rows[r]
	for i := range row {
		e := &row[i]
		if e.cls == int32(cls) {
			e.tot += float64(t.step-e.ts) * float64(e.w)
			e.ts = t.step
			e.w += d
			return
		}
	}
	t.rows[r] = append(row, tentry{cls: int32(cls), ts: t.step, w: d})
}

// Update moves the weights of feats by +d for class truth and -d for class
// guess. It does nothing when they are equal.
func (t *Trainer) Update(feats []uint64, truth, guess int, d float32) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		t.add(f, truth, d)
		t.add(f, guess, -d)
	}
}

// NumFeatures returns the number of distinct features seen in updates.
func (t *Trainer) NumFeatures() int { return len(t.rows) }

// MaxClasses is the largest number of classes a Model can hold.
const MaxClasses = 126

// Freeze returns the averaged model, dropping weights whose absolute
// averaged value is below minAbs and quantising the rest to 16-bit
// integers with one scale for the model.
func (t *Trainer) Freeze(minAbs float32) *Model {
	step := float64(max(t.step, 1))
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	type fw struct {
		c uint16
		w float32
	}
	var all []fw
	offs := make([]uint32, 0, len(keys)+1)
	kept := keys[:0]
	maxAbs := float32(0)
	for _, k := range keys {
		start := len(all)
		for _, e := range t.rows[t.index[k]] {
			w := float32((e.tot + float64(t.step-e.ts)*float64(e.w)) / step)
			if a := float32(math.Abs(float64(w))); a >= minAbs && w != 0 {
				all = append(all, fw{uint16(e.cls), w})
				maxAbs = max(maxAbs, a)
			}
		}
		if len(all) > start {
			row := all[start:]
			slices.SortFunc(row, func(a, b fw) int { return int(a.c) - int(b.c) })
			kept = append(kept, k)
			offs = append(offs, uint32(start))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	b := &builder{nclass: t.nclass, scale: scale}
	for i, k := range kept {
		end := len(all)
		if i+1 < len(kept) {
			end = int(offs[i+1])
		}
		start := len(b.ents)
		for _, e := range all[offs[i]:end] {
			if q := math.Round(float64(e.w / scale)); q != 0 {
				b.ents = append(b.ents, qentry{c: e.c, w: int16(q)})
			}
		}
		if len(b.ents) > start {
			b.keys = append(b.keys, k)
			b.offs = append(b.offs, uint32(start))
		}
	}
	return b.build()
}

// qentry is one quantised class weight of a feature.
type qentry struct {
	c uint16
	w int16
}

// Model is a frozen linear model. It is safe for concurrent use.
//
// Features live in an open-addressing table of 8-byte slots: the high 32
// bits hold a fingerprint of the feature hash (whose low 32 bits choose the
// home slot), the low 32 bits the offset (25 bits) and length (7 bits) of
// the feature's run of quantised class weights.
type Model struct {
	nclass int
	scale  float32
	size   uint64
	slots  []uint64
	ents   []qentry
	keys   []uint64 // sorted feature hashes, for writing
	offs   []uint32 // offset of each key's run in ents
}

type builder struct {
	nclass int
	scale  float32
	keys   []uint64
	offs   []uint32
	ents   []qentry
}

const (
	lenBits = 7
	maxEnts = 1 << (32 - lenBits)
	lenMask = 1<<lenBits - 1
)

func home(f, size uint64) uint64 { return (f & 0xffffffff) * size >> 32 }

func fingerprint(f uint64) uint64 { return (f>>32 | 1) << 32 }

func (b *builder) build() *Model {
	n := len(b.keys)
	size := uint64(n)*10/7 + 16
	m := &Model{nclass: b.nclass, scale: b.scale, size: size, slots: make([]uint64, size),
		ents: b.ents, keys: b.keys, offs: b.offs}
	for i, k := range b.keys {
		end := uint32(len(b.ents))
		if i+1 < n {
			end = b.offs[i+1]
		}
		if b.offs[i] >= maxEnts || end-b.offs[i] > lenMask {
			continue // cannot be addressed; Freeze and Decoder keep within bounds
		}
		j := home(k, size)
		for m.slots[j] != 0 {
			j++
			if j == size {
				j = 0
			}
		}
		m.slots[j] = fingerprint(k) | uint64(b.offs[i])<<lenBits | uint64(end-b.offs[i])
	}
	return m
}

// NumClasses returns the number of classes.
func (m *Model) NumClasses() int { return m.nclass }

// NumFeatures returns the number of features with at least one weight.
func (m *Model) NumFeatures() int { return len(m.keys) }

// NumWeights returns the number of stored weights.
func (m *Model) NumWeights() int { return len(m.ents) }

// Score sets scores[c] to the weight sum of feats for each class c.
//
// The lookups run in passes so that the memory loads of different
// features are independent and overlap: first the home slots of all
// features are loaded, then collisions are resolved, then the weight runs
// are added up.
func (m *Model) Score(feats []uint64, scores []float32) {
	const chunk = 128
	var got [chunk]uint64
	var acc [128]int32 // classes, and a sink at 127
	slots, ents, size := m.slots, m.ents, m.size
	for len(feats) > 0 {
		fs := feats[:min(len(feats), chunk)]
		feats = feats[len(fs):]
		for j, f := range fs {
			got[j] = slots[home(f, size)]
		}
		for j, f := range fs {
			fp, s := fingerprint(f), got[j]
			if s&^0xffffffff == fp || s == 0 {
				continue
			}
			i := home(f, size)
			for {
				i++
				if i == size {
					i = 0
				}
				s = slots[i]
				if s&^0xffffffff == fp || s == 0 {
					break
				}
			}
			got[j] = s
		}
		// Touch the first weight of every run so that the cache misses
		// overlap, then add up.
		var sink int16
		for j, f := range fs {
			s := got[j]
			if s&^0xffffffff != fingerprint(f) {
				got[j] = 0
				continue
			}
			sink ^= ents[(uint32(s)>>lenBits)%uint32(len(ents))].w
		}
		acc[127] += int32(sink)
		for j := range fs {
			s := got[j]
			if s == 0 {
				continue
			}
			off := uint32(s) >> lenBits
			n := uint32(s) & lenMask
			for _, e := range ents[off : off+n] {
				acc[e.c&127] += int32(e.w)
			}
		}
	}
	for c := range scores {
		scores[c] = float32(acc[c]) * m.scale
	}
}

// Encoder writes the primitive values of a model file.
type Encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

// NewEncoder returns an Encoder writing to w. Call Flush when done.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: bufio.NewWriterSize(w, 1<<16)} }

// Uint writes an unsigned varint.
func (e *Encoder) Uint(v uint64) {
	if e.err != nil {
		return
	}
	n := binary.PutUvarint(e.buf[:], v)
	_, e.err = e.w.Write(e.buf[:n])
}

// Int writes a signed varint.
func (e *Encoder) Int(v int) {
	if e.err != nil {
		return
	}
	n := binary.PutVarint(e.buf[:], int64(v))
	_, e.err = e.w.Write(e.buf[:n])
}

// String writes a length-prefixed string.
func (e *Encoder) String(s string) {
	e.Uint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// Strings writes a length-prefixed list of strings.
func (e *Encoder) Strings(ss []string) {
	e.Uint(uint64(len(ss)))
	for _, s := range ss {
		e.String(s)
	}
}

// Model writes m.
func (e *Encoder) Model(m *Model) {
	e.Uint(uint64(m.nclass))
	e.Uint(uint64(math.Float32bits(m.scale)))
	e.Uint(uint64(len(m.keys)))
	prev := uint64(0)
	for i, k := range m.keys {
		end := uint32(len(m.ents))
		if i+1 < len(m.keys) {
			end = m.offs[i+1]
		}
		e.Uint(k - prev)
		prev = k
		e.Uint(uint64(end - m.offs[i]))
		for _, en := range m.ents[m.offs[i]:end] {
			e.Uint(uint64(en.c))
			if e.err == nil {
				e.err = e.w.WriteByte(byte(en.w))
			}
			if e.err == nil {
				e.err = e.w.WriteByte(byte(uint16(en.w) >> 8))
			}
		}
	}
}

// Flush flushes buffered data and returns the first error met.
func (e *Encoder) Flush() error {
	if e.err == nil {
		e.err = e.w.Flush()
	}
	return e.err
}

// Err returns the first error met.
func (e *Encoder) Err() error { return e.err }

// Decoder reads what an Encoder wrote.
type Decoder struct {
	r   *bufio.Reader
	err error
}

// NewDecoder returns a Decoder reading from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: bufio.NewReaderSize(r, 1<<16)} }

// Err returns the first error met.
func (d *Decoder) Err() error { return d.err }

func (d *Decoder) fail(err error) {
	if d.err == nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		d.err = err
	}
}

// Uint reads an unsigned varint.
func (d *Decoder) Uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return v
}

// Int reads a signed varint.
func (d *Decoder) Int() int {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return int(v)
}

// Len reads a length no greater than limit.
func (d *Decoder) Len(limit int) int {
	n := d.Uint()
	if n > uint64(limit) {
		d.fail(fmt.Errorf("length %d exceeds %d", n, limit))
		return 0
	}
	return int(n)
}

// String reads a length-prefixed string.
func (d *Decoder) String() string {
	n := d.Len(1 << 20)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
		return ""
	}
	return string(b)
}

// Strings reads a length-prefixed list of strings.
func (d *Decoder) Strings() []string {
	n := d.Len(1 << 24)
	out := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.String())
	}
	return out
}

// Model reads a model written by Encoder.Model.
func (d *Decoder) Model() *Model {
	nclass := d.Len(MaxClasses)
	scale := math.Float32frombits(uint32(d.Uint()))
	n := d.Len(1 << 28)
	if d.err != nil {
		return nil
	}
	b := &builder{nclass: nclass, scale: scale, keys: make([]uint64, 0, n), offs: make([]uint32, 0, n)}
	b.ents = make([]qentry, 0, n*3)
	key := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		delta := d.Uint()
		if delta == 0 {
			d.fail(errors.New("feature keys not increasing"))
			break
		}
		key += delta
		k := d.Len(nclass)
		b.keys = append(b.keys, key)
		b.offs = append(b.offs, uint32(len(b.ents)))
		for j := 0; j < k && d.err == nil; j++ {
			c := d.Len(nclass - 1)
			lo, err1 := d.r.ReadByte()
			hi, err2 := d.r.ReadByte()
			if err1 != nil || err2 != nil {
				d.fail(io.ErrUnexpectedEOF)
				break
			}
			b.ents = append(b.ents, qentry{c: uint16(c), w: int16(uint16(lo) | uint16(hi)<<8)})
		}
		if len(b.ents) >= maxEnts {
			d.fail(fmt.Errorf("more than %d weights", maxEnts))
		}
	}
	if d.err != nil {
		return nil
	}
	return b.build()
}

// Prune returns a copy of m without the weights whose magnitude is below
// minAbs, and without the features left empty. Smaller models score
// faster, as scoring time is dominated by reading weights.
func (m *Model) Prune(minAbs float32) *Model {
	b := &builder{nclass: m.nclass, scale: m.scale}
	lim := int32(math.Ceil(float64(minAbs / m.scale)))
	for i, k := range m.keys {
		end := uint32(len(m.ents))
		if i+1 < len(m.keys) {
			end = m.offs[i+1]
		}
		start := len(b.ents)
		for _, e := range m.ents[m.offs[i]:end] {
			if w := int32(e.w); w >= lim || -w >= lim {
				b.ents = append(b.ents, e)
			}
		}
		if len(b.ents) > start {
			b.keys = append(b.keys, k)
			b.offs = append(b.offs, uint32(start))
		}
	}
	return b.build()
}
