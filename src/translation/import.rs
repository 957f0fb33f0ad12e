//! placeholder
use std::path::Path;
/// Import.
pub fn run(
    _root: &Path,
    _config: &crate::config::SiteConfig,
    _file: &Path,
) -> Result<String, Vec<crate::diagnostic::Diagnostic>> {
    Ok(String::new())
}
