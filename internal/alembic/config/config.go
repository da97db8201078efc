// Package config reads an Alembic project's configuration the way
// `alembic -c X -n Y heads` does in Alembic 1.19: alembic.ini through
// Python's configparser rules ([INI]), pyproject.toml's [tool.alembic]
// (Alembic 1.16+), and the derived script and version directories.
//
// [Load] evaluates options in the order ScriptDirectory.from_config does, so
// that when a configuration is broken in several ways the error is the one
// Alembic reports first. What Alembic reports as "FAILED: ..." comes back as
// *alembic.Failed with Alembic's exact text; what makes Alembic crash comes
// back as *alembic.FileError pointing at the file and line.
package config

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/python"
)

// Options are what Alembic takes from its command line and environment.
type Options struct {
	// Dir is the working directory Alembic would run in; relative paths in
	// Files and in the configuration resolve against it. Empty means the
	// process's working directory.
	Dir string
	// Files are the -c values, at most one ini file and one file whose
	// basename is pyproject.toml, in any order.
	Files []string
	// Name is the ini section (-n); empty means "alembic". The TOML table
	// is always [tool.alembic].
	Name string
	// Getenv reads ALEMBIC_CONFIG; nil means os.Getenv.
	Getenv func(string) string
	// ScriptLocation, when set, replaces script_location as Flask-Migrate
	// does (set_main_option): its projects keep an ini without one.
	ScriptLocation string
	// FS reads the configuration files and looks up directories; nil means
	// the real file system. Hooks read trees from git objects through it.
	FS FS
}

// FS is the part of the file system a configuration is read from.
type FS interface {
	ReadFile(name string) ([]byte, error)
	Stat(name string) (fs.FileInfo, error)
	Lstat(name string) (fs.FileInfo, error)
}

type osFS struct{}

func (osFS) ReadFile(name string) ([]byte, error)   { return os.ReadFile(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)  { return os.Stat(name) }
func (osFS) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }

// Source is where an option's value was read: a file and 1-based line (0
// when the line is not known).
type Source struct {
	Path string
	Line int
}

func (s Source) String() string {
	if s.Line > 0 {
		return fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	return s.Path
}

// Hook is one post-write hook, in the order Alembic runs them.
type Hook struct {
	Name string
	// Options are the hook's settings without the "<name>." prefix of the
	// ini form (and without "name" in the TOML form), including "type".
	Options map[string]string
	// Source is the ini's "hooks" option or the hook's TOML entry.
	Source Source
}

// Type is the hook's type, or the error Alembic raises when it reaches a
// hook without one (after running the hooks before it).
func (h Hook) Type() (string, error) {
	if t, ok := h.Options["type"]; ok {
		return t, nil
	}
	return "", alembic.Failf("Key '%s.type' (or 'type' in toml) is required for post write hook %s", h.Name, python.ReprString(h.Name))
}

// Config is the configuration of one Alembic project. Its methods read
// pyproject.toml on first need and record sources, as Alembic does, so a
// Config is not safe for concurrent use.
type Config struct {
	// Dir is the absolute working directory.
	Dir string
	fs  FS
	// Name is the ini section read.
	Name string
	// IniPath is the ini file as named (relative to Dir unless absolute);
	// empty when it could not be read, which Alembic treats as empty.
	IniPath string
	// TOMLPath is the pyproject.toml as named when it exists and has a
	// [tool.alembic] table; empty otherwise.
	TOMLPath string
	// INI is the ini file as read (empty when IniPath is empty), with
	// "here" among its defaults, for sections other than the main one.
	INI *INI

	// ScriptLocation is script_location as configured, after
	// interpolation; ScriptDir is the directory it names, absolute.
	ScriptLocation string
	ScriptDir      string
	// VersionLocations are the absolute version directories in search
	// order: version_locations when set, else <ScriptDir>/versions. Like
	// Alembic's paths they keep ".." and do not resolve symlinks.
	VersionLocations    []string
	VersionLocationsSet bool

	RecursiveVersionLocations bool
	Sourceless                bool
	// FileTemplate is file_template, default "%(rev)s_%(slug)s".
	FileTemplate string
	// TruncateSlugLength is truncate_slug_length, 40 when unset or 0.
	TruncateSlugLength int
	Timezone           string
	TimezoneSet        bool
	// OutputEncoding is output_encoding, default "utf-8".
	OutputEncoding string
	// PrependSysPath are the prepend_sys_path entries as written.
	PrependSysPath []string
	Hooks          []Hook

	// Sources says where each option that was set came from.
	Sources map[string]Source
	// UseErrors holds, by option name, what Alembic raises only when it uses
	// an option rather than when it reads it: a TOML file_template, timezone
	// or output_encoding that is not a string. heads never uses them; merge
	// must fail with the error at the point Alembic uses the option.
	UseErrors map[string]error
	// Warnings are places where onehead's reading may differ from
	// Alembic's, or where Alembic's reading is surprising.
	Warnings []alembic.Warning

	iniName        string
	scriptLocation string
	toml           *tomlFile
}

// legacySplit is Alembic's pre-path_separator split for version_locations
// and [post_write_hooks] hooks; prepend_sys_path's legacy split also splits
// on colons.
var (
	legacySplit      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`, *| +`) })
	legacySplitColon = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`, *| +|:`) })
)

