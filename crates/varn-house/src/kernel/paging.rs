//! Pages of long lists. Every list page and list endpoint reads one page at a time, and a
//! page number or size from a query is bounded before any arithmetic is done with it, so
//! `?page=96540151506263296` is an ordinary "no such page", never an overflow.

/// The highest page number anyone may ask for.
pub const MAX_PAGE: u32 = 1_000_000;
/// The most rows one page may hold.
pub const MAX_SIZE: u32 = 1_000;

/// Which page of a list, from 1, and how many rows on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    number: u32,
    size: u32,
}

impl Page {
    /// Page `number` (1 when absent or 0) of `size` rows (`default` when absent), each
    /// held within its bounds.
    pub fn new(number: Option<u64>, size: Option<u64>, default: u32) -> Page {
        let clamp = |v: u64, max: u32| u32::try_from(v).unwrap_or(u32::MAX).clamp(1, max);
        Page {
            number: clamp(number.unwrap_or(1), MAX_PAGE),
            size: clamp(size.map_or(u64::from(default), |s| s), MAX_SIZE),
        }
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn size(&self) -> u32 {
        self.size
    }

    /// Rows to read: one more than the page holds tells whether another page follows.
    pub fn limit_probe(&self) -> i64 {
        i64::from(self.size) + 1
    }

    pub fn limit(&self) -> i64 {
        i64::from(self.size)
    }

    /// Rows before this page (cannot overflow: both factors are bounded).
    pub fn offset(&self) -> i64 {
        i64::from(self.number - 1) * i64::from(self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_bounded_before_use() {
        let p = Page::new(Some(96_540_151_506_263_296), Some(u64::MAX), 50);
        assert_eq!(p.number(), MAX_PAGE);
        assert_eq!(p.size(), MAX_SIZE);
        assert_eq!(p.offset(), i64::from(MAX_PAGE - 1) * i64::from(MAX_SIZE));
        let p = Page::new(None, None, 50);
        assert_eq!(
            (p.number(), p.size(), p.offset(), p.limit_probe()),
            (1, 50, 0, 51)
        );
        let p = Page::new(Some(0), Some(0), 50);
        assert_eq!((p.number(), p.size()), (1, 1));
        assert_eq!(Page::new(Some(3), None, 20).offset(), 40);
    }
}
