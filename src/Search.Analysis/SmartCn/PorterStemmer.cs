namespace Search.Analysis.SmartCn;

/// <summary>
/// The Porter (1980) stemmer in the variant Lucene's PorterStemFilter applies (spec Appendix A).
/// Works in place on a buffer and returns the new length, so stemming allocates nothing. Terms shorter
/// than three units are left alone; every unit that is not a Latin vowel counts as a consonant.
/// </summary>
internal ref struct PorterStemmer
{
    private readonly Span<char> _b;
    private int _k; // index of the last unit of the current stem
    private int _j; // last index of the stem before a matched suffix

    private PorterStemmer(Span<char> buffer)
    {
        _b = buffer;
        _k = buffer.Length - 1;
        _j = 0;
    }

    /// <summary>Stems <paramref name="term"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> term)
    {
        if (term.Length < 3)
            return term.Length;
        var stemmer = new PorterStemmer(term);
        stemmer.Step1();
        stemmer.Step2();
        stemmer.Step3();
        stemmer.Step4();
        stemmer.Step5();
        stemmer.Step6();
        stemmer.Step7();
        return stemmer._k + 1;
    }

    private readonly bool IsConsonant(int i) => _b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-to-consonant transitions in b[0..j].</summary>
    private readonly int Measure(int j)
    {
        var m = 0;
        for (var p = 1; p <= j; p++)
        {
            if (IsConsonant(p) && !IsConsonant(p - 1))
                m++;
        }
        return m;
    }

    private readonly bool VowelIn(int j)
    {
        for (var i = 0; i <= j; i++)
        {
            if (!IsConsonant(i))
                return true;
        }
        return false;
    }

    private readonly bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

    private readonly bool ConsonantVowelConsonant(int i) =>
        i >= 2 && IsConsonant(i - 2) && !IsConsonant(i - 1) && IsConsonant(i) && _b[i] is not ('w' or 'x' or 'y');

    private bool EndsWith(string suffix)
    {
        var length = suffix.Length;
        if (length > _k + 1 || !_b.Slice(_k - length + 1, length).SequenceEqual(suffix))
            return false;
        _j = _k - length;
        return true;
    }

    private void SetTo(string replacement)
    {
        replacement.AsSpan().CopyTo(_b[(_j + 1)..]);
        _k = _j + replacement.Length;
    }

    private void ReplaceIfMeasured(string replacement)
    {
        if (Measure(_j) > 0)
            SetTo(replacement);
    }

    /// <summary>Plurals: sses → ss, ies → i, s → (nothing) unless ss.</summary>
    private void Step1()
    {
        if (_b[_k] != 's')
            return;
        if (EndsWith("sses"))
            _k -= 2;
        else if (EndsWith("ies"))
            SetTo("i");
        else if (_b[_k - 1] != 's')
            _k--;
    }

    /// <summary>-eed, -ed, -ing, with the repairs after removing ed/ing.</summary>
    private void Step2()
    {
        if (EndsWith("eed"))
        {
            if (Measure(_j) > 0)
                _k--;
            return;
        }
        if ((EndsWith("ed") || EndsWith("ing")) && VowelIn(_j))
        {
            _k = _j;
            if (EndsWith("at"))
                SetTo("ate");
            else if (EndsWith("bl"))
                SetTo("ble");
            else if (EndsWith("iz"))
                SetTo("ize");
            else if (DoubleConsonant(_k))
            {
                if (_b[_k] is not ('l' or 's' or 'z'))
                    _k--;
            }
            else if (Measure(_k) == 1 && ConsonantVowelConsonant(_k))
            {
                _j = _k;
                SetTo("e");
            }
        }
    }

    /// <summary>y → i when there is another vowel in the stem.</summary>
    private void Step3()
    {
        if (EndsWith("y") && VowelIn(_k - 1))
            _b[_k] = 'i';
    }

    private void Step4()
    {
        if (_k == 0)
            return;
        _ = _b[_k - 1] switch
        {
            'a' => TryReplace("ational", "ate") || TryReplace("tional", "tion"),
            'c' => TryReplace("enci", "ence") || TryReplace("anci", "ance"),
            'e' => TryReplace("izer", "ize"),
            'l' => TryReplace("bli", "ble") || TryReplace("alli", "al") || TryReplace("entli", "ent") || TryReplace("eli", "e") || TryReplace("ousli", "ous"),
            'o' => TryReplace("ization", "ize") || TryReplace("ation", "ate") || TryReplace("ator", "ate"),
            's' => TryReplace("alism", "al") || TryReplace("iveness", "ive") || TryReplace("fulness", "ful") || TryReplace("ousness", "ous"),
            't' => TryReplace("aliti", "al") || TryReplace("iviti", "ive") || TryReplace("biliti", "ble"),
            'g' => TryReplace("logi", "log"),
            _ => false,
        };
    }

    private void Step5()
    {
        _ = _b[_k] switch
        {
            'e' => TryReplace("icate", "ic") || TryReplace("ative", "") || TryReplace("alize", "al"),
            'i' => TryReplace("iciti", "ic"),
            'l' => TryReplace("ical", "ic") || TryReplace("ful", ""),
            's' => TryReplace("ness", ""),
            _ => false,
        };
    }

    /// <summary>The first suffix of the group that matches is replaced when the stem before it is measured; no other is tried.</summary>
    private bool TryReplace(string suffix, string replacement)
    {
        if (!EndsWith(suffix))
            return false;
        ReplaceIfMeasured(replacement);
        return true;
    }

    private void Step6()
    {
        if (_k == 0)
            return;
        var matched = _b[_k - 1] switch
        {
            'a' => EndsWith("al"),
            'c' => EndsWith("ance") || EndsWith("ence"),
            'e' => EndsWith("er"),
            'i' => EndsWith("ic"),
            'l' => EndsWith("able") || EndsWith("ible"),
            'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
            'o' => (EndsWith("ion") && _j >= 0 && _b[_j] is 's' or 't') || EndsWith("ou"),
            's' => EndsWith("ism"),
            't' => EndsWith("ate") || EndsWith("iti"),
            'u' => EndsWith("ous"),
            'v' => EndsWith("ive"),
            'z' => EndsWith("ize"),
            _ => false,
        };
        if (matched && Measure(_j) > 1)
            _k = _j;
    }

    private void Step7()
    {
        _j = _k;
        if (_b[_k] == 'e')
        {
            var a = Measure(_k);
            if (a > 1 || (a == 1 && !ConsonantVowelConsonant(_k - 1)))
                _k--;
        }
        // Lucene measures the word as it was before the e was dropped; a final vowel adds no measure anyway.
        if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure(_j) > 1)
            _k--;
    }
}
