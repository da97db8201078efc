// Package demo plays the incident that started onehead, for real: in a
// temporary directory it builds a backend repository shaped like the
// report's (two Alembic trees; a payments branch and a card-templates
// change that both extend main's migrations), installs onehead's hooks,
// and runs the git commands a developer would — a push that is refused,
// the rebase after which the hook writes and stages the merge revision,
// and the push that is then accepted — showing their real output.
package demo

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/onehead/onehead/internal/gitx"
	"github.com/onehead/onehead/internal/install"
)

//go:embed script.py.mako
var template string

// Options say how to run the demo.
type Options struct {
	// Binary is the onehead the hooks run.
	Binary string
	// Dir is where to build the repositories; empty makes a temporary
	// directory, removed afterwards unless Keep.
	Dir  string
	Keep bool
	Out  io.Writer
}

// revision is one migration of the report's trees.
type revision struct {
	tree, id, parent, message, date string
}

const (
	swisper = "apps/backend/swisper/alembic"
	config  = "apps/backend/config-service/app/alembic"
)

// The report's migrations: what main had before both changes, the
// card-templates change that landed on main first, and the payments
// branch.
var (
	mainBefore = []revision{
		{swisper, "20260301_initial", "", "initial", "2026-03-01 09:00:00.000000"},
		{swisper, "20260308_add_data_objects_retracted_at", "20260301_initial", "add data objects retracted at", "2026-03-08 09:00:00.000000"},
		{config, "035_configuration_table", "", "configuration table", "2026-04-01 09:00:00.000000"},
	}
	cardTemplates = []revision{
		{swisper, "20260413_drop_card_templates", "20260308_add_data_objects_retracted_at", "drop card templates table", "2026-04-13 09:00:00.000000"},
	}
	payments = []revision{
		{swisper, "20260408_cached_thoughts", "20260308_add_data_objects_retracted_at", "cached thoughts", "2026-04-08 09:00:00.000000"},
		{swisper, "20260414_payment_tables", "20260408_cached_thoughts", "payment tables", "2026-04-14 09:00:00.000000"},
		{swisper, "20260417_purchase_correlation_id_and_user_default_pm", "20260414_payment_tables", "purchase correlation id and user default pm", "2026-04-17 09:00:00.000000"},
		{swisper, "20260422_purchase_plaintext_columns", "20260417_purchase_correlation_id_and_user_default_pm", "purchase plaintext columns", "2026-04-22 09:00:00.000000"},
		{config, "036_seed_stripe_price_ids", "035_configuration_table", "seed stripe price ids", "2026-04-22 10:00:00.000000"},
	}
)

// Run plays the demo.
func Run(ctx context.Context, opts Options) error {
	dir := opts.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "onehead-demo-")
		if err != nil {
			return err
		}
		if !opts.Keep {
			defer os.RemoveAll(tmp)
		}
		dir = tmp
	}
	d := &player{ctx: ctx, dir: dir, out: opts.Out, binary: opts.Binary}
	err := d.play()
	if opts.Keep || opts.Dir != "" {
		fmt.Fprintf(opts.Out, "\nThe repositories are in %s (backend/ and the remote origin.git/).\n", dir)
	}
	return err
}

type player struct {
	ctx    context.Context
	dir    string
	out    io.Writer
	binary string
	// step counts the commits, whose dates are fixed so that every run
	// makes the same commits.
	step int
}

