# Sourced by demo.sh and test.sh: makes sure a Rust toolchain able to build the workspace
# (edition 2024: rustc >= 1.85) is on PATH. Idempotent; installs Debian's cargo via apt-get
# only when cargo is missing entirely.

if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "==> cargo not found: installing Debian's cargo, rustfmt and clippy with apt-get"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
            echo "error: cargo is missing and we are not root (and no sudo): install Rust first" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq cargo rustc rustfmt rust-clippy >/dev/null
fi

rust_version="$(rustc --version | awk '{print $2}')"
rust_minor="$(echo "$rust_version" | cut -d. -f2)"
if [ "$(echo "$rust_version" | cut -d. -f1)" -lt 1 ] || [ "$rust_minor" -lt 85 ]; then
    echo "error: rustc $rust_version is too old; Edge Python needs Rust 1.85 or newer (edition 2024)." >&2
    echo "       Install a current toolchain, e.g. from https://rustup.rs, then re-run." >&2
    exit 1
fi
echo "==> using $(cargo --version)"
