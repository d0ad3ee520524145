//! Sizes of a masked multi-discrete action space, as plain numbers.

use serde::{Deserialize, Serialize};

/// One parameter head: `rows` independent categoricals of `choices` each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// Independent categoricals (e.g. one per loop).
    pub rows: usize,
    /// Choices per categorical.
    pub choices: usize,
}

/// A selection head plus parameter heads; `head_of_selection[s]` names the
/// parameter head that counts when selection `s` is chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionHeads {
    /// Choices of the selection head.
    pub selection: usize,
    /// Parameter heads.
    pub heads: Vec<Head>,
    /// For each selection choice, its parameter head (if any).
    pub head_of_selection: Vec<Option<usize>>,
}

impl ActionHeads {
    /// Length of a flat mask: selection, then each head's rows × choices.
    pub fn mask_len(&self) -> usize {
        self.selection + self.heads.iter().map(|h| h.rows * h.choices).sum::<usize>()
    }

    /// Length of an action vector: selection, then each head's rows.
    pub fn action_len(&self) -> usize {
        1 + self.heads.iter().map(|h| h.rows).sum::<usize>()
    }

    /// Whether two action vectors choose the same thing: the same selection
    /// and, for a selection with a parameter head, the same rows of that
    /// head (the rows of other heads are ignored).
    pub fn same_choice(&self, a: &[u32], b: &[u32]) -> bool {
        if a.first() != b.first() || a.len() != b.len() {
            return false;
        }
        let Some(head) =
            a.first().and_then(|&s| self.head_of_selection.get(s as usize)).copied().flatten()
        else {
            return true;
        };
        let start = 1 + self.heads[..head].iter().map(|h| h.rows).sum::<usize>();
        let end = start + self.heads[head].rows;
        a.get(start..end) == b.get(start..end)
    }

    /// Checks internal consistency.
    pub fn validate(&self) -> Result<(), String> {
        if self.selection == 0 {
            return Err("the selection head needs at least one choice".into());
        }
        if self.head_of_selection.len() != self.selection {
            return Err(format!(
                "head_of_selection has {} entries for {} selections",
                self.head_of_selection.len(),
                self.selection
            ));
        }
        if let Some(h) = self.head_of_selection.iter().flatten().find(|&&h| h >= self.heads.len()) {
            return Err(format!(
                "selection refers to head {h}, but there are {}",
                self.heads.len()
            ));
        }
        if self.heads.iter().any(|h| h.rows == 0 || h.choices == 0) {
            return Err("every head needs rows and choices".into());
        }
        Ok(())
    }
}
