package org.gongkai.server.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What the public sees when a page does not exist or an address is malformed. */
@ControllerAdvice(assignableTypes = PortalController.class)
public class PortalErrors {

    @ExceptionHandler(NotPublished.class)
    public ModelAndView missing(NotPublished e) {
        return page(e.getMessage());
    }

    /** A catalog year that is not built in. */
    @ExceptionHandler(IllegalArgumentException.class)
    public ModelAndView unknown(IllegalArgumentException e) {
        return page(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ModelAndView malformed(MethodArgumentTypeMismatchException e) {
        return page("地址中的“" + e.getName() + "”不正确");
    }

    private static ModelAndView page(String message) {
        ModelAndView page = new ModelAndView("portal/missing");
        page.addObject("message", message);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
