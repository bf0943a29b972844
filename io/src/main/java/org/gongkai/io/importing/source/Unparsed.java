package org.gongkai.io.importing.source;

/** Something in the document the importer did not understand, with where it is and why. */
public record Unparsed(String where, String text, String reason) {

    @Override
    public String toString() {
        return where + "：" + reason + "「" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "」";
    }
}
