package org.gongkai.server.accounts;

import com.microsoft.playwright.Browser;

/** The same 决算 journey on a phone (390×844, touch): the forms scroll inside their own boxes, never the page. */
class AccountsFormsPhoneTest extends AccountsFormsBrowserTest {

    @Override
    String department() {
        return "766";
    }

    @Override
    String device() {
        return "phone";
    }

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
    }
}