// separators are the values path_separator and version_path_separator
// accept, and what they split on (os is os.pathsep, ":" on POSIX).
var separators = map[string]string{"space": " ", "newline": "\n", "os": ":", ":": ":", ";": ";"}

const defaultFileTemplate = "%(rev)s_%(slug)s"

// Load reads the configuration Alembic 1.19 would read for opts and derives
// the script and version directories from it.
func Load(opts Options) (*Config, error) {
	dir := opts.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		dir = wd
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	tomlName, iniName, err := configFiles(opts.Files, getenv("ALEMBIC_CONFIG"))
	if err != nil {
		return nil, err
	}
	c := &Config{Dir: dir, Name: opts.Name, iniName: iniName, scriptLocation: opts.ScriptLocation,
		Sources: map[string]Source{}, UseErrors: map[string]error{}, fs: opts.FS}
	if c.fs == nil {
		c.fs = osFS{}
	}
	if c.Name == "" {
		c.Name = "alembic"
	}
	c.toml = &tomlFile{name: tomlName, path: c.osPath(tomlName), here: parentPath(absPath(dir, tomlName)), fs: c.fs}

	defaults := map[string]string{"here": parentPath(absPath(dir, iniName))}
	if src, err := c.fs.ReadFile(c.osPath(iniName)); err != nil {
		c.INI = newINI(iniName, defaults)
	} else {
		if c.INI, err = ParseINI(iniName, src, defaults); err != nil {
			return nil, err
		}
		c.IniPath = iniName
	}

	if err := c.fromConfig(); err != nil {
		return nil, err
	}
	// Alembic reads pyproject.toml only when an option is missing from the
	// ini; TOMLPath should not depend on that, and a file Alembic would not
	// have read must not fail the load.
	if table, err := c.toml.load(); err == nil && table != nil {
		c.TOMLPath = tomlName
	}
	return c, nil
}

// configFiles is CommandLine._inis_from_config: the pyproject.toml and ini
// names from -c and ALEMBIC_CONFIG. Alembic raises its errors before any
// command runs, so they are tracebacks, not "FAILED:" lines.
func configFiles(files []string, env string) (tomlName, iniName string, err error) {
	tomlName, iniName = "pyproject.toml", "alembic.ini"
	if env != "" && basename(env) == "pyproject.toml" {
		tomlName = env
	} else if env != "" {
		iniName = env
	}
	var toml, ini *string
	for _, f := range files {
		if basename(f) == "pyproject.toml" {
			if toml != nil {
				return "", "", fmt.Errorf("%s: pyproject.toml indicated more than once (Alembic crashes); give -c at most once for pyproject.toml", f)
			}
			toml = &f
		} else {
			if ini != nil {
				return "", "", fmt.Errorf("%s: only one ini file may be indicated (Alembic crashes); give -c at most once for an ini file", f)
			}
			ini = &f
		}
	}
	if toml != nil {
		tomlName = *toml
	}
	if ini != nil && *ini != "" {
		iniName = *ini
	}
	return tomlName, iniName, nil
}

