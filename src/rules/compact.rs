//! The shipped rule files as build.rs left them: TOML's data model with every value's span,
//! parsed at build time, read here by a serde deserializer that hands the rule schema the same
//! values and spans the TOML parser would. Start-up reads the rules and facts from statics
//! (`rule_statics`, `fact_statics`); the trees serve what a check never reads, when asked for
//! (examples and explain texts, `shipped_parts`), through the schema and validation of
//! `schema.rs` and `load.rs`.

use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, U64Deserializer};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::pack_probe::PackProbe;

include!(concat!(env!("OUT_DIR"), "/rules_compact.rs"));

include!("compact_tags.rs");

// The names serde_spanned and toml_datetime use to ask a deserializer for a span or a date.
const SPANNED: &str = "$__serde_spanned_private_Spanned";
const SPAN_START: &str = "$__serde_spanned_private_start";
const SPAN_END: &str = "$__serde_spanned_private_end";
const SPAN_VALUE: &str = "$__serde_spanned_private_value";
const DATETIME_FIELD: &str = "$__toml_private_datetime";

/// The compact tree of a shipped rule file (`rules/NAME.toml`), if build.rs wrote one.
pub(super) fn tree(path: &str) -> Option<&'static [u8]> {
    COMPACT.iter().find(|(p, _)| *p == path).map(|(_, blob)| *blob)
}

/// The probe of a shipped fact pack that is read on first use (see `pack_probe`), if
/// `path` is one.
pub(super) fn deferred(path: &str) -> Option<&'static PackProbe> {
    DEFERRED_PACKS.iter().find(|(p, _)| *p == path).map(|(_, probe)| probe)
}

/// A tree that does not fit the schema; only a stale or corrupt build can produce one.
#[derive(Debug)]
pub(super) struct CompactError(String);

impl fmt::Display for CompactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "compact rule tree: {}", self.0)
    }
}

impl std::error::Error for CompactError {}

impl de::Error for CompactError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        CompactError(msg.to_string())
    }
}

type Result<T> = std::result::Result<T, CompactError>;

/// Deserialize `T` from a tree written by build.rs.
pub(super) fn from_tree<'de, T: Deserialize<'de>>(blob: &'de [u8]) -> Result<T> {
    let mut reader = Reader { buf: blob, pos: 0 };
    let value = T::deserialize(Node { r: &mut reader, head: None })?;
    if reader.pos != blob.len() {
        return Err(CompactError("trailing bytes".into()));
    }
    Ok(value)
}

struct Reader<'de> {
    buf: &'de [u8],
    pos: usize,
}

/// A node's tag and span, read ahead of its payload.
#[derive(Clone, Copy)]
struct Head {
    tag: u8,
    start: u64,
    end: u64,
}

impl<'de> Reader<'de> {
    fn byte(&mut self) -> Result<u8> {
        let b = *self.buf.get(self.pos).ok_or_else(|| CompactError("truncated".into()))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(CompactError("varint too long".into()))
    }

    fn len(&mut self) -> Result<usize> {
        usize::try_from(self.varint()?).map_err(|_| CompactError("length too large".into()))
    }

    fn str(&mut self) -> Result<&'de str> {
        let len = self.len()?;
        let end = self.pos.checked_add(len).filter(|&e| e <= self.buf.len());
        let bytes = &self.buf[self.pos..end.ok_or_else(|| CompactError("truncated".into()))?];
        self.pos += len;
        std::str::from_utf8(bytes).map_err(|e| CompactError(e.to_string()))
    }

    fn head(&mut self) -> Result<Head> {
        Ok(Head { tag: self.byte()?, start: self.varint()?, end: self.varint()? })
    }
}

/// One value of the tree; `head` is set when a span was asked for and the head already read.
struct Node<'a, 'de> {
    r: &'a mut Reader<'de>,
    head: Option<Head>,
}

impl<'de> Node<'_, 'de> {
    fn head(&mut self) -> Result<Head> {
        match self.head.take() {
            Some(h) => Ok(h),
            None => self.r.head(),
        }
    }
}

impl<'de> de::Deserializer<'de> for Node<'_, 'de> {
    type Error = CompactError;

