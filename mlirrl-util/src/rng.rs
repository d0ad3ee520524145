//! The one seeded random generator of mlirrl.
//!
//! SplitMix64 (Steele, Lea and Flood, 2014): 64 bits of state, a fixed and
//! documented output function, and the same stream on every machine and
//! Rust version, so a training run, a generated dataset or a measurement's
//! input data is reproducible from its seed. Every random choice of the
//! workspace comes from it: network initialisation, action sampling and
//! shuffling in PPO, benchmark shapes, random schedules and the tuner's
//! mutations, and the input values of measured programs. Each of those
//! purposes has its own [`Stream`], so equal seeds do not give correlated
//! choices across purposes.
//!
//! Bounded integers are unbiased (rejection of the few lowest outputs that
//! would favour small values), and otherwise equal to `next_u64() % n`, so
//! datasets generated before bounded draws became unbiased are unchanged
//! (a draw differs only with probability below n / 2^64).
//!
//! ```
//! use mlirrl_util::rng::{Rng, Stream};
//! let mut a = Rng::seeded(7, Stream::Generators);
//! let mut b = Rng::seeded(7, Stream::Generators);
//! assert_eq!(a.range(1, 6), b.range(1, 6));
//! let mut items = [1, 2, 3, 4];
//! a.shuffle(&mut items);
//! items.sort();
//! assert_eq!(items, [1, 2, 3, 4]);
//! ```

use serde::{Deserialize, Serialize};

/// What a generator is for; each purpose mixes the seed with its own
/// constant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// Training: initial weights, sampling, shuffling, dropout ([`Rng::new`]).
    Training,
    /// Benchmark generators, random schedules and the tuner.
    Generators,
    /// Input values of measured programs (the seed is the state).
    Inputs,
}

impl Stream {
    fn mix(self) -> u64 {
        match self {
            Self::Training => 0x5851_f42d_4c95_7f2d,
            Self::Generators => 0x2545_f491_4f6c_dd1d,
            Self::Inputs => 0,
        }
    }
}

/// SplitMix64 (see the module docs). Serialises as its state, so a
/// checkpoint resumes the stream exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A training generator from a seed (`seeded(seed, Stream::Training)`).
    pub fn new(seed: u64) -> Self {
        Self::seeded(seed, Stream::Training)
    }

    /// A generator for `stream` from a seed.
    pub fn seeded(seed: u64, stream: Stream) -> Self {
        Self { state: seed ^ stream.mix() }
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 24 random bits.
    pub fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// Uniform in [0, 1) with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * self.next_f32()
    }

    /// Standard normal (Box-Muller).
    pub fn normal(&mut self) -> f32 {
        let u1 = (self.next_f32() as f64).max(1e-12);
        let u2 = self.next_f32() as f64;
        ((-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()) as f32
    }

    /// Uniform integer in [0, n) without bias (`n == 0` counts as 1).
    pub fn below_u64(&mut self, n: u64) -> u64 {
        let n = n.max(1);
        // 2^64 mod n: the outputs below it would make small values likelier.
        let reject = n.wrapping_neg() % n;
        loop {
            let x = self.next_u64();
            if x >= reject {
                return x % n;
            }
        }
    }

    /// Uniform index in [0, n) without bias (`n == 0` counts as 1).
    pub fn below(&mut self, n: usize) -> usize {
        self.below_u64(n as u64) as usize
    }

    /// Uniform integer in `[lo, hi]` (`hi < lo` gives `lo`).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below_u64(hi.saturating_sub(lo).saturating_add(1))
    }

    /// A uniformly chosen element (`items` must not be empty).
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_is_splitmix64() {
        // First outputs of SplitMix64 from state 0 (the reference C code).
        let mut r = Rng::seeded(0, Stream::Inputs);
        assert_eq!(r.next_u64(), 0xe220_a839_7b1d_cdaf);
        assert_eq!(r.next_u64(), 0x6e78_9e6a_a1b9_65f4);
    }

    #[test]
    fn bounded_draws_match_modulo_and_stay_in_range() {
        let (mut a, mut b) = (Rng::new(3), Rng::new(3));
        for n in [1u64, 2, 3, 7, 10, 1000, 1 << 40] {
            for _ in 0..100 {
                let x = a.below_u64(n);
                assert!(x < n);
                // Rejections are so rare for small n that the draw equals
                // the modulo (what generated datasets were made with).
                assert_eq!(x, b.next_u64() % n);
            }
        }
        let big = u64::MAX / 3 + 1;
        assert!((0..100).all(|_| a.below_u64(big) < big));
        let mut r = Rng::new(1);
        assert!((0..1000).all(|_| (5..=9).contains(&r.range(5, 9))));
        assert_eq!(r.range(4, 2), 4);
    }

    #[test]
    fn large_ranges_are_fair() {
        // n = 3 * 2^62: plain modulo would land below 2^62 half the time
        // (those values are hit twice as often); a fair draw a third.
        let n = 3u64 << 62;
        let mut r = Rng::new(11);
        let low = (0..3000).filter(|_| r.below_u64(n) < 1 << 62).count();
        assert!((850..1150).contains(&low), "{low} of 3000 below n/3");
    }
}