// osPath is a configured path as the process would open it from Dir.
func (c *Config) osPath(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	return c.Dir + "/" + p
}

// fromConfig is ScriptDirectory.from_config and ScriptDirectory.__init__,
// step by step in Alembic's order, then the version locations as
// ScriptDirectory._version_locations computes them.
func (c *Config) fromConfig() error {
	location, found, err := c.alembicOption("script_location")
	if err != nil {
		return err
	}
	if c.scriptLocation != "" {
		location, found = c.scriptLocation, true
	}
	if !found {
		return alembic.Failf("No 'script_location' key found in configuration.")
	}

	c.TruncateSlugLength = 40
	tsl, found, err := c.alembicOption("truncate_slug_length")
	if err != nil {
		return err
	}
	if found {
		n, err := pyIntOf(tsl)
		if err != nil {
			return c.fail("truncate_slug_length", err.Error(), "truncate_slug_length must be an integer")
		}
		if n != 0 {
			c.TruncateSlugLength = n
		}
	}

	prepend, err := c.pathsList("prepend_sys_path", []string{"path_separator"}, legacySplitColon)
	if err != nil {
		return err
	}
	if c.PrependSysPath, err = c.iterate("prepend_sys_path", prepend); err != nil {
		return err
	}
	if c.RecursiveVersionLocations, err = c.booleanOption("recursive_version_locations"); err != nil {
		return err
	}

	locationStr, ok := location.(string)
	if !ok {
		return c.fail("script_location", fmt.Sprintf("TypeError: expected str, bytes or os.PathLike object, not %s",
			pyTypeName(location)), "script_location must be a string")
	}
	c.ScriptLocation = locationStr
	scriptDir, err := c.coerce("script_location", locationStr)
	if err != nil {
		return err
	}

	if c.FileTemplate, _, err = c.stringOption("file_template", defaultFileTemplate); err != nil {
		return err
	}
	if c.Sourceless, err = c.booleanOption("sourceless"); err != nil {
		return err
	}
	if c.OutputEncoding, _, err = c.stringOption("output_encoding", "utf-8"); err != nil {
		return err
	}
	versions, err := c.pathsList("version_locations", []string{"path_separator", "version_path_separator"}, legacySplit)
	if err != nil {
		return err
	}
	if c.Timezone, c.TimezoneSet, err = c.stringOption("timezone", ""); err != nil {
		return err
	}
	if c.Hooks, err = c.hooksList(); err != nil {
		return err
	}

	locations, err := c.iterate("version_locations", versions)
	if err != nil {
		return err
	}
	c.ScriptDir = absPath(c.Dir, scriptDir)
	if _, err := c.fs.Stat(c.ScriptDir); err != nil {
		return alembic.Failf("Path doesn't exist: %s.  Please use the 'init' command to create a new scripts folder.", scriptDir)
	}

	if len(locations) == 0 {
		c.VersionLocations = []string{joinPath(c.ScriptDir, "versions")}
		return nil
	}
	c.VersionLocationsSet = true
	for _, loc := range locations {
		p, err := c.coerce("version_locations", loc)
		if err != nil {
			return err
		}
		c.VersionLocations = append(c.VersionLocations, absPath(c.Dir, p))
	}
	return nil
}

// alembicOption is Config.get_alembic_option: the ini's main section
// (interpolated) when it has the option, else [tool.alembic]. It records
// where the value came from.
func (c *Config) alembicOption(name string) (v any, found bool, err error) {
	if c.INI.HasOption(c.Name, name) {
		c.Sources[name] = Source{c.IniPath, c.INI.Line(c.Name, name)}
		s, _, err := c.INI.Get(c.Name, name)
		return s, true, err
	}
	return c.tomlValue(name)
}

