//! placeholder
use std::path::Path;

/// See below.
pub fn check(
    _model: &crate::model::SiteModel,
    _root: &Path,
    _diagnostics: &mut Vec<crate::diagnostic::Diagnostic>,
) {
}
