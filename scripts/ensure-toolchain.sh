# Sourced by demo.sh and test.sh: makes sure a Rust toolchain able to build the workspace
# (edition 2024: rustc >= 1.85) is on PATH. Idempotent; installs Debian's cargo via apt-get
# only when cargo is missing entirely.

if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
fi

apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "error: need to install $* but we are not root (and no sudo): install them first" >&2
            exit 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: need $* and apt-get is not available: install them first" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "$@" >/dev/null
}

# Rust links through the system C compiler.
if ! command -v cc >/dev/null 2>&1; then
    echo "==> no C linker (cc) found: installing gcc and libc6-dev with apt-get"
    apt_install gcc libc6-dev
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "==> cargo not found: installing Debian's cargo, rustfmt and clippy with apt-get"
    apt_install cargo rustc rustfmt rust-clippy
fi

rust_version="$(rustc --version | awk '{print $2}')"
rust_major="$(echo "$rust_version" | cut -d. -f1)"
rust_minor="$(echo "$rust_version" | cut -d. -f2)"
if [ "$rust_major" -lt 1 ] || { [ "$rust_major" -eq 1 ] && [ "$rust_minor" -lt 85 ]; }; then
    echo "error: rustc $rust_version is too old; Edge Python needs Rust 1.85 or newer (edition 2024)." >&2
    echo "       Install a current toolchain, e.g. from https://rustup.rs, then re-run." >&2
    exit 1
fi
echo "==> using $(cargo --version)"
