package org.gongkai.server.admin;

import com.microsoft.playwright.Browser;

/** The administrator's day on a phone (390×844, touch): the same journeys, and no page scrolls sideways. */
class AdministrationPhoneTest extends AdministrationJourney {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    }

    @Override
    String prefix() {
        return "ap";
    }

    @Override
    String department() {
        return "9201";
    }

    @Override
    String catalogRegion() {
        return "990201";
    }
}
