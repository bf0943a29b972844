package org.gongkai.server.workflow;

/** A version was published (and committed): whatever shows published material must be rebuilt. */
public record Published(String departmentCode, int year, int version) {
}