    fn deserialize_any<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value> {
        let head = self.head()?;
        match head.tag {
            STRING => visitor.visit_borrowed_str(self.r.str()?),
            INTEGER => {
                let z = self.r.varint()?;
                visitor.visit_i64(((z >> 1) as i64) ^ -((z & 1) as i64))
            }
            FLOAT => {
                let mut b = [0u8; 8];
                for x in &mut b {
                    *x = self.r.byte()?;
                }
                visitor.visit_f64(f64::from_le_bytes(b))
            }
            BOOLEAN => visitor.visit_bool(self.r.byte()? != 0),
            DATETIME => visitor.visit_map(DatetimeAccess { text: Some(self.r.str()?) }),
            ARRAY => {
                let mut items = Items { r: self.r, left: 0 };
                items.left = items.r.len()?;
                let value = visitor.visit_seq(&mut items)?;
                items.skip_rest()?;
                Ok(value)
            }
            TABLE => {
                let mut items = Items { r: self.r, left: 0 };
                items.left = items.r.len()?;
                let value = visitor.visit_map(&mut items)?;
                items.skip_rest()?;
                Ok(value)
            }
            tag => Err(CompactError(format!("unknown tag {tag}"))),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        mut self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        if name != SPANNED {
            return self.deserialize_any(visitor);
        }
        let head = self.head()?;
        visitor.visit_map(SpanAccess { r: self.r, head, next: 0, fields })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        // TOML has no null: a key that is present holds a value.
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        mut self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let head = self.head()?;
        if head.tag != STRING {
            return Err(CompactError("an enum must be a string".into()));
        }
        visitor.visit_enum(BorrowedStrDeserializer::<CompactError>::new(self.r.str()?))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

/// The items of an array or the entries of a table (a key node, then a value node).
struct Items<'a, 'de> {
    r: &'a mut Reader<'de>,
    left: usize,
}

impl<'de> Items<'_, 'de> {
    fn node(&mut self) -> Node<'_, 'de> {
        Node { r: self.r, head: None }
    }

    /// Read past what a visitor left unread, so the next node starts where expected.
    fn skip_rest(&mut self) -> Result<()> {
        while self.left > 0 {
            self.left -= 1;
            de::IgnoredAny::deserialize(self.node())?;
        }
        Ok(())
    }
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = CompactError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(self.node()).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> MapAccess<'de> for Items<'_, 'de> {
    type Error = CompactError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(self.node()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(self.node())
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

/// What serde_spanned reads for a `Spanned<T>`: the start, the end, then the value.
struct SpanAccess<'a, 'de> {
    r: &'a mut Reader<'de>,
    head: Head,
    next: usize,
    fields: &'static [&'static str],
}

impl<'de> MapAccess<'de> for SpanAccess<'_, 'de> {
    type Error = CompactError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let key = match self.next {
            0 => SPAN_START,
            1 => SPAN_END,
            2 => SPAN_VALUE,
            _ => return Ok(None),
        };
        debug_assert!(self.fields.contains(&key), "serde_spanned renamed its fields");
        seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.next += 1;
        match self.next {
            1 => seed.deserialize(U64Deserializer::new(self.head.start)),
            2 => seed.deserialize(U64Deserializer::new(self.head.end)),
            _ => seed.deserialize(Node { r: self.r, head: Some(self.head) }),
        }
    }
}

/// What toml_datetime reads for a date: one entry under its private field name.
struct DatetimeAccess<'de> {
    text: Option<&'de str>,
}

impl<'de> MapAccess<'de> for DatetimeAccess<'de> {
    type Error = CompactError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        match self.text {
            Some(_) => seed.deserialize(BorrowedStrDeserializer::new(DATETIME_FIELD)).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let text = self.text.take().ok_or_else(|| CompactError("date read twice".into()))?;
        seed.deserialize(text.into_deserializer())
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin::EMBEDDED;
    use super::super::rule::RuleSet;
    use super::super::schema::RawFile;

    /// Every shipped file has a tree, and its tree loads to exactly what its TOML loads to:
    /// every rule, fact, example and span. A validation error in a shipped file fails here with
    /// its file, line and column.
    #[test]
    fn trees_load_as_the_toml_does() {
        for (path, text) in EMBEDDED {
            let Some(blob) = super::tree(path) else {
                // A pack start-up leaves unread is read from its statics alone (`fact_statics`).
                assert!(super::deferred(path).is_some(), "build.rs wrote no tree for {path}");
                continue;
            };
            let mut from_toml = RuleSet::default();
            if let Err(e) = from_toml.load_str(path, text) {
                let shown: Vec<String> = e.iter().map(ToString::to_string).collect();
                panic!("{path} does not load:\n{}", shown.join("\n"));
            }
            let mut from_tree = RuleSet::default();
            from_tree.load_tree(path, text, blob).unwrap_or_else(|e| panic!("{path}: {}", e[0]));
            assert_eq!(format!("{from_toml:#?}"), format!("{from_tree:#?}"), "{path}");
            let raw_toml: RawFile = toml::from_str(text).unwrap();
            let raw_tree: RawFile = super::from_tree(blob).unwrap();
            assert_eq!(format!("{raw_toml:#?}"), format!("{raw_tree:#?}"), "{path}: spans or values differ");
        }
        assert_eq!(
            super::COMPACT.len() + super::DEFERRED_PACKS.len(),
            EMBEDDED.len(),
            "a rule file is not in EMBEDDED"
        );
    }
}