func (d *player) play() error {
	repo := filepath.Join(d.dir, "backend")
	steps := []func() error{
		func() error { return d.quiet(d.dir, "init", "-q", "--bare", "-b", "main", "origin.git") },
		func() error { return d.quiet(d.dir, "init", "-q", "-b", "main", "backend") },
		func() error { return d.writeBase(repo) },
		func() error { return d.commit(repo, "Backend with two Alembic trees", mainBefore) },
		func() error { return d.quiet(repo, "remote", "add", "origin", "../origin.git") },
		func() error { return d.quiet(repo, "push", "-q", "-u", "origin", "main") },
		func() error { return d.quiet(repo, "checkout", "-q", "-b", "stripe-payments") },
		func() error {
			return d.commit(repo, "Cached thoughts; Stripe payments: tables, correlation id, plaintext columns, price seeds", payments)
		},
		func() error { return d.quiet(repo, "checkout", "-q", "main") },
		func() error { return d.commit(repo, "Drop the card templates table", cardTemplates) },
		func() error { return d.quiet(repo, "push", "-q", "origin", "main") },
		func() error { return d.quiet(repo, "checkout", "-q", "stripe-payments") },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	fmt.Fprintf(d.out, "onehead demo: a backend like the TDR-006 report's, in %s.\n", repo)
	fmt.Fprintln(d.out, "main has had the card-templates migration merged; the stripe-payments branch extended the other chain.")
	fmt.Fprintln(d.out, "Each of them alone has one head. Together they have two.")
	fmt.Fprintln(d.out)
	r, err := gitx.Open(d.ctx, d.git(repo))
	if err != nil {
		return err
	}
	d.show("onehead install")
	if err := install.Install(d.ctx, r, install.Options{Binary: d.binary, Stderr: d.out}); err != nil {
		return err
	}
	for _, cmd := range []struct {
		args []string
		why  string
	}{
		{[]string{"push", "origin", "stripe-payments"}, "The branch alone is fine, but merged into main it would fork the graph: the push is refused."},
		{[]string{"rebase", "origin/main"}, "Rebase onto main, as the hook suggests: afterwards the post-rewrite hook writes the merge revision and stages it."},
		{[]string{"status", "--short"}, ""},
		{[]string{"commit", "-q", "-m", "Merge Alembic heads"}, ""},
		{[]string{"push", "origin", "stripe-payments"}, "Now the push goes through."},
	} {
		if cmd.why != "" {
			fmt.Fprintf(d.out, "\n# %s\n", cmd.why)
		}
		d.show("git " + shellJoin(cmd.args))
		d.step++
		if err := d.shown(repo, "git", cmd.args...); err != nil {
			return err
		}
	}
	fmt.Fprintln(d.out)
	d.show("cd apps/backend && onehead heads")
	return d.shown(filepath.Join(repo, "apps", "backend"), d.binary, "heads")
}

// shown runs a command the user would type and shows what it prints, as
// a terminal would interleave it, and its exit status when not 0.
func (d *player) shown(dir, name string, args ...string) error {
	cmd := exec.CommandContext(d.ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), d.git(dir).Env...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	d.out.Write(plain(buf.Bytes()))
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Fprintf(d.out, "(exit status %d)\n", ee.ExitCode())
		return nil
	}
	return err
}

// plain turns what git draws for a terminal (progress lines ended by a
// carriage return, erase-line escapes) into lines.
func plain(out []byte) []byte {
	out = bytes.ReplaceAll(out, []byte("\x1b[K"), nil)
	out = bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(out, []byte("\r"), []byte("\n"))
}

// shellJoin quotes arguments that need it, to show a command.
func shellJoin(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if strings.ContainsAny(a, " '\"$") {
			out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
}

func (d *player) show(cmd string) { fmt.Fprintf(d.out, "$ %s\n", cmd) }

// git runs git isolated from the user's configuration, with fixed
// identities and dates: the demo shows onehead, not the user's setup.
func (d *player) git(dir string) gitx.CLI {
	date := fmt.Sprintf("2026-04-23T10:%02d:00Z", d.step)
	return gitx.CLI{Dir: dir, Env: []string{
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Dev", "GIT_AUTHOR_EMAIL=dev@example.com", "GIT_AUTHOR_DATE=" + date,
		"GIT_COMMITTER_NAME=Dev", "GIT_COMMITTER_EMAIL=dev@example.com", "GIT_COMMITTER_DATE=" + date,
		"ONEHEAD_BIN=" + d.binary, "NO_COLOR=1",
	}}
}

func (d *player) quiet(dir string, args ...string) error {
	_, err := d.git(dir).Git(d.ctx, nil, args...)
	return err
}

func (d *player) commit(repo, msg string, revs []revision) error {
	for _, r := range revs {
		if err := write(filepath.Join(repo, r.tree, "versions", r.id+".py"), r.render()); err != nil {
			return err
		}
	}
	d.step++
	if err := d.quiet(repo, "add", "-A"); err != nil {
		return err
	}
	return d.quiet(repo, "commit", "-q", "-m", msg)
}

// writeBase writes the two trees' configuration, env.py, template and the
// swisper tree's README with the team's convention.
func (d *player) writeBase(repo string) error {
	files := map[string]string{
		"apps/backend/alembic.ini":                "[alembic]\nscript_location = swisper/alembic\n",
		"apps/backend/config-service/alembic.ini": "[alembic]\nscript_location = app/alembic\n",
		swisper + "/env.py":                       "# env.py runs migrations; onehead never runs it.\n",
		config + "/env.py":                        "# env.py runs migrations; onehead never runs it.\n",
		swisper + "/script.py.mako":               template,
		config + "/script.py.mako":                template,
		swisper + "/README.md":                    "# swisper migrations\n\nOne Alembic migration per PR: consolidate instead of stacking.\n\nIf your branch's `alembic heads` shows more than one head after rebasing on main, run `alembic merge -m \"<message>\" <head1> <head2>` and commit the empty merge migration before opening the PR.\n",
	}
	for name, content := range files {
		if err := write(filepath.Join(repo, filepath.FromSlash(name)), content); err != nil {
			return err
		}
	}
	return nil
}

func (r revision) render() string {
	down := "None"
	if r.parent != "" {
		down = "'" + r.parent + "'"
	}
	return fmt.Sprintf(`"""%s

Revision ID: %s
Revises: %s
Create Date: %s

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '%s'
down_revision = %s
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
`, r.message, r.id, r.parent, r.date, r.id, down)
}

func write(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}
