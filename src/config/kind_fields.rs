//! Which fields each kind has, and which it requires: the built-in lists, `fields:`
//! of a kind in `config.yaml`, and the kinds a field of `fields:` names.

use crate::t;
use std::path::Path;

use typed_index_collections::TiVec;

use super::builtin_fields::kind_fields;
use super::fields::{Field, FieldId, REQUIRABLE, item_location};
use super::kinds::{Kind, KindConfig, KindId};
use crate::diagnostics::{Diagnostic, Location, nearest};

/// Gives each kind its fields and checks what kinds require; every problem goes to
/// `errors`, at the line of the kind or field it is about in `text` (config.yaml's,
/// read from `file`), or at `fallback` where that line cannot be found.
pub fn link(
    kinds: &mut TiVec<KindId, Kind>,
    raw_kinds: Option<&[KindConfig]>,
    fields: &TiVec<FieldId, Field>,
    text: &str,
    file: &Path,
    fallback: &Location,
    errors: &mut Vec<Diagnostic>,
) {
    let kind_at =
        |id: &str| item_location(text, "id", id, file).unwrap_or_else(|| fallback.clone());
    let field_at =
        |name: &str| item_location(text, "name", name, file).unwrap_or_else(|| fallback.clone());
    let by_name = |name: &str| fields.position(|f| f.name == name);
    let names = || fields.iter().map(|f| f.name.as_str());

    for k in kinds.iter_mut() {
        let written = raw_kinds
            .and_then(|r| r.iter().find(|c| c.id == k.id))
            .and_then(|c| c.fields.clone());
        let listed: Vec<String> = match written {
            Some(w) => w,
            None => kind_fields(&k.id).iter().map(|s| s.to_string()).collect(),
        };
        for name in &listed {
            match by_name(name) {
                Some(f) if !k.fields.contains(&f) => k.fields.push(f),
                Some(_) => {}
                None => errors.push(unknown_field(
                    kind_at(&k.id),
                    t!(
                        "config-kind-fields-listed-not-defined",
                        id = k.id.as_str(),
                        field = name
                    ),
                    name,
                    names(),
                )),
            }
        }
    }
    for (f, field) in fields.iter_enumerated() {
        let Some(on) = &field.kinds else {
            if !field.built_in {
                for k in kinds.iter_mut().filter(|k| !k.fields.contains(&f)) {
                    k.fields.push(f);
                }
            }
            continue;
        };
        for id in on {
            // A kind as `ozyq new` takes it: `open-lesson`, «ашық сабақ».
            let meant = super::kinds::find_kind(&kinds.raw, id).map(|k| k.id.clone());
            match kinds.iter_mut().find(|k| meant.as_ref() == Some(&k.id)) {
                Some(k) if !k.fields.contains(&f) => k.fields.push(f),
                Some(_) => {}
                None => {
                    let ids: Vec<&str> = kinds.iter().map(|k| k.id.as_str()).collect();
                    let hint = match nearest(id, ids.iter().copied()) {
                        Some(n) => t!(
                            "config-kind-fields-did-you-mean-kinds-hint",
                            name = n,
                            list = ids.join(", ")
                        ),
                        None => t!("config-kind-fields-kinds-are-hint", list = ids.join(", ")),
                    };
                    errors.push(
                        Diagnostic::error(
                            value_at(text, field_at(&field.name), id),
                            t!(
                                "config-kind-fields-field-names-kind-which",
                                name = (field.name).to_string(),
                                id = id.to_string()
                            ),
                        )
                        .with_hint(hint),
                    );
                }
            }
        }
    }
    for k in kinds.iter_mut() {
        for &f in &k.fields {
            if fields[f].required && !k.required.contains(&fields[f].name) {
                k.required.push(fields[f].name.clone());
            }
        }
        for req in &k.required {
            let of_kind = k.fields.iter().any(|&f| &fields[f].name == req);
            if !of_kind && !REQUIRABLE.contains(&req.as_str()) {
                let (id, field) = (k.id.as_str(), req.as_str());
                let msg = match by_name(req) {
                    Some(_) => t!(
                        "config-kind-fields-required-not-its-own",
                        id = id,
                        field = field
                    ),
                    None => t!(
                        "config-kind-fields-required-not-defined",
                        id = id,
                        field = field
                    ),
                };
                let known = REQUIRABLE.iter().copied().chain(names());
                let mut d = unknown_field(kind_at(&k.id), msg, req, known);
                if by_name(req).is_some() {
                    d = d.with_hint(t!(
                        "config-kind-fields-add-kind-s-fields-hint",
                        req = req.to_string(),
                        id = (k.id).to_string()
                    ));
                }
                errors.push(d);
            }
        }
    }
}

fn unknown_field<'a>(
    at: Location,
    msg: crate::messages::Text,
    name: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Diagnostic {
    let d = Diagnostic::error(at, msg);
    match nearest(name, known) {
        Some(n) => d.with_hint(t!(
            "config-kind-fields-did-you-mean-hint",
            n = n.to_string()
        )),
        None => d.with_hint(t!(
            "config-kind-fields-define-under-fields-config-hint",
            name = name.to_string()
        )),
    }
}

/// Where `value` is written as an item of the `kinds:` under `from` (a field's
/// `- name:` line), not inside another word (`lesson` of `open_lesson`); the
/// field's line when it is not found there.
fn value_at(text: &str, from: Location, value: &str) -> Location {
    let bounded = |line: &str, at: usize| {
        let before = line[..at].chars().next_back();
        let after = line[at + value.len()..].chars().next();
        before.is_none_or(|c| "[,-\"' ".contains(c)) && after.is_none_or(|c| "],\"' #".contains(c))
    };
    let lines = text.lines().enumerate().skip(from.line);
    let found = lines
        .take_while(|(_, l)| !l.trim_start().starts_with("- name:"))
        .skip_while(|(_, l)| !l.trim_start().starts_with("kinds:"))
        .find_map(|(n, line)| {
            let at = line
                .match_indices(value)
                .map(|(i, _)| i)
                .find(|&i| bounded(line, i))?;
            Some((n, line, at))
        });
    match found {
        Some((n, line, at)) => Location::new(&from.file, n + 1, line[..at].chars().count() + 1),
        None => from,
    }
}
