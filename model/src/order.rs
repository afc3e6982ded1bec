//! One sort for every ordering the model makes in the browser: indices ranked by a pair of
//! integers, ties by index. Each sort call with its own closure is its own copy of the sort in
//! the WASM bundle (a stable sort about 7 KB); through this one function they share one.

/// Sorts `indices` by `key`, ties by the index itself (so the result is what a stable sort of
/// ascending indices gives).
pub fn sort_indices(indices: &mut [usize], key: &dyn Fn(usize) -> (i64, i64)) {
    indices.sort_unstable_by(|&a, &b| key(a).cmp(&key(b)).then(a.cmp(&b)));
}

/// An `i64` that orders as `f64::total_cmp` orders floats.
pub fn float_key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}
