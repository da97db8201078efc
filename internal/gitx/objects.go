package gitx

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/go-git/go-billy/v5/osfs"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/format/objfile"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"
	"github.com/go-git/go-git/v5/storage/filesystem/dotgit"
)

// Mode is a tree entry's mode, as git stores it.
type Mode uint32

// The modes git writes in trees.
const (
	ModeTree      Mode = 0o040000
	ModeFile      Mode = 0o100644
	ModeExec      Mode = 0o100755
	ModeSymlink   Mode = 0o120000
	ModeSubmodule Mode = 0o160000
)

// Entry is one entry of a tree object.
type Entry struct {
	Name string
	Mode Mode
	ID   string
}

// Objects reads a repository's objects by id.
type Objects interface {
	// Tree lists a tree object's entries.
	Tree(id string) ([]Entry, error)
	// Blob is a blob's content.
	Blob(id string) ([]byte, error)
	// CommitTree is the root tree of a commit, peeling annotated tags.
	CommitTree(id string) (string, error)
	// Ref resolves a reference name (HEAD, refs/heads/main) to an object
	// id; "" when it does not exist.
	Ref(name string) (string, error)
	// Symref is the reference a symbolic reference points at
	// (refs/remotes/origin/HEAD -> refs/remotes/origin/main); "" when name
	// is not a symbolic reference.
	Symref(name string) (string, error)
	Close() error
}

// BlobReader is an Objects that reads many blobs faster together than
// one by one: `git cat-file --batch` answers a batch of requests without
// a round trip between the two processes for each.
type BlobReader interface {
	// Blobs returns the content of each blob in ids, in order.
	Blobs(ids []string) ([][]byte, error)
}

// OpenObjects reads repo's objects in-process through go-git where that
// is faster, and through `git cat-file --batch` elsewhere and wherever
// go-git fails. go-git spares the start of a git process (about 2 ms) but
// decodes every pack index it opens in full, where git maps it: past about
// ten thousand packed objects git is faster even for one object
// (BenchmarkObjects), and it reads many objects about twice as fast. So
// go-git reads small repositories, and in larger ones only refs and loose
// objects (the commits and trees a rebase or a commit just wrote, which is
// often all a hook needs), git the rest; git also reads what go-git v5
// cannot: SHA-256 object names, reftable refs, alternates.
func OpenObjects(ctx context.Context, repo *Repo) Objects {
	cli := &lazyCatFile{ctx: ctx, repo: repo}
	if !goGitReadable(repo.CommonDir) {
		return cli
	}
	if packIndexBytes(repo.CommonDir) > maxGoGitIndex {
		return looseFirst(repo, cli)
	}
	return &fallback{primary: openGoGit(repo), secondary: cli}
}

// looseFirst reads loose objects through go-git and the rest through git.
func looseFirst(repo *Repo, cli *lazyCatFile) *packedFallback {
	g := openGoGit(repo)
	g.looseOnly = true
	return &packedFallback{fallback: fallback{primary: g, secondary: cli}, git: cli}
}

func openGoGit(repo *Repo) *goGit {
	fs := dotgit.NewRepositoryFilesystem(osfs.New(repo.GitDir), osfs.New(repo.CommonDir))
	return &goGit{st: filesystem.NewStorageWithOptions(fs, cache.NewObjectLRU(32*cache.MiByte), filesystem.Options{}),
		dir: dotgit.New(fs)}
}

// goGitReadable reports whether go-git v5 reads this repository's objects
// and refs as git does: not when the config asks for SHA-256 object names
// or reftable refs (go-git v5 would misread or miss them).
func goGitReadable(commonDir string) bool {
	cfg, err := os.ReadFile(filepath.Join(commonDir, "config"))
	if err != nil {
		return false
	}
	lower := bytes.ToLower(cfg)
	return !bytes.Contains(lower, []byte("objectformat")) && !bytes.Contains(lower, []byte("refstorage"))
}

// maxGoGitIndex is the size of pack indexes (about 28 bytes an object)
// past which go-git's opening costs more than a git process.
const maxGoGitIndex = 256 << 10

