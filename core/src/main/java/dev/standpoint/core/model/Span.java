package dev.standpoint.core.model;

/**
 * A half-open character range {@code [start, end)} into {@link Document#text()}. Every derived thing (a sentence, a
 * mention, a cue, a condition) points back into the source with a span, so that a citation can always be checked.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "start must be non-negative and end >= start; got start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** The text this span covers in {@code source}. */
    public String of(CharSequence source) {
        if (end > source.length()) {
            throw new IllegalArgumentException("span " + this + " exceeds text length " + source.length());
        }
        return source.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