// tomlValue is Config._get_toml_config_value, recording the source.
func (c *Config) tomlValue(name string) (v any, found bool, err error) {
	v, found, err = c.toml.value(name)
	if found {
		c.Sources[name] = Source{c.toml.name, c.toml.lines[name]}
	}
	return v, found, err
}

// booleanOption is Config.get_alembic_boolean_option: in the ini only the
// exact string "true" is true; in TOML the value must be a real boolean.
func (c *Config) booleanOption(name string) (bool, error) {
	if c.INI.HasOption(c.Name, name) {
		c.Sources[name] = Source{c.IniPath, c.INI.Line(c.Name, name)}
		s, _, err := c.INI.Get(c.Name, name)
		return s == "true", err
	}
	table, err := c.toml.load()
	if err != nil {
		return false, err
	}
	v, found := table[name]
	if !found {
		return false, nil
	}
	c.Sources[name] = Source{c.toml.name, c.toml.lines[name]}
	b, ok := v.(bool)
	if !ok {
		return false, alembic.Failf("boolean value expected for TOML parameter %s", python.ReprString(name))
	}
	return b, nil
}

// stringOption reads an option Alembic stores as-is and uses later: a value
// that is not a string becomes a UseErrors entry, not a load error.
func (c *Config) stringOption(name, def string) (value string, found bool, err error) {
	v, found, err := c.alembicOption(name)
	if err != nil || !found {
		return def, found, err
	}
	s, ok := v.(string)
	if !ok {
		c.UseErrors[name] = c.fail(name, fmt.Sprintf("TypeError: %s is a TOML %s, not a string", name, pyTypeName(v)),
			name+" must be a string")
	}
	return s, true, nil
}

// MainOption is Config.get_main_option: the interpolated value of an
// option of the main ini section (defaults included), never from
// pyproject.toml. Alembic fails when the section itself is missing, and an
// interpolation error in the value is a crash, so there is an error result.
func (c *Config) MainOption(name string) (value string, ok bool, err error) {
	if !c.INI.HasSection(c.Name) {
		return "", false, alembic.Failf("No config file %s found, or file has no '[%s]' section", python.ReprString(c.iniName), c.Name)
	}
	return c.INI.Get(c.Name, name)
}

// RevisionEnvironment is revision_environment as merge reads it (Alembic
// 1.12+), with SQLAlchemy's asbool: for a string, true/yes/on/y/t/1 or
// false/no/off/n/f/0 in any case, anything else an error; a TOML value by
// Python truthiness. Only merge reads it, after building the script
// directory, so Load does not and its errors come later.
func (c *Config) RevisionEnvironment() (bool, error) {
	v, _, err := c.alembicOption("revision_environment")
	if err != nil {
		return false, err
	}
	switch x := v.(type) {
	case string:
		switch s := python.Lower(python.Strip(x)); s {
		case "true", "yes", "on", "y", "t", "1":
			return true, nil
		case "false", "no", "off", "n", "f", "0":
			return false, nil
		default:
			return false, c.fail("revision_environment", "String is not true/false: "+python.ReprString(s),
				"use true or false")
		}
	case int64:
		return x != 0, nil
	case bool:
		return x, nil
	case []string:
		return len(x) > 0, nil
	case []map[string]string:
		return len(x) > 0, nil
	case map[string]string:
		return len(x) > 0, nil
	}
	return false, nil
}

