package org.gongkai.server.portal;

import com.microsoft.playwright.Browser;

/** The citizen's reading journey on a phone, 390×844 and touch. */
class CitizenReadingPhoneTest extends CitizenReadingJourney {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(PortalPhoneTest.WIDTH, PortalPhoneTest.HEIGHT).setIsMobile(true).setHasTouch(true);
    }

    @Override
    String screen() {
        return "phone";
    }
}
