package org.gongkai.core.classification;

/** One name of one code for a range of budget years, with its 名词解释 when known (empty otherwise). */
public record CatalogEntry(String code, String name, YearRange years, String glossary) {

    public boolean hasGlossary() {
        return !glossary.isBlank();
    }
}
