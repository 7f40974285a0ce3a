#!/usr/bin/env bash
# Builds a Rust crate to wasm32-unknown-unknown, size-optimised.
#
#   scripts/build-wasm.sh                      # compiler/ → runtime/compiler_lib.wasm
#   scripts/build-wasm.sh --crate DIR --out F  # any cdylib crate (e.g. tests/wasm-guest)
#   options: --no-opt (skip wasm-opt), --quiet,
#            --opt-level L (compiler_lib's opt-level: z s 1 2 3; default the `wasm` profile's),
#            --wasm-opt "FLAGS" (wasm-opt's optimisation flags; default -Oz --converge -lmu -ocimfs 20),
#            --no-speed-attrs (Debian toolchain: the interpreter's hot functions are compiled
#            for speed inside the size-optimised crate by default, see compiler/src/lib.rs;
#            ~1% larger, 15-35% faster; this builds everything for size),
#            --split (compiler_lib in two parts: also NAME.lazy.wasm, see docs/abi.md)
#
# Toolchain: the rustup target when it is installed (`rustup target add
# wasm32-unknown-unknown`); otherwise Debian's rustc-web (1.96, ships std's source) building
# std itself with -Zbuild-std, installing rustc-web cargo-web rust-web-src lld with apt-get
# when they are missing (needs root). wasm-opt (binaryen) runs when it is on PATH.
#
# compiler_lib stays an rlib in Cargo.toml (native builds and tests never link a cdylib);
# this script asks for the cdylib with `cargo rustc --crate-type cdylib`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CRATE=compiler
OUT=runtime/compiler_lib.wasm
OPT=1
QUIET=
SPLIT=0
CFG=()
# --converge reruns -Oz while it still shrinks; -lmu (low memory unused) lets binaryen fold
# constant address offsets, safe because the low 1 KB is the far end of the 8 MB shadow stack
# (rustc links the stack first). Together: -5 KB raw, -3 KB gzip.
# -ocimfs N keeps functions larger than N bytes that have one caller out of line (binaryen inlines
# every one-caller function by default): V8 cannot switch a running call to optimised code,
# so the interpreter loop inlined into its once-called caller ran in baseline (Liftoff) code
# for the whole program; out of line it is re-entered per slice (vm/interp.rs,
# `dispatch_slices`). 25-40% faster; no larger (bench/RESULTS.md, "wasmperf branch").
# 200 rather than 2000: V8 compiles a wasm function whole when it is first called, so a
# once-called helper inlined into a big function (the interpreter's `dispatch`) is compiled at
# start even by a program that never needs it; kept out of line, `print("hello")` compiles
# 11 KB less wasm on its first run. Also -0.6 KB raw, -2.2 KB gzip; no slower (fib, richards,
# nbody, loop_sum within noise). 20 rather than 200: a helper inlined into a function V8
# optimises is optimised with it, hot or not (V8's tier-up budget charges each call the
# function's whole size, see compiler/src/lib.rs): 2-12 KB less TurboFan input per program
# (bench/probe, fib, nbody, deltablue), +0.5 KB raw, -1.1 KB gzip, no slower.
WASM_OPT_FLAGS="-Oz --converge -lmu -ocimfs 20"
# `-- --cfg edge_speed` reaches compiler_lib only (not std).
SPEED=(-- --cfg edge_speed)
while [ $# -gt 0 ]; do
    case "$1" in
        --crate) CRATE=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --no-opt) OPT=0; shift ;;
        --split) SPLIT=1; shift ;;
        --quiet) QUIET=1; shift ;;
        --opt-level)
            # Only compiler_lib's level changes (std keeps the profile's), so a trial rebuilds
            # one crate instead of std as well.
            case "$2" in [sz]) lvl="\"$2\"" ;; [0-3]) lvl=$2 ;; *) echo "build-wasm: bad --opt-level $2" >&2; exit 2 ;; esac
            CFG=(--config "profile.wasm.package.compiler_lib.opt-level=$lvl"); shift 2 ;;
        --speed-attrs) shift ;; # the default; kept so older command lines still work
        --no-speed-attrs) SPEED=(); shift ;;
        --wasm-opt) read -r -a WASM_OPT_ARR <<< "$2"; WASM_OPT_FLAGS="${WASM_OPT_ARR[*]}"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "build-wasm: unknown argument $1" >&2; exit 2 ;;
    esac
done
# Only compiler_lib has hot paths marked for speed.
[ "$CRATE" = compiler ] || SPEED=()
say() { [ -n "$QUIET" ] || echo "build-wasm: $*" >&2; }

TARGET=wasm32-unknown-unknown
MANIFEST=$ROOT/$CRATE/Cargo.toml
[ -f "$MANIFEST" ] || { echo "build-wasm: no $MANIFEST" >&2; exit 2; }
# A separate target dir: the Debian toolchain differs from rustup's, and sharing `target/`
# would make each toolchain rebuild the other's artifacts.
export CARGO_TARGET_DIR=$ROOT/target/wasm
# Every crate builds with a `wasm` profile (the workspace's, or the crate's own copy of it, as
# tests/wasm-guest has), so all of them share one build of std in target/wasm.
if [ "$CRATE" = compiler ]; then
    # Without `embed-std`: the runtime serves runtime/std/*.py and fetches only what a
    # program imports.
    PKG=(-p compiler_lib --profile wasm --no-default-features)
