//! Gathers the Swedish message catalogue: every `locales/sv/*.toml` (one per capability and
//! shared room) is embedded, so adding a capability's texts is adding its file. Reads local
//! files only.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // Read at run time: `env!` would fix the directory when the build script was compiled,
    // and two checkouts sharing a target directory would then read each other's texts.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../varn/locales/sv");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locales/sv")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_stem().and_then(|s| s.to_str()).expect("name");
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .expect("write");
    }
    out.push(']');
    let target = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("sv_locales.rs");
    std::fs::write(target, out).expect("write sv_locales.rs");
}
