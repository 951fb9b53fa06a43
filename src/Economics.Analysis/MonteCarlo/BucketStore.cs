namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// Counts per bucket key over a growing dense window <c>[offset, offset + counts.Length)</c>, at most
/// <see cref="MaxBuckets"/> wide; keys that would widen it further are folded into the lowest bucket kept
/// (k ↦ max(k, highest − MaxBuckets + 1)). That fold composes (folding at a lower threshold and later at a
/// higher one equals folding once at the higher), so the final counts do not depend on the order in which
/// values are added or stores merged.
/// </summary>
internal sealed class BucketStore
{
    /// <summary>Widest window: 64 octaves at 128 buckets per octave (a ratio of 1.8·10¹⁹ between the smallest and
    /// largest magnitude kept apart).</summary>
    internal const int MaxBuckets = 64 * 128;

    private const int InitialBuckets = 64;

    // int counts: a run has at most 10,000,000 paths, so no bucket can exceed int.MaxValue; half the memory of long.
    private int[] _counts = [];
    private int _offset;
    private int _highest = int.MinValue;

    /// <summary>Values counted.</summary>
    public long Total { get; private set; }

    /// <summary>Lowest key with storage (meaningful when <see cref="Total"/> &gt; 0).</summary>
    public int LowestKey => _offset;

    /// <summary>Keys with storage, from <see cref="LowestKey"/>.</summary>
    public int Width => _counts.Length;

    /// <summary>Count at <paramref name="key"/> (0 outside the window).</summary>
    public long this[int key]
    {
        get
        {
            int i = key - _offset;
            return (uint)i < (uint)_counts.Length ? _counts[i] : 0;
        }
    }

    public void Add(int key, long count)
    {
        if (Total == 0 && _counts.Length == 0)
        {
            _counts = new int[InitialBuckets];
            _offset = key - InitialBuckets / 2;
        }

        if (key > _highest)
        {
            _highest = key;
        }

        int floor = _highest - MaxBuckets + 1;
        if (key < floor)
        {
            key = floor;
        }

        int i = key - _offset;
        if ((uint)i >= (uint)_counts.Length)
        {
            Grow(key, floor);
            i = key - _offset;
        }

        _counts[i] = checked(_counts[i] + (int)count);
        Total += count;
    }

    public void Merge(BucketStore other)
    {
        if (other.Total == 0)
        {
            return;
        }

        // Highest first, so the fold threshold is final before lower keys arrive.
        for (int i = other._counts.Length - 1; i >= 0; i--)
        {
            if (other._counts[i] != 0)
            {
                Add(other._offset + i, other._counts[i]);
            }
        }
    }

    private void Grow(int key, int floor)
    {
        int low = Math.Max(floor, Math.Min(_offset, key));
        int high = Math.Max(_offset + _counts.Length - 1, key);
        // Fold stored keys that fell below the floor into the floor bucket.
        int folded = 0;
        for (int k = _offset; k < low && k < _offset + _counts.Length; k++)
        {
            folded += _counts[k - _offset];
        }

        int needed = high - low + 1;
        int size = Math.Min(MaxBuckets, Math.Max(needed, Math.Min(MaxBuckets, _counts.Length * 2)));
        // Keep the window anchored at the side that grew: grow upward when the new key is high, downward when low.
        int newOffset = key >= _offset ? low : Math.Max(floor, high - size + 1);
        if (newOffset > low)
        {
            newOffset = low;
        }

        var counts = new int[Math.Max(size, high - newOffset + 1)];
        for (int i = 0; i < _counts.Length; i++)
        {
            int k = _offset + i;
            if (k >= low && _counts[i] != 0)
            {
                counts[k - newOffset] += _counts[i];
            }
        }

        counts[low - newOffset] = checked(counts[low - newOffset] + folded);
        _counts = counts;
        _offset = newOffset;
    }
}
