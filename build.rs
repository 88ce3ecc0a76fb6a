//! Rebuilds the crate when the files it embeds change: `include_dir!` cannot tell
//! cargo about them (the default theme, the message files, the PDF fonts).

fn main() {
    for dir in ["themes/default", "src/messages/ftl", "fonts"] {
        println!("cargo:rerun-if-changed={dir}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
