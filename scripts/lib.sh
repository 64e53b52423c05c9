# Shared set-up for scripts/serve and scripts/test: installs what is missing when it can,
# and otherwise stops with a message that says what to install.

die() { echo "worth-a-look: $*" >&2; exit 1; }

# Install Debian packages when we are root; otherwise say which to install.
ensure_debian_packages() {
  local missing=() command package
  for pair in "$@"; do
    command="${pair%%:*}"; package="${pair##*:}"
    command -v "$command" >/dev/null 2>&1 || [ -x "/usr/bin/$command" ] || [ -x "/usr/sbin/$command" ] \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  install_debian "${missing[@]}" \
    || die "please install: ${missing[*]} (Debian: sudo apt-get install -y ${missing[*]})"
}

# apt-get install, when we are root on a machine that has apt-get.
install_debian() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  echo "Installing $* with apt-get…" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# A virtualenv in .venv with the project and its extras, at the versions constraints.txt
# pins; reinstalled when pyproject.toml or constraints.txt changes.
ensure_python_env() {
  local extras="$1" stamp
  command -v python3 >/dev/null 2>&1 || ensure_debian_packages python3:python3
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "Python 3.11 or newer is needed (python3 is $(python3 --version 2>&1))"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv 2>/dev/null || { rm -rf .venv; install_debian python3-venv \
      && python3 -m venv .venv; } || die "could not create .venv (Debian: apt-get install -y python3-venv)"
  fi
  stamp=".venv/.installed-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)-${extras:-none}"
  # The test extras include everything the service needs, so either stamp serves the service.
  if [ ! -f "$stamp" ] && { [ -n "$extras" ] || ! ls "${stamp%-none}"-* >/dev/null 2>&1; }; then
    echo "Installing Python packages into .venv…" >&2
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    .venv/bin/python -m pip install -q -c constraints.txt -e ".${extras:+[$extras]}" \
      || die "pip could not install the project; check the network to PyPI"
    rm -f .venv/.installed-* && touch "$stamp"
  fi
}