else
    PKG=(--profile wasm)
fi
PROFILE_DIR=wasm
STACK="-C link-arg=-zstack-size=8388608"

if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -q "^$TARGET\$"; then
    say "toolchain: rustup ($(rustc --version))"
    RUSTFLAGS="$STACK" cargo rustc ${CFG[@]+"${CFG[@]}"} --manifest-path "$MANIFEST" "${PKG[@]}" --target "$TARGET" --crate-type cdylib ${QUIET:+-q}
else
    need=()
    [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] || need+=(rustc-web cargo-web)
    [ -d /usr/lib/rustlib/src/rust/library ] || need+=(rust-web-src)
    [ -x /usr/bin/wasm-ld ] || need+=(lld)
    if [ ${#need[@]} -gt 0 ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "build-wasm: missing ${need[*]}: run as root, or: sudo apt-get install -y ${need[*]}" >&2
            exit 1
        fi
        say "installing ${need[*]} with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >&2
    fi
    say "toolchain: Debian $(/usr/bin/rustc --version) with -Zbuild-std"
    # panic=immediate-abort drops all panic formatting (the VM must not panic; a panic traps).
    # location-detail=none drops the file/line/column of panic sites, fmt-debug=none the
    # `{:?}` (Debug) formatting code: nothing a program can print goes through Debug (the
    # bytecode listing that does is the native-only `disasm` feature). Together: -65 KB raw.
    SIZE_FLAGS="-Zlocation-detail=none -Zfmt-debug=none"
    PATH=/usr/bin:$PATH RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
        RUSTFLAGS="-C linker=/usr/bin/wasm-ld -Zunstable-options -Cpanic=immediate-abort $SIZE_FLAGS $STACK" \
        /usr/bin/cargo rustc ${CFG[@]+"${CFG[@]}"} --manifest-path "$MANIFEST" "${PKG[@]}" --target "$TARGET" --crate-type cdylib \
        -Zbuild-std=std,panic_abort ${QUIET:+-q} ${SPEED[@]+"${SPEED[@]}"}
fi

NAME=$(sed -n 's/^name *= *"\(.*\)"/\1/p' "$MANIFEST" | head -1)
LIBNAME=$(awk '/^\[lib\]/{f=1} f && /^name *=/{gsub(/.*= *"|".*/,""); print; exit}' "$MANIFEST")
BUILT=$CARGO_TARGET_DIR/$TARGET/$PROFILE_DIR/${LIBNAME:-${NAME//-/_}}.wasm
[ -f "$BUILT" ] || { echo "build-wasm: expected $BUILT" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"
RAW=$(wc -c < "$BUILT")
# Node's engine must accept what wasm-opt writes: features come from the module's
# target_features section (never --all-features, which lets binaryen emit typed references).
valid() { ! command -v node >/dev/null 2>&1 || node -e 'new WebAssembly.Module(require("fs").readFileSync(process.argv[1]))' "$1"; }
# wasm-opt shrinks the module by a fifth: install binaryen when we can (root with apt-get).
if [ "$OPT" = 1 ] && ! command -v wasm-opt >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "wasm-opt not found: installing binaryen with apt-get"
    apt-get install -y -qq binaryen >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq binaryen >/dev/null; } || true
fi
if [ "$OPT" = 1 ] && command -v wasm-opt >/dev/null 2>&1; then
    # shellcheck disable=SC2086 # the flags are words
    if wasm-opt $WASM_OPT_FLAGS --strip-debug --strip-producers "$BUILT" -o "$OUT.tmp" && valid "$OUT.tmp"; then
        mv "$OUT.tmp" "$OUT"
        say "wasm-opt $WASM_OPT_FLAGS: $RAW → $(wc -c < "$OUT") bytes"
    else
        rm -f "$OUT.tmp"
        cp "$BUILT" "$OUT"
        say "wasm-opt failed or produced an invalid module; kept the unoptimised build"
    fi
else
    cp "$BUILT" "$OUT"
fi
say "wrote $OUT ($(wc -c < "$OUT") bytes, $(gzip -9 -c "$OUT" | wc -c) gzipped)"
# --split: compiler_lib in two parts (scripts/split-wasm.mjs, docs/abi.md "The lazy part"):
# what a hello-world run executes stays in $OUT, the rest goes to NAME.lazy.wasm, which the
# runtime loads when a run first calls into it. Off by default: most programs need the lazy part
# too, then fetch it one round trip later and run ~5% slower (calls between the parts). The
# whole module stays in target/wasm.
if [ "$CRATE" = compiler ]; then
    LAZY=${OUT%.wasm}.lazy.wasm
    rm -f "$LAZY"
    if [ "$SPLIT" = 1 ]; then
        cp "$OUT" "$CARGO_TARGET_DIR/compiler_lib.whole.wasm"
        if ! msg=$(node scripts/split-wasm.mjs "$CARGO_TARGET_DIR/compiler_lib.whole.wasm" "$OUT" "$LAZY"); then
            cp "$CARGO_TARGET_DIR/compiler_lib.whole.wasm" "$OUT"
            echo "build-wasm: the split failed; $OUT is the whole module" >&2
            exit 1
        fi
        say "$msg"
        say "first part $OUT: $(wc -c < "$OUT") bytes, $(gzip -9 -c "$OUT" | wc -c) gzipped"
    fi
fi
