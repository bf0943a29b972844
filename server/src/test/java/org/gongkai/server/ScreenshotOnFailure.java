package org.gongkai.server;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves what the browser showed when a browser test failed, under target/screenshots/. */
class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                .filter(test -> test.page() != null && !test.page().isClosed())
                .ifPresent(test -> test.page().screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", context.getRequiredTestMethod().getName() + ".png"))
                        .setFullPage(true)));
    }
}
