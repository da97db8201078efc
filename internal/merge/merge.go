// Package merge writes the revision `alembic merge` writes (Alembic 1.19),
// without Python: the same file, at the same path, byte for byte except the
// create date, from the tree's own script.py.mako.
//
// It follows ScriptDirectory.generate_revision step by step so that a
// failing merge fails with Alembic's message, in Alembic's order, but it
// never leaves a broken tree behind where Alembic would: every check that
// Alembic makes after writing (the reload, hook configuration, a branch
// label the template drops) is made before anything is written; the file is
// written atomically and never over an existing one; and any failure after
// writing removes the file and the directories created for it.
package merge

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/alembic/graph"
	"github.com/onehead/onehead/internal/alembic/script"
	"github.com/onehead/onehead/internal/tree"
)

// AutoID is the --rev-id value that asks for an id derived from the
// parents (see autoID) instead of a random one.
const AutoID = "auto"

// Request is one merge: what `alembic merge` takes on its command line,
// plus onehead's own options.
type Request struct {
	// Config selects the configuration, as alembic's -c and -n do.
	Config config.Options
	// Settings say how the tree is read (strictness, the file cache).
	Settings tree.Settings

	// Revisions are the revision arguments, in order.
	Revisions []string
	// Message is -m; nil when not given (the slug is then empty and the
	// template gets "empty message").
	Message *string
	// RevID is --rev-id: empty for a random id, AutoID for a derived one.
	RevID string
	// BranchLabel is --branch-label; nil when not given.
	BranchLabel *string
	// Splice allows parents that are not heads.
	Splice bool

	// DateFromParents takes create_date from the newest parent's
	// "Create Date:" line instead of the clock; when no parent has one,
	// from Now if it is given (a fixed clock: SOURCE_DATE_EPOCH, or the
	// hooks' commit date), else the merge fails.
	DateFromParents bool
	// Stage, when set, adds the new file to version control (onehead
	// merge --stage: git add) and reports whether it could; an error
	// undoes the merge. It keeps this package free of git.
	Stage func(path string) (staged bool, err error)

	// Now is the clock (nil: time.Now); Local is the zone of a naive
	// create_date (nil: time.Local, the process's TZ as in Python).
	Now   func() time.Time
	Local *time.Location

	// Stdout receives what Alembic prints (and hooks' output); Stderr
	// receives hooks' error output.
	Stdout, Stderr io.Writer
}

// Result is what a merge did.
type Result struct {
	// Path is the new revision file, absolute.
	Path string
	// Heads are the heads after the merge, as `alembic heads` lists them.
	Heads []*graph.Node
	// Staged reports whether Stage added the file.
	Staged bool
	// Warnings are Alembic's warnings about the tree and onehead's about
	// the merge; they are set even when the merge fails.
	Warnings []alembic.Warning
}

// Failure is an Alembic "FAILED:" line whose explanation Alembic hides (in
// a temporary file, or behind a generic message): Detail is that
// explanation, for onehead to show on stderr.
type Failure struct {
	*alembic.Failed
	Detail string
}

func (f *Failure) Unwrap() error { return f.Failed }

// Merge performs req. Errors are *alembic.Failed (or a *Failure) where
// Alembic prints "FAILED:", and other errors where Alembic crashes or
// onehead refuses; in every error case the tree is left as it was.
func Merge(req Request) (*Result, error) {
	res := &Result{}
	t, err := load(req, res)
	if err != nil {
		return res, err
	}
	p, err := plan(t, req, res)
	if err != nil {
		return res, err
	}
	if err := p.write(req, res); err != nil {
		return res, err
	}
	return res, nil
}

// load reads the tree and makes the checks Alembic makes before it
// resolves the revisions, in Alembic's order.
func load(req Request, res *Result) (*tree.Tree, error) {
	if req.Message != nil && strings.Contains(*req.Message, `"""`) {
		return nil, errors.New(`the message contains """, which would end the revision file's docstring: Alembic would write a file Python cannot load; rephrase the message`)
	}
	t, loadErr := tree.Open(req.Config, req.Settings)
	res.Warnings = append(res.Warnings, t.Warnings...)
	if t.Config == nil {
		return nil, loadErr
	}
	env, err := t.Config.RevisionEnvironment()
	if err != nil {
		return nil, err
	}
	if env {
		msg := "revision_environment is set: Alembic runs env.py before merging, onehead does not run Python, so anything env.py adds to the template is missing"
		if req.Settings.Strict {
			return nil, errors.New(msg)
		}
		res.warn(msg)
	}
	var re *alembic.RevisionError
	if req.RevID != "" && req.RevID != AutoID {
		if err := script.VerifyID(req.RevID, "", 0); errors.As(err, &re) {
			return nil, &alembic.Failed{Message: re.Message}
		}
	}
	// merge loads the revisions inside Alembic's error handler, so a graph
	// error is a "FAILED:" line here.
	if errors.As(loadErr, &re) {
		return nil, &alembic.Failed{Message: re.Message}
	}
	return t, loadErr
}

