package dict

import (
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Set is a complete set of dictionaries.
type Set struct {
	Actors   []Actor
	Agents   []Agent
	Verbs    *Verbs
	Discards []Discard
	Issues   []Issue
	Files    []string  // the files read, in order
	Warnings []Problem // problems found while reading
}

// FileKind is the kind of dictionary a file holds.
type FileKind int

// Kinds of dictionary files.
const (
	NotDict FileKind = iota
	ActorsFile
	AgentsFile
	VerbsFile
	DiscardsFile
	IssuesFile
	JSONLFile // dyad's own format, any kind of entry (see ReadJSONL)
)

// KindOf tells the kind of dictionary from a file name, as PETRARCH
// distributions name them: *actors*.txt, *agents*.txt, *verbs*.txt or
// CAMEO*.txt, *discards*.txt and *issue*.txt, case-insensitively, optionally
// gzip-compressed (.txt.gz). Files in dyad's own JSON lines format end in
// .jsonl (or .jsonl.gz).
func KindOf(name string) FileKind {
	n := strings.ToLower(path.Base(name))
	n = strings.TrimSuffix(n, ".gz")
	if strings.HasSuffix(n, ".jsonl") {
		return JSONLFile
	}
	if !strings.HasSuffix(n, ".txt") {
		return NotDict
	}
	switch {
	case strings.Contains(n, "actors"):
		return ActorsFile
	case strings.Contains(n, "agents"):
		return AgentsFile
	case strings.Contains(n, "verbs"), strings.HasPrefix(n, "cameo"):
		return VerbsFile
	case strings.Contains(n, "discards"):
		return DiscardsFile
	case strings.Contains(n, "issue"):
		return IssuesFile
	}
	return NotDict
}

// LoadDir reads the dictionary files in dir (not its subdirectories),
// recognised by KindOf. It fails if none is found.
func LoadDir(dir string) (*Set, error) {
	s, err := LoadFS(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("dict: %s: %w", dir, err)
	}
	return s, nil
}

// LoadFS reads the dictionary files at the top of fsys, in name order.
func LoadFS(fsys fs.FS) (*Set, error) {
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	s := &Set{Verbs: &Verbs{Synsets: map[string]*Synset{}}}
	for _, e := range ents {
		if e.IsDir() || KindOf(e.Name()) == NotDict {
			continue
		}
		if err := s.loadFile(fsys, e.Name()); err != nil {
			return nil, err
		}
	}
	if len(s.Files) == 0 {
		return nil, errors.New("no dictionary files (*actors*.txt, *agents*.txt, *verbs*.txt, CAMEO*.txt, *discards*.txt, *issue*.txt, *.jsonl)")
	}
	return s, nil
}

// ReadFile reads one dictionary file of the given kind into s, adding to
// what it holds. The name is used in problems.
func (s *Set) ReadFile(r io.Reader, name string, kind FileKind) error {
	var ps []Problem
	var err error
	switch kind {
	case ActorsFile:
		var a []Actor
		a, ps, err = ReadActors(r, name)
		s.Actors = append(s.Actors, a...)
	case AgentsFile:
		var a []Agent
		a, ps, err = ReadAgents(r, name)
		s.Agents = append(s.Agents, a...)
	case VerbsFile:
		var v *Verbs
		v, ps, err = ReadVerbs(r, name)
		if s.Verbs == nil {
			s.Verbs = &Verbs{Synsets: map[string]*Synset{}}
		}
		s.Verbs.merge(v)
	case DiscardsFile:
		var d []Discard
		d, ps, err = ReadDiscards(r, name)
		s.Discards = append(s.Discards, d...)
	case IssuesFile:
		var is []Issue
		is, ps, err = ReadIssues(r, name)
		s.Issues = append(s.Issues, is...)
	case JSONLFile:
		var j *Set
		j, ps, err = ReadJSONL(r, name)
		s.Actors = append(s.Actors, j.Actors...)
		s.Agents = append(s.Agents, j.Agents...)
		if s.Verbs == nil {
			s.Verbs = &Verbs{Synsets: map[string]*Synset{}}
		}
		s.Verbs.merge(j.Verbs)
		s.Discards = append(s.Discards, j.Discards...)
		s.Issues = append(s.Issues, j.Issues...)
	default:
		return fmt.Errorf("dict: %s: not a dictionary file", name)
	}
	s.Files = append(s.Files, name)
	s.Warnings = append(s.Warnings, ps...)
	return err
}

func (s *Set) loadFile(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	base := name
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		r, base = zr, name[:len(name)-3]
	}
	return s.ReadFile(r, base, KindOf(name))
}

