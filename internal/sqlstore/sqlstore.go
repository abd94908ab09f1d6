// Package sqlstore is the SQL implementation of dyad.Store shared by the
// sqlite and postgres packages. The two differ only in their driver, their
// placeholders and their full-text search, which a Dialect describes; the
// schema and its migrations are kept in step in each package.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/pressly/goose/v3"

	"dyad"
)

// defaultLimit caps listings that ask for no limit.
const defaultLimit = 100

// Dialect describes what differs between SQL databases.
type Dialect struct {
	// Name names the database in error messages: "sqlite", "postgres".
	Name string
	// Goose is the migration dialect.
	Goose goose.Dialect
	// Numbered is true when placeholders are $1, $2, ... rather than ?.
	Numbered bool
	// Search returns the FROM clause, WHERE condition and ORDER BY of a
	// full-text query over articles aliased "a". The FROM clause or the
	// condition holds one placeholder, for the returned arg.
	Search func(query string) (from, cond, order string, arg any)
}

// Store is a dyad.Store over a database/sql handle.
type Store struct {
	db *sql.DB
	d  Dialect
}

var _ dyad.Store = (*Store)(nil)

// New returns a store over db, first applying the migrations in fsys.
func New(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS) (*Store, error) {
	p, err := goose.NewProvider(d.Goose, db, fsys)
	if err != nil {
		return nil, fmt.Errorf("%s: migrate: %w", d.Name, err)
	}
	// Two processes opening a new database at once both try to migrate it;
	// the loser's migration fails on what the winner created. Trying again
	// finds the migrations applied.
	for attempt := 0; ; attempt++ {
		_, err = p.Up(ctx)
		if err == nil || attempt == 4 || ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration(attempt+1) * 50 * time.Millisecond)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: migrate: %w", d.Name, err)
	}
	return &Store{db: db, d: d}, nil
}

// DB returns the underlying database handle.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// q rewrites the ? placeholders of query for the dialect.
func (s *Store) q(query string) string {
	if !s.d.Numbered {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SchemaVersion returns the highest applied migration version.
func (s *Store) SchemaVersion(ctx context.Context) (int64, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx,
		`SELECT MAX(version_id) FROM goose_db_version WHERE is_applied`).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("%s: schema version: %w", s.d.Name, err)
	}
	return v.Int64, nil
}

const insertArticle = `INSERT INTO articles
	(id, hash, url, outlet, published, published_at, title, text, origin, ingested_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (hash) DO NOTHING`

const insertEvent = `INSERT INTO events
	(id, article_id, sentence, span_start, span_end,
	 source_code, source_country, source_sector, source_text,
	 target_code, target_country, target_sector, target_text,
	 code, root, quad, goldstein, plover, modality, date, date_precision,
	 location_name, location_country, location_lat, location_lon,
	 attribution, evidence)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (id) DO NOTHING`

