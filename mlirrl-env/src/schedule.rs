//! Schedules: per op, the ordered actions applied to it, in the order the ops
//! were scheduled (consumers first).
//!
//! The canonical text form is the cache key:
//! `operation_1:I(0,1,2)TP(64,64,64)T(8,32,1)V()|operation_0:NT()`.

use crate::action::{Action, ParseActionError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The actions applied to one op.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OpSchedule {
    /// The op's tag.
    pub tag: String,
    /// Actions in order.
    pub actions: Vec<Action>,
}

/// A whole program's schedule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Schedule {
    /// Ops in scheduling order.
    pub ops: Vec<OpSchedule>,
}

impl Schedule {
    /// The empty schedule (the untransformed program).
    pub fn empty() -> Self {
        Self::default()
    }

    /// Whether no op has an action that changes code.
    pub fn is_noop(&self) -> bool {
        self.ops.iter().all(|o| o.actions.iter().all(|a| matches!(a, Action::NoTransformation)))
    }

    /// Appends `action` to the schedule of `tag` (creating its entry when it
    /// is not the most recent op).
    pub fn push(&mut self, tag: &str, action: Action) {
        match self.ops.last_mut() {
            Some(last) if last.tag == tag => last.actions.push(action),
            _ => self.ops.push(OpSchedule { tag: tag.into(), actions: vec![action] }),
        }
    }

    /// The canonical text form (see the module docs).
    pub fn canonical(&self) -> String {
        self.to_string()
    }

    /// The same schedule for the same ops under other tags: every op tag
    /// and fused producer is renamed by `rename` (e.g. a schedule found on a
    /// block file, moved onto the whole network's tags with
    /// [`mlirrl_ir::tags::renumber`]).
    ///
    /// ```
    /// use mlirrl_env::Schedule;
    /// use mlirrl_ir::tags;
    /// let s: Schedule = "operation_1:TPF(operation_0;8,0)|operation_0_operation_1:V()".parse().unwrap();
    /// let global = ["operation_10", "operation_11"];
    /// let moved = s
    ///     .retag(|t| tags::renumber(t, |k| global.get(k).map(|g| g.to_string())))
    ///     .unwrap();
    /// assert_eq!(moved.canonical(), "operation_11:TPF(operation_10;8,0)|operation_10_operation_11:V()");
    /// ```
    pub fn retag<E>(&self, mut rename: impl FnMut(&str) -> Result<String, E>) -> Result<Self, E> {
        let mut out = Schedule::empty();
        for op in &self.ops {
            let tag = rename(&op.tag)?;
            for a in &op.actions {
                let a = match a {
                    Action::TiledFusion { sizes, producer } => {
                        Action::TiledFusion { sizes: sizes.clone(), producer: rename(producer)? }
                    }
                    other => other.clone(),
                };
                out.push(&tag, a);
            }
        }
        Ok(out)
    }

    /// Reads a schedule from JSON.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, op) in self.ops.iter().enumerate() {
            if i > 0 {
                f.write_str("|")?;
            }
            write!(f, "{}:", op.tag)?;
            for a in &op.actions {
                write!(f, "{a}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for Schedule {
    type Err = ParseActionError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut schedule = Schedule::default();
        if text.is_empty() {
            return Ok(schedule);
        }
        for part in text.split('|') {
            let (tag, rest) = part.split_once(':').ok_or_else(|| ParseActionError {
                text: part.into(),
                reason: "expected `tag:actions`".into(),
            })?;
            let mut actions = Vec::new();
            let mut start = 0;
            for (i, c) in rest.char_indices() {
                if c == ')' {
                    actions.push(rest[start..=i].parse()?);
                    start = i + 1;
                }
            }
            if start != rest.len() {
                return Err(ParseActionError {
                    text: rest[start..].into(),
                    reason: "trailing text".into(),
                });
            }
            schedule.ops.push(OpSchedule { tag: tag.into(), actions });
        }
        Ok(schedule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn action() -> impl Strategy<Value = Action> {
        let sizes = proptest::collection::vec(
            prop_oneof![Just(0u64), (0u32..7).prop_map(|e| 1u64 << e)],
            1..8,
        );
        prop_oneof![
            Just(Action::NoTransformation),
            Just(Action::Vectorization),
            sizes.clone().prop_map(|sizes| Action::Tiling { sizes }),
            sizes.clone().prop_map(|sizes| Action::TiledParallelization { sizes }),
            (sizes, 0usize..5).prop_map(|(sizes, p)| Action::TiledFusion {
                sizes,
                producer: format!("operation_{p}")
            }),
            (1usize..8)
                .prop_flat_map(|n| Just((0..n).collect::<Vec<_>>()).prop_shuffle())
                .prop_map(|permutation| Action::Interchange { permutation }),
        ]
    }

    proptest! {
        #[test]
        fn canonical_and_json_round_trip(ops in proptest::collection::vec(
            (0usize..6, proptest::collection::vec(action(), 1..5)), 0..4)) {
            let schedule = Schedule {
                ops: ops.into_iter().map(|(t, actions)| OpSchedule { tag: format!("operation_{t}"), actions }).collect(),
            };
            let text = schedule.canonical();
            prop_assert_eq!(&text.parse::<Schedule>().unwrap(), &schedule);
            let json = serde_json::to_string(&schedule).unwrap();
            prop_assert_eq!(&Schedule::from_json(&json).unwrap(), &schedule);
        }
    }

    #[test]
    fn push_groups_by_op() {
        let mut s = Schedule::empty();
        s.push("operation_1", Action::Interchange { permutation: vec![0, 1] });
        s.push("operation_1", Action::Vectorization);
        s.push("operation_0", Action::NoTransformation);
        assert_eq!(s.canonical(), "operation_1:I(0,1)V()|operation_0:NT()");
        assert!(!s.is_noop());
    }
}