func (res *Result) warn(msg string) { res.Warnings = append(res.Warnings, alembic.Warning{Msg: msg}) }

// addNew adds the warnings not given already: reading the tree again with
// the new file repeats the tree's own warnings.
func (res *Result) addNew(warns []alembic.Warning) {
	for _, w := range warns {
		if !slices.Contains(res.Warnings, w) {
			res.Warnings = append(res.Warnings, w)
		}
	}
}

// planned is a merge worked out in full, the file rendered and read back,
// before anything is written.
type planned struct {
	cfg     *config.Config
	g       *graph.Graph
	parents []*graph.Node
	revID   string
	// dir is the version location; path the new file, under it.
	dir, path string
	data      []byte
	hooks     []hook
	// after is the graph with the new file read back.
	after *graph.Graph
}

// plan follows ScriptDirectory.generate_revision up to rendering: the
// parents, the create date, the directory, the id and the file name, then
// the checks Alembic makes only after writing.
func plan(t *tree.Tree, req Request, res *Result) (*planned, error) {
	p := &planned{cfg: t.Config, g: t.Graph}
	var err error
	if p.parents, err = resolveParents(p.g, req.Revisions); err != nil {
		return nil, err
	}
	local := req.Local
	if local == nil {
		local = time.Local
	}
	var date *Datetime
	if req.DateFromParents {
		date, err = parentsDate(p.cfg, p.parents, local)
		if errors.Is(err, errNoCreateDate) && req.Now != nil {
			date, err = createDate(p.cfg, req.Now(), local)
		}
	} else {
		now := time.Now
		if req.Now != nil {
			now = req.Now
		}
		date, err = createDate(p.cfg, now(), local)
	}
	if err != nil {
		return nil, err
	}
	if p.dir, err = versionDir(p.cfg, p.parents); err != nil {
		return nil, err
	}
	if p.revID, err = p.newID(req.RevID, date); err != nil {
		return nil, err
	}
	name, err := fileName(p.cfg, p.revID, Slug(req.Message, p.cfg.TruncateSlugLength), date)
	if err != nil {
		return nil, err
	}
	// pathlib's Path(dir) / name: dir is already in pathlib's form and
	// fileName refuses anything pathlib would normalise.
	p.path = p.dir + "/" + name
	if !req.Splice {
		for _, parent := range p.parents {
			if !parent.IsHead() {
				return nil, alembic.Failf("Revision %s is not a head revision; please specify --splice to create a new branch from this revision", parent.ID)
			}
		}
	}
	if _, err := os.Lstat(p.path); err == nil {
		return nil, &ExistsError{Path: p.path}
	}
	if p.hooks, err = prepareHooks(p.cfg.Hooks); err != nil {
		return nil, err
	}
	if p.data, err = render(p.cfg, templateVars(p.cfg, p.revID, ids(p.parents), req.BranchLabel, req.Message, date)); err != nil {
		fmt.Fprintf(req.Stdout, "Generating %s ...  FAILED\n", p.path)
		return nil, err
	}
	// Read the file back before it exists, as Alembic does after writing
	// it, and link it into the graph as `alembic heads` will.
	if err := p.check(p.data, req, res); err != nil {
		return nil, err
	}
	return p, nil
}

// newID is the new revision's id: the one given, a random one, or with
// AutoID one derived from the parents.
func (p *planned) newID(given string, date *Datetime) (string, error) {
	taken := ids(p.g.Nodes)
	switch given {
	case "":
		return randomID(taken)
	case AutoID:
		id := autoID(ids(p.parents), taken, date)
		if slices.Contains(taken, id) {
			return "", fmt.Errorf("--rev-id auto: the derived id %s already exists in this tree (someone merged these heads already?)", id)
		}
		return id, nil
	}
	return given, nil
}

// write creates the directories and the file, runs the hooks, checks the
// file again if a hook could have changed it, and stages it. Any failure
// removes what it created.
func (p *planned) write(req Request, res *Result) (err error) {
	u := &undo{}
	defer func() {
		if err != nil {
			u.rollback()
		}
	}()
	if p.cfg.VersionLocationsSet {
		if err := u.mkdir(p.dir, req.Stdout); err != nil {
			return err
		}
	}
	if err := u.mkdir(p.path[:strings.LastIndexByte(p.path, '/')], req.Stdout); err != nil {
		return err
	}
	fmt.Fprintf(req.Stdout, "Generating %s ...", p.path)
	if err := u.create(p.path, p.data); err != nil {
		fmt.Fprint(req.Stdout, "  FAILED\n")
		return err
	}
	fmt.Fprint(req.Stdout, "  done\n")
	if len(p.hooks) > 0 {
		e := hookEnv{stdout: req.Stdout, stderr: req.Stderr, dir: p.cfg.Dir, warn: res.warn}
		for _, h := range p.hooks {
			h.run(p.path, e)
		}
		// A hook may rewrite the file; it must still be the same revision.
		if err := p.check(nil, req, res); err != nil {
			return fmt.Errorf("after the post write hooks, the new file no longer reads back as the merge (removed): %w", err)
		}
	}
	if req.Stage != nil {
		if res.Staged, err = req.Stage(p.path); err != nil {
			return fmt.Errorf("staging the new file failed (it was removed): %w", err)
		}
	}
	res.Path, res.Heads = p.path, p.after.Heads()
	return nil
}

