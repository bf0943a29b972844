package org.gongkai.core.classification;

/**
 * One code of an official catalog file as read, before it is judged: {@code place} says where it was read (「第 12 行」)
 * so that every refusal can point at the line.
 */
public record CatalogLine(String code, String name, String glossary, String place) {

    public CatalogLine {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        glossary = glossary == null ? "" : glossary.strip();
    }
}
