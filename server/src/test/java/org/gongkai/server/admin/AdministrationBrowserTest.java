package org.gongkai.server.admin;

/** The administrator's day on a desktop window. */
class AdministrationBrowserTest extends AdministrationJourney {

    @Override
    String prefix() {
        return "ad";
    }

    @Override
    String department() {
        return "9101";
    }

    @Override
    String catalogRegion() {
        return "990101";
    }
}
