package org.gongkai.server.search;

/** One result: what matched, in which department-year, where it is, and the address of the exact row or section. */
public record SearchHit(String kind, String text, String department, int year, String where, String link) {
}
