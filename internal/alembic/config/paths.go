package config

import (
	"strings"
)

// Alembic 1.16+ handles paths with pathlib, and the paths it prints (the
// missing script directory, "Generating <path>") are pathlib's strings:
// repeated slashes and "." components dropped, trailing slashes removed, but
// ".." kept and symlinks not resolved. Path.absolute() prefixes the working
// directory the same way. filepath.Clean would collapse "..", so these
// helpers mirror pathlib instead.

// pyPath is a parsed pathlib.PurePosixPath: its root ("", "/" or "//",
// which POSIX lets pathlib keep) and its non-empty, non-"." parts.
type pyPath struct {
	root  string
	parts []string
}

func parsePath(p string) pyPath {
	var pp pyPath
	switch {
	case strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///"):
		pp.root = "//"
	case strings.HasPrefix(p, "/"):
		pp.root = "/"
	}
	for _, part := range strings.Split(p, "/") {
		if part != "" && part != "." {
			pp.parts = append(pp.parts, part)
		}
	}
	return pp
}

func (p pyPath) String() string {
	s := p.root + strings.Join(p.parts, "/")
	if s == "" {
		return "."
	}
	return s
}

// purePath is str(pathlib.PurePosixPath(p)).
func purePath(p string) string { return parsePath(p).String() }

// joinPath is str(PurePosixPath(base) / child): an absolute child replaces
// base.
func joinPath(base, child string) string {
	c := parsePath(child)
	if c.root != "" {
		return c.String()
	}
	b := parsePath(base)
	b.parts = append(b.parts[:len(b.parts):len(b.parts)], c.parts...)
	return b.String()
}

// absPath is str(pathlib.Path(p).absolute()) with dir as the working
// directory.
func absPath(dir, p string) string { return joinPath(dir, p) }

// parentPath is str(PurePosixPath(p).parent).
func parentPath(p string) string {
	pp := parsePath(p)
	if len(pp.parts) > 0 {
		pp.parts = pp.parts[:len(pp.parts)-1]
	}
	return pp.String()
}

// basename is Python's os.path.basename: everything after the last "/"
// (so "x/" has an empty basename), which is how Alembic classifies -c files.
func basename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// isResource is coerce_resource_to_filename's test for a package resource
// such as "myapp:migrations": not absolute and containing a colon.
func isResource(value string) bool {
	return !strings.HasPrefix(value, "/") && strings.Contains(value, ":")
}

// packageDir finds the directory of the importable package pkg (dotted) the
// way Python's import system would on the given roots: at each level a
// regular package (a directory with __init__.py) on any root wins over
// namespace portions (directories without one), which all count in root
// order. It returns the package's directories, first one first, and nil
// when there is none.
func packageDir(fsys FS, pkg string, roots []string) []string {
	paths := roots
	for _, name := range strings.Split(pkg, ".") {
		// A name Python cannot import ("extra/versions") finds nothing,
		// even where a directory of that name exists.
		if name == "" || strings.ContainsAny(name, "/\\ ") {
			return nil
		}
		var portions []string
		regular := ""
		for _, root := range paths {
			dir := joinPath(root, name)
			if st, err := fsys.Stat(dir); err != nil || !st.IsDir() {
				continue
			}
			if _, err := fsys.Stat(joinPath(dir, "__init__.py")); err == nil {
				regular = dir
				break
			}
			portions = append(portions, dir)
		}
		switch {
		case regular != "":
			paths = []string{regular}
		case portions != nil:
			paths = portions
		default:
			return nil
		}
	}
	return paths
}

// resourcePath is importlib's files(pkg) / tok / ... for the directories of
// a package. A namespace package's first name is looked up as an entry of
// each of its portions before falling back to the first portion, as
// MultiplexedPath.joinpath does.
func resourcePath(fsys FS, dirs []string, tokens []string) string {
	cur := dirs[0]
	for i, tok := range tokens {
		if i == 0 && len(dirs) > 1 {
			for _, d := range dirs {
				if _, err := fsys.Lstat(joinPath(d, tok)); err == nil && tok != "" && !strings.Contains(tok, "/") {
					cur = d
					break
				}
			}
		}
		cur = joinPath(cur, tok)
	}
	return cur
}
