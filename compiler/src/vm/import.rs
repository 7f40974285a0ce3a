//! `import`: the module registry (`sys.modules`), built-in modules and host-provided sources.