// packIndexBytes is the size of the repository's pack indexes, or the
// maximum when it borrows objects from elsewhere (alternates).
func packIndexBytes(commonDir string) int64 {
	objects := filepath.Join(commonDir, "objects")
	if _, err := os.Stat(filepath.Join(objects, "info", "alternates")); err == nil {
		return math.MaxInt64
	}
	entries, _ := os.ReadDir(filepath.Join(objects, "pack"))
	var n int64
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".idx") {
			if info, err := e.Info(); err == nil {
				n += info.Size()
			}
		}
	}
	return n
}

// fallback asks primary first and secondary when primary fails.
type fallback struct {
	primary, secondary Objects
}

func (f *fallback) Tree(id string) ([]Entry, error) {
	if e, err := f.primary.Tree(id); err == nil {
		return e, nil
	}
	return f.secondary.Tree(id)
}

func (f *fallback) Blob(id string) ([]byte, error) {
	if b, err := f.primary.Blob(id); err == nil {
		return b, nil
	}
	return f.secondary.Blob(id)
}

// packedFallback is the fallback of a repository whose packs go-git
// leaves to git: blobs read together go to git at once, as most are
// packed (and git reads loose objects too). Where go-git reads packs, it
// reads blobs in-process, and nothing is gained by a batch.
type packedFallback struct {
	fallback
	git *lazyCatFile
}

func (f *packedFallback) Blobs(ids []string) ([][]byte, error) { return f.git.Blobs(ids) }

func (f *fallback) CommitTree(id string) (string, error) {
	if t, err := f.primary.CommitTree(id); err == nil {
		return t, nil
	}
	return f.secondary.CommitTree(id)
}

func (f *fallback) Ref(name string) (string, error) {
	// go-git's "not found" is git's for the files backend it reads.
	if id, err := f.primary.Ref(name); err == nil {
		return id, nil
	}
	return f.secondary.Ref(name)
}

func (f *fallback) Symref(name string) (string, error) {
	if t, err := f.primary.Symref(name); err == nil {
		return t, nil
	}
	return f.secondary.Symref(name)
}

func (f *fallback) Close() error { return errors.Join(f.primary.Close(), f.secondary.Close()) }

// goGit reads objects from the repository's files; with looseOnly, only
// loose objects, never opening a pack.
type goGit struct {
	st        *filesystem.Storage
	dir       *dotgit.DotGit
	looseOnly bool
}

func (g *goGit) object(id string) (plumbing.EncodedObject, error) {
	if !plumbing.IsHash(id) {
		return nil, fmt.Errorf("not an object id: %q", id)
	}
	if g.looseOnly {
		return g.loose(plumbing.NewHash(id))
	}
	return g.st.EncodedObject(plumbing.AnyObject, plumbing.NewHash(id))
}

// loose reads a loose object file.
func (g *goGit) loose(h plumbing.Hash) (plumbing.EncodedObject, error) {
	f, err := g.dir.Object(h)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := objfile.NewReader(f)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	t, size, err := r.Header()
	if err != nil {
		return nil, err
	}
	obj := &plumbing.MemoryObject{}
	obj.SetType(t)
	obj.SetSize(size)
	if _, err := io.Copy(obj, r); err != nil {
		return nil, err
	}
	return obj, nil
}

func (g *goGit) Tree(id string) ([]Entry, error) {
	data, err := g.content(id, plumbing.TreeObject)
	if err != nil {
		return nil, err
	}
	return parseTree(data, len(id)/2)
}

func (g *goGit) Blob(id string) ([]byte, error) { return g.content(id, plumbing.BlobObject) }

