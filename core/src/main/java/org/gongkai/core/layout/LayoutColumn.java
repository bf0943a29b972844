package org.gongkai.core.layout;

/** A semantic column of a table layout: its key, the official header, what it holds and which side it is on. */
public record LayoutColumn(String key, String label, Kind kind, String side, Words aliases) {

    public enum Kind { CODE, NAME, AMOUNT }

    public boolean amount() {
        return kind == Kind.AMOUNT;
    }
}
