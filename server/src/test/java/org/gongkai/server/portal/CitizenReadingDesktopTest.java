package org.gongkai.server.portal;

/** The citizen's reading journey in a desktop window. */
class CitizenReadingDesktopTest extends CitizenReadingJourney {

    @Override
    String screen() {
        return "desktop";
    }
}