// Save stores recs in one transaction. An article whose content hash is
// already stored is counted as a duplicate and its events are not stored
// again. An article whose ID is taken by different content is stored under
// the ID suffixed with part of its hash, and its events follow it.
func (s *Store) Save(ctx context.Context, recs []dyad.Record) (res dyad.SaveResult, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("%s: save: begin: %w", s.d.Name, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	artStmt, err := tx.PrepareContext(ctx, s.q(insertArticle))
	if err != nil {
		return res, fmt.Errorf("%s: save: %w", s.d.Name, err)
	}
	defer artStmt.Close()
	evStmt, err := tx.PrepareContext(ctx, s.q(insertEvent))
	if err != nil {
		return res, fmt.Errorf("%s: save: %w", s.d.Name, err)
	}
	defer evStmt.Close()
	idStmt, err := tx.PrepareContext(ctx, s.q(`SELECT hash FROM articles WHERE id = ?`))
	if err != nil {
		return res, fmt.Errorf("%s: save: %w", s.d.Name, err)
	}
	defer idStmt.Close()

	now := time.Now().Unix()
	for i := range recs {
		a := recs[i].Article
		if a.Hash == "" {
			a.Finish()
		}
		if a.ID == "" {
			a.ID = a.Hash[:16]
		}
		var taken string
		switch err := idStmt.QueryRowContext(ctx, a.ID).Scan(&taken); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return res, fmt.Errorf("%s: save article %s: %w", s.d.Name, a.ID, err)
		case taken == a.Hash:
			res.Duplicate++
			continue
		default:
			a.ID = a.ID + "-" + a.Hash[:8]
		}
		r, err := artStmt.ExecContext(ctx, a.ID, a.Hash, a.URL, a.Outlet,
			formatTime(a.Published), unixOrNull(a.Published), a.Title, a.Text, a.Origin, now)
		if err != nil {
			return res, fmt.Errorf("%s: save article %s: %w", s.d.Name, a.ID, err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			res.Duplicate++
			continue
		}
		res.New++
		for j := range recs[i].Events {
			e := recs[i].Events[j]
			e.ArticleID = a.ID
			if e.ID == "" {
				e.ID = dyad.EventID(&e)
			}
			if err := execEvent(ctx, evStmt, &e); err != nil {
				return res, fmt.Errorf("%s: save event %s of article %s: %w", s.d.Name, e.ID, a.ID, err)
			}
			res.Events++
		}
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("%s: save: commit: %w", s.d.Name, err)
	}
	return res, nil
}

func execEvent(ctx context.Context, st *sql.Stmt, e *dyad.Event) error {
	attr := e.Attribution
	if attr == nil {
		attr = []string{}
	}
	aj, err := json.Marshal(attr)
	if err != nil {
		return err
	}
	var ln, lc sql.NullString
	var lat, lon sql.NullFloat64
	if l := e.Location; l != nil {
		ln = sql.NullString{String: l.Name, Valid: true}
		lc = sql.NullString{String: l.Country, Valid: true}
		lat = sql.NullFloat64{Float64: l.Lat, Valid: true}
		lon = sql.NullFloat64{Float64: l.Lon, Valid: true}
	}
	_, err = st.ExecContext(ctx, e.ID, e.ArticleID, e.Sentence, e.Span[0], e.Span[1],
		e.Source.Code, e.Source.Country, e.Source.Sector, e.Source.Text,
		e.Target.Code, e.Target.Country, e.Target.Sector, e.Target.Text,
		e.Code, e.Root, e.Quad, e.Goldstein, e.Plover, string(e.Modality), e.Date, e.DatePrecision,
		ln, lc, lat, lon, string(aj), e.Evidence)
	return err
}

// HasHash reports whether an article with the content hash is stored.
func (s *Store) HasHash(ctx context.Context, hash string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT 1 FROM articles WHERE hash = ?`), hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: has hash: %w", s.d.Name, err)
	}
	return true, nil
}

const articleCols = `a.id, a.hash, a.url, a.outlet, a.published, a.title, a.text, a.origin`

// Article returns the article with the ID, or an error wrapping
// dyad.ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (dyad.Article, error) {
	row := s.db.QueryRowContext(ctx, s.q(`SELECT `+articleCols+` FROM articles a WHERE a.id = ?`), id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("%s: article %q: %w", s.d.Name, id, dyad.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("%s: article %q: %w", s.d.Name, id, err)
	}
	return a, nil
}

type scanner interface{ Scan(...any) error }

func scanArticle(r scanner) (dyad.Article, error) {
	var a dyad.Article
	var pub string
	if err := r.Scan(&a.ID, &a.Hash, &a.URL, &a.Outlet, &pub, &a.Title, &a.Text, &a.Origin); err != nil {
		return a, err
	}
	if pub != "" {
		t, err := time.Parse(time.RFC3339Nano, pub)
		if err != nil {
			return a, fmt.Errorf("stored date %q: %w", pub, err)
		}
		a.Published = t
	}
	return a, nil
}

// Articles returns the articles that match f. Without a query they come
// newest first; with one, best match first (FTS5 rank).
func (s *Store) Articles(ctx context.Context, f dyad.ArticleFilter) ([]dyad.Article, error) {
	var where []string
	var args []any
	from := `articles a`
	order := `a.published_at DESC NULLS LAST, a.seq DESC`
	if f.Query != "" {
		var cond string
		var arg any
		from, cond, order, arg = s.d.Search(f.Query)
		where = append(where, cond)
		args = append(args, arg)
	}
	if f.Outlet != "" {
		where = append(where, `a.outlet = ?`)
		args = append(args, f.Outlet)
	}
	if !f.Since.IsZero() {
		where = append(where, `a.published_at >= ?`)
		args = append(args, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		where = append(where, `a.published_at < ?`)
		args = append(args, f.Until.Unix())
	}
	q := `SELECT ` + articleCols + ` FROM ` + from
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
	args = append(args, limit(f.Limit), f.Offset)
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: articles: %w", s.d.Name, err)
	}
	defer rows.Close()
	var out []dyad.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: articles: %w", s.d.Name, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: articles: %w", s.d.Name, err)
	}
	return out, nil
}

// CountArticles returns the number of stored articles.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("%s: count articles: %w", s.d.Name, err)
	}
	return n, nil
}

const eventCols = `id, article_id, sentence, span_start, span_end,
	source_code, source_country, source_sector, source_text,
	target_code, target_country, target_sector, target_text,
	code, root, quad, goldstein, plover, modality, date, date_precision,
	location_name, location_country, location_lat, location_lon,
	attribution, evidence`

// Events returns the events that match f, by article and position.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.Event, error) {
	var where []string
	var args []any
	add := func(cond string, v any) {
		where = append(where, cond)
		args = append(args, v)
	}
	if f.ArticleID != "" {
		add(`article_id = ?`, f.ArticleID)
	}
	if f.Source != "" {
		add(actorCond("source", f.Source))
	}
	if f.Target != "" {
		add(actorCond("target", f.Target))
	}
	if f.Code != "" {
		add(`code = ?`, f.Code)
	}
	if f.Root != "" {
		add(`root = ?`, f.Root)
	}
	if f.Modality != "" {
		add(`modality = ?`, string(f.Modality))
	}
	if f.Since != "" {
		add(`date >= ?`, f.Since)
	}
	if f.Until != "" {
		// A date of lower precision (2025-07) sorts before its days; "~" sorts after digits.
		add(`date <= ?`, f.Until+"~")
	}
	q := `SELECT ` + eventCols + ` FROM events`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY seq LIMIT ? OFFSET ?`
	args = append(args, limit(f.Limit), f.Offset)
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fmt.Errorf("%s: events: %w", s.d.Name, err)
	}
	defer rows.Close()
	var out []dyad.Event
	for rows.Next() {
		var e dyad.Event
		var mod, attr string
		var ln, lc sql.NullString
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&e.ID, &e.ArticleID, &e.Sentence, &e.Span[0], &e.Span[1],
			&e.Source.Code, &e.Source.Country, &e.Source.Sector, &e.Source.Text,
			&e.Target.Code, &e.Target.Country, &e.Target.Sector, &e.Target.Text,
			&e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.Plover, &mod, &e.Date, &e.DatePrecision,
			&ln, &lc, &lat, &lon, &attr, &e.Evidence); err != nil {
			return nil, fmt.Errorf("%s: events: %w", s.d.Name, err)
		}
		e.Modality = dyad.Modality(mod)
		if ln.Valid {
			e.Location = &dyad.Location{Name: ln.String, Country: lc.String, Lat: lat.Float64, Lon: lon.Float64}
		}
		if err := json.Unmarshal([]byte(attr), &e.Attribution); err != nil {
			return nil, fmt.Errorf("%s: events: attribution of %s: %w", s.d.Name, e.ID, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: events: %w", s.d.Name, err)
	}
	return out, nil
}

// actorCond is the condition of an actor filter: a three-letter country
// code matches the country column, which is indexed; anything else (RUSGOV,
// IGOUNO, IGO) is a prefix of the actor code.
func actorCond(side, v string) (string, any) {
	if c := strings.ToUpper(v); len(c) == 3 && c != "IGO" && c != "NGO" && c != "MNC" &&
		strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return side + `_country = ?`, c
	}
	return side + `_code LIKE ? ESCAPE '\'`, likePrefix(v)
}

func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}

func limit(n int) int {
	if n <= 0 {
		return defaultLimit
	}
	return n
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func unixOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}
