package org.gongkai.core.budget;

/** The sections of 部门预算情况说明, in their official order. */
public enum NarrativeSection {
    DUTIES, ORGANIZATION, OVERVIEW, OPERATING_COST, THREE_PUBLIC, PERFORMANCE, PROCUREMENT, ASSETS, GLOSSARY, OTHER
}
