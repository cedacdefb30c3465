namespace SiteGen.Rules.Binding
{
    /// <summary>A value with the place it was written, so later rules can point at it.</summary>
    public readonly struct Located<T>
    {
        public Located(T value, int line, int column)
        {
            Value = value;
            Line = line;
            Column = column;
        }

        public T Value { get; }
        public int Line { get; }
        public int Column { get; }

        public override string ToString() => Value?.ToString() ?? "";
    }
}