// separator is Config._get_file_separator_char: the first of names set in
// the main ini section decides, and its value must be a known one.
func (c *Config) separator(names ...string) (sep string, found bool, err error) {
	for _, name := range names {
		value, ok, err := c.MainOption(name)
		if err != nil {
			return "", false, err
		}
		if !ok {
			continue
		}
		c.Sources[name] = Source{c.IniPath, c.INI.Line(c.Name, name)}
		sep, known := separators[value]
		if !known {
			return "", false, c.fail(name,
				fmt.Sprintf("%s is not a valid value for %s; expected 'space', 'newline', 'os', ':', ';'", python.ReprString(value), name),
				"there are no inline comments in ini files; put the comment on a line of its own")
		}
		return sep, true, nil
	}
	return "", false, nil
}

// pathsList is Config.get_version_locations_list and
// get_prepend_sys_paths_list: a non-empty ini value is split on the
// configured separator (pieces dropped when empty, then stripped) or, with
// none configured, on the legacy regular expression; otherwise the TOML
// value is used as it is.
func (c *Config) pathsList(name string, sepNames []string, legacy func() *regexp.Regexp) (any, error) {
	value, ok, err := c.INI.Get(c.Name, name)
	if err != nil {
		return nil, err
	}
	if !ok || value == "" {
		v, _, err := c.tomlValue(name)
		return v, err
	}
	c.Sources[name] = Source{c.IniPath, c.INI.Line(c.Name, name)}
	sep, found, err := c.separator(sepNames...)
	if err != nil {
		return nil, err
	}
	if !found {
		return legacy().Split(value, -1), nil
	}
	var list []string
	for _, piece := range strings.Split(value, sep) {
		if piece != "" {
			list = append(list, python.Strip(piece))
		}
	}
	return list, nil
}

// iterate turns a paths list into strings the way Alembic consumes it
// (`value or ()`, then iteration): a false value is empty, and a string is
// iterated character by character, which Alembic does without complaint.
func (c *Config) iterate(name string, v any) ([]string, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []string:
		return x, nil
	case string:
		if x == "" {
			return nil, nil
		}
		c.Warnings = append(c.Warnings, alembic.Warning{Path: c.Sources[name].Path, Line: c.Sources[name].Line,
			Msg: name + " is a string, so Alembic uses each of its characters as an entry; make it a list"})
		return strings.Split(x, ""), nil
	case int64:
		if x == 0 {
			return nil, nil
		}
	case bool:
		if !x {
			return nil, nil
		}
	case []map[string]string:
		if len(x) == 0 {
			return nil, nil
		}
	case map[string]string:
		if len(x) == 0 {
			return nil, nil
		}
	}
	return nil, c.fail(name, fmt.Sprintf("Alembic cannot use a TOML %s here", pyTypeName(v)),
		name+" must be a list of strings")
}

// hooksList is Config.get_hooks_list: an ini [post_write_hooks] section
// wins over [[tool.alembic.post_write_hooks]], whatever it contains.
func (c *Config) hooksList() ([]Hook, error) {
	const section = "post_write_hooks"
	if !c.INI.HasSection(section) {
		v, _, err := c.tomlValue(section)
		if err != nil {
			return nil, err
		}
		return c.tomlHooks(v)
	}
	items, err := c.INI.Items(section)
	if err != nil {
		return nil, err
	}
	var names string
	for _, it := range items {
		if it.Name == "hooks" {
			names = it.Value
		}
	}
	src := Source{c.IniPath, c.INI.Line(section, "hooks")}
	var hooks []Hook
	for _, name := range legacySplit().Split(names, -1) {
		if name == "" {
			continue
		}
		h := Hook{Name: name, Options: map[string]string{}, Source: src}
		for _, it := range items {
			if key, ok := strings.CutPrefix(it.Name, name+"."); ok {
				h.Options[key] = it.Value
			}
		}
		delete(h.Options, "_hook_name")
		hooks = append(hooks, h)
	}
	return hooks, nil
}