// Merge adds the entries of other after those of s, so that a user's
// dictionaries extend the defaults: s.Merge(user). Consumers that build
// indexes let later entries win, so other's entries take precedence; a
// synset of other replaces the one of the same name. To replace the
// defaults instead, use the user's set alone.
func (s *Set) Merge(other *Set) {
	if other == nil {
		return
	}
	s.Actors = append(s.Actors, other.Actors...)
	s.Agents = append(s.Agents, other.Agents...)
	if s.Verbs == nil {
		s.Verbs = &Verbs{Synsets: map[string]*Synset{}}
	}
	s.Verbs.merge(other.Verbs)
	s.Discards = append(s.Discards, other.Discards...)
	s.Issues = append(s.Issues, other.Issues...)
	s.Files = append(s.Files, other.Files...)
	s.Warnings = append(s.Warnings, other.Warnings...)
}

// Clone returns a copy of s that can be merged into or appended to without
// changing s. The entries themselves are shared.
func (s *Set) Clone() *Set {
	return &Set{
		Actors:   slices.Clip(s.Actors),
		Agents:   slices.Clip(s.Agents),
		Verbs:    s.Verbs.clone(),
		Discards: slices.Clip(s.Discards),
		Issues:   slices.Clip(s.Issues),
		Files:    slices.Clip(s.Files),
		Warnings: slices.Clip(s.Warnings),
	}
}

//go:embed data/*.txt data/*.txt.gz
var embedded embed.FS

var defaultSet = sync.OnceValues(func() (*Set, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	return LoadFS(sub)
})

// Default returns the embedded default dictionaries: the Phoenix actors,
// agents, discards and issues and the CAMEO 2.0 verb patterns. They are
// read once; each call returns a fresh Set sharing the (read-only)
// entries, so callers may Merge into it freely but must not modify its
// entries in place.
func Default() (*Set, error) {
	s, err := defaultSet()
	if err != nil {
		return nil, fmt.Errorf("dict: embedded dictionaries: %w", err)
	}
	return s.Clone(), nil
}

// WarningCounts summarises the warnings per file, for reports.
func (s *Set) WarningCounts() map[string]int {
	m := map[string]int{}
	for _, w := range s.Warnings {
		m[w.File]++
	}
	return m
}

// sortedSynsets returns the synsets in name order.
func (v *Verbs) sortedSynsets() []*Synset {
	out := make([]*Synset, 0, len(v.Synsets))
	for _, s := range v.Synsets {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Load reads a dictionary folder (as LoadDir) or a single dictionary file
// of a kind KindOf recognises, optionally gzip-compressed.
func Load(path string) (*Set, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	if fi.IsDir() {
		return LoadDir(path)
	}
	name := filepath.Base(path)
	if KindOf(name) == NotDict {
		return nil, fmt.Errorf("dict: %s: not a dictionary file (*actors*.txt, *agents*.txt, *verbs*.txt, CAMEO*.txt, *discards*.txt, *issue*.txt, *.jsonl)", path)
	}
	s := &Set{Verbs: &Verbs{Synsets: map[string]*Synset{}}}
	if err := s.loadFile(os.DirFS(filepath.Dir(path)), name); err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	return s, nil
}
