// Rust symbol demangling for the size and start-up reports (no dependencies): v0 symbols
// (`_RNvMNtNtCs.._12compiler_lib2vm6interpNtB4_2Vm8dispatch` prints as
// `compiler_lib::vm::interp::<impl Vm>::dispatch`) and legacy `_ZN` ones.

// ---- Rust v0 demangling (RFC 2603), enough for paths, impls and generic arguments ----------
const BASIC = { a: "i8", b: "bool", c: "char", d: "f64", e: "str", f: "f32", h: "u8", i: "isize", j: "usize", l: "i32", m: "u32", n: "i128", o: "u128", s: "i16", t: "u16", u: "()", v: "...", x: "i64", y: "u64", z: "!", p: "_" };
// With `bare`, generic arguments are left out (to count the copies of one generic function).
function demangleV0(sym, bare = false) {
  const s = sym.slice(2); // backrefs count from just after "_R"
  let i = 0;
  let depth = 0;
  const fail = () => { throw new Error("bad symbol"); };
  const peek = () => s[i];
  const eat = (c) => (s[i] === c ? (i++, true) : false);
  const b62 = () => {
    if (eat("_")) return 0;
    let v = 0;
    while (s[i] !== "_") {
      const c = s[i++];
      if (c === undefined) fail();
      const d = c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c >= "a" && c <= "z" ? c.charCodeAt(0) - 87 : c.charCodeAt(0) - 29;
      v = v * 62 + d;
    }
    i++;
    return v + 1;
  };
  const disamb = () => (eat("s") ? b62() : 0);
  const ident = () => {
    disamb();
    const puny = eat("u");
    const m = /^\d+/.exec(s.slice(i));
    if (!m) fail();
    i += m[0].length;
    const n = Number(m[0]);
    eat("_");
    const t = s.slice(i, i + n);
    i += n;
    return puny ? `{punycode ${t}}` : t;
  };
  const backref = (parse) => {
    const at = b62();
    if (++depth > 200) fail();
    const save = i;
    i = at;
    const r = parse();
    i = save;
    depth--;
    return r;
  };
  // A path returns { text, mod } where mod lists the module segments used for grouping.
  function path() {
    const c = s[i++];
    switch (c) {
      case "C": { const n = ident(); return { text: n, mod: [n] }; }
      case "M": { disamb(); const ip = path(); const t = type(); return { text: `<impl ${t}>`, mod: ip.mod, within: ip }; }
      case "X": { disamb(); const ip = path(); const t = type(); const tr = path(); return { text: `<impl ${tr.text} for ${t}>`, mod: ip.mod, within: ip }; }
      case "Y": { const t = type(); const tr = path(); return { text: `<${t} as ${tr.text}>`, mod: tr.mod }; }
      case "N": {
        const ns = s[i++];
        const inner = path();
        const name = ident();
        const prefix = inner.within ? `${inner.within.text}::${inner.text}` : inner.text;
        if (ns >= "A" && ns <= "Z") {
          const kind = ns === "C" ? "closure" : ns === "S" ? "shim" : ns;
          return { text: `${prefix}::{${kind}${name ? ` ${name}` : ""}}`, mod: inner.mod };
        }
        return { text: `${prefix}::${name}`, mod: ns === "t" && !inner.within ? [...inner.mod, name] : inner.mod };
      }
      case "I": {
        const p = path();
        const g = [];
        while (!eat("E")) g.push(genericArg());
        const args = bare ? "" : `<${g.join(", ")}>`;
        return { text: `${p.within ? `${p.within.text}::` : ""}${p.text}${args}`, mod: p.mod };
      }
      case "B": return backref(path);
      default: fail();
    }
  }
  function genericArg() {
    if (eat("L")) { b62(); return "'_"; }
    if (eat("K")) return konst();
    return type();
  }
  function konst() {
    if (eat("p")) return "_";
    if (eat("B")) return backref(konst);
    const t = type();
    const neg = eat("n");
    let hex = "";
    while (s[i] !== "_") { if (s[i] === undefined) fail(); hex += s[i++]; }
    i++;
    if (t === "bool") return hex === "1" ? "true" : "false";
    return `${neg ? "-" : ""}${hex ? BigInt(`0x${hex}`) : 0}`;
  }
  function type() {
    const c = peek();
    if (c >= "a" && c <= "z") { i++; if (BASIC[c] === undefined) fail(); return BASIC[c]; }
    switch (c) {
      case "A": { i++; const t = type(); return `[${t}; ${konst()}]`; }
      case "S": { i++; return `[${type()}]`; }
      case "T": { i++; const ts = []; while (!eat("E")) ts.push(type()); return `(${ts.join(", ")}${ts.length === 1 ? "," : ""})`; }
      case "R": case "Q": { i++; if (eat("L")) b62(); return `&${c === "Q" ? "mut " : ""}${type()}`; }
      case "P": case "O": { i++; return `*${c === "O" ? "mut" : "const"} ${type()}`; }
      case "F": {
        i++;
        if (eat("G")) b62();
        const unsafe = eat("U");
        if (eat("K")) { if (!eat("C")) ident(); }
        const ps = [];
        while (!eat("E")) ps.push(type());
        const r = type();
        return `${unsafe ? "unsafe " : ""}fn(${ps.join(", ")})${r === "()" ? "" : ` -> ${r}`}`;
      }
      case "D": {
        i++;
        if (eat("G")) b62();
        const ts = [];
        while (!eat("E")) {
          let t = path().text;
          while (eat("p")) { const n = ident(); t += `<${n} = ${type()}>`; }
          ts.push(t);
        }
        if (eat("L")) b62();
        return `dyn ${ts.join(" + ")}`;
      }
      case "B": { i++; return backref(type); }
      default: {
        const p = path();
        return p.within ? `${p.within.text}::${p.text}` : p.text;
      }
    }
  }
  if (/^\d/.test(s)) { while (/\d/.test(s[i])) i++; } // encoding version
  const p = path();
  return { text: p.within ? `${p.within.text}::${p.text}` : p.text, mod: p.mod };
}

// Legacy `_ZN...E` symbols: length-prefixed segments, a trailing `h<hash>`.
function demangleLegacy(sym) {
  const parts = [];
  let i = 3;
  while (i < sym.length && sym[i] !== "E") {
    const m = /^\d+/.exec(sym.slice(i));
    if (!m) break;
    i += m[0].length;
    parts.push(sym.slice(i, i + Number(m[0])));
    i += Number(m[0]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  const text = parts.join("::").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$RF\$/g, "&").replace(/\.\./g, "::");
  return { text, mod: parts.slice(0, -1).filter((p) => !p.startsWith("_$LT$") && !p.startsWith("$LT$")) };
}

/**
 * `{text, mod, bare?}` for a Rust symbol (v0 or legacy): the readable path, its module path
 * (segments) and, for v0, the path without generic arguments; unknown symbols come back as is.
 */
export function demangle(sym) {
  const clean = sym.replace(/\.llvm\.\d+$/, "");
  try {
    if (clean.startsWith("_R")) return { ...demangleV0(clean), bare: demangleV0(clean, true).text };
    if (clean.startsWith("_ZN")) return demangleLegacy(clean);
  } catch { /* fall through: keep the raw name */ }
  return { text: clean, mod: null };
}
