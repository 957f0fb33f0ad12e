//! The registry of ISO 3166-1 countries: which codes exist, their UN M49 region and their
//! numeric code (the key of the map shapes).
//!
//! The table ships in the binary (`data/countries.tsv`, generated from Debian's iso-codes by
//! `scripts/make-data.py`). Names shown to readers never come from here but from CLDR, in the
//! reader's language (see `locale`); the English name here only feeds "did you mean" hints.

use std::collections::BTreeMap;

use crate::diagnostic::closest;

const TABLE: &str = include_str!("../data/countries.tsv");

/// UN M49 continental regions, in the order the countries directory shows them.
pub const REGIONS: &[&str] = &["150", "142", "002", "019", "009", "010"];

/// One row of the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryInfo {
    /// ISO 3166-1 alpha-2.
    pub alpha2: String,
    /// ISO 3166-1 numeric, as written (`056`).
    pub numeric: String,
    /// ISO 3166-1 alpha-3 (`KHM`), for hints when someone types it.
    pub alpha3: String,
    /// UN M49 region (`150` Europe...).
    pub region: String,
    /// English name, for hints only.
    pub english_name: String,
}

/// All known countries, by alpha-2 code.
#[derive(Debug, Clone)]
pub struct CountryRegistry {
    by_code: BTreeMap<String, CountryInfo>,
}

impl CountryRegistry {
    /// Loads the table compiled into the binary.
    pub fn builtin() -> CountryRegistry {
        CountryRegistry::parse(TABLE)
    }

    /// Parses a registry table (tab-separated, `#` comments, one header line).
    pub fn parse(table: &str) -> CountryRegistry {
        let mut by_code = BTreeMap::new();
        for line in table
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
        {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 {
                continue;
            }
            by_code.insert(
                cols[0].to_string(),
                CountryInfo {
                    alpha2: cols[0].to_string(),
                    alpha3: cols[1].to_string(),
                    numeric: cols[2].to_string(),
                    region: cols[3].to_string(),
                    english_name: cols[4].to_string(),
                },
            );
        }
        CountryRegistry { by_code }
    }

    /// Looks a code up (exact, upper case).
    pub fn get(&self, code: &str) -> Option<&CountryInfo> {
        self.by_code.get(code)
    }

    /// All countries, sorted by code.
    pub fn all(&self) -> impl Iterator<Item = &CountryInfo> {
        self.by_code.values()
    }

    /// A hint for an unknown code: a lower-case typo, a near code, or a country name typed
    /// instead of a code.
    pub fn suggest(&self, code: &str) -> Option<String> {
        let upper = code.to_uppercase();
        if self.by_code.contains_key(&upper) {
            return Some(format!("did you mean `{upper}`? Codes are upper case"));
        }
        if let Some(info) = self.by_code.values().find(|c| c.alpha3 == upper) {
            return Some(format!(
                "`{code}` is a three-letter code; use the two-letter `{}` ({})",
                info.alpha2, info.english_name
            ));
        }
        if let Some(info) = self
            .by_code
            .values()
            .find(|c| c.english_name.eq_ignore_ascii_case(code))
        {
            return Some(format!(
                "use the ISO code: `{}` is {}",
                info.alpha2, info.english_name
            ));
        }
        if let Some(name) = closest(code, self.by_code.values().map(|c| c.english_name.as_str())) {
            let info = self.by_code.values().find(|c| c.english_name == name)?;
            return Some(format!(
                "did you mean `{}` ({})?",
                info.alpha2, info.english_name
            ));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_has_the_countries_we_ship() {
        let r = CountryRegistry::builtin();
        assert_eq!(r.get("BE").unwrap().region, "150");
        assert_eq!(r.get("KH").unwrap().region, "142");
        assert_eq!(r.get("LA").unwrap().numeric, "418");
        assert!(r.get("XK").is_some());
        assert!(r.all().count() > 240);
    }

    #[test]
    fn suggestions() {
        let r = CountryRegistry::builtin();
        assert!(r.suggest("kh").unwrap().contains("`KH`"));
        assert!(r.suggest("Cambodia").unwrap().contains("`KH`"));
    }
}
