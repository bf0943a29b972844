package org.gongkai.server.admin;

import org.gongkai.server.api.ApiException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused administration page (not an administrator, no such department) is a page in Chinese with its status. */
@ControllerAdvice(assignableTypes = {UserPages.class, DepartmentPages.class, PasswordPage.class})
public class AdminPageErrors {

    @ExceptionHandler(ApiException.class)
    public ModelAndView refused(ApiException e) {
        ModelAndView page = new ModelAndView("work/refused");
        page.addObject("message", e.getMessage());
        page.setStatus(e.status());
        return page;
    }
}
