package org.gongkai.server.workspace;

import com.microsoft.playwright.Browser;

/** The clerk's and the reviewer's day of {@link ClerkDayBrowserTest} on a phone (390×844, touch). */
class ClerkDayPhoneTest extends ClerkDayBrowserTest {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    }

    @Override
    protected String code(int n) {
        return "87" + n;
    }

    @Override
    protected String screen() {
        return "phone";
    }
}
