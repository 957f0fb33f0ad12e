//! The world map: one shared SVG of country shapes, and a small inline SVG per country page
//! that colours partners by their route status.
//!
//! Shapes come from Natural Earth (public domain) through `data/world-110m.tsv`; states too
//! small for that scale are points from `data/points.tsv`. The shared file `/maps/world.svg` is
//! fetched once and cached; each country page only carries a few `<use>` references, so a map
//! costs a page a few hundred bytes. No script, no tiles, no request to another host. The page
//! always gives the same information as text (the partners table), the map only illustrates it.

use std::fmt::Write as _;

const SHAPES: &str = include_str!("../data/world-110m.tsv");
const POINTS: &str = include_str!("../data/points.tsv");

/// URL of the shared shapes file in the output.
pub const WORLD_URL: &str = "/maps/world.svg";

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect::<Vec<_>>())
}

/// The shared SVG: every shape as `<path id="KH">` (points as circles) inside `<g id="world">`.
pub fn world_svg() -> String {
    let mut out = String::with_capacity(SHAPES.len() + 4096);
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 500\">\n<defs><g id=\"world\">\n");
    let mut with_shape = std::collections::BTreeSet::new();
    for row in rows(SHAPES) {
        if row.len() >= 2 {
            with_shape.insert(row[0]);
            let _ = writeln!(out, "<path id=\"{}\" d=\"{}\"/>", row[0], row[1]);
        }
    }
    for row in rows(POINTS) {
        if row.len() >= 2
            && !with_shape.contains(row[0])
            && let Some((x, y)) = row[1].split_once(',')
        {
            let _ = writeln!(
                out,
                "<circle id=\"{}\" cx=\"{x}\" cy=\"{y}\" r=\"3\"/>",
                row[0]
            );
        }
    }
    out.push_str("</g></defs>\n<use href=\"#world\"/>\n</svg>\n");
    out
}

/// How a country on the map relates to the one the page is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The page's own country.
    This,
    /// A transfer route in force.
    InForce,
    /// Signed; whether in force is not known.
    Unknown,
    /// Signed, not in force.
    Signed,
}

impl Relation {
    fn class(self) -> &'static str {
        match self {
            Relation::This => "map-this",
            Relation::InForce => "map-in-force",
            Relation::Unknown => "map-unknown",
            Relation::Signed => "map-signed",
        }
    }
}

/// True when the map can draw this country (as a shape or a point).
pub fn can_draw(code: &str) -> bool {
    rows(SHAPES)
        .chain(rows(POINTS))
        .any(|r| r.first() == Some(&code))
}

/// The inline SVG for a country page. `label` is its accessible name (the text alternative is
/// the partners table the page also shows).
pub fn country_map(highlights: &[(String, Relation)], label: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg class=\"world-map\" viewBox=\"0 0 1000 500\" role=\"img\" aria-label=\"{}\" focusable=\"false\"><use class=\"map-base\" href=\"{WORLD_URL}#world\"/>",
        crate::html::escape(label)
    );
    for (code, relation) in highlights {
        let _ = write!(
            out,
            "<use class=\"{}\" href=\"{WORLD_URL}#{}\"/>",
            relation.class(),
            crate::html::escape(code)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn world_has_shapes_and_points() {
        let svg = world_svg();
        assert!(svg.contains("<path id=\"KH\""));
        assert!(svg.contains("<path id=\"BE\""));
        assert!(svg.contains("id=\"MT\""), "Malta is drawn as a point");
        assert!(!svg.contains("http://") || svg.matches("http://").count() == 1);
    }

    #[test]
    fn country_map_references_partners() {
        let svg = country_map(
            &[
                ("KH".into(), Relation::This),
                ("BE".into(), Relation::Signed),
            ],
            "Map",
        );
        assert!(svg.contains("class=\"map-signed\" href=\"/maps/world.svg#BE\""));
        assert!(can_draw("LA"));
        assert!(!can_draw("ZZ"));
    }
}
