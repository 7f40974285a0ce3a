//! `#[function]` wraps a typed Rust function in a Path A export; `module!` declares the
//! module (its name, functions and Python shim). See wasm-pdk's README.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{FnArg, Ident, ItemFn, LitStr, Pat, Path, Token, Type, bracketed, parse_macro_input};

/// The raw export's Rust name for function `f`.
fn raw_ident(f: &Ident) -> Ident {
    format_ident!("__edge_fn_{}", f)
}

fn name_ident(f: &Ident) -> Ident {
    format_ident!("__EDGE_NAME_{}", f)
}

/// `Option<...>` parameters may be left out when they trail.
fn is_option(t: &Type) -> bool {
    match t {
        Type::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == "Option"),
        _ => false,
    }
}

/// `#[function]` or `#[function(name = "python_name")]` on a free function whose parameters
/// implement `FromPy` (`&str` and `&Value` are accepted too) and whose return type
/// implements `IntoPy`.
#[proc_macro_attribute]
pub fn function(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut py_name: Option<LitStr> = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("name") {
            py_name = Some(meta.value()?.parse()?);
            Ok(())
        } else {
            Err(meta.error("expected `name = \"...\"`"))
        }
    });
    parse_macro_input!(attr with parser);
    let func = parse_macro_input!(item as ItemFn);
    match expand_function(func, py_name) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn expand_function(func: ItemFn, py_name: Option<LitStr>) -> syn::Result<TokenStream2> {
    let ident = &func.sig.ident;
    let name = py_name.map(|l| l.value()).unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_string());
    let raw = raw_ident(ident);
    let name_const = name_ident(ident);
    let mut params = Vec::new();
    let mut converts = Vec::new();
    let mut passes = Vec::new();
    let mut required = 0usize;
    for (i, input) in func.sig.inputs.iter().enumerate() {
        let FnArg::Typed(pt) = input else {
            return Err(syn::Error::new_spanned(input, "#[function] takes no `self`"));
        };
        let pname = match &*pt.pat {
            Pat::Ident(p) => p.ident.to_string(),
            _ => format!("arg{}", i + 1),
        };
        let var = format_ident!("__a{}", i);
        // `&str` arrives as a String, `&Value` as a Value; both are passed by reference.
        let (ty, by_ref): (TokenStream2, bool) = match &*pt.ty {
            Type::Reference(r) => match &*r.elem {
                Type::Path(p) if p.path.is_ident("str") => (quote!(::std::string::String), true),
                other => (quote!(#other), true),
            },
            other => (quote!(#other), false),
        };
        if !is_option(&pt.ty) {
            required = i + 1;
        }
        converts.push(quote! {
            let #var: #ty = ::wasm_pdk::rt::arg(#name, __args, #i)?;
        });
        passes.push(if by_ref { quote!(&#var) } else { quote!(#var) });
        params.push(pname);
    }
    // On wasm the export carries the Python name; natively `MODULE` lists the function.
    let export = quote!(#[cfg_attr(target_arch = "wasm32", unsafe(export_name = #name))]);
    let vis = &func.vis;
    Ok(quote! {
        #func

        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        #vis const #name_const: &str = #name;

        #[doc(hidden)]
        #export
        #vis unsafe extern "C" fn #raw(argv: *const u32, argc: u32, out: *mut u32) -> i32 {
            unsafe {
                ::wasm_pdk::rt::call(argv, argc, out, |__args: &[u32]| {
                    ::wasm_pdk::rt::arity(#name, __args.len(), #required, &[#(#params),*])?;
                    #(#converts)*
                    ::wasm_pdk::rt::ret(#ident(#(#passes),*))
                })
            }
        }
    })
}

struct ModuleInput {
    name: LitStr,
    functions: Vec<Path>,
    shim: Option<LitStr>,
}

impl Parse for ModuleInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let (mut name, mut functions, mut shim) = (None, Vec::new(), None);
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            input.parse::<Token![:]>()?;
            match key.to_string().as_str() {
                "name" => name = Some(input.parse()?),
                "shim" => shim = Some(input.parse()?),
                "functions" => {
                    let content;
                    bracketed!(content in input);
                    let list: Punctuated<Path, Token![,]> = content.parse_terminated(Path::parse, Token![,])?;
                    functions = list.into_iter().collect();
                }
                _ => return Err(syn::Error::new(key.span(), "expected `name`, `functions` or `shim`")),
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        let name = name.ok_or_else(|| syn::Error::new(Span::call_site(), "module! needs `name: \"...\"`"))?;
        Ok(ModuleInput { name, functions, shim })
    }
}

/// `module! { name: "mod", functions: [f, g, sub::h], shim: "src/mod.py" }` (shim optional,
/// relative to the crate root) declares `pub static MODULE: wasm_pdk::ModuleDef` and, on
/// wasm32, the `__edge_alloc` export and the shim as the `edge.py` custom section.
#[proc_macro]
pub fn module(input: TokenStream) -> TokenStream {
    let ModuleInput { name, functions, shim } = parse_macro_input!(input as ModuleInput);
    let entries = functions.iter().map(|p| {
        let mut raw = p.clone();
        let mut named = p.clone();
        let last = raw.segments.last_mut().expect("a path has a segment");
        let f = last.ident.clone();
        last.ident = raw_ident(&f);
        named.segments.last_mut().expect("a path has a segment").ident = name_ident(&f);
        quote!((#named, #raw as ::wasm_pdk::RawFn))
    });
    let (shim_value, section) = match &shim {
        Some(path) => {
            let file = quote!(concat!(env!("CARGO_MANIFEST_DIR"), "/", #path));
            (
                quote!(::core::option::Option::Some(include_str!(#file))),
                quote! {
                    #[cfg(target_arch = "wasm32")]
                    #[unsafe(link_section = "edge.py")]
                    #[used]
                    static __EDGE_SHIM: [u8; include_bytes!(#file).len()] =
                        ::wasm_pdk::rt::bytes_array(include_bytes!(#file));
                },
            )
        }
        None => (quote!(::core::option::Option::None), quote!()),
    };
    quote! {
        /// This module's declaration (register it natively with `wasm_pdk::native::register`).
        pub static MODULE: ::wasm_pdk::ModuleDef = ::wasm_pdk::ModuleDef {
            name: #name,
            functions: &[#(#entries),*],
            shim: #shim_value,
        };

        #section

        /// Staging memory for the host's argument handles (Path A).
        #[cfg(target_arch = "wasm32")]
        #[unsafe(no_mangle)]
        pub extern "C" fn __edge_alloc(size: usize) -> *mut u8 {
            ::wasm_pdk::rt::alloc(size)
        }
    }
    .into()
}
