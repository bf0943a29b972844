package org.gongkai.core.classification;

/**
 * One name of one code for a range of budget years, with its 名词解释 when known (empty otherwise) and where it was
 * verified: 「核实:…」 names the edition or published document, 「未核实:…」 says what the entry rests on. Entries of the
 * first catalog releases carry no source; they have been checked against the samples' and corpus documents' findings.
 */
public record CatalogEntry(String code, String name, YearRange years, String glossary, String source) {

    private static final String UNVERIFIED = "未核实";

    public CatalogEntry {
        source = source == null ? "" : source;
    }

    public CatalogEntry(String code, String name, YearRange years, String glossary) {
        this(code, name, years, glossary, "");
    }

    public boolean hasGlossary() {
        return !glossary.isBlank();
    }

    /**
     * Whether a document's name may be judged against this one: an entry marked unverified is shown and accepted, but a
     * document printing another name is not told it is wrong on its word alone.
     */
    public boolean verified() {
        return !source.startsWith(UNVERIFIED);
    }
}