func ids(nodes []*graph.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

// multipleHeads is the message generate_revision gives MultipleHeads.
const multipleHeads = "Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge."

// resolveParents resolves the revision arguments inside the equivalent of
// Alembic's _catch_revision_errors, then refuses repeats.
func resolveParents(g *graph.Graph, args []string) ([]*graph.Node, error) {
	parents, err := g.Resolve(args)
	var (
		mh *graph.MultipleHeadsError
		re *graph.ResolutionError
	)
	switch {
	case errors.As(err, &mh):
		return nil, &Failure{Failed: alembic.Failf(multipleHeads), Detail: mh.Error()}
	case errors.As(err, &re):
		return nil, &Failure{Failed: alembic.Failf("Can't locate revision identified by '%s'", re.Argument), Detail: re.Message}
	case err != nil:
		return nil, err
	}
	for i, p := range parents {
		if slices.Contains(parents[:i], p) {
			return nil, alembic.Failf("Duplicate head revisions specified")
		}
	}
	return parents, nil
}

// versionDir is where the new file goes: the only version location, or
// with several the directory of the first parent, which must be one of
// them exactly.
func versionDir(cfg *config.Config, parents []*graph.Node) (string, error) {
	locs := cfg.VersionLocations
	dir := locs[0]
	if len(locs) > 1 {
		if len(parents) == 0 {
			return "", alembic.Failf("Multiple version locations present, please specify --version-path")
		}
		dir = filepath.Dir(parents[0].Path)
	}
	if !slices.Contains(locs, dir) {
		return "", alembic.Failf("Path %s is not represented in current version locations", dir)
	}
	return dir, nil
}

// check reads the new file back (from data, or from disk when data is
// nil), confirms it is the intended revision, and builds the graph with
// it, as Alembic's add_revision links it. New warnings (an id that already
// exists) go to res.
func (p *planned) check(data []byte, req Request, res *Result) error {
	rev, warns, err := readBack(p.path, data, req.Settings.Strict)
	res.addNew(warns)
	if err != nil {
		return err
	}
	if err := confirm(p.path, rev, p.revID, p.parents, req.BranchLabel); err != nil {
		return err
	}
	revs := make([]*script.Revision, 0, len(p.g.Nodes)+1)
	for _, n := range p.g.Nodes {
		revs = append(revs, n.Revision)
	}
	// The new file takes its place in load order, which decides the order
	// of heads and which file wins a repeated id. Loaded paths are
	// resolved through symlinks, so the comparison is made on resolved
	// paths; load order is sorted, so a binary search finds the place.
	locs := make([]string, len(p.cfg.VersionLocations))
	for i, l := range p.cfg.VersionLocations {
		locs[i] = resolved(l)
	}
	path := filepath.Join(resolved(filepath.Dir(rev.Path)), filepath.Base(rev.Path))
	at := sort.Search(len(revs), func(i int) bool { return loadsBefore(locs, path, revs[i].Path) })
	after, warns, err := graph.Build(slices.Insert(revs, at, rev))
	res.addNew(warns)
	if err != nil {
		return fmt.Errorf("with the new revision, the tree would not load: %w", err)
	}
	p.after = after
	return nil
}

// resolved is path with symlinks resolved, or path itself while it does
// not exist.
func resolved(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	return path
}

// loadsBefore reports whether Alembic loads the file at a before the one at
// b: locations in order, then within a location a directory's own files
// by name before its subdirectories by name, depth first. A path outside
// every location sorts last.
func loadsBefore(locations []string, a, b string) bool {
	locIndex := func(p string) (int, []string) {
		for i, loc := range locations {
			if rel, ok := strings.CutPrefix(p, loc+"/"); ok {
				return i, strings.Split(rel, "/")
			}
		}
		return len(locations), nil
	}
	ia, pa := locIndex(a)
	ib, pb := locIndex(b)
	if ia != ib || pa == nil {
		return ia < ib
	}
	for k := 0; k < len(pa) && k < len(pb); k++ {
		lastA, lastB := k == len(pa)-1, k == len(pb)-1
		switch {
		case lastA != lastB:
			return lastA // a file before a subdirectory
		case pa[k] != pb[k]:
			return pa[k] < pb[k]
		}
	}
	return false
}
