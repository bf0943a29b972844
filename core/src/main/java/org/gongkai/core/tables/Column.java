package org.gongkai.core.tables;

/** A body column: its leaf header name and whether it holds amounts. Its 栏次 is its position, from 1. */
public record Column(String name, boolean amounts) {

    public static Column text(String name) {
        return new Column(name, false);
    }

    public static Column amount(String name) {
        return new Column(name, true);
    }
}