// tomlHooks turns the converted post_write_hooks value into hooks; only a
// list of tables, each with a name, is something Alembic can use.
func (c *Config) tomlHooks(v any) ([]Hook, error) {
	const name = "post_write_hooks"
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []string:
		if len(x) == 0 {
			return nil, nil
		}
	case string:
		if x == "" {
			return nil, nil
		}
	case map[string]string:
		if len(x) == 0 {
			return nil, nil
		}
	case []map[string]string:
		hooks := make([]Hook, len(x))
		for i, m := range x {
			src := Source{c.toml.name, c.toml.lines[name]}
			if i < len(c.toml.hooks) {
				src.Line = c.toml.hooks[i]
			}
			hookName, ok := m["name"]
			if !ok {
				return nil, &alembic.FileError{Path: src.Path, Line: src.Line,
					Msg: "post_write_hooks: KeyError: 'name'", Hint: "give every hook a name"}
			}
			opts := make(map[string]string, len(m))
			for k, v := range m {
				opts[k] = v
			}
			delete(opts, "name")
			delete(opts, "_hook_name")
			hooks[i] = Hook{Name: hookName, Options: opts, Source: src}
		}
		return hooks, nil
	}
	return nil, c.fail(name, fmt.Sprintf("Alembic cannot use a TOML %s here", pyTypeName(v)),
		"write each hook as a [[tool.alembic.post_write_hooks]] table")
}

// coerce is util.coerce_resource_to_filename: a path as pathlib prints it,
// or for "pkg:dir" the directory inside the package. onehead cannot import
// the package, so it looks for it where Python would most likely find it:
// prepend_sys_path and the working directory, then (with a warning) the
// ini file's directory and src/ below either.
func (c *Config) coerce(option, value string) (string, error) {
	if !isResource(value) {
		return purePath(value), nil
	}
	tokens := strings.Split(value, ":")
	pkg := tokens[0]
	src := c.Sources[option]
	var primary, fallback []string
	for _, p := range c.PrependSysPath {
		primary = appendNew(primary, absPath(c.Dir, p))
	}
	primary = appendNew(primary, c.Dir)
	iniDir := parentPath(absPath(c.Dir, c.iniName))
	if c.IniPath != "" && !slices.Contains(primary, iniDir) {
		fallback = append(fallback, iniDir)
	}
	for _, root := range []string{c.Dir, iniDir} {
		if src := joinPath(root, "src"); !slices.Contains(primary, src) {
			fallback = appendNew(fallback, src)
		}
	}
	dirs := packageDir(c.fs, pkg, primary)
	if dirs == nil {
		if dirs = packageDir(c.fs, pkg, fallback); dirs != nil {
			c.Warnings = append(c.Warnings, alembic.Warning{Path: src.Path, Line: src.Line,
				Msg: fmt.Sprintf("%s = %s: found package %s at %s, which is not on Alembic's import path unless the package is installed",
					option, value, pkg, dirs[0])})
		}
	}
	if dirs == nil {
		return "", &alembic.FileError{Path: src.Path, Line: src.Line,
			Msg: fmt.Sprintf("%s = %s names a directory inside Python package %s, which Alembic imports "+
				"(ModuleNotFoundError: No module named %s if it is not importable); onehead does not run Python "+
				"and found no directory %s in %s", option, value, pkg, python.ReprString(pkg),
				strings.ReplaceAll(pkg, ".", "/"), strings.Join(append(primary, fallback...), ", ")),
			Hint: "run onehead where the package is importable, add its parent directory to prepend_sys_path, " +
				"or write " + option + " as a path"}
	}
	return resourcePath(c.fs, dirs, tokens[1:]), nil
}

// appendNew appends s unless list already has it.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// pyIntOf is int(value) for what get_alembic_option returns.
func pyIntOf(v any) (int, error) {
	switch x := v.(type) {
	case string:
		return pyInt(x)
	case int64:
		return int(x), nil
	case bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, fmt.Errorf("TypeError: int() argument must be a string, a bytes-like object or a real number, not %s",
		python.ReprString(pyTypeName(v)))
}

// fail is a crash located at an option's source.
func (c *Config) fail(name, msg, hint string) error {
	src := c.Sources[name]
	return &alembic.FileError{Path: src.Path, Line: src.Line, Msg: msg, Hint: hint}
}