// content is an object's raw content, as git cat-file gives it: both
// readers decode it the same way.
func (g *goGit) content(id string, want plumbing.ObjectType) ([]byte, error) {
	o, err := g.object(id)
	if err != nil {
		return nil, err
	}
	if want != plumbing.AnyObject && o.Type() != want {
		return nil, fmt.Errorf("object %s is a %s, not a %s", id, o.Type(), want)
	}
	r, err := o.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func (g *goGit) CommitTree(id string) (string, error) {
	for range 10 {
		o, err := g.object(id)
		if err != nil {
			return "", err
		}
		data, err := g.content(id, plumbing.AnyObject)
		if err != nil {
			return "", err
		}
		switch o.Type() {
		case plumbing.CommitObject:
			return header(data, "tree", id)
		case plumbing.TagObject:
			if id, err = header(data, "object", id); err != nil {
				return "", err
			}
		default:
			return "", fmt.Errorf("object %s is a %s, not a commit", id, o.Type())
		}
	}
	return "", fmt.Errorf("tag chain too long at %s", id)
}

// header is the value of a commit's or tag's header line ("tree <id>",
// "object <id>"): headers come first, one a line, up to a blank line.
func header(data []byte, name, id string) (string, error) {
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(line) == 0 {
			break
		}
		if v, ok := bytes.CutPrefix(line, []byte(name+" ")); ok {
			return string(v), nil
		}
	}
	return "", fmt.Errorf("object %s has no %s line", id, name)
}

