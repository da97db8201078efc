#!/bin/sh
# install.sh: build onehead from this checkout with the Go toolchain and
# install it; with --hooks, also install its git hooks in the repository
# you run this from. Nothing prebuilt is downloaded. Run ./install.sh --help.
set -eu

usage() {
	cat <<'EOF'
Usage: ./install.sh [--prefix DIR] [--hooks [--force]]

Builds onehead from this checkout (go install ./cmd/onehead) and installs it
into $PREFIX/bin when PREFIX is set, else where `go install` puts programs
($GOBIN, or the first $GOPATH/bin).

Needs git >= 2.38 (onehead's pre-push hook uses `git merge-tree
--write-tree`) and Go >= the version go.mod names.

Options:
  --prefix DIR  install into DIR/bin (same as PREFIX=DIR)
  --hooks       then run `onehead install` in the git repository of the
                current directory: the post-rewrite and pre-push hooks
  --force       with --hooks: passed to `onehead install` (install into a
                core.hooksPath directory; see `onehead install --help`)
  -h, --help    show this help

Examples:
  ./install.sh
  PREFIX=$HOME/.local ./install.sh
  cd ~/src/backend && ~/src/onehead/install.sh --hooks
EOF
}

say() { printf 'install.sh: %s\n' "$*"; }
die() {
	printf 'install.sh: %s\n' "$*" >&2
	exit 1
}

hooks=
force=
while [ $# -gt 0 ]; do
	case $1 in
	-h | --help | help)
		usage
		exit 0
		;;
	--hooks) hooks=1 ;;
	--force) force=--force ;;
	--prefix)
		[ $# -ge 2 ] || die "--prefix needs a directory"
		PREFIX=$2
		shift
		;;
	--prefix=*) PREFIX=${1#--prefix=} ;;
	*) die "unknown argument '$1' (see ./install.sh --help)" ;;
	esac
	shift
done
[ -z "$force" ] || [ -n "$hooks" ] || die "--force goes with --hooks (it is passed to 'onehead install')"

# at_least HAVE WANT: whether dotted version HAVE >= WANT, numerically.
at_least() {
	have=$1.0.0.0
	want=$2.0.0.0
	for _ in 1 2 3; do
		h=${have%%.*} w=${want%%.*}
		[ "${h:-0}" -gt "${w:-0}" ] && return 0
		[ "${h:-0}" -lt "${w:-0}" ] && return 1
		have=${have#*.} want=${want#*.}
	done
	return 0
}

# The checkout: the directory of this script.
case $0 in
*/*) src=$(cd "${0%/*}" && pwd) ;;
*) src=$(pwd) ;;
esac
if ! grep -q '^module github.com/onehead/onehead$' "$src/go.mod" 2>/dev/null || [ ! -d "$src/cmd/onehead" ]; then
	die "run this from a checkout of onehead ($src is not one):
  git clone https://github.com/onehead/onehead && ./onehead/install.sh
or, without a checkout: go install github.com/onehead/onehead/cmd/onehead@latest"
fi

# git >= 2.38: the pre-push hook merges the pushed commit with the remote's
# default branch in memory, with `git merge-tree --write-tree` (git 2.38).
want_git=2.38
command -v git >/dev/null 2>&1 ||
	die "git is not installed; onehead needs git >= $want_git (https://git-scm.com/downloads)"
git_line=$(git --version 2>/dev/null) || die "'git --version' failed; onehead needs git >= $want_git"
git_version=$(printf '%s\n' "$git_line" | sed -n 's/^git version \([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*/\1/p')
[ -n "$git_version" ] || die "cannot read git's version from '$git_line'; onehead needs git >= $want_git"
at_least "$git_version" "$want_git" ||
	die "git $git_version is too old: onehead needs git >= $want_git (for 'git merge-tree --write-tree'); $(command -v git) is the one on PATH"

# Go >= go.mod's go line. `go env GOVERSION` in the checkout names the Go that
# will build it: with GOTOOLCHAIN=auto an older go switches to (and, once,
# downloads from the Go project) the toolchain go.mod requires.
want_go=$(sed -n 's/^go \([0-9][0-9.]*\).*/\1/p' "$src/go.mod")
[ -n "$want_go" ] || die "$src/go.mod has no go line"
command -v go >/dev/null 2>&1 ||
	die "Go is not installed (or not on PATH); building onehead needs Go >= $want_go: https://go.dev/dl/"
if ! go_version=$(cd "$src" && go env GOVERSION 2>&1); then
	die "$(command -v go) cannot build this checkout, which needs Go >= $want_go; 'go env GOVERSION' there says:
$go_version
Install Go >= $want_go (https://go.dev/dl/), or let go fetch it: GOTOOLCHAIN=auto ./install.sh"
fi
go_number=$(printf '%s\n' "$go_version" | sed -n 's/^go\([0-9][0-9]*\(\.[0-9][0-9]*\)*\).*/\1/p')
[ -n "$go_number" ] || die "cannot read Go's version from '$go_version'; building onehead needs Go >= $want_go"
at_least "$go_number" "$want_go" ||
	die "Go $go_number is too old: building onehead needs Go >= $want_go (go.mod); https://go.dev/dl/"

# Where: $PREFIX/bin, else go install's own choice ($GOBIN, else the first
# $GOPATH/bin).
if [ -n "${PREFIX:-}" ]; then
	mkdir -p "$PREFIX/bin"
	bindir=$(cd "$PREFIX/bin" && pwd)
else
	bindir=$(cd "$src" && go env GOBIN)
	if [ -z "$bindir" ]; then
		gopath=$(cd "$src" && go env GOPATH)
		bindir=${gopath%%:*}/bin
	fi
fi

# The version: the checkout's commit (git describe), when git can tell.
set -- -buildvcs=false
if v=$(git -C "$src" describe --tags --always --dirty 2>/dev/null) && [ -n "$v" ]; then
	set -- -ldflags "-X main.version=$v"
fi
say "building onehead with $go_version (git $git_version) from $src"
# Without cgo: a static binary starts about a millisecond sooner (no dynamic
# loader, no libc), and the hooks start it on every rebase and push.
(cd "$src" && CGO_ENABLED=0 GOBIN=$bindir go install "$@" ./cmd/onehead) || die "go install ./cmd/onehead failed"
bin=$bindir/onehead
"$bin" --version >/dev/null 2>&1 || die "$bin was built but does not run"
say "installed $bin ($("$bin" --version 2>&1))"

case ":$PATH:" in
*":$bindir:"*)
	found=$(command -v onehead 2>/dev/null || true)
	if [ -n "$found" ] && [ "$found" != "$bin" ]; then
		say "$bindir is on PATH, but $found comes first there: that one runs when you type onehead"
	else
		say "$bindir is on PATH"
	fi
	;;
*)
	say "$bindir is not on PATH; add it, e.g. in ~/.profile:"
	printf '  export PATH="%s:$PATH"\n' "$bindir"
	;;
esac

if [ -n "$hooks" ]; then
	say "installing the git hooks: $bin install${force:+ $force}"
	# $force is empty or a single word; unquoted on purpose.
	# shellcheck disable=SC2086
	"$bin" install $force || die "'onehead install' failed (see above); the binary is installed"
fi