func (g *goGit) Ref(name string) (string, error) {
	ref, err := storer.ResolveReference(g.st, plumbing.ReferenceName(name))
	if errors.Is(err, plumbing.ErrReferenceNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return ref.Hash().String(), nil
}

func (g *goGit) Symref(name string) (string, error) {
	ref, err := g.st.Reference(plumbing.ReferenceName(name))
	if errors.Is(err, plumbing.ErrReferenceNotFound) {
		return "", nil
	}
	if err != nil || ref.Type() != plumbing.SymbolicReference {
		return "", err
	}
	return ref.Target().String(), nil
}

func (g *goGit) Close() error { return g.st.Close() }

// lazyCatFile starts `git cat-file --batch` on first use.
type lazyCatFile struct {
	ctx  context.Context
	repo *Repo
	once sync.Once
	cf   *catFile
	err  error
}

func (l *lazyCatFile) get() (*catFile, error) {
	l.once.Do(func() { l.cf, l.err = startCatFile(l.ctx, l.repo.Top) })
	return l.cf, l.err
}

func (l *lazyCatFile) Tree(id string) ([]Entry, error) {
	cf, err := l.get()
	if err != nil {
		return nil, err
	}
	data, err := cf.read(id, "tree")
	if err != nil {
		return nil, err
	}
	return parseTree(data, len(id)/2)
}

func (l *lazyCatFile) Blob(id string) ([]byte, error) {
	cf, err := l.get()
	if err != nil {
		return nil, err
	}
	return cf.read(id, "blob")
}

func (l *lazyCatFile) Blobs(ids []string) ([][]byte, error) {
	cf, err := l.get()
	if err != nil {
		return nil, err
	}
	return cf.readAll(ids, "blob")
}

func (l *lazyCatFile) CommitTree(id string) (string, error) {
	cf, err := l.get()
	if err != nil {
		return "", err
	}
	data, err := cf.read(id+"^{commit}", "commit")
	if err != nil {
		return "", err
	}
	return header(data, "tree", id)
}

// Ref resolves name with the running cat-file, as git rev-parse would:
// no git process of its own.
func (l *lazyCatFile) Ref(name string) (string, error) {
	cf, err := l.get()
	if err != nil {
		return "", err
	}
	oid, _, _, err := cf.object(name)
	return oid, err
}

// Symref reads a symbolic reference's file (symbolic references are
// never packed), asking git only when refs are not files (reftable).
func (l *lazyCatFile) Symref(name string) (string, error) {
	if cfg, err := os.ReadFile(filepath.Join(l.repo.CommonDir, "config")); err == nil && !bytes.Contains(bytes.ToLower(cfg), []byte("refstorage")) {
		dir := l.repo.CommonDir
		if !strings.HasPrefix(name, "refs/") {
			dir = l.repo.GitDir // HEAD and friends are per worktree
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			return "", nil
		}
		target, _ := strings.CutPrefix(strings.TrimSpace(string(data)), "ref: ")
		if target == strings.TrimSpace(string(data)) {
			return "", nil // a plain reference
		}
		return target, nil
	}
	out, err := l.repo.Git.Git(l.ctx, nil, "symbolic-ref", "-q", name)
	if ExitCode(err) == 1 {
		return "", nil
	}
	return strings.TrimSpace(string(out)), err
}

func (l *lazyCatFile) Close() error {
	if l.cf == nil {
		return nil
	}
	return l.cf.close()
}

// catFile is a running `git cat-file --batch`.
type catFile struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startCatFile(ctx context.Context, dir string) (*catFile, error) {
	cmd := exec.CommandContext(ctx, "git", "cat-file", "--batch")
	cmd.Dir = dir
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("running git cat-file: %w", err)
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

func (c *catFile) read(name, typ string) ([]byte, error) {
	_, got, data, err := c.object(name)
	switch {
	case err != nil:
		return nil, err
	case got == "":
		return nil, fmt.Errorf("git cat-file: object %s is missing", name)
	case got != typ:
		return nil, fmt.Errorf("object %s is a %s, not a %s", name, got, typ)
	}
	return data, nil
}

// readAll is read for each of names, asked for all at once: the requests
// are written while the answers are read, so that neither process waits
// for the other between objects (and neither pipe can fill up while its
// reader is blocked on the other).
func (c *catFile) readAll(names []string, typ string) ([][]byte, error) {
	var req strings.Builder
	for _, name := range names {
		if strings.ContainsAny(name, "\n") {
			return nil, fmt.Errorf("bad object name %q", name)
		}
		req.WriteString(name + "\n")
	}
	written := make(chan error, 1)
	go func() {
		_, err := io.WriteString(c.in, req.String())
		written <- err
	}()
	out := make([][]byte, len(names))
	var firstErr error
	for i, name := range names {
		_, got, data, err := c.response(name)
		if err != nil {
			return nil, err // the stream is out of step: nothing more can be read
		}
		switch {
		case got == "" && firstErr == nil:
			firstErr = fmt.Errorf("git cat-file: object %s is missing", name)
		case got != typ && got != "" && firstErr == nil:
			firstErr = fmt.Errorf("object %s is a %s, not a %s", name, got, typ)
		}
		out[i] = data
	}
	if err := <-written; err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	return out, firstErr
}

// object asks for name (an object id or any name git resolves) and returns
// its id, type and content; a missing object has an empty id and type.
func (c *catFile) object(name string) (oid, typ string, data []byte, err error) {
	if strings.ContainsAny(name, "\n") {
		return "", "", nil, fmt.Errorf("bad object name %q", name)
	}
	if _, err := io.WriteString(c.in, name+"\n"); err != nil {
		return "", "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	return c.response(name)
}

// response reads git's answer to the request for name.
func (c *catFile) response(name string) (oid, typ string, data []byte, err error) {
	header, err := c.out.ReadString('\n')
	if err != nil {
		return "", "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	fields := strings.Fields(header)
	if len(fields) == 2 && fields[1] == "missing" {
		return "", "", nil, nil
	}
	if len(fields) != 3 {
		return "", "", nil, fmt.Errorf("git cat-file: object %s: %s", name, strings.TrimSpace(header))
	}
	size, err := strconv.Atoi(fields[2])
	if err != nil {
		return "", "", nil, fmt.Errorf("git cat-file: bad header %q", header)
	}
	data = make([]byte, size+1)
	if _, err := io.ReadFull(c.out, data); err != nil {
		return "", "", nil, fmt.Errorf("git cat-file: %w", err)
	}
	return fields[0], fields[1], data[:size], nil
}

func (c *catFile) close() error {
	c.in.Close()
	return c.cmd.Wait()
}

// parseTree decodes a tree object's content: entries of "<mode> <name>\0"
// followed by the raw object id.
func parseTree(data []byte, idLen int) ([]Entry, error) {
	var out []Entry
	for len(data) > 0 {
		sp := bytes.IndexByte(data, ' ')
		nul := bytes.IndexByte(data, 0)
		if sp < 0 || nul < sp || len(data) < nul+1+idLen {
			return nil, errors.New("malformed tree object")
		}
		mode, err := strconv.ParseUint(string(data[:sp]), 8, 32)
		if err != nil {
			return nil, fmt.Errorf("malformed tree object: mode %q", data[:sp])
		}
		out = append(out, Entry{Name: string(data[sp+1 : nul]), Mode: Mode(mode),
			ID: fmt.Sprintf("%x", data[nul+1:nul+1+idLen])})
		data = data[nul+1+idLen:]
	}
	return out, nil
}
